/**
 * The CSV files on disk: one buffered write stream per file of BULK_FILES, header first. Rows are
 * appended synchronously (the core's sink); `flush()` hands the buffers to the streams and waits
 * while they drain, so memory holds about one batch of rows.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { csvHeader, csvLine, isMultiline } from "./csv.ts";
import { BULK_FILES, BULK_FILE_NAMES, csvPath, type BulkFile } from "./files.ts";

export interface CsvFiles {
  sink(file: BulkFile, values: unknown[]): void;
  flush(): Promise<void>;
  /** Closes every file; returns those with rows and those with a line break inside a value. */
  close(): Promise<{ files: BulkFile[]; multiline: BulkFile[]; rows: Record<BulkFile, number>; bytes: number }>;
}

const FLUSH_BYTES = 1 << 20;

export async function openCsvFiles(dir: string): Promise<CsvFiles> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const streams = {} as Record<BulkFile, WriteStream>;
  const buffers = {} as Record<BulkFile, string[]>;
  const sizes = {} as Record<BulkFile, number>;
  const rows = {} as Record<BulkFile, number>;
  const multiline = new Set<BulkFile>();
  let bytes = 0;
  for (const file of BULK_FILE_NAMES) {
    streams[file] = createWriteStream(csvPath(dir, file), { encoding: "utf8", highWaterMark: FLUSH_BYTES });
    buffers[file] = [csvHeader(BULK_FILES[file].columns)];
    sizes[file] = 0;
    rows[file] = 0;
  }
  const write = (file: BulkFile): Promise<void> | undefined => {
    const text = buffers[file].join("");
    buffers[file] = [];
    sizes[file] = 0;
    bytes += Buffer.byteLength(text);
    if (streams[file].write(text)) return undefined;
    return new Promise((resolve) => streams[file].once("drain", () => resolve()));
  };
  return {
    sink(file, values) {
      const line = csvLine(values, BULK_FILES[file].columns);
      if (isMultiline(line)) multiline.add(file);
      buffers[file].push(line);
      sizes[file] += line.length;
      rows[file] += 1;
    },
    async flush() {
      const waits = BULK_FILE_NAMES.filter((f) => sizes[f] > 0).map(write);
      await Promise.all(waits);
    },
    async close() {
      await Promise.all(BULK_FILE_NAMES.map(write));
      await Promise.all(
        BULK_FILE_NAMES.map(
          (file) =>
            new Promise<void>((resolve, reject) =>
              streams[file].end((error?: Error | null) => (error ? reject(error) : resolve())),
            ),
        ),
      );
      return {
        files: BULK_FILE_NAMES.filter((f) => rows[f] > 0 || f === "papers"),
        multiline: [...multiline],
        rows,
        bytes,
      };
    },
  };
}
