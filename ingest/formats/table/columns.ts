/**
 * Column mapping for CSV and JSON Lines
 * =====================================
 * Which column (CSV) or key (JSONL) fills which paper field. Names are matched case-insensitively
 * with everything but letters and digits ignored (`arXiv ID` = `arxiv_id` = `arxivId`):
 *
 * | field        | accepted names                                            | notes |
 * | ------------ | --------------------------------------------------------- | ----- |
 * | title        | title                                                     | required |
 * | abstract     | abstract, summary, description                            | |
 * | arxivId      | arxiv_id, arxiv, eprint                                   | version dropped |
 * | doi          | doi                                                       | URL form accepted |
 * | openalexId   | openalex_id, openalex                                     | `W…` or its URL |
 * | s2Id         | s2_id, semantic_scholar_id, paper_id                      | 40 hex |
 * | authors      | authors, author, author_text                              | list, or text split on `;` (else `,`, else ` and `) |
 * | authorCount  | author_count, num_authors                                 | |
 * | published    | published, publication_date, date, created                | `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or a timestamp |
 * | published    | year                                                      | when no date |
 * | upvotes      | upvotes                                                   | |
 * | organization | organization, organisation                                | |
 * | authors      | author_full_names (Scopus)                                | preferred: `Last, First (id); …` → "First Last" |
 * | doi, arxivId | url, link                                                 | a doi.org or arxiv.org link, when no doi / arxiv_id |
 *
 * Scopus CSV exports map through the same names (Title, Abstract, Authors, Author full names,
 * Year, DOI, Link); its "[No abstract available]" is no abstract, and the copyright notice it
 * appends to abstracts ("© 2020 Elsevier B.V.") is dropped. See README.md for the whole mapping.
 *
 * `rowToEntry(get, file, line)` applies it to one record, whatever holds it. Pure.
 */
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { normalizeDoi, normalizeOpenalexId, normalizeS2Id } from "../../dedup/identity.ts";
import { arxivIdFromLinks, normalizeArxivId } from "../../text/links.ts";
import { baseEntry, cleanText, publishedFrom, recordWarning, withAuthors } from "../common/fields.ts";

export const FIELD_NAMES = {
  title: ["title"],
  abstract: ["abstract", "summary", "description"],
  arxivId: ["arxivid", "arxiv", "eprint"],
  doi: ["doi"],
  openalexId: ["openalexid", "openalex"],
  s2Id: ["s2id", "semanticscholarid", "paperid"],
  authors: ["authors", "author", "authortext"],
  authorCount: ["authorcount", "numauthors"],
  published: ["published", "publicationdate", "date", "created"],
  year: ["year"],
  upvotes: ["upvotes"],
  organization: ["organization", "organisation"],
  authorFullNames: ["authorfullnames"],
  url: ["url", "link"],
} as const;

export type Field = keyof typeof FIELD_NAMES;

/** `arXiv ID` → `arxivid`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The field a column name stands for, or null. */
export function fieldOf(name: string): Field | null {
  const n = normalizeName(name);
  for (const [field, names] of Object.entries(FIELD_NAMES) as [Field, readonly string[]][]) {
    if (names.includes(n)) return field;
  }
  return null;
}

/** A record's value for a field: a string, a number, a list of names, or undefined. */
export type Getter = (field: Field) => string | number | readonly unknown[] | undefined;

/** Initials as Scopus and Web of Science write them after a surname: `A.`, `J.-P.`, `A.B.`. */
const INITIALS = /^(?:[A-Z][a-z]?\.-?\s?)+$/;

/**
 * Names from one text: split on `;`, else `,`, else ` and `. A comma list that alternates surnames
 * and initials (older Scopus: `Vaswani, A., Shazeer, N.`) is paired up into "A. Vaswani".
 */
export function splitNames(raw: string): string[] {
  const sep = raw.includes(";") ? ";" : raw.includes(",") ? "," : " and ";
  const names = raw
    .split(sep)
    .map((n) => n.trim())
    .filter((n) => n !== "");
  const paired = sep === "," && names.length % 2 === 0 && names.every((n, i) => INITIALS.test(n) === (i % 2 === 1));
  return paired ? names.flatMap((n, i) => (i % 2 === 0 ? [`${names[i + 1]} ${n}`] : [])) : names;
}

/** Scopus's `Author full names`: `Vaswani, Ashish (57195223300); …` → "Ashish Vaswani", … */
export function fullNames(raw: string): string[] {
  return raw
    .split(";")
    .map((n) => n.replace(/\s*\(\d+\)\s*$/, "").trim())
    .filter((n) => n !== "")
    .map((n) => {
      const [last, first] = n.split(/,\s*/, 2);
      return first === undefined || first === "" ? last! : `${first} ${last}`;
    });
}

/** Scopus's placeholder for no abstract, and the copyright notice it appends to abstracts, dropped. */
export function withoutPublisherNotice(abstract: string): string {
  if (/^\[no abstract available\]$/i.test(abstract.trim())) return "";
  return abstract.replace(/\s*(?:Copyright\s*)?©\s*(?:\d{4}|the authors?\b)[^©]{0,300}$/i, "");
}

function asText(v: ReturnType<Getter>): string {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : "";
}

function asCount(v: ReturnType<Getter>): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+(\.0)?\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
}

function authorNames(v: ReturnType<Getter>): string[] {
  if (typeof v === "string") return splitNames(v);
  if (!Array.isArray(v)) return [];
  return v.flatMap((a) => {
    if (typeof a === "string") return [a];
    if (a !== null && typeof a === "object" && typeof (a as { name?: unknown }).name === "string")
      return [(a as { name: string }).name];
    return [];
  });
}

export function rowToEntry(
  get: Getter,
  file: string,
  line: number,
  component: string,
  warn: (w: Warning) => void,
): ParsedEntry | null {
  const title = cleanText(asText(get("title")), file);
  if (title === "") {
    warn(recordWarning(component, "ENTRY_WITHOUT_TITLE", file, line, `record has no title; skipped`));
    return null;
  }
  const abstract = withoutPublisherNotice(cleanText(asText(get("abstract")), file));
  if (abstract === "")
    warn(recordWarning(component, "ENTRY_WITHOUT_ABSTRACT", file, line, `record has no abstract; kept`));
  const entry = baseEntry(file, line, title, abstract);
  const arxiv = asText(get("arxivId")).trim();
  entry.arxivId = arxiv === "" ? null : normalizeArxivId(arxiv.replace(/^https?:\/\/arxiv\.org\/abs\//, ""));
  const url = asText(get("url")).trim();
  entry.arxivId ??= url === "" ? null : arxivIdFromLinks([url]);
  const doi = normalizeDoi(asText(get("doi"))) ?? normalizeDoi(url);
  if (doi !== null) entry.doi = doi;
  const openalexId = normalizeOpenalexId(asText(get("openalexId")));
  if (openalexId !== null) entry.openalexId = openalexId;
  const s2Id = normalizeS2Id(asText(get("s2Id")));
  if (s2Id !== null) entry.s2Id = s2Id;
  entry.published = publishedFrom(asText(get("published")).trim()) ?? publishedFrom(asText(get("year")).trim());
  entry.authorCount = asCount(get("authorCount"));
  entry.upvotes = asCount(get("upvotes"));
  const org = cleanText(asText(get("organization")), file);
  entry.organization = org === "" ? null : org;
  const full = fullNames(asText(get("authorFullNames")));
  return withAuthors(entry, full.length > 0 ? full : authorNames(get("authors")), file);
}
