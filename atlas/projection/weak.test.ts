import { describe, expect, it } from "vitest";
import { buildProjection, searchGraph } from "./projection.ts";
import { titleWords, weakLinks, WEAK_WEIGHTS } from "./weak.ts";

describe("titleWords(title)", () => {
  it("keeps words of three letters or more, lower-cased, once, without stop words or numbers", () => {
    expect(titleWords("Sparse Attention for the Sparse Transformers in 2024: a Study")).toEqual([
      "sparse",
      "attention",
      "transformers",
    ]);
  });
});

describe("weakLinks(papers, orphans)", () => {
  const papers = [
    { id: "a", title: "Quantum annealing schedules", authors: ["x smith"], sources: ["f1"], year: 2020 },
    { id: "b", title: "Graph coloring heuristics", authors: ["x smith"], sources: ["f1"], year: 2020 },
    { id: "c", title: "Quantum annealing hardware", authors: [], sources: ["f2"], year: 2021 },
    { id: "d", title: "Zebra tracking", authors: [], sources: ["f1"], year: 2020 },
    { id: "e", title: "Lonely musings", authors: [], sources: ["f3"], year: 2019 },
    { id: "f", title: "Ocean waves", authors: [], sources: ["f1"], year: 2020 },
  ];
  const links = weakLinks(papers, new Set(["a", "d", "e"]));

  it("links an orphan to papers sharing an author and rare title words, weighted below a concept", () => {
    expect(links).toContainEqual({ source: "a", target: "b", kind: "authors", weight: WEAK_WEIGHTS.author });
    const title = links.find((l) => l.source === "a" && l.kind === "title");
    expect(title?.target).toBe("c");
    expect(title!.weight).toBeCloseTo(WEAK_WEIGHTS.title, 6); // both of a's rare words are shared
    expect(links.every((l) => l.weight < 1)).toBe(true);
  });

  it("falls back to the papers of the same file and year, linked ones first, when nothing else is shared", () => {
    const fromD = links.filter((l) => l.source === "d");
    expect(fromD.map((l) => l.kind)).toEqual(["source", "source"]);
    expect(fromD.map((l) => l.target)).toEqual(["b", "f"]);
  });

  it("leaves what shares nothing without links", () => {
    expect(links.filter((l) => l.source === "e")).toEqual([]);
  });
});

describe("buildProjection with weak links", () => {
  it("gives a paper that shares no concept weak edges into the search graph, and nothing to one that shares nothing", () => {
    const row = (id: string, concepts: string[], title: string, authors: string[]) => ({
      id,
      conceptIds: concepts,
      weights: concepts.map(() => 1),
      cites: [],
      title,
      authors,
      sources: [],
      year: null,
    });
    const projection = buildProjection(
      [
        row("p1", ["k:a", "k:b"], "One", ["ann"]),
        row("p2", ["k:a", "k:b"], "Two", []),
        row("p3", ["k:solo"], "Three", ["ann"]),
        row("p4", [], "Four", []),
      ],
      ["k:a", "k:b", "k:solo"].map((id) => ({ id, name: id, type: "method" })),
    );
    expect(projection.orphans).toBe(2);
    expect(projection.weak).toBe(1);
    const edge = projection.graph.edge("p3", "p1")!;
    expect(projection.graph.getEdgeAttributes(edge).kind).toBe("authors");
    const sg = searchGraph(projection);
    expect(sg.index.has("p3")).toBe(true);
    expect(sg.index.has("p4")).toBe(false);
  });
});
