import { describe, expect, it } from "vitest";
import { toLucene } from "./search.ts";

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
