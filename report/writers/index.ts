/**
 * The report writers, one per format (STYLE §5): a new format is one module, one id in
 * `REPORT_FORMATS` (schema/report.ts) and one line here; the CLI's `--format` choices and the API's
 * `format` enum come from the same ids.
 */
import type { ReportFormat } from "../../schema/report.ts";
import { csvWriter } from "./csv.ts";
import { htmlWriter } from "./html.ts";
import { jsonWriter } from "./json.ts";
import { markdownWriter } from "./md.ts";
import type { ReportWriter } from "./types.ts";

export const REPORT_WRITERS: Readonly<Record<ReportFormat, ReportWriter>> = {
  md: markdownWriter,
  html: htmlWriter,
  json: jsonWriter,
  csv: csvWriter,
};

export type { ReportFile, ReportWriter } from "./types.ts";
