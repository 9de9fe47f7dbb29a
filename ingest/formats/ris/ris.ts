/**
 * RIS (Zotero, EndNote, Mendeley, Scopus, Web of Science exports)
 * ===============================================================
 * Records of `TAG  - value` lines (two characters, two spaces, a hyphen, a space), each opened by
 * `TY  - ` and closed by `ER  - `; a line without a tag continues the field before it (wrapped
 * abstracts). Per record: `TI`/`T1` → title, `AB`/`N2` → abstract (markup and a trailing
 * copyright notice dropped), `AU`/`A1` (one a line, "Last, First") → authors, `DA`/`Y1`/`PY`
 * (`YYYY/MM/DD/other`) → published (the most precise), `DO` → doi, `UR` → doi or arXiv id when it is a doi.org or arxiv.org link (an arXiv DOI names the arXiv
 * id too). `JO`/`T2` (venue) and `KW` (keywords) are read but not kept: the paper model has no
 * field for them yet. A record is never lost for a missing terminator: a `TY` before the `ER`, or
 * the end of the file, closes it with a RECORD_UNTERMINATED warning; tag lines before any `TY`
 * (a file cut at its start) are skipped with one warning; a record without a title is skipped with
 * ENTRY_WITHOUT_TITLE. PARSE_FAILED only when no record gives a paper. Pure.
 */
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { arxivIdFromDoi, normalizeDoi } from "../../dedup/identity.ts";
import { arxivIdFromLinks } from "../../text/links.ts";
import { displayName } from "../bibtex/bibtex.ts";
import { baseEntry, cleanText, publishedFrom, recordWarning, stripMarkup, withAuthors } from "../common/fields.ts";
import { parseFailed } from "../common/json.ts";
import { SCORE, type Format, type ParseResult } from "../format.ts";
import { withoutPublisherNotice } from "../table/columns.ts";

const COMPONENT = "ris";

/** `TY  - JOUR`, `ER  -` (the value may be empty and the trailing space dropped). */
const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;

/** One RIS record: its tags' values in order (a tag may repeat: `AU`, `KW`), and where it starts. */
export interface RisRecord {
  /** 1-based line of its `TY`. */
  line: number;
  fields: Map<string, string[]>;
}

/** A tag line's tag and value, or null for a line that is not one. */
function tagOf(line: string): [string, string] | null {
  const m = TAG_LINE.exec(line);
  return m ? [m[1]!, (m[2] ?? "").trim()] : null;
}

/**
 * The records of a RIS text, in order, with a warning for each one not closed by `ER` and for
 * tag lines outside any record. Lines are split on `\n`, a trailing `\r` dropped.
 */
export function parseRisRecords(text: string, file: string, warn: (w: Warning) => void): RisRecord[] {
  const records: RisRecord[] = [];
  let open: RisRecord | null = null;
  let last: string[] | null = null; // the values of the last tag, for continuation lines
  let stray: number | null = null; // first line of tag lines met outside a record
  let strayCount = 0;
  const flushStray = () => {
    if (stray === null) return;
    const what = strayCount === 1 ? "a tag line" : `${strayCount} tag lines`;
    warn(
      recordWarning(
        COMPONENT,
        "RECORD_UNTERMINATED",
        file,
        stray,
        `${what} outside any record (no "TY  - " before them: is the file cut at its start?); skipped`,
      ),
    );
    stray = null;
    strayCount = 0;
  };
  const close = (how: string) => {
    if (open === null) return;
    warn(recordWarning(COMPONENT, "RECORD_UNTERMINATED", file, open.line, `record has no "ER  - " (${how}); kept`));
  };
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, "");
    const lineNo = i + 1;
    const tagged = tagOf(i === 0 ? raw.replace(/^\ufeff/, "") : raw);
    if (tagged === null) {
      // A wrapped value; blank lines between records and text outside them are ignored.
      if (open !== null && last !== null && raw.trim() !== "") last[last.length - 1] += ` ${raw.trim()}`;
      continue;
    }
    const [tag, value] = tagged;
    if (tag === "TY") {
      flushStray();
      close(`the next record starts at line ${lineNo}`);
      open = { line: lineNo, fields: new Map([["TY", [value]]]) };
      records.push(open);
      last = null;
    } else if (tag === "ER") {
      if (open === null) {
        stray ??= lineNo;
        strayCount++;
      }
      open = null;
      last = null;
    } else if (open === null) {
      stray ??= lineNo;
      strayCount++;
    } else {
      const values = open.fields.get(tag) ?? [];
      values.push(value);
      open.fields.set(tag, values);
      last = values;
    }
  }
  flushStray();
  close("the file ends inside it: is the file cut?");
  return records;
}

/** `2017/06/12/`, `2017///`, `2017-06-12`, `2017/06`, `2017` → `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; else null. */
export function risDate(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const m = /^(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2})?)?)?/.exec(raw.trim());
  if (!m) return null;
  const pad = (s: string | undefined) => (s === undefined || s === "" ? undefined : s.padStart(2, "0"));
  const [month, day] = [pad(m[2]), pad(m[3])];
  if (month === undefined) return publishedFrom(m[1]);
  return publishedFrom(day === undefined ? `${m[1]}-${month}` : `${m[1]}-${month}-${day}`) ?? publishedFrom(m[1]);
}

/** The most precise of the record's dates, `DA` first on ties. */
function publishedOf(fields: Map<string, string[]>): string | null {
  const dates = ["DA", "Y1", "PY"].flatMap((tag) => risDate(fields.get(tag)?.[0]) ?? []);
  return dates.reduce<string | null>((best, d) => (best === null || d.length > best.length ? d : best), null);
}

export function risRecordToEntry(record: RisRecord, file: string, warn: (w: Warning) => void): ParsedEntry | null {
  const f = record.fields;
  const first = (...tags: string[]) => tags.map((t) => (f.get(t) ?? []).join(" ")).find((v) => v.trim() !== "") ?? "";
  const type = f.get("TY")?.[0] || "?";
  const title = cleanText(stripMarkup(first("TI", "T1")), file);
  if (title === "") {
    warn(
      recordWarning(
        COMPONENT,
        "ENTRY_WITHOUT_TITLE",
        file,
        record.line,
        `record (TY ${type}) has no TI or T1; skipped`,
      ),
    );
    return null;
  }
  // Zotero keeps rich text (`<i>E. coli</i>`); Scopus appends its copyright notice to abstracts.
  const abstract = withoutPublisherNotice(cleanText(stripMarkup(first("AB", "N2")), file));
  if (abstract === "")
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_ABSTRACT", file, record.line, `record has no AB or N2; kept`));
  const entry = baseEntry(file, record.line, title, abstract);
  entry.published = publishedOf(f);
  const urls = f.get("UR") ?? [];
  const doi = normalizeDoi(f.get("DO")?.[0]) ?? urls.map((u) => normalizeDoi(u)).find((d) => d !== null) ?? null;
  entry.doi = doi;
  entry.arxivId = arxivIdFromDoi(doi) ?? arxivIdFromLinks(urls);
  const authors = f.get("AU") ?? f.get("A1") ?? [];
  return withAuthors(
    entry,
    authors.map((a) => displayName(a)),
    file,
  );
}

export function parseRis(text: string, file: string): ParseResult {
  const warnings: Warning[] = [];
  const warn = (w: Warning) => warnings.push(w);
  const entries = parseRisRecords(text, file, warn).flatMap((record) => risRecordToEntry(record, file, warn) ?? []);
  if (entries.length === 0)
    throw parseFailed(
      COMPONENT,
      file,
      1,
      "no record with a title",
      'expected records from "TY  - JOUR" to "ER  - " with a "TI  - " line',
    );
  // Record warnings come after the syntax warnings of the whole file: put them back in file order.
  return { entries, warnings: warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/**
 * Sure when the first non-blank line is `TY  - `; likely when a `TY  - ` line and an `ER  -`
 * line appear at line starts in the head (a RIS library under a header); 0 otherwise.
 */
function detect(text: string): number {
  const head = text.slice(0, 65536).replace(/^\ufeff/, "");
  const firstLine = /^[ \t\r\n]*([^\r\n]*)/.exec(head)?.[1] ?? "";
  if (/^TY {2}- ./.test(firstLine)) return SCORE.sure;
  return /(^|\n)TY {2}- \S/.test(head) && /\nER {2}-\s*(\r?\n|$)/.test(head) ? SCORE.likely : SCORE.none;
}

export const ris: Format = {
  id: "ris",
  description: "RIS (Zotero, EndNote, Mendeley, Scopus): TI, AB, AU, PY/DA, DO, UR per TY…ER record",
  detect: (text) => detect(text),
  parse: parseRis,
  extensions: [".ris"],
};
