/**
 * Streaming arXiv TSV reader
 * ==========================
 * `readArxivTsv(path)` yields the entries of an arXiv metadata TSV as they are read, never holding
 * the whole file: `.xz` files are decompressed by a spawned `xz -dc` (ingest/read/xz.ts), plain
 * `.tsv` files are read directly; bytes are decoded as UTF-8 in streaming mode and fed to the
 * tokenizer chunk by chunk. Stopping early (a `break` in the consumer) kills the `xz` process.
 * Errors: INPUT_NOT_FOUND (no file), PREREQUISITE_MISSING (no `xz`), INPUT_UNREADABLE (`xz`
 * failed: a corrupt archive), PARSE_FAILED with file:line (a malformed row).
 */
import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import path from "node:path";
import { PaperAtlasError } from "../../../schema/errors.ts";
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { spawnXz, type ByteSource } from "../../read/xz.ts";
import { ArxivRowReader } from "./arxiv-tsv.ts";
import { TsvTokenizer, type TsvRow } from "./tsv.ts";

export interface ReadArxivOptions {
  /** Called for each soft problem (a row without title, an unreadable date); default: ignore. */
  onWarning?: (warning: Warning) => void;
}

function readPlain(file: string): ByteSource {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  return { stream, finished: async () => {}, stop: () => stream.destroy() };
}

/** Stream the entries of the arXiv TSV at `file` (`.tsv` or `.tsv.xz`); see the banner. */
export async function* readArxivTsv(file: string, options: ReadArxivOptions = {}): AsyncGenerator<ParsedEntry> {
  const name = path.basename(file);
  try {
    await access(file);
  } catch (cause) {
    throw new PaperAtlasError("INPUT_NOT_FOUND", `arxiv-tsv: ${file}: no such file`, { where: file, cause });
  }
  const source = file.endsWith(".xz") ? spawnXz(file, name) : readPlain(file);
  const decoder = new TextDecoder("utf-8", { ignoreBOM: false });
  const tokenizer = new TsvTokenizer(name);
  const reader = new ArxivRowReader(name, options.onWarning);
  const rows: TsvRow[] = [];
  let done = false;
  try {
    for await (const bytes of source.stream) {
      tokenizer.push(decoder.decode(bytes, { stream: true }), rows);
      for (const row of rows) {
        const entry = reader.read(row);
        if (entry) yield entry;
      }
      rows.length = 0;
    }
    // A failed xz ends its output early: report that before the truncated text's parse error.
    await source.finished();
    tokenizer.push(decoder.decode(), rows);
    tokenizer.end(rows);
    for (const row of rows) {
      const entry = reader.read(row);
      if (entry) yield entry;
    }
    done = true;
  } finally {
    if (!done) source.stop();
  }
}
