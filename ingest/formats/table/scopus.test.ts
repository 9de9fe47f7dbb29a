/**
 * Scopus CSV exports through the csv reader's column mapping (columns.ts): fixtures written in the
 * shape of Scopus's export (UTF-8 BOM, every field quoted, its header names), a current one with
 * `Author full names` and an older one without; then hostile variants, each at file:line.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../text/decode.ts";
import { parseText, rankFormats } from "../index.ts";
import { fieldOf, fullNames, splitNames, withoutPublisherNotice } from "./columns.ts";
import { csv } from "./csv.ts";
import { failure } from "../../../test/errors.ts";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "__fixtures__", name), "utf8");

describe("csv: a Scopus export (scopus.csv)", () => {
  const text = fixture("scopus.csv");

  it("is read as csv, by content and by name", () => {
    expect(rankFormats(text, "scopus.csv").map((c) => c.format.id)).toEqual(["csv"]);
    expect(parseText(text, "export.txt").format.id).toBe("csv");
  });

  it("reads exactly its three papers: full author names, years, DOIs; skips the row without title", () => {
    const { entries, warnings } = csv.parse(text, "scopus.csv");
    expect(entries.map((e) => [e.title, e.authors, e.published, e.doi ?? null, e.arxivId, e.occurrence.line])).toEqual([
      ["Attention is all you need", ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"], "2017", null, null, 2],
      [
        "Deep residual learning for image recognition",
        ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
        "2016",
        "10.1109/cvpr.2016.90",
        null,
        3,
      ],
      [
        "Fast unfolding of communities in large networks",
        ["Vincent D. Blondel", "Jean-Loup Guillaume", "Renaud Lambiotte", "Etienne Lefebvre"],
        "2008",
        "10.1088/1742-5468/2008/10/p10008",
        null,
        4,
      ],
    ]);
    expect(entries.map((e) => e.abstract)).toEqual([
      "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks, " +
        "which include an encoder and a decoder. We propose a new simple network architecture, the Transformer.",
      "Deeper neural networks are more difficult to train. We present a residual learning framework to ease the " +
        "training of networks that are substantially deeper than those used previously.",
      "",
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      "csv: scopus.csv:4: record has no abstract; kept",
      "csv: scopus.csv:5: record has no title; skipped",
    ]);
  });

  it("reads an older export: 'Surname, I.' authors paired, an arxiv.org Link as the arXiv id", () => {
    const { entries } = csv.parse(fixture("scopus-2019.csv"), "scopus-2019.csv");
    expect(entries).toMatchObject([
      {
        title: "Adam: A method for stochastic optimization",
        authors: ["D.P. Kingma", "J. Ba"],
        published: "2015",
        arxivId: "1412.6980",
        abstract:
          "We introduce Adam, an algorithm for first-order gradient-based optimization of stochastic objective functions.",
      },
    ]);
  });
});

describe("csv: hostile Scopus exports", () => {
  const text = fixture("scopus.csv");

  it("fails at the line of a row cut in half, and keeps none of that file's rows", () => {
    const cut = text.slice(0, text.indexOf("Deeper neural networks"));
    const error = failure(() => csv.parse(cut, "cut.csv"));
    expect(error.code).toBe("PARSE_FAILED");
    expect(error.where).toBe("cut.csv:3");
  });

  it("fails at the line of a row with a field too many (a broken quote)", () => {
    const broken = text.replace('"Attention is all you need"', '"Attention is all", "you need"');
    const error = failure(() => csv.parse(broken, "broken.csv"));
    expect(error.where).toBe("broken.csv:2");
    expect(error.message).toBe("csv: broken.csv:2: expected 23 fields, got 24");
  });

  it("decodes Latin-1 bytes (a re-saved export) with a LATIN1_FALLBACK warning at their offset", () => {
    const bytes = Buffer.concat([
      Buffer.from('"Authors","Title","Year"\n"M'),
      Buffer.from([0xfc]),
      Buffer.from('ller H.","Graph Networks","2020"\n'),
    ]);
    const decoded = decodeBytes(bytes, "latin1.csv");
    expect(decoded.warnings.map((w) => [w.code, w.offset])).toEqual([["LATIN1_FALLBACK", 27]]);
    expect(csv.parse(decoded.text, "latin1.csv").entries.map((e) => e.authors)).toEqual([["Müller H."]]);
  });
});

describe("column mapping for Scopus", () => {
  it("maps Scopus's header names and ignores the ones the model has no field for", () => {
    const header = ["Title", "Abstract", "Authors", "Author full names", "Year", "DOI", "Link", "Source title"];
    expect(header.map(fieldOf)).toEqual([
      "title",
      "abstract",
      "authors",
      "authorFullNames",
      "year",
      "doi",
      "url",
      null,
    ]);
    expect(["Author Keywords", "Index Keywords", "Author(s) ID", "EID", "Cited by"].map(fieldOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("splits names: Scopus full names, 'Surname, I.' pairs, and plain lists left alone", () => {
    expect(fullNames("Vaswani, Ashish (57195223300); Blondel, Vincent D. (7003460451); Plato (1)")).toEqual([
      "Ashish Vaswani",
      "Vincent D. Blondel",
      "Plato",
    ]);
    expect(splitNames("Kingma, D.P., Ba, J., Guillaume, J.-L.")).toEqual(["D.P. Kingma", "J. Ba", "J.-L. Guillaume"]);
    expect(splitNames("Alice Smith, Bob Jones")).toEqual(["Alice Smith", "Bob Jones"]);
    expect(splitNames("Vaswani A., Shazeer N.")).toEqual(["Vaswani A.", "Shazeer N."]);
  });

  it("drops Scopus's no-abstract placeholder and appended copyright notice, nothing else", () => {
    expect(withoutPublisherNotice("[No abstract available]")).toBe("");
    expect(withoutPublisherNotice("We do X. © 2020 Elsevier B.V. All rights reserved.")).toBe("We do X.");
    expect(withoutPublisherNotice("We do X. Copyright © 2019, The Authors.")).toBe("We do X.");
    expect(withoutPublisherNotice("The © sign and 2020 stay.")).toBe("The © sign and 2020 stay.");
  });
});
