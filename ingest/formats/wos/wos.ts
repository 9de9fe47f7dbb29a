/**
 * Web of Science plain text
 * =========================
 * A file saved from Web of Science as "Plain text file" (CiteSpace's main input): records.ts
 * splits it into tagged records; here each becomes a paper. `TI` → title, `AB` → abstract, `AF`
 * (else `AU`) → authors (`Family, Given` → `Given Family`), `PY` + `PD` → published (`YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`), `DI` → doi (an arXiv DOI `10.48550/arXiv.X` gives the arXiv id
 * instead). `CR` lines → references (`CITES {source:'wos'}`): one with a DOI names that DOI; one
 * without is looked up among the file's own records by first author, year and source (the
 * record's `SO`, `J9`, `JI` or title), and otherwise becomes a stub titled `first author, year,
 * source` (`Small H, 1973, J AM SOC INFORM SCI`, volume and page dropped), so every reference to
 * the same work shares one stub.
 * `UT` names the record in warnings (and `ARXIV:X`, as our WoS export writes it, gives the arXiv
 * id); `DE`, `ID` (keywords) and `TC` have no place in the model;
 * `NR` is checked against the `CR` count. Pure.
 */
import type { ParsedEntry, PaperRef } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { arxivIdFromDoi, normalizeDoi } from "../../dedup/identity.ts";
import { normalizeArxivId } from "../../text/links.ts";
import { baseEntry, cleanText, paperRef, publishedFrom, recordWarning, withAuthors } from "../common/fields.ts";
import { parseFailed } from "../common/json.ts";
import { SCORE, type Format, type ParseResult } from "../format.ts";
import { citedKey, parseCited } from "./cited.ts";
import { citedName, displayName } from "./names.ts";
import { COMPONENT, joined, listed, scanRecords, type WosRecord } from "./records.ts";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** `PY` + `PD` (`MAR 15`, `MAR`, `2019 MAR 15`, `SPR`) → `YYYY[-MM[-DD]]`; a date without a year → `--MM-DD`. */
export function wosPublished(py: string, pd: string): string | null {
  const year = /^\d{4}$/.test(py) ? py : (/\b(\d{4})\b/.exec(pd)?.[1] ?? null);
  const m = /\b(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\b(?:\s+(\d{1,2})\b)?/i.exec(pd);
  const month = m ? String(MONTHS.indexOf(m[1]!.toUpperCase()) + 1).padStart(2, "0") : null;
  const day = m?.[2] === undefined ? null : m[2].padStart(2, "0");
  if (year === null) return month !== null && day !== null ? `--${month}-${day}` : null;
  if (month === null) return publishedFrom(year);
  return (day !== null ? publishedFrom(`${year}-${month}-${day}`) : null) ?? publishedFrom(`${year}-${month}`);
}

/** A record's name in warnings: its `UT` accession number when it has one. */
function named(record: WosRecord): string {
  const ut = joined(record, "UT");
  return ut === "" ? "record" : `record ${ut}`;
}

/** The keys a reference without a DOI may name this record by: first author, year, and each of SO, J9, JI, TI. */
function recordKeys(record: WosRecord): string[] {
  const au = listed(record, "AU")[0];
  const af = listed(record, "AF")[0];
  const author = au !== undefined ? au.replace(",", "") : af !== undefined ? citedName(af) : null;
  const year = joined(record, "PY");
  return ["SO", "J9", "JI", "TI"].flatMap((tag) => {
    const key = citedKey(author, year === "" ? null : year, joined(record, tag) || null);
    return key === null || joined(record, tag) === "" ? [] : [key];
  });
}

interface Described {
  record: WosRecord;
  entry: ParsedEntry;
}

function toEntry(record: WosRecord, file: string, warn: (w: Warning) => void): ParsedEntry | null {
  const title = cleanText(joined(record, "TI"), file);
  const line = record.fields.get("TI")?.line ?? record.line;
  if (title === "") {
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_TITLE", file, record.line, `${named(record)} has no TI; skipped`));
    return null;
  }
  const abstract = cleanText(joined(record, "AB"), file);
  if (abstract === "") {
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_ABSTRACT", file, line, `${named(record)} has no AB; kept`));
  }
  const entry = baseEntry(file, line, title, abstract);
  const py = joined(record, "PY");
  if (py !== "" && !/^\d{4}$/.test(py)) {
    const at = record.fields.get("PY")!.line;
    warn(recordWarning(COMPONENT, "UNPARSED_METADATA", file, at, `PY "${py.slice(0, 20)}" is not a year; ignored`));
  }
  entry.published = wosPublished(py, joined(record, "PD"));
  const di = joined(record, "DI");
  const doi = normalizeDoi(di);
  if (di !== "" && doi === null) {
    const at = record.fields.get("DI")!.line;
    warn(recordWarning(COMPONENT, "UNPARSED_METADATA", file, at, `DI "${di.slice(0, 40)}" is not a DOI; ignored`));
  }
  // An arXiv DOI is the arXiv id; so is a UT "ARXIV:…", which PaperAtlas's own export writes.
  const ut = /^ARXIV:(\S+)$/i.exec(joined(record, "UT"))?.[1];
  entry.arxivId = arxivIdFromDoi(doi) ?? (ut === undefined ? null : normalizeArxivId(ut));
  entry.doi = arxivIdFromDoi(doi) === null ? doi : null;
  const af = listed(record, "AF");
  withAuthors(entry, (af.length > 0 ? af : listed(record, "AU")).map(displayName), file);
  return entry;
}

/** One `CR` line → a reference: by DOI, else a record of this file, else a stub named by its text. */
function toReference(raw: string, index: Map<string, ParsedEntry | null>): PaperRef | null {
  const cited = parseCited(raw);
  if (cited.doi !== null) {
    const arxivId = arxivIdFromDoi(cited.doi);
    return paperRef("wos", arxivId !== null ? { arxivId, year: cited.year } : { doi: cited.doi, year: cited.year });
  }
  const key = citedKey(cited.author, cited.year, cited.source);
  const own = key === null ? undefined : index.get(key);
  if (own) {
    return paperRef("wos", {
      title: own.title,
      arxivId: own.arxivId,
      doi: own.doi ?? null,
      year: cited.year,
    });
  }
  if (cited.text === "") return null;
  // Keyed by first author, year and source only: citations of different pages of one work share a stub.
  const named = [cited.author ?? "[Anonymous]", cited.year, cited.source].filter((p) => p !== null);
  const title = cited.author === null && cited.source === null ? cited.text : named.join(", ");
  return paperRef("wos", { title, year: cited.year });
}

export function parseWos(text: string, file: string): ParseResult {
  const { records, warnings } = scanRecords(text, file);
  const warn = (w: Warning) => warnings.push(w);
  const described: Described[] = records.flatMap((record) => {
    const entry = toEntry(record, file, warn);
    return entry === null ? [] : [{ record, entry }];
  });
  if (described.length === 0) {
    throw parseFailed(
      COMPONENT,
      file,
      records[0]?.line ?? 1,
      records.length === 0 ? "no PT … ER record" : "no record with a TI title",
      "expected a Web of Science plain-text export (FN, VR 1.0, then PT … ER records)",
    );
  }
  // first author|year|source → the record it names; null when two records share the key.
  const index = new Map<string, ParsedEntry | null>();
  for (const { record, entry } of described) {
    for (const key of recordKeys(record)) index.set(key, index.has(key) && index.get(key) !== entry ? null : entry);
  }
  for (const { record, entry } of described) {
    const cr = listed(record, "CR");
    const refs = cr.flatMap((raw) => toReference(raw, index) ?? []);
    if (refs.length > 0) entry.references = refs;
    const nr = joined(record, "NR");
    if (nr !== "" && /^\d+$/.test(nr) && Number(nr) !== cr.length) {
      const at = record.fields.get("NR")!.line;
      const text = `${named(record)}: NR says ${nr} references but it has ${cr.length} CR lines`;
      warn(recordWarning(COMPONENT, "UNPARSED_METADATA", file, at, text));
    }
  }
  return { entries: described.map((d) => d.entry), warnings };
}

/**
 * Sure for a text that opens with `FN ` (after a byte-order mark or blank lines) and has a `VR`
 * or `PT` line; likely for `PT`/`ER` records with a `TI` field but no header (a file cut from a
 * larger export). 0 otherwise.
 */
function detect(text: string): number {
  const head = text.slice(0, 65536).replace(/^\uFEFF/, "");
  const start = head.trimStart();
  if (start.startsWith("FN ") && /(^|\n)(VR \d|PT [A-Z])/.test(head)) return SCORE.sure;
  if (/(^|\n)PT [A-Z]\s*\r?\n/.test(head) && /(^|\n)TI \S/.test(head) && /(^|\n)ER\s*(\r?\n|$)/.test(head)) {
    return SCORE.likely;
  }
  return SCORE.none;
}

export const wos: Format = {
  id: "wos",
  description: "Web of Science plain text (FN/VR 1.0, PT … ER records): TI, AB, AF/AU, PY/PD, DI; CR as citations",
  detect: (text) => detect(text),
  parse: parseWos,
  extensions: [".txt", ".ciw"],
};
