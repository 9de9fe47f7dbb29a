/**
 * The CSL-JSON reader on fixtures written from the CSL schema and Zotero's export (tab-indented,
 * date parts as strings): a golden library, detection that leaves the API formats alone, and
 * hostile variants (malformed JSON, a document cut in half, an item without title or not an
 * object, broken dates and authors, Latin-1 bytes), each reported at file:line.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../text/decode.ts";
import { parseText, rankFormats } from "../index.ts";
import { cslJson, issuedDate, topLevelItemOffsets } from "./csl-json.ts";
import { failure } from "../../../test/errors.ts";
import { expectGolden } from "../../../test/golden.ts";

const FIXTURES = path.join(import.meta.dirname, "__fixtures__");
const SHARED = path.resolve(import.meta.dirname, "../../../../shared/corpus/formats");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const codes = (warnings: readonly { code: string; line?: number }[]) => warnings.map((w) => `${w.code}@${w.line}`);

describe("cslJson.parse: a Zotero CSL JSON export (zotero.json)", () => {
  const text = fixture("zotero.json");

  it("matches its golden output", async () => {
    const actual = `${JSON.stringify(cslJson.parse(text, "zotero.json"), null, 2)}\n`;
    const expected = path.join(FIXTURES, "zotero.expected.json");
    await expectGolden(actual, expected);
  });

  it("reads exactly its three papers: titles, authors, dates, DOIs, arXiv ids, each at its item's line", () => {
    const { entries, warnings } = cslJson.parse(text, "zotero.json");
    expect(entries.map((e) => [e.title, e.authors, e.published, e.doi, e.arxivId, e.occurrence.line])).toEqual([
      ["Visualizing Data using t-SNE", ["Laurens van der Maaten", "Geoffrey Hinton"], "2008-11", null, null, 2],
      [
        "Attention Is All You Need",
        ["Ashish Vaswani", "Noam Shazeer"],
        "2017-06-12",
        "10.48550/arxiv.1706.03762",
        "1706.03762",
        30,
      ],
      [
        "Fast unfolding of communities in large networks",
        ["The Louvain Group"],
        "2008-10-09",
        "10.1088/1742-5468/2008/10/p10008",
        null,
        61,
      ],
    ]);
    expect(entries[0]!.abstract).toContain('called "t-SNE" that');
    expect(codes(warnings)).toEqual(["ENTRY_WITHOUT_ABSTRACT@61"]);
    for (const e of entries) expect(text.split("\n")[e.occurrence.line - 1]!.trim()).toBe("{");
  });

  it("reads one item (doi.org content negotiation) as one paper", () => {
    const one = JSON.stringify({
      type: "article-journal",
      title: "Deep Residual Learning for Image Recognition",
      DOI: "10.1109/CVPR.2016.90",
      author: [{ given: "Kaiming", family: "He", sequence: "first", affiliation: [] }],
      issued: { "date-parts": [[2016, 6]] },
    });
    expect(rankFormats(one, "doi.json").map((c) => c.format.id)).toEqual(["csl-json"]);
    const { entries } = cslJson.parse(one, "doi.json");
    expect(entries).toMatchObject([{ authors: ["Kaiming He"], published: "2016-06", doi: "10.1109/cvpr.2016.90" }]);
  });
});

describe("cslJson.parse: JSON Lines of CSL items", () => {
  it("reads the same papers, each at its own line, rather than leaving them to jsonl", () => {
    const items = JSON.parse(fixture("zotero.json")) as unknown[];
    const text = `${items.map((item) => JSON.stringify(item)).join("\n")}\n`;
    expect(rankFormats(text, "items.jsonl")[0]!.format.id).toBe("csl-json");
    const { entries } = parseText(text, "items.jsonl");
    const whole = cslJson.parse(fixture("zotero.json"), "items.jsonl").entries;
    expect(entries).toEqual(whole.map((e, k) => ({ ...e, occurrence: { file: "items.jsonl", line: k + 1 } })));
    const error = failure(() => cslJson.parse(`${JSON.stringify(items[0])}\n{"title": \n`, "bad.jsonl"));
    expect(error.where).toBe("bad.jsonl:2");
  });
});

describe("cslJson.detect: CSL only, never another JSON format", () => {
  it("ranks the Zotero export csl-json alone, whatever it is called", () => {
    const text = fixture("zotero.json");
    expect(rankFormats(text, "My Library.json").map((c) => [c.format.id, c.score])).toEqual([["csl-json", 1.1]]);
    expect(rankFormats(text, "export.txt").map((c) => [c.format.id, c.score])).toEqual([["csl-json", 1]]);
  });

  it.each([
    ["openalex-works-page-25works.json", "openalex"],
    ["semanticscholar-paper-full-with-references.json", "s2"],
    ["semanticscholar-paper-references-page1.json", "s2"],
    ["hf-daily_papers-api-2024-10-25.json", "hf-api"],
  ])("leaves %s to %s", (name, id) => {
    const text = readFileSync(path.join(SHARED, name), "utf8");
    expect(cslJson.detect(text, name)).toBe(0);
    expect(parseText(text, name).format.id).toBe(id);
  });

  it("scores 0 for JSON without a CSL key, JSON Lines papers and non-JSON", () => {
    expect(cslJson.detect('[{"title": "A", "abstract": "B"}]', "x.json")).toBe(0);
    expect(cslJson.detect('{"title": "A", "authors": [{"name": "B"}]}\n', "x.jsonl")).toBe(0);
    expect(cslJson.detect('TY  - JOUR\nTI  - "title": {"date-parts": 1}\n', "x.ris")).toBe(0);
    // An S2 paper that happens to carry CSL-looking keys is still s2's.
    expect(cslJson.detect('{"paperId": "x", "title": "A", "issued": {"date-parts": [[2020]]}}', "p.json")).toBe(0);
  });
});

describe("cslJson.parse: hostile input", () => {
  it("skips an item without title and one that is not an object, reads the rest, at each item's line", () => {
    const { entries, warnings } = cslJson.parse(fixture("hostile.json"), "hostile.json");
    expect(entries.map((e) => [e.title, e.authors ?? null, e.published, e.occurrence.line])).toEqual([
      ["A Paper With a Broken Date", ["Alan Turing"], null, 2],
      ["A Paper After the Broken Ones", null, "2019-02", 36],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      "csl-json: hostile.json:25: item b has no title; skipped",
      "csl-json: hostile.json:35: item is 42, not a CSL item; skipped",
    ]);
    expect(codes(warnings)).toEqual(["ENTRY_WITHOUT_TITLE@25", "UNPARSED_METADATA@35"]);
  });

  it("fails at the line of the syntax error for malformed JSON, keeping nothing of that file", () => {
    const broken = fixture("zotero.json").replace('"title": "Attention Is All You Need",', '"title": "Attention" Is,');
    const error = failure(() => cslJson.parse(broken, "broken.json"));
    expect(error.code).toBe("PARSE_FAILED");
    expect(error.where).toBe("broken.json:33");
    expect(error.message).toMatch(/^csl-json: broken\.json:33: not valid JSON/);
  });

  it("fails at file:line for a document cut in half, wherever it is cut", () => {
    const text = fixture("zotero.json");
    for (let cut = 1; cut < text.trimEnd().length; cut += 13) {
      const error = failure(() => cslJson.parse(text.slice(0, cut), "cut.json"));
      expect(error.code, `cut at ${cut}`).toBe("PARSE_FAILED");
      expect(error.where, `cut at ${cut}`).toMatch(/^cut\.json:\d+$/);
    }
  });

  it("fails with PARSE_FAILED when no item has a title", () => {
    const error = failure(() => cslJson.parse('[{"type": "book", "author": [{"family": "X"}]}]', "none.json"));
    expect(error.message).toBe("csl-json: none.json:1: no CSL item with a title");
    expect(error.where).toBe("none.json:1");
  });

  it("decodes Latin-1 bytes with a LATIN1_FALLBACK warning at their offset", () => {
    const bytes = Buffer.concat([
      Buffer.from('[{"title": "Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' Networks", "issued": {"date-parts": [[2020]]}}]'),
    ]);
    const decoded = decodeBytes(bytes, "latin1.json");
    expect(decoded.warnings.map((w) => [w.code, w.offset])).toEqual([["LATIN1_FALLBACK", 15]]);
    expect(cslJson.parse(decoded.text, "latin1.json").entries.map((e) => e.title)).toEqual(["Café Networks"]);
  });
});

describe("CSL pieces", () => {
  it("issuedDate keeps the precision given, numbers or strings, and never invents a day", () => {
    const dates = [
      { "date-parts": [[2017, 6, 12]] },
      { "date-parts": [["2008", "11"]] },
      { "date-parts": [[2019, 2, 30]] },
      { "date-parts": [["n.d."]] },
      { "date-parts": [[2020, 13]] },
      { raw: "2008-10-09" },
      { literal: "Spring 2021" },
      "2020",
      { "date-parts": [["2017-06-12"]] },
    ];
    expect(dates.map(issuedDate)).toEqual([
      "2017-06-12",
      "2008-11",
      "2019-02",
      null,
      "2020",
      "2008-10-09",
      "2021",
      null,
      "2017-06-12",
    ]);
  });

  it("topLevelItemOffsets finds each element of the top-level array, strings and nesting skipped", () => {
    const text = '[\n {"a": "],[{", "b": [1, {"c": 2}]},\n 42, "s\\"x", null\n]';
    expect(topLevelItemOffsets(text).map((at) => text.slice(at, at + 3))).toEqual(['{"a', "42,", '"s\\', "nul"]);
    expect(topLevelItemOffsets('  {"title": "A"}')).toEqual([2]);
  });
});
