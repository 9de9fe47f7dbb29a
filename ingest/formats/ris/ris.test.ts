/**
 * The RIS reader on fixtures written from the format's description (Zotero, EndNote and Scopus
 * shapes): a golden library, then hostile variants (no ER, a record cut in half, a file cut at its
 * start, CRLF, Latin-1 bytes, no title), each reported at file:line with nothing else lost.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { PaperAtlasError } from "../../../schema/errors.ts";
import { decodeBytes } from "../../text/decode.ts";
import { parseText, rankFormats } from "../index.ts";
import { parseRisRecords, ris, risDate } from "./ris.ts";
import { failure } from "../../../test/errors.ts";
import { expectGolden } from "../../../test/golden.ts";

const FIXTURES = path.join(import.meta.dirname, "__fixtures__");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const codes = (warnings: readonly { code: string; line?: number }[]) => warnings.map((w) => `${w.code}@${w.line}`);

describe("ris.parse: a Zotero/EndNote/Scopus library (library.ris)", () => {
  const text = fixture("library.ris");

  it("matches its golden output", async () => {
    const actual = `${JSON.stringify(ris.parse(text, "library.ris"), null, 2)}\n`;
    const expected = path.join(FIXTURES, "library.expected.json");
    await expectGolden(actual, expected);
  });

  it("reads exactly its three papers: titles, authors, dates, DOIs and arXiv ids", () => {
    const { entries, warnings } = ris.parse(text, "library.ris");
    expect(entries.map((e) => [e.title, e.authors, e.published, e.doi, e.arxivId, e.occurrence.line])).toEqual([
      [
        "Attention Is All You Need",
        ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"],
        "2017-06-12",
        "10.48550/arxiv.1706.03762",
        "1706.03762",
        1,
      ],
      [
        "Deep Residual Learning for Image Recognition",
        ["Kaiming He", "Xiangyu Zhang"],
        "2016",
        "10.1109/cvpr.2016.90",
        null,
        16,
      ],
      ["Scaling Laws for Neural Language Models", ["Kaplan J.", "McCandlish S."], "2020", null, null, 28],
    ]);
    expect(entries[1]!.abstract).toBe(
      "Deeper neural networks are more difficult to train. We present a residual learning framework to ease the " +
        "training of networks that are substantially deeper than those used previously.",
    );
    expect(codes(warnings)).toEqual(["ENTRY_WITHOUT_ABSTRACT@28"]);
  });

  it("is detected by content, whatever the file is called, and ranks no other format", () => {
    expect(rankFormats(text, "export.txt").map((c) => [c.format.id, c.score])).toEqual([["ris", 1]]);
    expect(rankFormats(text, "export.ris").map((c) => [c.format.id, c.score])).toEqual([["ris", 1.1]]);
    expect(parseText(`Exported from EndNote\n\n${text}`, "x.txt").format.id).toBe("ris");
    expect(ris.detect("TI  - A title\nAB  - no TY line\n", "x.txt")).toBe(0);
    expect(ris.detect("PT J\nTI Not RIS\nER\n", "x.txt")).toBe(0);
  });

  it("reads CRLF lines and a UTF-8 BOM", () => {
    const crlf = fixture("crlf.ris");
    const { entries, warnings } = ris.parse(`\ufeff${crlf}`, "crlf.ris");
    expect(entries).toMatchObject([
      { title: "Résumé Networks: Learning on CRLF Lines", authors: ["Élodie Dupré"], published: "2021-03" },
    ]);
    expect(entries[0]!.abstract).toBe("An abstract written on Windows.");
    expect(warnings).toEqual([]);
  });
});

describe("ris.parse: hostile input loses only the broken record", () => {
  it("keeps a record without ER and one cut in half, skips a fragment and a record without title (broken.ris)", () => {
    const { entries, warnings } = ris.parse(fixture("broken.ris"), "broken.ris");
    expect(entries.map((e) => [e.title, e.abstract, e.occurrence.line])).toEqual([
      ["A Record Whose ER Is Missing", "Its fields are all there; only the terminator is not.", 4],
      ["A Complete Record", "Nothing wrong with this one.", 14],
      ["A Record Cut in Half", "The file stops in the middle of this abst", 20],
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'ris: broken.ris:1: 2 tag lines outside any record (no "TY  - " before them: is the file cut at its start?); skipped',
      'ris: broken.ris:4: record has no "ER  - " (the next record starts at line 9); kept',
      "ris: broken.ris:9: record (TY JOUR) has no TI or T1; skipped",
      'ris: broken.ris:20: record has no "ER  - " (the file ends inside it: is the file cut?); kept',
    ]);
    expect(codes(warnings)).toEqual([
      "RECORD_UNTERMINATED@1",
      "RECORD_UNTERMINATED@4",
      "ENTRY_WITHOUT_TITLE@9",
      "RECORD_UNTERMINATED@20",
    ]);
  });

  it("reads the same papers from a file cut anywhere, losing at most the record it cuts", () => {
    const text = fixture("library.ris");
    const whole = ris.parse(text, "l.ris").entries.map((e) => e.title);
    for (let cut = 1; cut < text.length; cut += 7) {
      let titles: string[] = [];
      try {
        titles = ris.parse(text.slice(0, cut), "l.ris").entries.map((e) => e.title);
      } catch (error) {
        expect((error as PaperAtlasError).code, `cut at ${cut}`).toBe("PARSE_FAILED");
      }
      const complete = whole.filter((_, k) => text.indexOf("ER  - ", text.indexOf(whole[k]!)) + 6 <= cut);
      expect(titles.slice(0, complete.length), `cut at ${cut}`).toEqual(complete);
      expect(titles.length - complete.length, `cut at ${cut}`).toBeLessThanOrEqual(1);
    }
  });

  it("decodes a Latin-1 (EndNote on Windows) export with a LATIN1_FALLBACK warning at the byte", () => {
    const bytes = Buffer.concat([
      Buffer.from("TY  - JOUR\nTI  - Caf"),
      Buffer.from([0xe9]),
      Buffer.from(" Networks\nAU  - M\u00fcller, Hans\nER  - \n", "utf8"),
    ]);
    const decoded = decodeBytes(bytes, "latin1.ris");
    expect(decoded.warnings.map((w) => [w.code, w.offset])).toEqual([["LATIN1_FALLBACK", 20]]);
    const { entries } = ris.parse(decoded.text, "latin1.ris");
    expect(entries.map((e) => [e.title, e.authors])).toEqual([["Café Networks", ["Hans Müller"]]]);
  });

  it("fails with PARSE_FAILED at file:1 when no record has a title, and names the expected shape", () => {
    const error = failure(() => ris.parse("TY  - JOUR\nAU  - Someone\nER  - \n", "notitle.ris"));
    expect(error.code).toBe("PARSE_FAILED");
    expect(error.where).toBe("notitle.ris:1");
    expect(error.message).toBe("ris: notitle.ris:1: no record with a title");
    expect(failure(() => parseText("TY  - JOUR\nER  - \n", "empty.ris")).message).toContain(
      "ris: empty.ris:1: no record with a title",
    );
  });

  it("stores query-like and LaTeX-like values verbatim and is linear on a 5 MB abstract", () => {
    const started = performance.now();
    const long = "word ".repeat(1_000_000);
    const text = `TY  - JOUR\nTI  - '; DROP TABLE x; -- MATCH (n) DETACH DELETE n {\\em y}\nAB  - ${long}\n${"  more\n".repeat(50_000)}ER  - \n`;
    const [entry] = ris.parse(text, "big.ris").entries;
    expect(entry!.title).toBe("'; DROP TABLE x; -- MATCH (n) DETACH DELETE n {\\em y}");
    expect(entry!.abstract.length).toBe(long.length - 1 + " more".length * 50_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe("RIS pieces", () => {
  it("drops rich-text markup (Zotero) and a trailing copyright notice (Scopus)", () => {
    const text =
      "TY  - JOUR\nTI  - Growth of <i>E. coli</i> on Graphs\nAB  - We grow it. © 2021 Elsevier B.V. All rights reserved.\nER  - \n";
    expect(ris.parse(text, "s.ris").entries.map((e) => [e.title, e.abstract])).toEqual([
      ["Growth of E. coli on Graphs", "We grow it."],
    ]);
  });

  it("risDate keeps the precision RIS gives and never invents a day", () => {
    expect(["2017/06/12/", "2017///", "2017/6/", "2016-05-03", "2019/02/30/", "n.d.", "2020/13/"].map(risDate)).toEqual(
      ["2017-06-12", "2017", "2017-06", "2016-05-03", "2019", null, "2020"],
    );
  });

  it("parseRisRecords keeps repeated tags in order and joins continuation lines", () => {
    const records = parseRisRecords("TY  - JOUR\nKW  - a\nKW  - b\nAB  - one\n two\nER  -\n", "k.ris", () => {});
    expect(records).toEqual([
      {
        line: 1,
        fields: new Map([
          ["TY", ["JOUR"]],
          ["KW", ["a", "b"]],
          ["AB", ["one two"]],
        ]),
      },
    ]);
  });
});
