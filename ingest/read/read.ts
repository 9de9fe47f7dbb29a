/**
 * Reading input files
 * ===================
 * `readInputs(paths, {format})` is the I/O wrapper around the pure text and format cores: expand
 * directories (sorted, not recursive, hidden files skipped), read each file's bytes, hash them,
 * decode, normalise, detect the format and parse, falling back to the next-ranked format when
 * one reads no entry (`parseText`, ingest/formats; `.xz` and `.gz` files are decompressed as
 * streams, see stream.ts). It never throws for a bad file: a missing path
 * is refused with INPUT_NOT_FOUND, an unreadable, empty, binary or unparseable one with its
 * PaperAtlasError code, and the other files are read all the same.
 * `openInputs(paths, options)` is the ingest's form: small files are read whole as above, while
 * compressed files and files of 64 MiB or more whose format streams come back unread, as
 * `StreamInput`s whose entries the caller pulls batch by batch (each pull reads the file again and
 * replaces its warnings). A streamed file keeps its first 10,000 warnings; the rest are counted,
 * one closing warning per code.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { PaperAtlasError, isPaperAtlasError, type ErrorCode } from "../../schema/errors.ts";
import type { ParsedEntry } from "../../schema/model.ts";
import type { Warning } from "../../schema/warnings.ts";
import { detectFormat, parseText, type Format } from "../formats/index.ts";
import { decodeBytes } from "../text/decode.ts";
import { normalizeText } from "../text/normalize.ts";
import {
  STREAM_THRESHOLD_BYTES,
  hashFile,
  isCompressed,
  readHead,
  readWholeText,
  streamBatches,
  type EntryBatch,
} from "./stream.ts";

/** One file read and parsed. `name` is the base name used in occurrences and warnings. */
export interface ParsedFile {
  path: string;
  name: string;
  sha256: string;
  size: number;
  format: string;
  entries: ParsedEntry[];
  warnings: Warning[];
}

/** A path that gave nothing, and why. */
export interface RefusedInput {
  path: string;
  code: ErrorCode;
  message: string;
  hint?: string;
}

export interface ReadResult {
  files: ParsedFile[];
  refused: RefusedInput[];
}

export interface ReadOptions {
  /** A format id from FORMATS; auto-detected per file when absent. */
  format?: string;
}

function errorCodeOf(error: unknown): NodeJS.ErrnoException["code"] {
  return (error as NodeJS.ErrnoException | null)?.code;
}

function refusal(file: string, error: unknown): RefusedInput {
  if (isPaperAtlasError(error)) {
    const refused: RefusedInput = { path: file, code: error.code, message: error.message };
    if (error.hint !== undefined) refused.hint = error.hint;
    return refused;
  }
  const errno = errorCodeOf(error);
  const reason = error instanceof Error ? error.message : String(error);
  if (errno === "ENOENT" || errno === "ENOTDIR") {
    return {
      path: file,
      code: "INPUT_NOT_FOUND",
      message: `read: ${file}: no such file or directory`,
      hint: "check the path",
    };
  }
  return {
    path: file,
    code: "INPUT_UNREADABLE",
    message: `read: ${file}: cannot read (${reason})`,
    hint: "check the file's permissions",
  };
}

/** The files a path stands for: itself, or a directory's visible regular files, sorted by name. */
async function expand(input: string): Promise<string[]> {
  const info = await stat(input);
  if (!info.isDirectory()) return [input];
  const names = (await readdir(input, { withFileTypes: true }))
    .filter((d) => !d.name.startsWith(".") && (d.isFile() || d.isSymbolicLink()))
    .map((d) => d.name)
    .sort();
  return names.map((name) => path.join(input, name));
}

/** A file read as a stream: its entries are pulled batch by batch; warnings gather as they come. */
export interface StreamInput {
  path: string;
  name: string;
  sha256: string;
  size: number;
  format: string;
  warnings: Warning[];
  batches(batchSize: number): AsyncGenerator<EntryBatch>;
}

/**
 * The format of a compressed or big file: the best-ranked on its first 64 KiB. Only that format
 * streams; when it cannot, the file is read whole, with the fallback of `parseText`.
 */
async function sniff(file: string, options: ReadOptions): Promise<{ format: Format; head: string }> {
  const name = path.basename(file);
  const head = await readHead(file);
  if (head.trim() === "") {
    throw new PaperAtlasError("INPUT_UNREADABLE", `read: ${name}: the file is empty`, {
      where: file,
      hint: "check the path",
    });
  }
  return { format: detectFormat(head, name, options.format), head };
}

/** A compressed or big file whose format streams, as a StreamInput; null when it cannot stream. */
async function streamInput(file: string, options: ReadOptions): Promise<StreamInput | null> {
  const name = path.basename(file);
  const { format, head } = await sniff(file, options);
  if (format.stream?.(name, head, () => {}) == null) return null;
  const [info, sha256] = await Promise.all([stat(file), hashFile(file)]);
  const warnings: Warning[] = [];
  return {
    path: file,
    name,
    sha256,
    size: info.size,
    format: format.id,
    warnings,
    async *batches(batchSize) {
      // Each read of the file gives its warnings afresh (the ingest reads a stream twice).
      warnings.length = 0;
      const kept = cappedWarnings(warnings);
      try {
        yield* streamBatches(file, format.stream!(name, head, kept.add)!, batchSize);
      } finally {
        kept.finish(name);
      }
    },
  };
}

/** Warnings kept per streamed file; past this, each code's extra ones are only counted (memory stays flat). */
export const MAX_STREAM_WARNINGS = 10_000;

function cappedWarnings(into: Warning[]) {
  const dropped = new Map<Warning["code"], number>();
  return {
    add: (w: Warning) => {
      if (into.length < MAX_STREAM_WARNINGS) into.push(w);
      else dropped.set(w.code, (dropped.get(w.code) ?? 0) + 1);
    },
    finish: (file: string) => {
      for (const [code, n] of dropped) {
        into.push({ code, file, message: `read: ${file}: … and ${n} more ${code} warnings (not listed)` });
      }
    },
  };
}

/** A compressed file: streamed when its format can be, else decompressed whole and parsed. */
async function readCompressed(file: string, options: ReadOptions): Promise<ParsedFile> {
  const streamed = await streamInput(file, options);
  if (streamed !== null) {
    const entries: ParsedEntry[] = [];
    for await (const batch of streamed.batches(10_000)) entries.push(...batch.entries);
    const { path: file_, name, sha256, size, format, warnings } = streamed;
    return { path: file_, name, sha256, size, format, warnings, entries };
  }
  const name = path.basename(file);
  const normalized = normalizeText(await readWholeText(file), name);
  const parsed = parseText(normalized.text, name, options.format);
  const [info, sha256] = await Promise.all([stat(file), hashFile(file)]);
  const warnings = [...normalized.warnings, ...parsed.warnings];
  return { path: file, name, sha256, size: info.size, format: parsed.format.id, entries: parsed.entries, warnings };
}

/** Read, decode, detect and parse one file. Throws PaperAtlasError or a file-system error. */
export async function readOne(file: string, options: ReadOptions = {}): Promise<ParsedFile> {
  if (isCompressed(file)) return readCompressed(file, options);
  const bytes = await readFile(file);
  const name = path.basename(file);
  const decoded = decodeBytes(bytes, name);
  const normalized = normalizeText(decoded.text, name);
  const parsed = parseText(normalized.text, name, options.format);
  return {
    path: file,
    name,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    size: bytes.length,
    format: parsed.format.id,
    entries: parsed.entries,
    warnings: [...decoded.warnings, ...normalized.warnings, ...parsed.warnings],
  };
}

/** Every file the paths stand for, in order, with the refusals of paths that gave none. */
async function expandAll(paths: readonly string[], refused: RefusedInput[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of paths) {
    let files: string[];
    try {
      files = await expand(input);
    } catch (error) {
      refused.push(refusal(input, error));
      continue;
    }
    if (files.length === 0) {
      const message = `read: ${input}: directory has no visible files`;
      refused.push({
        path: input,
        code: "INPUT_NOT_FOUND",
        message,
        hint: "point at the listing files or their folder",
      });
    }
    out.push(...files);
  }
  return out;
}

/** Read every input; see the banner. Files come back in input order, directories expanded in place. */
export async function readInputs(paths: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { files: [], refused: [] };
  for (const file of await expandAll(paths, result.refused)) {
    try {
      result.files.push(await readOne(file, options));
    } catch (error) {
      result.refused.push(refusal(file, error));
    }
  }
  return result;
}

export interface OpenResult extends ReadResult {
  /** Compressed or big files whose format streams: not read yet. */
  streams: StreamInput[];
}

/** The ingest's reading: small files parsed whole, streamable big or compressed ones left to stream. */
export async function openInputs(paths: readonly string[], options: ReadOptions = {}): Promise<OpenResult> {
  const result: OpenResult = { files: [], refused: [], streams: [] };
  for (const file of await expandAll(paths, result.refused)) {
    try {
      const big = isCompressed(file) || (await stat(file)).size >= STREAM_THRESHOLD_BYTES;
      const streamed = big ? await streamInput(file, options) : null;
      if (streamed !== null) result.streams.push(streamed);
      else result.files.push(await readOne(file, options));
    } catch (error) {
      result.refused.push(refusal(file, error));
    }
  }
  return result;
}
