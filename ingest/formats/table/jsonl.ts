/**
 * JSON Lines of papers
 * ====================
 * One JSON object per line, keys mapped by columns.ts (`title` required; `authors` may be a list
 * of names or of `{name}` objects). Streams. A line that is not a JSON object fails with
 * PARSE_FAILED at file:line; a record without a title is skipped with a warning. Pure.
 */
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { JsonLines, isObject, looksLikeJsonLines, parseFailed, type Json, type JsonObject } from "../common/json.ts";
import { SCORE, type EntryStream, type Format, type ParseResult } from "../format.ts";
import { fieldOf, rowToEntry, type Field } from "./columns.ts";

const COMPONENT = "jsonl";

function getter(record: JsonObject): (field: Field) => string | number | readonly unknown[] | undefined {
  const byField = new Map<Field, Json>();
  for (const [key, value] of Object.entries(record)) {
    const field = fieldOf(key);
    if (field !== null && !byField.has(field)) byField.set(field, value);
  }
  return (field) => {
    const v = byField.get(field);
    return typeof v === "string" || typeof v === "number" || Array.isArray(v) ? v : undefined;
  };
}

export function jsonlStream(file: string, warn: (w: Warning) => void): EntryStream {
  const lines = new JsonLines(file, COMPONENT);
  const toEntries = (batch: { line: number; value: Json }[]): ParsedEntry[] =>
    batch.flatMap(({ line, value }) => {
      if (!isObject(value))
        throw parseFailed(COMPONENT, file, line, "line is not a JSON object", "one paper object per line");
      return rowToEntry(getter(value), file, line, COMPONENT, warn) ?? [];
    });
  return { push: (chunk) => toEntries(lines.push(chunk)), end: () => toEntries(lines.end()) };
}

export function parseJsonl(text: string, file: string): ParseResult {
  const warnings: Warning[] = [];
  const stream = jsonlStream(file, (w) => warnings.push(w));
  const entries = [...stream.push(text), ...stream.end()];
  if (entries.length === 0)
    throw parseFailed(COMPONENT, file, 1, "no record with a title", "one JSON object with a `title` per line");
  return { entries, warnings };
}

/** Likely for JSON Lines whose first record has a title key (a generic container). */
function detect(text: string): number {
  if (!looksLikeJsonLines(text)) return SCORE.none;
  const start = text.search(/\S/);
  const first = JSON.parse(text.slice(start, text.indexOf("\n", start))) as JsonObject;
  return Object.keys(first).some((k) => fieldOf(k) === "title") ? SCORE.likely : SCORE.none;
}

export const jsonl: Format = {
  id: "jsonl",
  description: "JSON Lines, one paper object per line (title required; see the column mapping)",
  detect: (text) => detect(text),
  parse: parseJsonl,
  extensions: [".jsonl", ".ndjson"],
  stream: (file, _head, onWarning) => jsonlStream(file, onWarning),
};
