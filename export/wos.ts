/**
 * Web of Science plain-text writer
 * ================================
 * The corpus as a file Web of Science could have saved (`FN` / `VR 1.0`, `PT J … ER` records,
 * `EF`), so CiteSpace (and anything else that reads WoS exports) opens what PaperAtlas gathered
 * from arXiv, OpenAlex or listings. One record per described paper (stubs are only cited), in id
 * order: `AU`/`AF` (names in WoS's forms, ingest/formats/wos/names.ts), `TI`, `SO` (`arXiv` for an
 * arXiv paper; we keep no venue), `AB`, `CR`, `NR`, `TC` (citations within the corpus), `PD`/`PY`,
 * `DI` (the DOI, else the arXiv DOI `10.48550/arXiv.X`), `UT` (`ARXIV:X`, `DOI:…`, else
 * `PAPERATLAS:<id>`, so tools that deduplicate by UT keep every paper).
 *
 * `CR` lines come from CITES, one per cited paper: `Family I, Year, TITLE, DOI 10.x/…`. WoS puts
 * the journal in the third slot; we keep no venue, and for a book WoS puts its (shortened) title
 * there, so the title it is (commas, which separate the parts, become spaces). The WoS
 * reader finds a paper of the same file by that first author, year and title, so the file reads
 * back with the same citations. A stub without authors or DOI is written by its title alone (its
 * id when untitled); a stub the WoS reader made is already `Author, Year, SOURCE`. Every value
 * is put on one line (whitespace collapsed, control characters dropped): a line break inside a
 * value would start a new field. Pure.
 */
import type { ExportPaperRow } from "../schema/cypher/export.ts";
import { PaperAtlasError } from "../schema/errors.ts";
import { citedName, fullName, shortName } from "../ingest/formats/wos/names.ts";
import { normalizeArxivId } from "../ingest/text/links.ts";
import type { ExportRows } from "./graph.ts";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** One line's worth of text: control characters out, whitespace (line breaks included) collapsed. */
export function oneLine(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001F\u007F\u2028\u2029]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

function field(tag: string, values: readonly string[]): string[] {
  const kept = values.map(oneLine).filter((v) => v !== "");
  return kept.map((v, i) => (i === 0 ? `${tag} ${v}` : `   ${v}`));
}

/** The paper's arXiv id: its `arxivId`, or its id when that is one (a paper's id is its arXiv id when known). */
function arxivOf(p: ExportPaperRow): string | null {
  return p.arxivId ?? (normalizeArxivId(p.id) === p.id ? p.id : null);
}

/** The DOI a record or reference carries: the paper's own, else its arXiv DOI. */
function doiOf(p: ExportPaperRow): string | null {
  if (p.doi) return p.doi;
  const arxiv = arxivOf(p);
  return arxiv === null ? null : `10.48550/arXiv.${arxiv}`;
}

/** `published` → `PY` and `PD` (`YYYY-MM-DD` → `2020`, `MAR 15`; `--MM-DD` → no year). */
function dateFields(p: ExportPaperRow): { py: string | null; pd: string | null } {
  const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(p.published ?? "");
  const year = p.year !== null ? String(p.year) : (/^\d{4}/.exec(p.published ?? "")?.[0] ?? null);
  if (!m) return { py: year, pd: null };
  const month = MONTHS[Number(m[2]) - 1] ?? null;
  const pd = month === null ? null : m[3] === undefined ? month : `${month} ${Number(m[3])}`;
  return { py: year, pd };
}

/** The `CR` line naming `p`. */
export function citedReference(p: ExportPaperRow): string {
  const doi = doiOf(p);
  const tail = doi === null ? "" : `, DOI ${doi}`;
  const title = oneLine(p.title).replace(/,/g, " ").replace(/\s+/g, " ");
  const first = p.authors[0];
  if (first === undefined && p.stub) {
    // A stub the WoS reader made is titled "Author, Year, SOURCE" already. Any other stub without
    // a DOI is written by its title alone: read back, that title keys the same stub.
    if (/^[^,]+, \d{4}(, |$)/.test(p.title)) return oneLine(p.title) + tail;
    if (doi === null) return title === "" ? p.id : title;
  }
  const parts = [first === undefined ? "[Anonymous]" : citedName(oneLine(first))];
  const { py } = dateFields(p);
  if (py !== null) parts.push(py);
  if (title !== "") parts.push(title);
  return parts.join(", ") + tail;
}

function uniqueId(p: ExportPaperRow): string {
  const arxiv = arxivOf(p);
  if (arxiv !== null) return `ARXIV:${arxiv}`;
  return p.doi ? `DOI:${p.doi}` : `PAPERATLAS:${p.id}`;
}

function record(p: ExportPaperRow, cited: readonly ExportPaperRow[], citedBy: number): string[] {
  const { py, pd } = dateFields(p);
  return [
    "PT J",
    ...field(
      "AU",
      p.authors.map((a) => shortName(oneLine(a))),
    ),
    ...field(
      "AF",
      p.authors.map((a) => fullName(oneLine(a))),
    ),
    ...field("TI", [p.title]),
    ...field("SO", arxivOf(p) !== null ? ["arXiv"] : []),
    ...field("AB", [p.abstract]),
    ...field("CR", cited.map(citedReference)),
    `NR ${cited.length}`,
    `TC ${citedBy}`,
    ...field("PD", pd === null ? [] : [pd]),
    ...field("PY", py === null ? [] : [py]),
    ...field("DI", [doiOf(p) ?? ""]),
    `UT ${oneLine(uniqueId(p))}`,
    "ER",
    "",
  ];
}

/** The corpus in `rows` (`papers` and CITES edges) as Web of Science plain text. */
export function writeWos(rows: Pick<ExportRows, "papers" | "edges"> | undefined): string {
  if (rows?.papers === undefined) {
    // The runner reads `papers` for a bibliographic exporter; without them the file would be empty.
    throw new PaperAtlasError("INTERNAL", "export: the wos writer needs the papers' bibliographic rows");
  }
  const papers = [...rows.papers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(papers.map((p) => [p.id, p]));
  const cites = new Map<string, ExportPaperRow[]>();
  const citedBy = new Map<string, number>();
  for (const e of rows.edges) {
    const target = byId.get(e.target);
    if (e.type !== "CITES" || target === undefined || e.source === e.target) continue;
    cites.set(e.source, [...(cites.get(e.source) ?? []), target]);
    citedBy.set(e.target, (citedBy.get(e.target) ?? 0) + 1);
  }
  const lines = ["FN Clarivate Analytics Web of Science", "VR 1.0"];
  for (const p of papers) {
    if (p.stub || oneLine(p.title) === "") continue;
    const cited = (cites.get(p.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    lines.push(...record(p, cited, citedBy.get(p.id) ?? 0));
  }
  lines.push("EF", "");
  return lines.join("\n");
}
