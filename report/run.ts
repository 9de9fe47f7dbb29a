/**
 * Report runner
 * =============
 * I/O around the pure core: read the rows (read.ts), build the data (data.ts), format it with the
 * writer of the format (writers/), and write the files into a directory. `renderReport` stops
 * before the file system (the API sends the files); `runReport` writes them, and for a printed
 * format (`pdf`) prints the writer's files in Chromium first (pdf/print.ts).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/client.ts";
import { PaperAtlasError } from "../schema/errors.ts";
import type { ReportFormat, ReportPrintFormat } from "../schema/report.ts";
import { buildReport, type ReportOptions } from "./data.ts";
import { printFiles } from "./pdf/print.ts";
import { readReportRows, type ReadReportOptions } from "./read.ts";
import { REPORT_PRINTERS, REPORT_WRITERS, type PrintedFile, type ReportFile } from "./writers/index.ts";

export interface RenderReportOptions extends ReadReportOptions, Omit<ReportOptions, "generatedAt"> {
  format: ReportFormat;
  /** The clock: the report's `generatedAt`. */
  now?: () => Date;
}

export async function renderReport(db: Db, options: RenderReportOptions): Promise<ReportFile[]> {
  const writer = REPORT_WRITERS[options.format];
  const rows = await readReportRows(db, options);
  const now = options.now ?? (() => new Date());
  const data = buildReport(rows, { ...options, generatedAt: now().toISOString() });
  return writer.write(data);
}

/** A format of `REPORT_WRITERS` or of `REPORT_PRINTERS`: what `paperatlas report --format` takes. */
export type AnyReportFormat = ReportFormat | ReportPrintFormat;

export function isPrintFormat(format: string): format is ReportPrintFormat {
  return Object.hasOwn(REPORT_PRINTERS, format);
}

/**
 * The files of `format`: for a text format those `render(format)` gives; for a printed one, those
 * of the format it prints from, printed.
 */
export async function renderAny(
  format: AnyReportFormat,
  render: (format: ReportFormat) => Promise<ReportFile[]>,
): Promise<(ReportFile | PrintedFile)[]> {
  if (!isPrintFormat(format)) return render(format);
  const printer = REPORT_PRINTERS[format];
  return printFiles(await render(printer.from), printer);
}

/** Writes the files into `dir` (created if needed) and returns their paths. */
export async function writeFiles(dir: string, files: readonly (ReportFile | PrintedFile)[]): Promise<string[]> {
  try {
    await mkdir(dir, { recursive: true });
    const written: string[] = [];
    for (const file of files) {
      const target = path.join(dir, file.name);
      await writeFile(target, file.content, "utf8");
      written.push(target);
    }
    return written;
  } catch (cause) {
    throw new PaperAtlasError("OUTPUT_UNWRITABLE", `report: cannot write into "${dir}": ${(cause as Error).message}`, {
      where: dir,
      hint: "pass --out a directory you can write to",
      cause,
    });
  }
}

export async function runReport(
  db: Db,
  options: Omit<RenderReportOptions, "format"> & { format: AnyReportFormat; out: string },
): Promise<string[]> {
  const files = await renderAny(options.format, (format) => renderReport(db, { ...options, format }));
  return writeFiles(options.out, files);
}
