/**
 * The WoS exporter, and the round trip through the WoS reader: a small corpus (arXiv, DOI and
 * title-keyed papers, with and without authors and dates; stubs cited by DOI, by arXiv id, by
 * title, and a stub the WoS reader made) written as plain text and parsed back gives the same
 * papers (ids, DOIs, titles, abstracts, dates, authors) and the same citations.
 */
import { describe, expect, it } from "vitest";
import { planCitations } from "../ingest/load/plan.ts";
import { dedupRecords, titleId } from "../ingest/dedup/index.ts";
import { parseText } from "../ingest/formats/index.ts";
import type { ExportEdgeRow, ExportPaperRow } from "../schema/cypher/export.ts";
import { EXPORTERS } from "./exporters.ts";
import { buildExportGraph, type ExportRows } from "./graph.ts";
import { citedReference, writeWos } from "./wos.ts";

const paper = (p: Partial<ExportPaperRow> & Pick<ExportPaperRow, "id" | "title">): ExportPaperRow => ({
  abstract: "",
  published: null,
  year: null,
  doi: null,
  arxivId: null,
  stub: false,
  authors: [],
  ...p,
});

const C_TITLE = "Time-sliced maps, and how clusters fade";
const D_TITLE = "A survey of co-citation analysis";
const S4_TITLE = "Deep Residual Learning, for Image Recognition";
const S2_TITLE = "Small H, 1973, J AM SOC INFORM SCI";

const PAPERS: ExportPaperRow[] = [
  paper({
    id: "2401.00001",
    arxivId: "2401.00001",
    title: "Graph partitioning of citation networks",
    abstract: "We partition citation networks.\nER\nEF\nPT J\nTI injected — a line break must not start a field.",
    published: "2024-01-15",
    year: 2024,
    authors: ["Ana de la Cruz", "Bo Li", "Jean-Paul Sartre"],
  }),
  paper({
    id: "2402.00002",
    arxivId: "2402.00002",
    doi: "10.1145/3600006.3613165",
    title: "Co-citation clusters and their labels",
    abstract: "Labels from titles against labels from references.",
    published: "2024-02",
    year: 2024,
    authors: ["Chidi Nnamdi Okafor"],
  }),
  paper({
    id: titleId(C_TITLE),
    title: C_TITLE,
    abstract: "Maps of successive time slices.",
    published: "2023",
    year: 2023,
    authors: ["Reza Hakimi"],
  }),
  paper({
    id: titleId(D_TITLE),
    doi: "10.1007/s11192-019-00001-x",
    title: D_TITLE,
    abstract: "A survey, with no author or date known.",
  }),
  paper({ id: "doi:10.1073/pnas.0601602103", doi: "10.1073/pnas.0601602103", title: "", stub: true }),
  paper({ id: titleId(S2_TITLE), title: S2_TITLE, year: 1973, published: "1973", stub: true }),
  paper({ id: "1706.03762", arxivId: "1706.03762", title: "Attention Is All You Need", year: 2017, stub: true }),
  paper({ id: titleId(S4_TITLE), title: S4_TITLE, stub: true }),
];

const A = "2401.00001";
const B = "2402.00002";
const C = titleId(C_TITLE);
const D = titleId(D_TITLE);
const CITES: [string, string][] = [
  [A, B],
  [A, C],
  [A, "doi:10.1073/pnas.0601602103"],
  [B, A],
  [B, titleId(S2_TITLE)],
  [C, A],
  [C, D],
  [C, "1706.03762"],
  [D, A],
  [D, titleId(S4_TITLE)],
];
const EDGES: ExportEdgeRow[] = CITES.map(([source, target]) => ({ source, target, type: "CITES", weight: 1 }));
const ROWS: ExportRows = { nodes: [], edges: EDGES, clusters: [], papers: PAPERS };

describe("writeWos", () => {
  const text = writeWos(ROWS);

  it("writes the header, one PT … ER record per described paper, and EF", () => {
    const lines = text.split("\n");
    expect(lines.slice(0, 3)).toEqual(["FN Clarivate Analytics Web of Science", "VR 1.0", "PT J"]);
    expect(lines.filter((l) => l === "PT J")).toHaveLength(4);
    expect(lines.filter((l) => l === "ER")).toHaveLength(4);
    expect(lines.slice(-2)).toEqual(["EF", ""]);
    // A line break inside a value never starts a field.
    expect(lines.filter((l) => l.startsWith("TI "))).toHaveLength(4);
  });

  it("writes WoS's name forms, dates, DOIs and UT", () => {
    expect(text).toContain(
      "AU Cruz, ADL\n   Li, B\n   Sartre, JP\nAF Cruz, Ana de la\n   Li, Bo\n   Sartre, Jean-Paul\n",
    );
    expect(text).toContain("PD JAN 15\nPY 2024\nDI 10.48550/arXiv.2401.00001\nUT ARXIV:2401.00001\n");
    expect(text).toContain("PD FEB\nPY 2024\nDI 10.1145/3600006.3613165\nUT ARXIV:2402.00002\n");
    expect(text).toContain(`UT PAPERATLAS:${C}\n`);
  });

  it("writes a CR line per cited paper: first author, year, title (commas out), DOI", () => {
    const byId = new Map(PAPERS.map((p) => [p.id, p]));
    expect(citedReference(byId.get(C)!)).toBe("Hakimi R, 2023, Time-sliced maps and how clusters fade");
    expect(citedReference(byId.get(D)!)).toBe(
      "[Anonymous], A survey of co-citation analysis, DOI 10.1007/s11192-019-00001-x",
    );
    expect(citedReference(byId.get(A)!)).toBe(
      "Cruz ADL, 2024, Graph partitioning of citation networks, DOI 10.48550/arXiv.2401.00001",
    );
    expect(citedReference(byId.get(titleId(S2_TITLE))!)).toBe(S2_TITLE);
    expect(citedReference(byId.get("doi:10.1073/pnas.0601602103")!)).toBe("[Anonymous], DOI 10.1073/pnas.0601602103");
    expect(citedReference(byId.get("1706.03762")!)).toBe(
      "[Anonymous], 2017, Attention Is All You Need, DOI 10.48550/arXiv.1706.03762",
    );
    expect(citedReference(byId.get(titleId(S4_TITLE))!)).toBe("Deep Residual Learning for Image Recognition");
    expect(text).toContain(`NR 3\nTC 3\n`);
  });

  it("is EXPORTERS.wos, which asks for the bibliographic rows", () => {
    expect(EXPORTERS.wos.bibliographic).toBe(true);
    expect(EXPORTERS.wos.write(buildExportGraph(ROWS), ROWS)).toBe(text);
  });
});

describe("WoS round trip: export, then parse back", () => {
  const { format, entries, warnings } = parseText(writeWos(ROWS), "paperatlas.txt");
  const records = dedupRecords(entries);

  it("is read as wos, without a warning", () => {
    expect(format.id).toBe("wos");
    expect(warnings).toEqual([]);
  });

  it("gives back the same papers: ids, DOIs, titles, abstracts, dates, authors", () => {
    const back = records.map((r) => ({
      id: r.paper.id,
      doi: r.paper.doi ?? null,
      arxivId: r.paper.arxivId,
      title: r.paper.title,
      abstract: r.paper.abstract,
      published: r.paper.published,
      authors: r.authors,
    }));
    const expected = PAPERS.filter((p) => !p.stub).map((p) => ({
      id: p.id,
      doi: p.doi,
      arxivId: p.arxivId,
      title: p.title,
      abstract: p.abstract.replace(/\s+/g, " "),
      published: p.published,
      authors: p.authors,
    }));
    expect(back.sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
  });

  it("gives back the same citations, to the same papers and stubs", () => {
    const plan = planCitations(
      records.map((r) => ({ id: r.paper.id, references: r.references, citedBy: r.citedBy })),
      records.map((r) => r.paper),
    );
    const pairs = plan.cites.map((c) => `${c.from} -> ${c.to}`).sort();
    expect(pairs).toEqual(CITES.map(([a, b]) => `${a} -> ${b}`).sort());
    expect(plan.stubs.map((s) => s.id).sort()).toEqual(
      PAPERS.filter((p) => p.stub)
        .map((p) => p.id)
        .sort(),
    );
    expect(plan.cites.every((c) => c.source === "wos")).toBe(true);
  });
});
