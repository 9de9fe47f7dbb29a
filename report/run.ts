/**
 * Report runner
 * =============
 * I/O around the pure core: read the rows (read.ts), build the data (data.ts), format it with the
 * writer of the format (writers/), and write the files into a directory. `renderReport` stops
 * before the file system (the API sends the files); `runReport` writes them.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/client.ts";
import { PaperAtlasError } from "../schema/errors.ts";
import type { ReportFormat } from "../schema/report.ts";
import { buildReport, type ReportOptions } from "./data.ts";
import { readReportRows, type ReadReportOptions } from "./read.ts";
import { REPORT_WRITERS, type ReportFile } from "./writers/index.ts";

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

/** Writes the files into `dir` (created if needed) and returns their paths. */
export async function writeFiles(dir: string, files: readonly ReportFile[]): Promise<string[]> {
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

export async function runReport(db: Db, options: RenderReportOptions & { out: string }): Promise<string[]> {
  return writeFiles(options.out, await renderReport(db, options));
}
