/**
 * Every new reader on real samples (../shared/corpus/formats, see its README) and on small
 * fixtures written from each format's documentation, plus malformed variants: each fails with
 * PARSE_FAILED naming file:line.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { arxivAtom } from "../arxiv-atom/arxiv-atom.ts";
import { bibtex } from "../bibtex/bibtex.ts";
import { latexAccents, latexToText } from "./latex.ts";
import { hfApi } from "../hf-api/hf-api.ts";
import { FORMAT_IDS, detectFormat } from "../index.ts";
import { abstractFromInvertedIndex, openalex } from "../openalex/openalex.ts";
import { s2 } from "../s2/s2.ts";
import { csv } from "../table/csv.ts";
import { jsonl } from "../table/jsonl.ts";
import { publishedFrom, stripMarkup } from "./fields.ts";
import { failure } from "../../../test/errors.ts";

const SHARED = path.resolve(import.meta.dirname, "../../../../shared/corpus/formats");
const shared = (name: string) => readFileSync(path.join(SHARED, name), "utf8");
const fixture = (folder: string, name: string) =>
  readFileSync(path.resolve(import.meta.dirname, "..", folder, "__fixtures__", name), "utf8");

describe("openalex: a real /works results page", () => {
  const text = shared("openalex-works-page-25works.json");
  const { entries, warnings } = openalex.parse(text, "page.json");

  it("reads 25 works with ids, DOIs, dates, authors, rebuilt abstracts and references", () => {
    expect(detectFormat(text, "page.json").id).toBe("openalex");
    expect(entries).toHaveLength(25);
    const first = entries[0]!;
    expect(first).toMatchObject({
      title: "Problem‐Centered vs. Discipline‐Centered Research for the Exploration of Sustainability",
      openalexId: "W1984314264",
      doi: "10.1111/j.1936-704x.2009.00057.x",
      published: "2009-08-01",
      authors: expect.arrayContaining(["William J. Smith"]),
    });
    expect(first.abstract.startsWith("The western states are experiencing")).toBe(true);
    expect(first.references).toHaveLength(9);
    expect(first.references![0]).toEqual(expect.objectContaining({ openalexId: "W1968820547", source: "openalex" }));
    expect(entries.reduce((n, e) => n + (e.references?.length ?? 0), 0)).toBe(139);
    expect(warnings.filter((w) => w.code === "ENTRY_WITHOUT_TITLE")).toEqual([]);
  });

  it("strips HTML from titles and points each occurrence at the work's line", () => {
    expect(entries[2]!.title.startsWith("Annual Reports To Council")).toBe(true);
    const lines = entries.map((e) => e.occurrence.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
    expect(text.split("\n")[lines[1]! - 1]).toContain("W2004587279");
  });

  it("reads the same works as JSON Lines, one per line", () => {
    const works = (JSON.parse(text) as { results: unknown[] }).results;
    const lines = `${works.map((w) => JSON.stringify(w)).join("\n")}\n`;
    const result = openalex.parse(lines, "works.jsonl");
    expect(result.entries.map((e) => e.openalexId)).toEqual(entries.map((e) => e.openalexId));
    expect(result.entries[3]!.occurrence.line).toBe(4);
  });

  it("fails at file:line on broken JSON and on a line that is not a work", () => {
    const cut = failure(() => openalex.parse(text.slice(0, 5000), "cut.json"));
    expect(cut.code).toBe("PARSE_FAILED");
    expect(cut.where).toMatch(/^cut\.json:\d+$/);
    const bad = failure(() =>
      openalex.parse('{"id": "https://openalex.org/W1", "title": "A"}\n{"nope": 1}\n', "w.jsonl"),
    );
    expect(bad.where).toBe("w.jsonl:2");
  });

  it("rebuilds an abstract from its inverted index", () => {
    expect(abstractFromInvertedIndex({ the: [0, 2], cat: [1], mat: [3] })).toBe("the cat the mat");
  });
});

describe("s2: real Semantic Scholar responses", () => {
  it("reads a paper with its references and citations", () => {
    const text = shared("semanticscholar-paper-full-with-references.json");
    expect(detectFormat(text, "paper.json").id).toBe("s2");
    const { entries } = s2.parse(text, "paper.json");
    expect(entries).toHaveLength(1);
    const [turing] = entries;
    expect(turing).toMatchObject({
      title: "Computing Machinery and Intelligence",
      s2Id: "2d5673caa9e6af3a7b82a43f19ee920992db07ad",
      doi: "10.1093/mind/lix.236.433",
      published: "1950-10-01",
      authors: ["A. Turing"],
    });
    expect(turing!.references).toHaveLength(14);
    expect(turing!.references![0]).toMatchObject({
      s2Id: "348f436fd9a3965f5ff17db031a9f43426f89b8e",
      doi: "10.2307/3610576",
      source: "s2",
    });
    expect(turing!.citedBy!.length).toBeGreaterThan(900);
  });

  it("reads /references pages as stubs: papers known only as someone's reference", () => {
    const page1 = s2.parse(shared("semanticscholar-paper-references-page1.json"), "refs1.json");
    const page2 = s2.parse(shared("semanticscholar-paper-references-page2.json"), "refs2.json");
    expect(page1.entries).toHaveLength(50);
    expect(page2.entries).toHaveLength(17);
    expect([...page1.entries, ...page2.entries].every((e) => e.stub === true)).toBe(true);
    expect(page2.entries[0]!.s2Id).toBeNull();
    expect(page2.entries[0]!.title).toBe(
      "Does Gender Matter for Firm Performance? Evidence from Eastern Europe and Central Asia",
    );
  });

  it("fails at file:line on broken JSON and on JSON that holds no paper", () => {
    expect(failure(() => s2.parse('{\n  "paperId": "x",\n  "title": ]\n}', "p.json")).where).toBe("p.json:3");
    expect(failure(() => s2.parse('{"data": [{"x": 1}]}', "d.json")).code).toBe("PARSE_FAILED");
  });
});

describe("hf-api: a real daily_papers response", () => {
  it("reads 29 papers with arXiv ids, dates, upvotes and authors", () => {
    const text = shared("hf-daily_papers-api-2024-10-25.json");
    expect(detectFormat(text, "daily.json").id).toBe("hf-api");
    const { entries } = hfApi.parse(text, "daily.json");
    expect(entries).toHaveLength(29);
    expect(entries[0]).toMatchObject({
      arxivId: "2410.17243",
      title: "Breaking the Memory Barrier: Near Infinite Batch Size Scaling for Contrastive Loss",
      published: "2024-10-22",
      upvotes: 64,
      authorCount: 9,
    });
    expect(entries[0]!.authors![0]).toBe("Zesen Cheng");
    expect(entries[0]!.abstract.startsWith("Contrastive loss is a powerful approach")).toBe(true);
  });

  it("fails on an item that is not a paper", () => {
    expect(
      failure(() => hfApi.parse('[{"paper": {"id": "1", "title": "T", "summary": "S"}}, {"x": 1}]', "d.json")).code,
    ).toBe("PARSE_FAILED");
  });
});

describe("bibtex: a real library (d2l.bib)", () => {
  const text = shared("d2l-ml-references.bib");
  const { entries, warnings } = bibtex.parse(text, "d2l.bib");

  it("reads all 488 entries with LaTeX turned into text, authors, years and arXiv ids", () => {
    expect(detectFormat(text, "d2l.bib").id).toBe("bibtex");
    expect(entries).toHaveLength(488);
    expect(entries[0]).toMatchObject({
      title: "TensorFlow: A system for large-scale machine learning",
      published: "2016",
      occurrence: { file: "d2l.bib", line: 1 },
    });
    expect(entries[0]!.authors![0]).toBe("Martín Abadi");
    expect(entries.find((e) => e.arxivId === "2205.11916")?.title).toBe(
      "Large Language Models are Zero-Shot Reasoners",
    );
    expect(entries.some((e) => /[{}\\]/.test(e.title.replace(/\$[^$]*\$/g, "")))).toBe(false);
    expect(warnings.filter((w) => w.code !== "ENTRY_WITHOUT_ABSTRACT")).toEqual([]);
  });

  it("keeps abstracts, reads @string macros, skips @comment, and makes no citations of cites/crossref", () => {
    const bib = `@string{ny = "New York"}\n@comment{ignored @article{x, title={No}} }\n@article{a,\n  title = "On {BERT} and M{\\"u}ller's " # ny,\n  abstract = {We study {\\em things}.},\n  cites = {b},\n  crossref = {c},\n  eprint = {1810.04805}, archivePrefix = {arXiv},\n  month = mar, year = 2019\n}\n`;
    const [entry] = bibtex.parse(bib, "x.bib").entries;
    expect(entry).toMatchObject({
      title: "On BERT and Müller's New York",
      abstract: "We study things.",
      arxivId: "1810.04805",
      published: "2019-03",
      occurrence: { line: 3 },
    });
    expect(entry!.references).toBeUndefined();
  });

  it("fails at the line of an unclosed brace or a field without =", () => {
    const open = failure(() =>
      bibtex.parse(
        "@article{a,\n  title = {ok},\n}\n\n@article{b,\n  title = {never closed,\n  year = 2020\n",
        "x.bib",
      ),
    );
    expect(open.where).toBe("x.bib:6");
    expect(failure(() => bibtex.parse("@article{a,\n  title {x}\n}", "y.bib")).where).toBe("y.bib:2");
  });

  it("latexAccents turns only accents into letters (arXiv metadata), leaving math, commands and other braces", () => {
    expect(latexAccents("L\\'evy's {\\'e}t\\'{e} \\v{c} {\\H o} \\'\\i {\\ss} $\\hat{x}$ \\emph{fast} {GPU}")).toBe(
      "Lévy's été č ő í ß $\\hat{x}$ \\emph{fast} {GPU}",
    );
  });

  it("latexToText turns accents, specials and dashes into text and keeps math", () => {
    expect(latexToText("Erd{\\H o}s--R{\\'e}nyi \\& {\\ss}e $O(n^2)$ \\c{c}a ``q''")).toBe(
      "Erdős–Rényi & ße $O(n^2)$ ça “q”",
    );
  });
});

describe("arxiv-atom: an arXiv API feed (fixture from the API manual's example)", () => {
  const text = fixture("arxiv-atom", "query.atom.xml");

  it("reads entries with arXiv ids (version dropped), dates, authors and DOIs", () => {
    expect(detectFormat(text, "q.xml").id).toBe("arxiv-atom");
    const { entries } = arxivAtom.parse(text, "q.xml");
    expect(entries.map((e) => [e.arxivId, e.published, e.doi ?? null, e.occurrence.line])).toEqual([
      ["1706.03762", "2017-06-12", null, 10],
      ["hep-ex/0307015", "2003-07-07", "10.1140/epjc/s2003-01326-x", 38],
    ]);
    expect(entries[0]!.authors).toEqual(["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"]);
    expect(entries[1]!.title).toBe("Multi-Electron Production at High Transverse Momenta in ep Collisions at HERA");
  });

  it("fails at the line of malformed XML, and on an arXiv error feed", () => {
    const broken = text.replace("</title>\n    <summary>  The dominant", "\n    <summary>  The dominant");
    const error = failure(() => arxivAtom.parse(broken, "q.xml"));
    expect(error.code).toBe("PARSE_FAILED");
    expect(error.where).toMatch(/^q\.xml:\d+$/);
    const apiError = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>`;
    expect(failure(() => arxivAtom.parse(apiError, "e.xml")).message).toContain("incorrect id format");
  });
});

describe("csv and jsonl: the documented column mapping", () => {
  it("csv reads quoted multi-line fields, maps columns and skips a row without title", () => {
    const text = fixture("table", "papers.csv");
    expect(detectFormat(text, "papers.csv").id).toBe("csv");
    const { entries, warnings } = csv.parse(text, "papers.csv");
    expect(entries.map((e) => [e.arxivId, e.doi ?? null, e.published, e.authors, e.occurrence.line])).toEqual([
      ["1706.03762", null, "2017", ["Ashish Vaswani", "Noam Shazeer"], 2],
      ["1810.04805", "10.18653/v1/n19-1423", "2019", ["Jacob Devlin", "Ming-Wei Chang"], 3],
    ]);
    expect(entries[0]!.abstract).toContain('"and" attention');
    expect(warnings.map((w) => `${w.code}@${w.line}`)).toEqual(["ENTRY_WITHOUT_TITLE@5"]);
    expect(failure(() => csv.parse('title,abstract\n"A","B",extra\n', "bad.csv")).where).toBe("bad.csv:2");
  });

  it("jsonl maps keys, authors as names or {name}, and fails at the broken line", () => {
    const text = fixture("table", "papers.jsonl");
    expect(detectFormat(text, "papers.jsonl").id).toBe("jsonl");
    const { entries, warnings } = jsonl.parse(text, "papers.jsonl");
    expect(entries.map((e) => [e.arxivId, e.doi ?? null, e.published, e.authors])).toEqual([
      ["1706.03762", null, "2017-06-12", ["Ashish Vaswani", "Noam Shazeer"]],
      [null, "10.1109/cvpr.2016.90", "2016", ["Kaiming He"]],
    ]);
    expect(warnings.map((w) => `${w.code}@${w.line}`)).toEqual(["ENTRY_WITHOUT_TITLE@4"]);
    expect(failure(() => jsonl.parse('{"title": "A"}\n{"title": \n', "b.jsonl")).where).toBe("b.jsonl:2");
  });
});

describe("jsonFormat: the skeleton of the openalex, s2 and hf-api readers", () => {
  it("streams JSON Lines, split anywhere, for the readers that take them; never a whole document", () => {
    expect(hfApi.stream).toBeUndefined();
    expect(openalex.stream!("w.json", '{\n  "id": "https://openalex.org/W1"\n}\n', () => {})).toBeNull();
    const [a, b, c] = ["a", "b", "c"].map((x) => x.repeat(40));
    const warnings: unknown[] = [];
    const stream = s2.stream!("p.jsonl", `{"paperId": "${a}"}\n`, (w) => warnings.push(w))!;
    const entries = [
      ...stream.push(`{"paperId": "${a}", "title": "A", "abstract": "X"}\n{"paperId": "${b}", "tit`),
      ...stream.push(`le": "B"}\n{"paperId": "${c}"}\n`),
      ...stream.end(),
    ];
    expect(entries.map((e) => [e.title, e.s2Id, e.occurrence.line])).toEqual([
      ["A", a, 1],
      ["B", b, 2],
    ]);
    expect(warnings).toMatchObject([
      { code: "ENTRY_WITHOUT_ABSTRACT", line: 2, message: `s2: p.jsonl:2: paper ${b} has no abstract; kept` },
      { code: "ENTRY_WITHOUT_TITLE", line: 3, message: `s2: p.jsonl:3: paper ${c} has no title; skipped` },
    ]);
  });

  it("scores JSON with the reader's signature sure, and anything else 0", () => {
    expect(s2.detect('{"paperId": "a"}', "p.json")).toBe(1);
    expect(s2.detect('paperId: "a"', "p.json")).toBe(0);
    expect(hfApi.detect('[{"paper": {"id": "1"}, "upvotes": 3}]', "d.json")).toBe(1);
    expect(openalex.detect('{"paperId": "a"}', "p.json")).toBe(0);
  });
});

describe("detection", () => {
  it("refuses an unrecognised file, listing every supported format", () => {
    const error = failure(() => detectFormat('{"something": "else"}', "x.json"));
    expect(error.code).toBe("PARSE_FAILED");
    for (const id of FORMAT_IDS) expect(error.message).toContain(id);
  });

  it("lets the content decide and the extension break ties", () => {
    expect(detectFormat("title,abstract\nA,B\n", "list.txt").id).toBe("csv");
    expect(detectFormat("@article{a, title={T}}\n", "refs.txt").id).toBe("bibtex");
  });
});

describe("fields", () => {
  it("publishedFrom keeps the precision the source gives and never invents a day", () => {
    expect(["2024-10-22T17:59:30.000Z", "2017", 2017, "2019-03", "2019-02-30", "n.d."].map(publishedFrom)).toEqual([
      "2024-10-22",
      "2017",
      "2017",
      "2019-03",
      null,
      null,
    ]);
  });

  it("stripMarkup removes tags and decodes entities", () => {
    expect(stripMarkup("<i>Annual</i> 5<sup>th</sup> A &amp; B")).toBe("Annual 5th A & B");
  });
});
