/**
 * The report writers, one per format (STYLE §5): a new format is one module, one id in
 * `REPORT_FORMATS` (schema/report.ts) and one line here; the CLI's `--format` choices and the API's
 * `format` enum come from the same ids. The printers are the formats made by printing a writer's
 * output in Chromium (binary, command line only): their ids are in `REPORT_PRINT_FORMATS` and join
 * the CLI's choices, not the API's.
 */
import type { ReportFormat, ReportPrintFormat } from "../../schema/report.ts";
import { csvWriter } from "./csv.ts";
import { htmlWriter } from "./html.ts";
import { jsonWriter } from "./json.ts";
import { markdownWriter } from "./md.ts";
import type { ReportPrinter, ReportWriter } from "./types.ts";

export const REPORT_WRITERS: Readonly<Record<ReportFormat, ReportWriter>> = {
  md: markdownWriter,
  html: htmlWriter,
  json: jsonWriter,
  csv: csvWriter,
};

export const REPORT_PRINTERS: Readonly<Record<ReportPrintFormat, ReportPrinter>> = {
  pdf: {
    id: "pdf",
    description: "PDF: the HTML report printed by Chromium (A4, one cluster per page on), needs --out",
    from: "html",
    extension: "pdf",
    contentType: "application/pdf",
  },
};

export type { PrintedFile, ReportFile, ReportPrinter, ReportWriter } from "./types.ts";
