/**
 * BibTeX libraries
 * ================
 * Entries of a `.bib` file (parse.ts) as papers: `title` and `abstract` (LaTeX → Unicode, see
 * latex.ts), `author` (split on `and`, "Last, First" turned to "First Last", "others" dropped) →
 * authors, `year` (+ `month`) → published (`YYYY` or `YYYY-MM`), `doi`, and the arXiv id from
 * `eprint` (with `archiveprefix`/`eprinttype` arXiv), from an arxiv.org URL, or from an
 * "arXiv:2401.01234" in `journal`/`note`. `cites`, `crossref` and `related` are not citations
 * (biblatex uses them for cross-referencing entries), so BibTeX gives no CITES. `@comment`,
 * `@preamble` and `@string` are not papers; an entry without a title is skipped with a warning.
 * Malformed syntax fails with PARSE_FAILED at file:line. Pure.
 */
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { normalizeDoi } from "../../dedup/identity.ts";
import { arxivIdFromLinks, normalizeArxivId } from "../../text/links.ts";
import { baseEntry, cleanText, publishedFrom, recordWarning, withAuthors } from "../common/fields.ts";
import { parseFailed } from "../common/json.ts";
import { SCORE, type Format, type ParseResult } from "../format.ts";
import { latexToText } from "../common/latex.ts";
import { parseBibtexEntries, type BibEntry } from "./parse.ts";

const COMPONENT = "bibtex";

/** Splits `A and B and C` at top-level `and`s (not inside braces). */
export function splitAuthors(raw: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  const lower = raw.toLowerCase();
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (depth === 0 && /\s/.test(c!) && lower.startsWith("and", i + 1) && /\s/.test(raw[i + 4] ?? "")) {
      names.push(raw.slice(start, i));
      start = i + 4;
      i += 3;
    }
  }
  names.push(raw.slice(start));
  return names
    .map((n) => n.trim())
    .filter((n) => n !== "" && n.toLowerCase() !== "others" && n.toLowerCase() !== "et al.");
}

/** "Last, First" → "First Last"; "Last, Jr, First" → "First Last Jr"; other forms as written. */
export function displayName(raw: string): string {
  const parts = raw.split(",").map((p) => p.trim());
  if (parts.length === 2) return `${parts[1]} ${parts[0]}`.trim();
  if (parts.length === 3) return `${parts[2]} ${parts[0]} ${parts[1]}`.trim();
  return raw;
}

function monthNumber(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const n = Number(raw.trim());
  if (Number.isInteger(n) && n >= 1 && n <= 12) return String(n).padStart(2, "0");
  const names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  const at = names.indexOf(raw.trim().slice(0, 3).toLowerCase());
  return at < 0 ? null : String(at + 1).padStart(2, "0");
}

function arxivIdOf(fields: Map<string, string>): string | null {
  const prefix = (fields.get("archiveprefix") ?? fields.get("eprinttype") ?? "").toLowerCase();
  const eprint = fields.get("eprint");
  if (eprint !== undefined && (prefix === "arxiv" || prefix === "")) {
    const id = normalizeArxivId(eprint);
    if (id !== null) return id;
  }
  const urls = ["url", "journal", "note", "howpublished"].flatMap((k) => (fields.get(k) ?? "").split(/[\s{}]+/));
  const fromUrl = arxivIdFromLinks(urls.map((u) => (u.startsWith("http") ? u : `https://${u}`)));
  if (fromUrl !== null) return fromUrl;
  for (const key of ["journal", "note", "howpublished", "booktitle"]) {
    const m = /arxiv[:\s]*(?:abs\/)?(\d{4}\.\d{4,5})/i.exec(fields.get(key) ?? "");
    if (m) return m[1]!;
  }
  return null;
}

export function bibEntryToEntry(bib: BibEntry, file: string, warn: (w: Warning) => void): ParsedEntry | null {
  const f = bib.fields;
  const text = (key: string) => cleanText(latexToText(f.get(key) ?? ""), file);
  const title = text("title");
  if (title === "") {
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_TITLE", file, bib.line, `entry ${bib.key} has no title; skipped`));
    return null;
  }
  const abstract = text("abstract");
  if (abstract === "") {
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_ABSTRACT", file, bib.line, `entry ${bib.key} has no abstract; kept`));
  }
  const entry = baseEntry(file, bib.line, title, abstract);
  const year = publishedFrom((f.get("year") ?? "").replace(/[{}]/g, ""));
  const month = monthNumber(f.get("month"));
  entry.published = year !== null && year.length === 4 && month !== null ? `${year}-${month}` : year;
  if (year === null && f.has("date")) entry.published = publishedFrom(f.get("date"));
  entry.doi = normalizeDoi(f.get("doi")) ?? normalizeDoi((f.get("url") ?? "").trim());
  entry.arxivId = arxivIdOf(f);
  withAuthors(
    entry,
    splitAuthors(f.get("author") ?? "").map((a) => displayName(latexToText(a))),
    file,
  );
  return entry;
}

export function parseBibtex(text: string, file: string): ParseResult {
  const warnings: Warning[] = [];
  const entries = parseBibtexEntries(text, file).flatMap(
    (bib) => bibEntryToEntry(bib, file, (w) => warnings.push(w)) ?? [],
  );
  if (entries.length === 0)
    throw parseFailed(COMPONENT, file, 1, "no entry with a title", "expected @article{key, title = {…}, …} entries");
  return { entries, warnings };
}

/**
 * A line that opens a BibTeX entry: `@type{key,` (or with a parenthesis), or `@string{`,
 * `@comment{`, `@preamble{`. Not `@SUM(1+1)`, `@karpathy` or an e-mail address.
 */
export const ENTRY_LINE =
  /^[ \t]*@(?:(?:string|comment|preamble)[ \t]*[{(]|[A-Za-z]+[ \t]*[{(][ \t]*[^\s,{}()"#%'=]+[ \t]*,)/i;
/** A `name = value` line inside an entry, a lone closing brace, or a `%` comment line. */
const INNER_LINE = /^[ \t]*(?:[A-Za-z][\w.:-]*[ \t]*=|[})][ \t]*,?[ \t]*$|%)/;

/**
 * Sure when the head starts with an entry (after `%` comments); likely when it has three entries
 * or more and at least half its lines belong to entries (a library under a prose header); weak
 * for fewer `@type{key,` lines inside prose, and half that for a bare `@word{` or `@word(` at a
 * line start (`@SUM(1+1)`). 0 without one, or for JSON.
 */
function detect(text: string): number {
  const head = text.slice(0, 65536);
  const first = /\S/.exec(head.slice(0, 4096))?.[0];
  if (first === "{" || first === "[" || !/(^|\n)[ \t]*@[A-Za-z]+[ \t]*[{(]/.test(head)) return SCORE.none;
  const lines = head.split("\n").filter((line) => line.trim() !== "");
  const opening = lines.find((line) => !line.trimStart().startsWith("%"));
  if (opening !== undefined && ENTRY_LINE.test(opening)) return SCORE.sure;
  const entries = lines.filter((line) => ENTRY_LINE.test(line)).length;
  const inner = lines.filter((line) => INNER_LINE.test(line)).length;
  if (entries >= 3 && 2 * (entries + inner) >= lines.length) return SCORE.likely;
  return entries > 0 ? SCORE.weak : SCORE.weak / 2;
}

export const bibtex: Format = {
  id: "bibtex",
  description: "BibTeX library (.bib): title, author, year, doi, abstract, arXiv eprint; LaTeX converted",
  detect: (text) => detect(text),
  parse: parseBibtex,
  extensions: [".bib", ".bibtex"],
};
