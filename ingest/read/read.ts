/**
 * Reading input files
 * ===================
 * `readInputs(paths, {format})` is the I/O wrapper around the pure text and format cores: expand
 * directories (sorted, not recursive, hidden files skipped), read each file's bytes, hash them,
 * decode, normalise, detect the format and parse (`.xz` files are arXiv TSV exports, streamed
 * through `xz -dc`). It never throws for a bad file: a missing path
 * is refused with INPUT_NOT_FOUND, an unreadable, empty, binary or unparseable one with its
 * PaperAtlasError code, and the other files are read all the same.
 */
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { PaperAtlasError, isPaperAtlasError, type ErrorCode } from "../../schema/errors.ts";
import type { ParsedEntry } from "../../schema/model.ts";
import type { Warning } from "../../schema/warnings.ts";
import { readArxivTsv } from "../formats/arxiv-tsv/stream.ts";
import { detectFormat } from "../formats/index.ts";
import { decodeBytes } from "../text/decode.ts";
import { normalizeText } from "../text/normalize.ts";

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

/** An `.xz` file is an arXiv TSV export: streamed through `xz -dc`, never held decompressed. */
async function readCompressed(file: string, bytes: Buffer, options: ReadOptions): Promise<ParsedFile> {
  const name = path.basename(file);
  if (options.format !== undefined && options.format !== "arxiv-tsv") {
    throw new PaperAtlasError("PARSE_FAILED", `read: ${name}: .xz input can only be read as arxiv-tsv`, {
      where: file,
      hint: "unpack it first (xz -dk FILE), or drop --format",
    });
  }
  const warnings: Warning[] = [];
  const entries: ParsedEntry[] = [];
  for await (const entry of readArxivTsv(file, { onWarning: (w) => warnings.push(w) })) entries.push(entry);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { path: file, name, sha256, size: bytes.length, format: "arxiv-tsv", entries, warnings };
}

/** Read, decode, detect and parse one file. Throws PaperAtlasError or a file-system error. */
export async function readOne(file: string, options: ReadOptions = {}): Promise<ParsedFile> {
  const bytes = await readFile(file);
  if (file.endsWith(".xz")) return readCompressed(file, bytes, options);
  const name = path.basename(file);
  const decoded = decodeBytes(bytes, name);
  const normalized = normalizeText(decoded.text, name);
  const format = detectFormat(normalized.text, name, options.format);
  const parsed = format.parse(normalized.text, name);
  return {
    path: file,
    name,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    size: bytes.length,
    format: format.id,
    entries: parsed.entries,
    warnings: [...decoded.warnings, ...normalized.warnings, ...parsed.warnings],
  };
}

/** Read every input; see the banner. Files come back in input order, directories expanded in place. */
export async function readInputs(paths: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { files: [], refused: [] };
  for (const input of paths) {
    let files: string[];
    try {
      files = await expand(input);
    } catch (error) {
      result.refused.push(refusal(input, error));
      continue;
    }
    if (files.length === 0) {
      const message = `read: ${input}: directory has no visible files`;
      result.refused.push({
        path: input,
        code: "INPUT_NOT_FOUND",
        message,
        hint: "point at the listing files or their folder",
      });
    }
    for (const file of files) {
      try {
        result.files.push(await readOne(file, options));
      } catch (error) {
        result.refused.push(refusal(file, error));
      }
    }
  }
  return result;
}
