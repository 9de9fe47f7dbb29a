/**
 * "What's new" runner
 * ===================
 * `paperatlas report --since <run | date | last>`: read the window's rows (read.ts), build the data
 * (data.ts), write it with the format's writer (`REPORT_WRITERS[format].writeSince`); a printed
 * format (`pdf`) prints the HTML one.
 */
import type { Db } from "../../db/client.ts";
import type { ReportFormat } from "../../schema/report.ts";
import { renderAny, writeFiles, type AnyReportFormat } from "../run.ts";
import { REPORT_WRITERS, type ReportFile } from "../writers/index.ts";
import { buildSinceReport, type SinceOptions } from "./data.ts";
import { readSinceRows } from "./read.ts";

export interface RenderSinceOptions extends Omit<SinceOptions, "generatedAt"> {
  /** A run id, an ISO date or "last" (window.ts). */
  since: string;
  format: ReportFormat;
  /** The clock: the report's `generatedAt`. */
  now?: () => Date;
}

export async function renderSinceReport(db: Db, options: RenderSinceOptions): Promise<ReportFile[]> {
  const rows = await readSinceRows(db, options.since);
  const now = options.now ?? (() => new Date());
  const data = buildSinceReport(rows, { ...options, generatedAt: now().toISOString() });
  return REPORT_WRITERS[options.format].writeSince(data);
}

export async function runSinceReport(
  db: Db,
  options: Omit<RenderSinceOptions, "format"> & { format: AnyReportFormat; out: string },
): Promise<string[]> {
  const files = await renderAny(options.format, (format) => renderSinceReport(db, { ...options, format }));
  return writeFiles(options.out, files);
}
