import { describe, expect, it } from "vitest";
import { collapseWhitespace, joinLines, normalizeText } from "./normalize.ts";

describe("normalizeText", () => {
  it("turns CRLF and lone CR into LF", () => {
    expect(normalizeText("a\r\nb\rc\n", "x.txt").text).toBe("a\nb\nc\n");
  });

  it("composes NFD accents to NFC", () => {
    expect(normalizeText("Re\u0301sume\u0301", "x.txt").text).toBe("Résumé");
  });

  it("removes zero-width, bidi and control characters and counts them in one warning", () => {
    const result = normalizeText("Gra\u200bph\u202e Ma\u0000mba\u2066\u2069\u0007\n", "x.txt");
    expect(result.text).toBe("Graph Mamba\n");
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: "CONTROL_CHARS_REMOVED", file: "x.txt" });
    expect(result.warnings[0]!.message).toContain("removed 6");
  });

  it("turns form feed and vertical tab into spaces so words stay apart", () => {
    expect(normalizeText("end\fStart\vnext", "x.txt")).toEqual({ text: "end Start next", warnings: [] });
  });

  it("keeps tabs and newlines and warns about nothing in clean text", () => {
    expect(normalizeText("a\tb\n\nc", "x.txt")).toEqual({ text: "a\tb\n\nc", warnings: [] });
  });

  it("keeps line numbers: a removed character never removes a line", () => {
    const text = "one\n\u200b\ntwo\u0000\nthree";
    expect(normalizeText(text, "x.txt").text.split("\n")).toHaveLength(4);
  });

  it("normalises a 5 MB single line quickly", () => {
    const line = "word\u200b ".repeat(1_000_000);
    const started = performance.now();
    const result = normalizeText(line, "x.txt");
    expect(result.text.length).toBe(5_000_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("collapseWhitespace", () => {
  it("trims and reduces runs of any whitespace to one space", () => {
    expect(collapseWhitespace("  Graph \t Mamba:\u00a0 Towards  ")).toBe("Graph Mamba: Towards");
    expect(collapseWhitespace("   ")).toBe("");
  });
});

describe("joinLines", () => {
  it("joins wrapped lines with one space", () => {
    expect(joinLines(["We study", "  graph  models."])).toBe("We study graph models.");
  });

  it("joins words hyphenated at a line break", () => {
    expect(joinLines(["a distri-", "buted system"])).toBe("a distributed system");
  });

  it("keeps the hyphen after a capital or digit, and before a capital", () => {
    expect(joinLines(["GPT-", "4 and", "Mixture-of-", "Experts"])).toBe("GPT-4 and Mixture-of-Experts");
  });

  it("keeps a dash that stands alone", () => {
    expect(joinLines(["Prime Library --", "Technical Report"])).toBe("Prime Library -- Technical Report");
  });

  it("joins 10k short lines quickly", () => {
    const lines = Array.from({ length: 10_000 }, () => "((((-");
    expect(joinLines(lines).length).toBeGreaterThan(40_000);
  });
});
