/**
 * The skeleton of a JSON API reader
 * =================================
 * `jsonFormat(spec)` builds the Format of a reader of an API's JSON responses (OpenAlex, Semantic
 * Scholar, Hugging Face), so each reader keeps only what is its own: its signature in a text's
 * head, the items a document holds, and how one item becomes an entry. The skeleton does the rest,
 * the same for all of them:
 * - detect: sure when the text starts with `{` or `[` and the head has the reader's signature;
 * - parse: JSON Lines (one record a line, when the reader takes them) or one whole document
 *   (`parseJson`: a syntax error fails at its line), items located at the line of their id
 *   (`recordsToEntries`), each mapped to an entry or skipped with a warning; PARSE_FAILED when
 *   no item gives an entry, and at `file:line` for a JSON line that is not a record;
 * - stream: JSON Lines stream, one record per line; a whole document does not.
 * Pure.
 */
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { SCORE, type EntryStream, type Format, type ParseResult } from "../format.ts";
import {
  JsonLines,
  firstChar,
  looksLikeJsonLines,
  parseFailed,
  parseJson,
  recordsToEntries,
  type Json,
  type JsonLine,
  type JsonObject,
} from "./json.ts";

/** A reader's JSON Lines: one record a line. */
export interface JsonLinesSpec<T> {
  /** The item a line holds, or null when the line is not one of this format's records. */
  itemOf(value: Json): T | null;
  /** What such a line is not, for its PARSE_FAILED ("line is not an OpenAlex work (…)"). */
  notRecord: string;
  /** The hint of that PARSE_FAILED. */
  hint: string;
}

export interface JsonFormatSpec<T> {
  id: string;
  description: string;
  extensions: readonly string[];
  /** True when the head (the first 64 KiB) of a text that starts with `{` or `[` is this format's. */
  signature(head: string): boolean;
  /** The key whose value starts a record in the text (`"id"`, `"paperId"`): the entry's line. */
  idKey: string;
  /** The items a whole document holds; throws PARSE_FAILED (at `file:1`) when it holds none. */
  itemsOf(doc: Json, file: string): T[];
  /** The JSON object of an item, where its `idKey` is. */
  recordOf(item: T): JsonObject;
  /** One item → an entry, or null (with a warning) when it gives none. */
  toEntry(item: T, file: string, line: number, warn: (w: Warning) => void): ParsedEntry | null;
  /** JSON Lines of records, when the API writes them; these stream. */
  lines?: JsonLinesSpec<T>;
  /** The PARSE_FAILED when no item gives an entry: what is missing, and the hint. */
  noEntry: { what: string; hint: string };
}

/** The Format a JSON API reader's spec describes; see the banner. */
export function jsonFormat<T>(spec: JsonFormatSpec<T>): Format {
  const { id, lines } = spec;

  const streamLines = (file: string, linesSpec: JsonLinesSpec<T>, warn: (w: Warning) => void): EntryStream => {
    const reader = new JsonLines(file, id);
    const toEntries = (batch: JsonLine[]): ParsedEntry[] =>
      batch.flatMap(({ line, value }) => {
        const item = linesSpec.itemOf(value);
        if (item === null) throw parseFailed(id, file, line, linesSpec.notRecord, linesSpec.hint);
        return spec.toEntry(item, file, line, warn) ?? [];
      });
    return { push: (chunk) => toEntries(reader.push(chunk)), end: () => toEntries(reader.end()) };
  };

  const parse = (text: string, file: string): ParseResult => {
    const warnings: Warning[] = [];
    const warn = (w: Warning) => warnings.push(w);
    let entries: ParsedEntry[];
    if (lines !== undefined && looksLikeJsonLines(text) && text.trim().includes("\n")) {
      const stream = streamLines(file, lines, warn);
      entries = [...stream.push(text), ...stream.end()];
    } else {
      const items = spec.itemsOf(parseJson(text, file, id), file);
      entries = recordsToEntries(text, items.map(spec.recordOf), spec.idKey, (_record, line, k) =>
        spec.toEntry(items[k]!, file, line, warn),
      );
    }
    if (entries.length === 0) throw parseFailed(id, file, 1, spec.noEntry.what, spec.noEntry.hint);
    return { entries, warnings };
  };

  const detect = (text: string): number => {
    const head = text.slice(0, 65536);
    const c = firstChar(head);
    return (c === "{" || c === "[") && spec.signature(head) ? SCORE.sure : SCORE.none;
  };

  const format: Format = { id, description: spec.description, detect, parse, extensions: spec.extensions };
  if (lines !== undefined) {
    format.stream = (file, head, onWarning) => (looksLikeJsonLines(head) ? streamLines(file, lines, onWarning) : null);
  }
  return format;
}
