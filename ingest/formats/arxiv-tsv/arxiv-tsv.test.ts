import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PaperAtlasError } from "../../../schema/errors.ts";
import { detectFormat } from "../index.ts";
import { arxivTsv, canonicalArxivId, isoDate, parseArxivTsv } from "./arxiv-tsv.ts";
import { expectGolden } from "../../../test/golden.ts";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "__fixtures__");
const HEADER =
  "\tabstract\tacm_class\tarxiv_id\tauthor_text\tcategories\tcomments\tcreated\tdoi\tnum_authors\tnum_categories\tprimary_cat\ttitle\tupdated\tcategories_list";

/** A row in the README's column order. */
function row(fields: {
  index?: string;
  abstract?: string;
  id?: string;
  created?: string;
  authors?: string;
  title?: string;
}) {
  const {
    index = "1",
    abstract = "An abstract.",
    id = "1501.00001",
    created = "2015-01-01",
    authors = "2",
    title = "T",
  } = fields;
  return [
    index,
    abstract,
    "",
    id,
    "A, B",
    "cs.DC",
    "",
    created,
    "",
    authors,
    "1",
    "cs.DC",
    title,
    "",
    "['cs.DC']",
  ].join("\t");
}

function failure(text: string): PaperAtlasError {
  try {
    parseArxivTsv(text, "x.tsv");
  } catch (error) {
    if (error instanceof PaperAtlasError) return error;
  }
  throw new Error("expected a PaperAtlasError");
}

describe("parseArxivTsv", () => {
  it("matches the golden output for real rows (sample.tsv)", async () => {
    const text = readFileSync(path.join(FIXTURES, "sample.tsv"), "utf8");
    const actual = `${JSON.stringify(parseArxivTsv(text, "sample.tsv"), null, 2)}\n`;
    const expected = path.join(FIXTURES, "sample.expected.json");
    await expectGolden(actual, expected);
  });

  it("maps arxiv_id, created, num_authors, title and abstract, with the row's first line", () => {
    const text = `${HEADER}\n${row({ abstract: '"Spans\nlines, see https://x.org/a."', title: '"A ""quoted""\ttitle"' })}\n`;
    const { entries, warnings } = parseArxivTsv(text, "x.tsv");
    expect(entries).toEqual([
      {
        title: 'A "quoted" title',
        abstract: "Spans lines, see https://x.org/a.",
        authorCount: 2,
        organization: null,
        published: "2015-01-01",
        upvotes: null,
        links: ["https://x.org/a"],
        arxivId: "1501.00001",
        occurrence: { file: "x.tsv", line: 2 },
        authors: ["A", "B"],
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps LaTeX verbatim and collapses whitespace", () => {
    const [entry] = parseArxivTsv(
      `${HEADER}\n${row({ title: "On  $k$-partite  graphs \\emph{fast}" })}\n`,
      "x.tsv",
    ).entries;
    expect(entry!.title).toBe("On $k$-partite graphs \\emph{fast}");
  });

  it("warns about a row without title (skipped) and an unreadable date (ignored)", () => {
    const text = `${HEADER}\n${row({ title: "" })}\n${row({ created: "01/02/2015" })}\n`;
    const { entries, warnings } = parseArxivTsv(text, "x.tsv");
    expect(entries.map((e) => e.published)).toEqual([null]);
    expect(warnings.map((w) => `${w.code}@${w.line}`)).toEqual(["ENTRY_WITHOUT_TITLE@2", "UNPARSED_METADATA@3"]);
  });

  it("throws PARSE_FAILED with file:line for a row with the wrong number of fields", () => {
    const error = failure(`${HEADER}\n${row({})}\n1\tonly\tthree\n`);
    expect(error.code).toBe("PARSE_FAILED");
    expect(error.where).toBe("x.tsv:3");
  });

  it("throws PARSE_FAILED for a header without the needed columns, and for no rows", () => {
    expect(failure("a\tb\tc\n1\t2\t3\n").where).toBe("x.tsv:1");
    expect(failure(`${HEADER}\n`).code).toBe("PARSE_FAILED");
  });
});

describe("canonicalArxivId", () => {
  it("repairs ids that went through a float", () => {
    expect(canonicalArxivId("704.0967")).toBe("0704.0967");
    expect(canonicalArxivId("706.113")).toBe("0706.1130");
    expect(canonicalArxivId("1503.0235400000001")).toBe("1503.02354");
    expect(canonicalArxivId("1502.0403199999998")).toBe("1502.04032");
    expect(canonicalArxivId("1909.1")).toBe("1909.10000");
    expect(canonicalArxivId("1001.2262")).toBe("1001.2262");
  });

  it("leaves old-style and non-numeric ids to the general normaliser", () => {
    expect(canonicalArxivId("cs/9809007")).toBeNull();
    expect(canonicalArxivId("1501.00001v2")).toBeNull();
    expect(canonicalArxivId("1513.00001")).toBeNull();
  });
});

describe("isoDate", () => {
  it("accepts real YYYY-MM-DD dates only", () => {
    expect(isoDate("2015-02-28")).toBe("2015-02-28");
    expect(isoDate("2015-02-29")).toBeNull();
    expect(isoDate("2015-2-3")).toBeNull();
  });
});

describe("arxivTsv.detect", () => {
  it("recognises the header and wins over hf-listing in the registry", () => {
    const text = `${HEADER}\n${row({})}\n`;
    expect(arxivTsv.detect(text, "x.tsv")).toBeGreaterThan(0);
    expect(detectFormat(text, "x.tsv").id).toBe("arxiv-tsv");
    expect(arxivTsv.detect("Title\n\nAbstract.\n", "x.txt")).toBe(0);
  });
});
