import { describe, expect, it } from "vitest";
import { mergeHits, toLucene } from "./search.ts";

describe("toLucene(q)", () => {
  it("requires every word and lets the last match as a prefix", () => {
    expect(toLucene("Graph Neural net")).toBe("+graph +neural +(net net*)");
  });

  it("escapes Lucene syntax so input is always words", () => {
    expect(toLucene("C++ (AND) title:x")).toBe("+c\\+\\+ +\\(and\\) +(title\\:x title\\:x*)");
    expect(toLucene('"quoted" a/b')).toBe('+\\"quoted\\" +(a\\/b a\\/b*)');
  });

  it("limits the prefix match to one field when asked", () => {
    expect(toLucene("graph neu", "title")).toBe("+graph +(neu title:neu*)");
  });

  it("does not prefix-expand a single character", () => {
    expect(toLucene("x")).toBe("+x");
  });

  it("returns null when no word has a letter or digit", () => {
    expect(toLucene("  *** ?? ")).toBeNull();
    expect(toLucene("")).toBeNull();
  });

  it("keeps at most twelve words", () => {
    expect(toLucene(Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "))!.split(" ").length).toBe(13);
  });
});

describe("mergeHits(rows, limit)", () => {
  const row = (id: string, kind: "paper" | "concept", score: number) => ({
    id, kind, type: kind === "paper" ? ("paper" as const) : ("method" as const), label: id, score, cluster: null, year: null, paperCount: null,
  }); // prettier-ignore

  it("scales each kind by its best score and puts concepts first on ties", () => {
    const hits = mergeHits(
      [row("p1", "paper", 9), row("p2", "paper", 4.5), row("c1", "concept", 3), row("c2", "concept", 0.3)],
      3,
    );
    expect(hits.map((h) => [h.id, h.score])).toEqual([
      ["c1", 1],
      ["p1", 1],
      ["p2", 0.5],
    ]);
  });

  it("answers nothing for no rows", () => {
    expect(mergeHits([], 5)).toEqual([]);
  });
});
