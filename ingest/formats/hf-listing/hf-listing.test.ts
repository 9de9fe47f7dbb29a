import { describe, expect, it } from "vitest";
import { PaperAtlasError } from "../../../schema/errors.ts";
import { hfListing, parseListing } from "./hf-listing.ts";

const ABSTRACT = "We propose a method. It works well on many benchmarks and beats the baselines.";
const CHROME =
  "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n";

function codes(text: string): string[] {
  return parseListing(text, "x.txt").warnings.map((w) => `${w.code}@${w.line}`);
}

describe("parseListing", () => {
  it("skips the page chrome and points occurrences at the title line", () => {
    const { entries, warnings } = parseListing(`${CHROME}Mar 11\n\nGraph Mamba\n\n${ABSTRACT}\n`, "x.txt");
    expect(entries.map((e) => [e.title, e.occurrence])).toEqual([["Graph Mamba", { file: "x.txt", line: 13 }]]);
    expect(warnings).toEqual([]);
  });

  it("dates year-less entries from a header date that has a year", () => {
    const text = `${CHROME}Jan 5, 2025\n\nA\n\n${ABSTRACT}\n\n  • 2 authors\n·\nDec 30\n\nB\n\n${ABSTRACT}\n\n·\nJan 3\n`;
    expect(parseListing(text, "x.txt").entries.map((e) => e.published)).toEqual(["2024-12-30", "2025-01-03"]);
  });

  it("never invents a year when the header has none", () => {
    const text = `${CHROME}Mar 11\n\nA\n\n${ABSTRACT}\n\n  • 2 authors\n·\nDec 30\n`;
    expect(parseListing(text, "x.txt").entries[0]!.published).toBe("--12-30");
  });

  it("reads an organisation line instead of authors", () => {
    const [entry] = parseListing(`T\n\n${ABSTRACT}\n\nAQ-MedAI AQ\n·\nNov 17 2\n`, "x.txt").entries;
    expect(entry).toMatchObject({ authorCount: null, organization: "AQ-MedAI AQ", published: "--11-17", upvotes: 2 });
  });

  it("reads an abstract that follows the metadata block without a blank line", () => {
    const { entries, warnings } = parseListing(
      `T\n\n  • 3 authors\n·\nApr 16\n${ABSTRACT}\n\nU\n\n${ABSTRACT}\n`,
      "x.txt",
    );
    expect(entries.map((e) => [e.title, e.abstract, e.authorCount])).toEqual([
      ["T", ABSTRACT, 3],
      ["U", ABSTRACT, null],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads metadata glued to the abstract and a title glued to the metadata", () => {
    const { entries } = parseListing(`T\n\n${ABSTRACT}\n  • 3 authors\n·\nApr 16, 2024\nU\n\n${ABSTRACT}\n`, "x.txt");
    expect(entries.map((e) => [e.title, e.published])).toEqual([
      ["T", "2024-04-16"],
      ["U", null],
    ]);
  });

  it("reads an abstract that follows the title without a blank line", () => {
    const { entries } = parseListing(`T\n${ABSTRACT}\n\nU\n\n${ABSTRACT}\n`, "x.txt");
    expect(entries.map((e) => [e.title, e.abstract])).toEqual([
      ["T", ABSTRACT],
      ["U", ABSTRACT],
    ]);
  });

  it("keeps an entry without abstract and warns when the next title follows", () => {
    const { entries } = parseListing(`T\n\nU\n\n${ABSTRACT}\n`, "x.txt");
    expect(entries.map((e) => [e.title, e.abstract])).toEqual([
      ["T", ""],
      ["U", ABSTRACT],
    ]);
    expect(codes(`T\n\nU\n\n${ABSTRACT}\n`)).toEqual(["ENTRY_WITHOUT_ABSTRACT@1"]);
  });

  it("keeps an entry whose metadata comes straight after the title", () => {
    expect(codes(`T\n\n  • 2 authors\n·\nMay 20\n\nU\n\n${ABSTRACT}\n`)).toEqual(["ENTRY_WITHOUT_ABSTRACT@1"]);
  });

  it("takes a short abstract as the abstract when no abstract-shaped paragraph follows", () => {
    const { entries } = parseListing(`T\n\nShort truncated abstract\n\nU\n\n${ABSTRACT}\n`, "x.txt");
    expect(entries.map((e) => e.abstract)).toEqual(["Short truncated abstract", ABSTRACT]);
  });

  it("joins a wrapped abstract and its hyphenated line breaks", () => {
    const [entry] = parseListing("T\n\nWe train distri-\nbuted models\non GPUs.\n", "x.txt").entries;
    expect(entry!.abstract).toBe("We train distributed models on GPUs.");
  });

  it("collapses whitespace in titles and keeps markup and queries verbatim", () => {
    const title = "  <script>alert(1)</script>   MATCH (n) DETACH DELETE n ";
    const abstract = "We use $O(n^2)$ and {\\em LaTeX}; '; DROP TABLE papers; --";
    const [entry] = parseListing(`${title}\n\n${abstract}\n`, "x.txt").entries;
    expect(entry!.title).toBe("<script>alert(1)</script> MATCH (n) DETACH DELETE n");
    expect(entry!.abstract).toBe(abstract);
  });

  it("finds links and an arXiv id named by an arxiv.org/abs URL", () => {
    const [entry] = parseListing(
      "T\n\nSee https://arxiv.org/abs/2401.01234v2 and https://github.com/a/b.\n",
      "x.txt",
    ).entries;
    expect(entry).toMatchObject({
      links: ["https://arxiv.org/abs/2401.01234v2", "https://github.com/a/b"],
      arxivId: "2401.01234",
    });
  });

  it("warns about metadata it cannot read, with its line", () => {
    expect(codes(`T\n\n${ABSTRACT}\n\n  • several authors\n·\nFeb 30, 2022\n`)).toEqual([
      "UNPARSED_METADATA@5",
      "UNPARSED_METADATA@7",
    ]);
  });

  it("warns about a metadata block without an entry and a second block for one entry", () => {
    expect(codes(`·\nMay 1, 2024\n\nT\n\n${ABSTRACT}\n\n·\nMay 2\n\n·\nMay 3\n`)).toEqual([
      "UNPARSED_METADATA@1",
      "UNPARSED_METADATA@11",
    ]);
  });

  it("skips a paragraph too long to be a title, with ENTRY_WITHOUT_TITLE", () => {
    const text = `${"x".repeat(500)}\n\nT\n\n${ABSTRACT}\n`;
    expect(parseListing(text, "x.txt").entries.map((e) => e.title)).toEqual(["T"]);
    expect(codes(text)).toEqual(["ENTRY_WITHOUT_TITLE@1"]);
  });

  it("skips a second page header concatenated mid-file", () => {
    const text = `${CHROME}Mar 11\n\nA\n\n${ABSTRACT}\n\n${CHROME}Mar 12\n\nB\n\n${ABSTRACT}\n`;
    expect(parseListing(text, "x.txt").entries.map((e) => e.title)).toEqual(["A", "B"]);
  });

  it("throws PARSE_FAILED with file:line when there is no entry", () => {
    for (const text of [CHROME, `${"x".repeat(5000)}\n`, "\n\n"]) {
      let error: unknown;
      try {
        parseListing(text, "x.txt");
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(PaperAtlasError);
      expect((error as PaperAtlasError).code).toBe("PARSE_FAILED");
      expect((error as PaperAtlasError).where).toMatch(/^x\.txt:\d+$/);
    }
  });

  it("handles a 5 MB single line, a 200 KB abstract and 100k brackets quickly", () => {
    const started = performance.now();
    expect(() => parseListing("a ".repeat(2_500_000), "x.txt")).toThrow(PaperAtlasError);
    const long = parseListing(`T\n\n${"word ".repeat(40_000)}\n`, "x.txt");
    expect(long.entries[0]!.abstract.length).toBe(199_999);
    expect(long.warnings.map((w) => w.code)).toEqual(["LINE_TOO_LONG"]);
    const brackets = parseListing(`T ((((\n\n${"(".repeat(100_000)} https://x.org/${"(".repeat(100_000)}\n`, "x.txt");
    expect(brackets.entries[0]!.links).toEqual([`https://x.org/${"(".repeat(100_000)}`]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("hfListing.detect", () => {
  it("accepts a page with chrome or with the title/abstract shape", () => {
    expect(hfListing.detect(`${CHROME}Mar 11\n`, "x.txt")).toBeGreaterThan(0);
    expect(hfListing.detect(`T\n\n${ABSTRACT}\n`, "x.txt")).toBeGreaterThan(0);
  });

  it("rejects JSON, BibTeX and tab-separated tables", () => {
    expect(hfListing.detect('{"papers": []}\n\nx', "x.json")).toBe(0);
    expect(hfListing.detect("@article{a,\n title={T}}\n\nx", "x.bib")).toBe(0);
    expect(hfListing.detect("\tabstract\tarxiv_id\ttitle\n1\tA\t2401.1\tT\n", "x.tsv")).toBe(0);
  });
});

describe("hfListing.detect markup", () => {
  it("accepts a listing whose first title starts with a tag, rejects an HTML or XML document", () => {
    expect(hfListing.detect(`<script>x</script> Title\n\n${ABSTRACT}\n`, "x.txt")).toBeGreaterThan(0);
    expect(hfListing.detect(`<!DOCTYPE html>\n\n<html>\n`, "x.html")).toBe(0);
    expect(hfListing.detect(`<?xml version="1.0"?>\n\n<feed/>\n`, "x.xml")).toBe(0);
  });
});
