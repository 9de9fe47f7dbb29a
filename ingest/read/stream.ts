/**
 * Streaming input files
 * =====================
 * Files too big to hold, and compressed files, are read as streams: `openBytes(file)` gives the
 * bytes (`.xz` through a spawned `xz -dc`, `.gz` through zlib, others straight from disk),
 * `readHead(file)` the first 64 KiB of decoded text (for detection), and `streamBatches(file,
 * stream)` runs a format's incremental parser (`Format.stream`, pure) over the decoded text and
 * yields entries in bounded batches with the bytes read so far, for progress. Memory holds one
 * chunk and one batch whatever the file's size. Text is decoded as UTF-8 (a streamed file gets no
 * Latin-1 fallback; invalid bytes become U+FFFD). `hashFile` hashes a file without holding it.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import { createGunzip } from "node:zlib";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { ParsedEntry } from "../../schema/model.ts";
import type { EntryStream } from "../formats/index.ts";
import { spawnXz, type ByteSource } from "./xz.ts";

/** Files at least this big are streamed when their format can be (compressed files always are). */
export const STREAM_THRESHOLD_BYTES = 64 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;

export function isCompressed(file: string): boolean {
  return file.endsWith(".xz") || file.endsWith(".gz");
}

/** Counts bytes as they pass, so progress can say how far into the file the reader is. */
interface CountingSource extends ByteSource {
  bytesRead(): number;
}

export function openBytes(file: string): CountingSource {
  const name = path.basename(file);
  // xz reads the file itself, so how far it got is unknown here.
  if (file.endsWith(".xz")) return { ...spawnXz(file, name), bytesRead: () => -1 };
  let read = 0;
  const raw = createReadStream(file, { highWaterMark: 1 << 20 });
  raw.on("data", (chunk: Buffer | string) => (read += chunk.length));
  if (file.endsWith(".gz")) {
    const gunzip = createGunzip();
    let failure: unknown = null;
    gunzip.on("error", (error) => (failure = error));
    raw.pipe(gunzip);
    return {
      stream: gunzip,
      finished: async () => {
        if (failure !== null) {
          throw new PaperAtlasError(
            "INPUT_UNREADABLE",
            `read: ${name}: gzip could not decompress it (${String(failure)})`,
            {
              where: file,
              hint: "check the archive (`gzip -t FILE`) or fetch it again",
            },
          );
        }
      },
      stop: () => {
        raw.destroy();
        gunzip.destroy();
      },
      // Compressed bytes gunzip has consumed (the file stream reads further ahead).
      bytesRead: () => gunzip.bytesWritten,
    };
  }
  return { stream: raw, finished: async () => {}, stop: () => raw.destroy(), bytesRead: () => read };
}

/** The first 64 KiB of the file's decoded text (decompressed), for format detection. */
export async function readHead(file: string): Promise<string> {
  const source = openBytes(file);
  const decoder = new TextDecoder("utf-8");
  let text = "";
  let bytes = 0;
  try {
    for await (const chunk of source.stream as AsyncIterable<Buffer>) {
      text += decoder.decode(chunk, { stream: true });
      bytes += chunk.length;
      if (bytes >= HEAD_BYTES) break;
    }
  } catch (error) {
    await source.finished();
    throw error;
  } finally {
    source.stop();
  }
  return text.replace(/^\ufeff/, "");
}

export async function hashFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export interface EntryBatch {
  entries: ParsedEntry[];
  /** Bytes of the file read so far (compressed bytes for .gz; -1 when unknown, as for .xz). */
  bytesRead: number;
}

/** Runs `parser` over the file's text, yielding batches of at most `batchSize` entries. */
export async function* streamBatches(file: string, parser: EntryStream, batchSize: number): AsyncGenerator<EntryBatch> {
  const source = openBytes(file);
  const decoder = new TextDecoder("utf-8");
  let pending: ParsedEntry[] = [];
  let first = true;
  let done = false;
  try {
    for await (const chunk of source.stream as AsyncIterable<Buffer>) {
      let text = decoder.decode(chunk, { stream: true });
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      for (const entry of parser.push(text)) pending.push(entry);
      while (pending.length >= batchSize) {
        yield { entries: pending.slice(0, batchSize), bytesRead: source.bytesRead() };
        pending = pending.slice(batchSize);
      }
    }
    await source.finished();
    for (const entry of parser.push(decoder.decode())) pending.push(entry);
    for (const entry of parser.end()) pending.push(entry);
    while (pending.length > 0) {
      yield { entries: pending.slice(0, batchSize), bytesRead: source.bytesRead() };
      pending = pending.slice(batchSize);
    }
    done = true;
  } finally {
    if (!done) source.stop();
  }
}

/** The whole decompressed text of a compressed file whose format cannot stream. */
export async function readWholeText(file: string): Promise<string> {
  const source = openBytes(file);
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  for await (const chunk of source.stream as AsyncIterable<Buffer>) parts.push(decoder.decode(chunk, { stream: true }));
  await source.finished();
  parts.push(decoder.decode());
  return parts.join("").replace(/^\ufeff/, "");
}
