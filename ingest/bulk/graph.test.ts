import { describe, expect, it } from "vitest";
import type { ParsedEntry, Paper } from "../../schema/model.ts";
import { conceptId } from "../extract/index.ts";
import type { Extractor } from "../load/load.ts";
import { BulkGraph, entryIds, inferredCitations, planIdentity, type BulkSource } from "./graph.ts";
import type { BulkFile } from "./files.ts";

const entry = (file: string, line: number, fields: Partial<ParsedEntry>): ParsedEntry => ({
  title: "",
  abstract: "",
  authorCount: null,
  organization: null,
  published: null,
  upvotes: null,
  links: [],
  arxivId: null,
  occurrence: { file, line },
  ...fields,
});

const source = (name: string): BulkSource => ({
  name,
  path: `/in/${name}`,
  sha256: `sha-${name}`,
  format: "arxiv-tsv",
  ingestedAt: "2026-12-03T00:00:00.000Z",
});

/** Each capitalised word of the title is a method; a paper with "Fast" in its abstract proposes "Fast". */
const extractor: Extractor = {
  conceptId,
  extract: (papers: readonly Paper[]) =>
    papers.map((p) => ({
      id: p.id,
      title: p.title,
      proposed: p.abstract.includes("Fast") ? "Fast" : null,
      acronyms: [],
      entities: [...new Set(`${p.title} ${p.abstract}`.match(/\b[A-Z][a-z]+\b/g) ?? [])].map((name) => ({
        name,
        type: "method" as const,
        aliases: p.abstract.includes(`${name} (${name[0]})`) ? [name[0]!] : [],
        count: 1,
        inTitle: p.title.includes(name),
      })),
    })),
};

function run(batches: { file: string; entries: ParsedEntry[] }[]) {
  const rows: Partial<Record<BulkFile, unknown[][]>> = {};
  const plan = planIdentity(batches.flatMap((b) => b.entries.map(entryIds)));
  const graph = new BulkGraph(plan, (file, values) => (rows[file] ??= []).push(values), { citations: false });
  const written: number[] = [];
  for (const b of batches) {
    graph.addBatch(source(b.file), b.entries, extractor, { chunkSize: 500 });
    written.push(rows.papers?.length ?? 0);
  }
  return { rows, counts: graph.finish(), written };
}

describe("BulkGraph", () => {
  const a1 = entry("a.tsv", 2, { arxivId: "2401.00001", title: "Graph Speed", abstract: "short", authors: ["Ada B"] });
  const b1 = entry("b.tsv", 2, {
    arxivId: "2401.00001",
    title: "Graph Speed",
    abstract: "a longer abstract naming Fast (F)",
    authors: ["Ada B", "Cy D"],
  });
  const a2 = entry("a.tsv", 3, { arxivId: "2401.00002", title: "Other Work", abstract: "about Fast" });

  it("writes a paper read once with its batch, and holds one with more copies until its last", () => {
    const { rows, written } = run([
      { file: "a.tsv", entries: [a1, a2] },
      { file: "b.tsv", entries: [b1] },
    ]);
    expect(written).toEqual([1, 2]);
    const ids = rows.papers!.map((r) => r[0]);
    expect(ids).toEqual(["2401.00002", "2401.00001"]);
  });

  it("merges the copies as the load does: richest abstract, both sources, both FROM, the latest extraction", () => {
    const { rows, counts } = run([
      { file: "a.tsv", entries: [a1, a2] },
      { file: "b.tsv", entries: [b1] },
    ]);
    const paper = rows.papers!.find((r) => r[0] === "2401.00001")!;
    expect(paper).toContain("a longer abstract naming Fast (F)");
    expect(paper).toContainEqual(["a.tsv", "b.tsv"]);
    expect(rows.from).toContainEqual(["2401.00001", "sha-a.tsv"]);
    expect(rows.from).toContainEqual(["2401.00001", "sha-b.tsv"]);
    const mentionsOf = (id: string) => rows.mentions!.filter((m) => m[0] === id).map((m) => m[1]);
    expect(mentionsOf("2401.00001").sort()).toEqual(["method:fast", "method:graph", "method:speed"]);
    expect(rows.writtenBy).toEqual([
      ["2401.00001", "ada b", 0],
      ["2401.00001", "cy d", 1],
    ]);
    expect(rows.authors).toEqual([
      ["ada b", "Ada B"],
      ["cy d", "Cy D"],
    ]);
    expect(rows.proposes).toEqual([
      ["2401.00002", "method:fast"],
      ["2401.00001", "method:fast"],
    ]);
    expect(counts).toMatchObject({ entries: 3, papers: 2, newPapers: 2, updatedPapers: 1, mentions: 6 });
  });

  it("writes the concepts some paper mentions, with aliases and paperCount, and the Sources with their counts", () => {
    const { rows } = run([
      { file: "a.tsv", entries: [a1, a2] },
      { file: "b.tsv", entries: [b1] },
    ]);
    const fast = rows.concepts!.find((c) => c[0] === "method:fast")!;
    expect(fast).toEqual(["method:fast", "Fast", "method", ["F"], " F", 2, ["Concept", "Method"]]);
    // "Short" never was a concept; every written concept has papers.
    expect(rows.concepts!.every((c) => (c[5] as number) > 0)).toBe(true);
    expect(rows.sources).toEqual([
      ["sha-a.tsv", "/in/a.tsv", "a.tsv", "arxiv-tsv", "2026-12-03T00:00:00.000Z", 2],
      ["sha-b.tsv", "/in/b.tsv", "b.tsv", "arxiv-tsv", "2026-12-03T00:00:00.000Z", 1],
    ]);
  });
});

describe("inferredCitations", () => {
  it("links a paper naming a method to the papers proposing it, unless it proposes the method too", () => {
    const cites = inferredCitations(
      [
        ["b", "method:x"],
        ["c", "method:x"],
        ["a", "method:y"],
        ["b", "method:z"],
      ],
      [
        ["a", "method:x"],
        ["a", "method:z"],
        ["b", "method:x"],
        ["c", "method:x"],
        ["d", "method:y"],
        ["a", "method:y"],
      ],
      (id) => id.slice("method:".length).toUpperCase(),
    );
    expect(cites).toEqual([
      { from: "a", to: "b", methods: ["X", "Z"] },
      { from: "a", to: "c", methods: ["X"] },
      { from: "d", to: "a", methods: ["Y"] },
    ]);
  });
});
