/**
 * What a report writer is: pure, `ReportData` (clock already inside, as `generatedAt`) → files; and
 * the "what's new" report of `report --since` (`SinceReportData`) → files, in the same format.
 */
import type { SinceReportDataT } from "../../schema/report-since.ts";
import type { ReportDataT, ReportFormat } from "../../schema/report.ts";

/** One output file: a name relative to the output directory, its text and its media type. */
export interface ReportFile {
  name: string;
  content: string;
  contentType: string;
}

export interface ReportWriter {
  id: ReportFormat;
  description: string;
  write(data: ReportDataT): ReportFile[];
  writeSince(data: SinceReportDataT): ReportFile[];
}
