import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PaperAtlasError } from "../../schema/errors.ts";
import { bibtex } from "./bibtex/bibtex.ts";
import { EXTENSION_BONUS, FORMAT_IDS, FORMATS, SCORE, detectFormat, parseText, rankFormats } from "./index.ts";

function failure(run: () => unknown): PaperAtlasError {
  try {
    run();
  } catch (error) {
    if (error instanceof PaperAtlasError) return error;
  }
  throw new Error("expected a PaperAtlasError");
}

describe("detectFormat", () => {
  it("registers every format once, by a unique id", () => {
    expect(new Set(FORMAT_IDS).size).toBe(FORMATS.length);
    expect(FORMAT_IDS).toContain("hf-listing");
  });

  it("picks hf-listing for a Daily Papers page", () => {
    expect(detectFormat("Daily Papers\n\nT\n\nAn abstract.\n", "x.txt").id).toBe("hf-listing");
  });

  it("returns the format an override names, without detection", () => {
    expect(detectFormat('{"not": "a listing"}', "x.json", "hf-listing").id).toBe("hf-listing");
  });

  it("throws PARSE_FAILED listing the supported ids for an unknown override or text", () => {
    const unknown = failure(() => detectFormat("T\n\nA.", "x.txt", "bibtex-ish"));
    expect(unknown.code).toBe("PARSE_FAILED");
    expect(unknown.message).toContain("hf-listing");
    const unrecognised = failure(() => detectFormat('{"papers": []}', "x.json"));
    expect(unrecognised.code).toBe("PARSE_FAILED");
    expect(unrecognised.message).toContain("hf-listing");
  });
});

const HERE = import.meta.dirname;
const SHARED = path.resolve(HERE, "../../../shared/corpus/formats");
const read = (file: string) => readFileSync(file, "utf8");
const ABSTRACT = "We propose a method. It works well on many benchmarks and beats the baselines.";
const ids = (text: string, name: string) => rankFormats(text, name).map((c) => c.format.id);

describe("rankFormats on every fixture and sample", () => {
  // Each file, the formats that detect it, best first: the first is the format it was read as before
  // scoring, except at-lines.txt (written for the @-line case), which first-match read as bibtex.
  const cases: [string, string[]][] = [
    ["arxiv-atom/__fixtures__/query.atom.xml", ["arxiv-atom"]],
    ["arxiv-tsv/__fixtures__/sample.tsv", ["arxiv-tsv", "csv"]],
    ...readdirSync(path.join(HERE, "hf-listing/__fixtures__"))
      .filter((name) => name.endsWith(".txt"))
      .map((name): [string, string[]] => [
        `hf-listing/__fixtures__/${name}`,
        name === "at-lines.txt" ? ["hf-listing", "bibtex"] : ["hf-listing"],
      ]),
    ["table/__fixtures__/papers.csv", ["csv"]],
    ["table/__fixtures__/papers.jsonl", ["jsonl"]],
    ["ris/__fixtures__/library.ris", ["ris"]],
    ["ris/__fixtures__/broken.ris", ["ris"]],
    ["csl-json/__fixtures__/zotero.json", ["csl-json"]],
    ["csl-json/__fixtures__/hostile.json", ["csl-json"]],
    ["wos/__fixtures__/savedrecs.txt", ["wos"]],
    [`${SHARED}/d2l-ml-references.bib`, ["bibtex"]],
    [`${SHARED}/hf-daily_papers-api-2024-10-25.json`, ["hf-api"]],
    [`${SHARED}/openalex-works-page-25works.json`, ["openalex"]],
    [`${SHARED}/semanticscholar-paper-full-with-references.json`, ["s2", "jsonl"]],
    [`${SHARED}/semanticscholar-paper-references-page1.json`, ["s2"]],
    [`${SHARED}/semanticscholar-paper-references-page2.json`, ["s2"]],
    ...readdirSync(path.join(HERE, "../../samples/hf-papers")).map((name): [string, string[]] => [
      `../../samples/hf-papers/${name}`,
      ["hf-listing"],
    ]),
  ];

  it.each(cases)("%s ranks %j", (file, expected) => {
    const text = read(path.resolve(HERE, file));
    const name = path.basename(file);
    expect(ids(text, name)).toEqual(expected);
    expect(detectFormat(text, name).id).toBe(expected[0]);
    expect(parseText(text, name).format.id).toBe(expected[0]);
  });

  it("scores a format's own signature sure, a generic container likely, a shape or a stray entry lower", () => {
    const score = (text: string, name: string) =>
      Object.fromEntries(rankFormats(text, name).map((c) => [c.format.id, c.score]));
    expect(score(read(`${SHARED}/d2l-ml-references.bib`), "refs.txt")).toEqual({ bibtex: SCORE.sure });
    expect(score(read(`${SHARED}/d2l-ml-references.bib`), "refs.bib")).toEqual({
      bibtex: SCORE.sure + EXTENSION_BONUS,
    });
    expect(score('{"title": "A", "abstract": "B"}\n', "x.jsonl")).toEqual({ jsonl: SCORE.likely + EXTENSION_BONUS });
    expect(score(`T\n\n${ABSTRACT}\n`, "x.txt")).toEqual({ "hf-listing": SCORE.likely });
    expect(score(`T\n\n${ABSTRACT}\n\nU\n\nAs\n@misc{smith2020,\n  title = {X}}\nshow.\n`, "x.txt")).toEqual({
      "hf-listing": 0.6,
      bibtex: SCORE.weak,
    });
  });
});

describe("parseText: detection by score, then fallback", () => {
  it("reads a Daily Papers page with @SUM(1+1), @handle and @misc{ lines as a listing", () => {
    const text = read(path.join(HERE, "hf-listing/__fixtures__/at-lines.txt"));
    expect(ids(text, "at-lines.txt")).toEqual(["hf-listing", "bibtex"]);
    const { format, entries, warnings } = parseText(text, "at-lines.txt");
    expect(format.id).toBe("hf-listing");
    expect(entries.map((e) => e.title)).toEqual([
      "@SUM(1+1): Formula Generation in Spreadsheets with Language Models",
      "Graph Mamba: Towards Learning on Graphs with State Space Models",
      "Denoising Task Routing for Diffusion Models",
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads a listing without page chrome whose lines start with @ as a listing", () => {
    const text =
      `@SUM(1+1) Formulas by Language Models\n\n${ABSTRACT}\n\nHandles in Abstracts\n\n@karpathy\n${ABSTRACT}\n\n` +
      `Quoted Citations\n\nCite it as\n@misc{smith2020,\n  title = {Someone Else's Paper},\n  year = 2020\n}\nplease.\n`;
    expect(ids(text, "x.txt")[0]).toBe("hf-listing");
    const { format, entries } = parseText(text, "x.txt");
    expect(format.id).toBe("hf-listing");
    expect(entries.map((e) => e.title)).toEqual([
      "@SUM(1+1) Formulas by Language Models",
      "Handles in Abstracts",
      "Quoted Citations",
    ]);
  });

  it("falls back to the next format when the best-ranked one reads no entry", () => {
    const text = `Do Language Models Know @SUM(1+1)?\n\nWe ask whether they compute formulas, citing\n@misc{smith2020, note = {no title}}\nas prior work.\n`;
    expect(ids(text, "listing.bib")).toEqual(["bibtex", "hf-listing"]);
    expect(() => bibtex.parse(text, "listing.bib")).toThrow(PaperAtlasError);
    const { format, entries } = parseText(text, "listing.bib");
    expect(format.id).toBe("hf-listing");
    expect(entries.map((e) => e.title)).toEqual(["Do Language Models Know @SUM(1+1)?"]);
  });

  it("reports a trailing fragment after the last entry as a warning, not a paper", () => {
    const text = read(path.join(HERE, "hf-listing/__fixtures__/trailing-fragment.txt"));
    const { entries, warnings } = parseText(text, "t.txt");
    expect(entries.map((e) => e.title)).toEqual([
      "Challenging the Need for Packet Spraying in Large-Scale Distributed Training",
      "Edge Representation Learning with Hypergraphs",
    ]);
    expect(warnings.map((w) => `${w.code}@${w.file}:${w.line}`)).toEqual(["TRAILING_FRAGMENT@t.txt:17"]);
  });

  it("still reads a BibTeX library as bibtex, with or without a prose header", () => {
    const bib = read(`${SHARED}/d2l-ml-references.bib`);
    expect(parseText(bib, "refs.txt").format.id).toBe("bibtex");
    const headed = `Bibliography of my thesis, exported from Zotero.\n\n${bib}`;
    expect(ids(headed, "refs.txt")[0]).toBe("bibtex");
    expect(parseText(headed, "refs.txt").entries).toHaveLength(488);
  });

  it("refuses a file no format reads, naming each format tried and why", () => {
    const error = failure(() => parseText("\tabstract\tarxiv_id\ttitle\n", "empty.tsv"));
    expect(error.code).toBe("PARSE_FAILED");
    expect(error.where).toBe("empty.tsv");
    expect(error.message).toContain("arxiv-tsv: empty.tsv:1: no paper rows found");
    expect(error.message).toContain("csv: empty.tsv:1: no row with a title");
    const untried = FORMAT_IDS.filter((id) => id !== "arxiv-tsv" && id !== "csv");
    expect(error.message).toContain(`not detected: ${untried.join(", ")}`);
  });

  it("forces the --format it is given, with no fallback", () => {
    const text = read(path.join(HERE, "hf-listing/__fixtures__/at-lines.txt"));
    expect(parseText(text, "at-lines.txt", "bibtex").format.id).toBe("bibtex");
    const error = failure(() => parseText(`T\n\n${ABSTRACT}\n`, "x.txt", "bibtex"));
    expect(error.message).toBe("bibtex: x.txt:1: no entry with a title");
  });
});
