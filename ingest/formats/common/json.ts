/**
 * JSON helpers for the JSON-based formats
 * =======================================
 * `parseJson(text, file, component)` parses a whole document and turns a syntax error into
 * PARSE_FAILED at `file:line` (the line of the offending character). `JsonLines` is the streaming
 * core of every JSON-Lines reader: pieces of text in, `{line, value}` out, one per non-blank line;
 * a line that is not JSON fails at its own `file:line`. `LineIndex` maps offsets to 1-based lines
 * and `findRecordLine` finds where a record starts (`"id": "W1"`) by a forward search, so the
 * records of one document are located in one linear pass. Pure.
 */
import { PaperAtlasError } from "../../../schema/errors.ts";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The string at `key`, trimmed; null when absent, empty or not a string. */
export function str(o: JsonObject, key: string): string | null {
  const v = o[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

export function num(o: JsonObject, key: string): number | null {
  const v = o[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function arr(o: JsonObject, key: string): Json[] {
  const v = o[key];
  return Array.isArray(v) ? v : [];
}

export function obj(o: JsonObject, key: string): JsonObject | null {
  const v = o[key];
  return isObject(v) ? v : null;
}

/** Offsets → 1-based line numbers, by binary search over the newline positions. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  lineAt(offset: number): number {
    let [lo, hi] = [0, this.starts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/**
 * V8 names no position for an unexpected token; it quotes the text around it instead, up to 10
 * characters either side (`Unexpected token ']', ..."title": ]\n}" is not valid JSON`): find that.
 */
function snippetOffset(text: string, message: string): number | null {
  const m = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (!m) return null;
  const [, token, cut, snippet] = m as unknown as [string, string, string | undefined, string];
  const at = text.indexOf(snippet);
  if (at < 0) return null;
  return at + (cut ? 10 : snippet.indexOf(token));
}

/** The offset V8 names in a JSON syntax error ("at position 12", "line 3 column 5"), else null. */
function errorOffset(text: string, message: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return /Unexpected end/.test(message) ? text.length : snippetOffset(text, message);
  let offset = 0;
  for (let line = 1; line < Number(lineColumn[1]); line++) offset = text.indexOf("\n", offset) + 1;
  return offset + Number(lineColumn[2]) - 1;
}

export function parseFailed(
  component: string,
  file: string,
  line: number,
  what: string,
  hint: string,
): PaperAtlasError {
  const where = `${file}:${line}`;
  return new PaperAtlasError("PARSE_FAILED", `${component}: ${where}: ${what}`, { where, hint });
}

/** Parses a whole JSON document; a syntax error fails at the line it happens on. */
export function parseJson(text: string, file: string, component: string, lineOffset = 0): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(text, message);
    const line = offset === null ? 1 : new LineIndex(text).lineAt(offset);
    throw parseFailed(
      component,
      file,
      line + lineOffset,
      `not valid JSON (${message})`,
      "check the file is complete JSON as the API returned it",
    );
  }
}

/**
 * Where the record whose `key` is `value` starts, searching forward from `from`: the offset of
 * `"key": "value"` (any spacing), or `from` when it is not found.
 */
export function findRecordOffset(text: string, from: number, key: string, value: string): number {
  const needle = JSON.stringify(value);
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    let i = at - 1;
    while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i--;
    if (text[i] !== ":") continue;
    i--;
    while (i >= 0 && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i--;
    if (text.slice(i - key.length - 1, i + 1) === JSON.stringify(key)) return at;
  }
  return from;
}

export interface JsonLine {
  line: number;
  value: Json;
}

/** Streaming JSON Lines: `push(piece)` returns the lines it completed, parsed; `end()` the last one. */
export class JsonLines {
  private rest = "";
  private line = 0;

  constructor(
    private readonly file: string,
    private readonly component: string,
  ) {}

  private parseLine(text: string, out: JsonLine[]): void {
    this.line++;
    const trimmed = text.trim();
    if (trimmed === "") return;
    out.push({ line: this.line, value: parseJson(trimmed, this.file, this.component, this.line - 1) });
  }

  push(chunk: string): JsonLine[] {
    const out: JsonLine[] = [];
    let start = 0;
    for (let nl = chunk.indexOf("\n"); nl >= 0; nl = chunk.indexOf("\n", start)) {
      const piece = chunk.slice(start, nl);
      this.parseLine(this.rest === "" ? piece : this.rest + piece, out);
      this.rest = "";
      start = nl + 1;
    }
    this.rest += chunk.slice(start);
    return out;
  }

  end(): JsonLine[] {
    const out: JsonLine[] = [];
    if (this.rest !== "") this.parseLine(this.rest, out);
    this.rest = "";
    return out;
  }
}

/** The first non-blank character of `text` (`{`, `[`, …), or "". */
export function firstChar(text: string): string {
  const m = /\S/.exec(text.slice(0, 4096));
  return m ? m[0] : "";
}

/**
 * True when `head` looks like JSON Lines: its first non-blank line is a complete JSON object.
 * (A pretty-printed document's first line is just `{` or `[`.)
 */
export function looksLikeJsonLines(head: string): boolean {
  const start = head.search(/\S/);
  if (start < 0 || head[start] !== "{") return false;
  const end = head.indexOf("\n", start);
  if (end < 0) return false;
  try {
    return isObject(JSON.parse(head.slice(start, end)) as Json);
  } catch {
    return false;
  }
}

/**
 * Maps JSON records (in text order) to entries, each told the line where its `key` value appears
 * (and its index in `records`), so errors and occurrences point into the file. Records `toEntry`
 * rejects (null) are dropped.
 */
export function recordsToEntries<T>(
  text: string,
  records: readonly JsonObject[],
  key: string,
  toEntry: (record: JsonObject, line: number, index: number) => T | null | undefined,
): T[] {
  const lines = new LineIndex(text);
  let cursor = 0;
  return records.flatMap((record, index) => {
    const id = str(record, key);
    if (id !== null) cursor = findRecordOffset(text, cursor, key, id);
    return toEntry(record, lines.lineAt(cursor), index) ?? [];
  });
}
