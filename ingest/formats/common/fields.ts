/**
 * Field clean-up shared by the readers
 * ====================================
 * Titles and abstracts: NFC, invisible characters out, whitespace collapsed (`cleanText`); HTML
 * markup that APIs leave in titles (`<i>`, `<sup>`, `&amp;`) removed (`stripMarkup`). Dates:
 * `publishedFrom(raw)` keeps what the source knows — `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (ISO 8601
 * reduced precision), never an invented day. `baseEntry` fills the ParsedEntry fields a reader
 * does not know; `recordWarning` words a warning about one record (`component: file:line: …`).
 * Pure.
 */
import type { CitationSource, ParsedEntry, PaperRef } from "../../../schema/model.ts";
import type { Warning, WarningCode } from "../../../schema/warnings.ts";
import { extractLinks } from "../../text/links.ts";
import { collapseWhitespace, normalizeText } from "../../text/normalize.ts";

export function cleanText(text: string, file: string): string {
  return collapseWhitespace(normalizeText(text, file).text);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Drops HTML/XML tags and decodes the common entities; text without `<` or `&` comes back as is. */
export function stripMarkup(text: string): string {
  if (!text.includes("<") && !text.includes("&")) return text;
  return text
    .replace(/<\/?[a-zA-Z][^<>]{0,200}>/g, "")
    .replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-z]{2,5});/g, (whole, name: string) => {
      if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? whole;
    });
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` from an ISO date or timestamp, or a bare year; null otherwise. */
export function publishedFrom(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const s = String(raw).trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000 || year > 2999) return null;
  if (m[2] === undefined) return m[1]!;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return `${m[1]}-${m[2]}`;
  return validDay(year, month, Number(m[3])) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** A ParsedEntry with the listing-only fields unknown; the reader sets what it knows. */
export function baseEntry(file: string, line: number, title: string, abstract: string): ParsedEntry {
  return {
    title,
    abstract,
    authorCount: null,
    organization: null,
    published: null,
    upvotes: null,
    links: extractLinks(abstract),
    arxivId: null,
    occurrence: { file, line },
  };
}

/** A reference with only the identifiers given set. */
export function paperRef(source: CitationSource, ids: Partial<Omit<PaperRef, "source">>): PaperRef {
  return {
    arxivId: ids.arxivId ?? null,
    doi: ids.doi ?? null,
    openalexId: ids.openalexId ?? null,
    s2Id: ids.s2Id ?? null,
    title: ids.title ?? null,
    year: ids.year ?? null,
    source,
  };
}

/** Sets authors (and authorCount when the source gives no count) on an entry, skipping blanks. */
export function withAuthors(entry: ParsedEntry, names: readonly string[], file: string): ParsedEntry {
  const authors = names.map((n) => cleanText(n, file)).filter((n) => n !== "");
  if (authors.length > 0) {
    entry.authors = authors;
    entry.authorCount ??= authors.length;
  }
  return entry;
}

/** A reader's warning about the record at `file:line`, worded `component: file:line: text`. */
export function recordWarning(component: string, code: WarningCode, file: string, line: number, text: string): Warning {
  return { code, file, line, message: `${component}: ${file}:${line}: ${text}` };
}
