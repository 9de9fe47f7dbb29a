import { describe, expect, it } from "vitest";
import type { Paper, ParsedEntry } from "../../schema/model.ts";
import { dedupEntries, mergePapers, yearOf } from "./dedup.ts";
import { paperId, shortHash, titleKey } from "./title-key.ts";
import { testPaper } from "../../test/fixtures/paper.ts";

function entry(over: Partial<ParsedEntry> & { file?: string; line?: number } = {}): ParsedEntry {
  const { file = "a.txt", line = 1, ...rest } = over;
  return {
    title: "Graph Mamba: Towards Learning on Graphs",
    abstract: "An abstract.",
    authorCount: null,
    organization: null,
    published: null,
    upvotes: null,
    links: [],
    arxivId: null,
    occurrence: { file, line },
    ...rest,
  };
}

describe("titleKey", () => {
  it("lets whitespace, case, punctuation and invisible variants of a title meet", () => {
    const key = titleKey("Graph Mamba: Towards Learning on Graphs");
    for (const variant of [
      "  graph   MAMBA : towards learning on graphs ",
      "Graph\u200b Mamba — Towards Learning on Graphs.",
      "Ｇｒａｐｈ Mamba: Towards Learning on Graphs",
    ]) {
      expect(titleKey(variant), variant).toBe(key);
    }
  });

  it("keeps letters, digits and symbols apart", () => {
    expect(titleKey("C++ for Graphs")).not.toBe(titleKey("C# for Graphs"));
    expect(titleKey("DεpS: Delayed ε-Shrinking")).toBe("dεps delayed ε shrinking");
  });

  it("keeps a key for a title made of punctuation only", () => {
    expect(titleKey(" ?!? ")).toBe("?!?");
  });
});

describe("paperId", () => {
  it("is the arXiv id when known", () => {
    expect(paperId({ title: "X", arxivId: "2401.01234" })).toBe("2401.01234");
  });

  it("is t: + 16 hex of sha256(title key), the same for title variants and across runs", () => {
    const id = paperId({ title: "Graph Mamba", arxivId: null });
    expect(id).toBe(`t:${shortHash("graph mamba")}`);
    expect(id).toMatch(/^t:[0-9a-f]{16}$/);
    expect(paperId({ title: " GRAPH  mamba ", arxivId: null })).toBe(id);
    expect(id).toBe("t:2b0a282c79915ace"); // pinned: ids must not change between versions
  });
});

describe("dedupEntries", () => {
  it("returns one paper per distinct title with sorted sources and file:line occurrences", () => {
    const papers = dedupEntries([
      entry({ file: "b.txt", line: 30 }),
      entry({ title: "GRAPH MAMBA:  towards learning on graphs", file: "a.txt", line: 9 }),
      entry({ file: "a.txt", line: 10 }),
      entry({ title: "Other", file: "a.txt", line: 20 }),
    ]);
    expect(papers).toHaveLength(2);
    const mamba = papers.find((p) => p.title !== "Other")!;
    expect(mamba.sources).toEqual(["a.txt", "b.txt"]);
    expect(mamba.occurrences).toEqual(["a.txt:9", "a.txt:10", "b.txt:30"]);
  });

  it("lets the richest copy win: full date, longest abstract, known fields", () => {
    const [paper] = dedupEntries([
      entry({
        file: "a.txt",
        abstract: "A much longer abstract than the other one.",
        published: "--11-17",
        upvotes: 2,
      }),
      entry({
        file: "b.txt",
        title: "graph mamba: towards learning on graphs",
        published: "2024-11-17",
        authorCount: 5,
      }),
      entry({ file: "c.txt", organization: "AQ-MedAI", upvotes: 7, links: ["https://x.org"] }),
    ]);
    expect(paper).toMatchObject({
      title: "graph mamba: towards learning on graphs",
      abstract: "A much longer abstract than the other one.",
      published: "2024-11-17",
      year: 2024,
      authorCount: 5,
      organization: "AQ-MedAI",
      upvotes: 7,
      links: ["https://x.org"],
    });
  });

  it("uses the arXiv id as the id and gathers copies without one under it", () => {
    const papers = dedupEntries([entry({ arxivId: "2401.01234", file: "b.txt" }), entry({ file: "a.txt" })]);
    expect(papers.map((p) => [p.id, p.sources])).toEqual([["2401.01234", ["a.txt", "b.txt"]]]);
  });

  it("keeps two arXiv papers that share a title apart", () => {
    const papers = dedupEntries([entry({ arxivId: "2401.00002" }), entry({ arxivId: "2401.00001" })]);
    expect(papers.map((p) => p.id)).toEqual(["2401.00001", "2401.00002"]);
  });

  it("is deterministic: same output for any input order, sorted by id", () => {
    const entries = [
      entry({ title: "B", file: "x.txt" }),
      entry({ title: "A", line: 2 }),
      entry({ title: "b", line: 3 }),
    ];
    const once = dedupEntries(entries);
    expect(dedupEntries([...entries].reverse())).toEqual(once);
    expect(once.map((p) => p.id)).toEqual([...once.map((p) => p.id)].sort());
  });
});

describe("mergePapers", () => {
  const paper = (over: Partial<Paper>): Paper => testPaper({ id: "t:1", ...over });

  it("merges by the dedup rule whatever the argument order", () => {
    const a = paper({ published: "--05-20", upvotes: 3 });
    const b = paper({
      abstract: "Longer.",
      published: "2024-05-20",
      year: 2024,
      sources: ["b.txt"],
      occurrences: ["b.txt:7"],
    });
    const merged = mergePapers(a, b);
    expect(merged).toEqual(mergePapers(b, a));
    expect(merged).toMatchObject({ published: "2024-05-20", year: 2024, upvotes: 3, abstract: "Longer." });
    expect(merged.sources).toEqual(["a.txt", "b.txt"]);
    expect(merged.occurrences).toEqual(["a.txt:1", "b.txt:7"]);
  });
});

describe("yearOf", () => {
  it("reads the year of a full date only", () => {
    expect([yearOf("2022-02-25"), yearOf("--11-17"), yearOf(null)]).toEqual([2022, null, null]);
  });
});
