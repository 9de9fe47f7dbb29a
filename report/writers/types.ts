/**
 * What a report writer is: pure, `ReportData` (clock already inside, as `generatedAt`) → files; and
 * the "what's new" report of `report --since` (`SinceReportData`) → files, in the same format. A
 * printer is the descriptor of a format made by printing another one in Chromium (report/pdf/).
 */
import type { SinceReportDataT } from "../../schema/report-since.ts";
import type { ReportDataT, ReportFormat, ReportPrintFormat } from "../../schema/report.ts";

/** One output file: a name relative to the output directory, its text and its media type. */
export interface ReportFile {
  name: string;
  content: string;
  contentType: string;
}

/** A binary output file (a printed report). */
export interface PrintedFile {
  name: string;
  content: Uint8Array;
  contentType: string;
}

export interface ReportWriter {
  id: ReportFormat;
  description: string;
  write(data: ReportDataT): ReportFile[];
  writeSince(data: SinceReportDataT): ReportFile[];
}

/**
 * A format printed from the files of a writer (`from`): each of its files whose name ends in
 * `.${from}` becomes `name.${extension}`. Printing needs a browser, so it happens in report/pdf/,
 * not here; this is only what to print and how the result is named.
 */
export interface ReportPrinter {
  id: ReportPrintFormat;
  description: string;
  from: ReportFormat;
  extension: string;
  contentType: string;
}
