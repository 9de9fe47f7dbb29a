/** What a report writer is: pure, `ReportData` (clock already inside, as `generatedAt`) → files. */
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
}
