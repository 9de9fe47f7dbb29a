/**
 * arXiv metadata TSV format
 * =========================
 * Rows of the arXiv metadata export (`../shared/corpus/arxiv/*.tsv.xz`, R. S. Geiger's tidy
 * archive): an unnamed index column, then `abstract`, `acm_class`, `arxiv_id`, `author_text`,
 * `categories`, `comments`, `created`, `doi`, `num_authors`, `num_categories`, `primary_cat`,
 * `title`, `updated`, `categories_list`. Columns are found by header name, so their order may vary.
 *
 * `ArxivRowReader` turns tokenized rows (tsv.ts) into ParsedEntry: arxivId from `arxiv_id` (its
 * float damage repaired, see canonicalArxivId), published from `created`, authorCount from
 * `num_authors`, `author_text` (comma-separated) → authors, `doi`, links from the abstract,
 * occurrence at the row's first line. Titles and abstracts are normalised (NFC, invisibles out,
 * whitespace collapsed, accent commands such as `\'{e}` turned into letters); other LaTeX (math,
 * `\emph{…}`) is kept verbatim for the extractor. A row with the wrong number of fields throws
 * PARSE_FAILED with file:line. `parseArxivTsv(text, file)` is the pure whole-text form registered
 * as the `arxiv-tsv` format; `stream.ts` streams big files through the same reader.
 */
import { PaperAtlasError } from "../../../schema/errors.ts";
import { normalizeDoi } from "../../dedup/identity.ts";
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { extractLinks, normalizeArxivId } from "../../text/links.ts";
import { collapseWhitespace, normalizeText } from "../../text/normalize.ts";
import { latexAccents } from "../common/latex.ts";
import { SCORE, type EntryStream, type Format, type ParseResult } from "../format.ts";
import { TsvTokenizer, type TsvRow } from "./tsv.ts";

const REQUIRED = ["arxiv_id", "title", "abstract"] as const;
const OPTIONAL = ["created", "num_authors", "author_text", "doi"] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** `YYYY-MM-DD` when `raw` is a real calendar date in that form, else null. */
export function isoDate(raw: string): string | null {
  const s = raw.trim();
  if (s.length !== 10 || s[4] !== "-" || s[7] !== "-") return null;
  const [y, m, d] = [s.slice(0, 4), s.slice(5, 7), s.slice(8, 10)];
  if (!isDigits(y) || !isDigits(m) || !isDigits(d)) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? s : null;
}

/**
 * The canonical id for an `arxiv_id` that went through a float on its way into this corpus:
 * `704.0967` (lost leading zero), `706.113` (lost trailing zero), `1503.0235400000001` (binary
 * rounding). New-style ids have 4 digits after the dot up to 1412 and 5 from 1501, so the number
 * is re-printed with that many digits and the month padded to 4. Null when `raw` is not such a number.
 */
export function canonicalArxivId(raw: string): string | null {
  const s = raw.trim();
  const dot = s.indexOf(".");
  if (dot < 1 || dot > 4) return null;
  const [yymmRaw, fractionRaw] = [s.slice(0, dot), s.slice(dot + 1)];
  if (!isDigits(yymmRaw) || !isDigits(fractionRaw) || fractionRaw.length > 20) return null;
  const yymm = yymmRaw.padStart(4, "0");
  const month = Number(yymm.slice(2));
  if (month < 1 || month > 12) return null;
  const fraction = Number(`0.${fractionRaw}`).toFixed(Number(yymm) >= 1501 ? 5 : 4);
  return fraction.startsWith("0.") ? `${yymm}.${fraction.slice(2)}` : null;
}

/** A count written as `3` or `3.0` (pandas writes floats when a column has gaps). */
function count(raw: string): number | null {
  const s = raw.trim();
  const whole = s.endsWith(".0") ? s.slice(0, -2) : s;
  return isDigits(whole) && whole.length <= 6 ? Number(whole) : null;
}

/** NFC, invisibles out, whitespace collapsed, LaTeX accents as letters (`L\'evy` → `Lévy`); other LaTeX kept. */
function clean(text: string, file: string): string {
  return latexAccents(collapseWhitespace(normalizeText(text, file).text));
}

/** Rows → entries for one file: the first row is the header. */
export class ArxivRowReader {
  private columns: Map<Column, number> | null = null;
  private width = 0;

  constructor(
    private readonly file: string,
    private readonly onWarning: (warning: Warning) => void = () => {},
  ) {}

  private fail(line: number, what: string, hint: string): never {
    const where = `${this.file}:${line}`;
    throw new PaperAtlasError("PARSE_FAILED", `arxiv-tsv: ${where}: ${what}`, { where, hint });
  }

  private readHeader(row: TsvRow): void {
    const index = new Map(row.fields.map((name, i) => [name.trim(), i]));
    const missing = REQUIRED.filter((name) => !index.has(name));
    if (missing.length > 0) {
      this.fail(row.line, `header lacks column(s) ${missing.join(", ")}`, "the first row must name the TSV's columns");
    }
    this.columns = new Map();
    for (const name of [...REQUIRED, ...OPTIONAL]) {
      const at = index.get(name);
      if (at !== undefined) this.columns.set(name, at);
    }
    this.width = row.fields.length;
  }

  private warn(code: Warning["code"], line: number, what: string): void {
    this.onWarning({ code, file: this.file, line, message: `arxiv-tsv: ${this.file}:${line}: ${what}` });
  }

  /** The entry a row describes; null for the header and for rows skipped with a warning. */
  read(row: TsvRow): ParsedEntry | null {
    if (this.columns === null) {
      this.readHeader(row);
      return null;
    }
    if (row.fields.length !== this.width) {
      this.fail(
        row.line,
        `expected ${this.width} fields, got ${row.fields.length}`,
        "a quote or tab is probably broken",
      );
    }
    const get = (name: Column): string => {
      const at = this.columns!.get(name);
      return at === undefined ? "" : row.fields[at]!;
    };
    const title = clean(get("title"), this.file);
    if (title === "") {
      this.warn("ENTRY_WITHOUT_TITLE", row.line, "row has no title; skipped");
      return null;
    }
    const abstract = clean(get("abstract"), this.file);
    if (abstract === "") this.warn("ENTRY_WITHOUT_ABSTRACT", row.line, "row has no abstract; kept");
    const rawId = get("arxiv_id").trim();
    const created = get("created");
    const published = isoDate(created);
    if (published === null && created.trim() !== "") {
      this.warn("UNPARSED_METADATA", row.line, `created "${created.slice(0, 40)}" is not a YYYY-MM-DD date; ignored`);
    }
    const entry: ParsedEntry = {
      title,
      abstract,
      authorCount: count(get("num_authors")),
      organization: null,
      published,
      upvotes: null,
      links: extractLinks(abstract),
      arxivId: canonicalArxivId(rawId) ?? normalizeArxivId(rawId) ?? (rawId === "" ? null : rawId),
      occurrence: { file: this.file, line: row.line },
    };
    // Set only when the row has them, so entries of files without these columns stay as they were.
    const doi = normalizeDoi(get("doi"));
    if (doi !== null) entry.doi = doi;
    const authors = authorNames(latexAccents(get("author_text")));
    if (authors.length > 0) {
      entry.authors = authors;
      entry.authorCount ??= authors.length;
    }
    return entry;
  }
}

/** `author_text` is comma-separated ("A. Smith, B. Jones"); whitespace collapsed, blanks dropped. */
function authorNames(raw: string): string[] {
  if (raw.trim() === "") return [];
  return raw
    .split(",")
    .map((n) => collapseWhitespace(n))
    .filter((n) => n !== "" && n.toLowerCase() !== "et al");
}

/** Streaming core shared with stream.ts's reader: tokenizer + row reader over text pieces. */
export function arxivTsvStream(file: string, onWarning: (warning: Warning) => void): EntryStream {
  const tokenizer = new TsvTokenizer(file);
  const reader = new ArxivRowReader(file, onWarning);
  const read = (rows: TsvRow[]): ParsedEntry[] => rows.flatMap((row) => reader.read(row) ?? []);
  return {
    push(chunk) {
      const rows: TsvRow[] = [];
      tokenizer.push(chunk, rows);
      return read(rows);
    },
    end() {
      const rows: TsvRow[] = [];
      tokenizer.end(rows);
      return read(rows);
    },
  };
}

/** Pure: a whole arXiv TSV text → entries and warnings. Throws PARSE_FAILED when it has no rows. */
export function parseArxivTsv(text: string, file: string): ParseResult {
  const warnings: Warning[] = [];
  const reader = new ArxivRowReader(file, (w) => warnings.push(w));
  const tokenizer = new TsvTokenizer(file);
  const rows: TsvRow[] = [];
  tokenizer.push(text, rows);
  tokenizer.end(rows);
  const entries: ParsedEntry[] = [];
  for (const row of rows) {
    const entry = reader.read(row);
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) {
    throw new PaperAtlasError("PARSE_FAILED", `arxiv-tsv: ${file}:1: no paper rows found`, {
      where: `${file}:1`,
      hint: "expected a header row naming arxiv_id, title and abstract, then one row per paper",
    });
  }
  return { entries, warnings };
}

/** Sure when the header row names the columns this reader needs. */
function detect(text: string): number {
  const end = text.indexOf("\n");
  const header = (end < 0 ? text : text.slice(0, end)).slice(0, 4096).split("\t");
  return REQUIRED.every((name) => header.some((h) => h.trim() === name)) ? SCORE.sure : SCORE.none;
}

export const arxivTsv: Format = {
  id: "arxiv-tsv",
  description: "arXiv metadata export: tab-separated, quoted fields may span lines (arxiv_id, title, abstract, …)",
  detect: (text) => detect(text),
  parse: parseArxivTsv,
  extensions: [".tsv"],
  stream: (file, _head, onWarning) => arxivTsvStream(file, onWarning),
};
