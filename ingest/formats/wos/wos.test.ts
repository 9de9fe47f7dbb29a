/**
 * The Web of Science reader on a small export written from the format's documentation
 * (`__fixtures__/savedrecs.txt`: UTF-8 with a byte-order mark, as WoS saves it), and on damaged
 * variants of it: a missing ER, a record cut in half, a missing EF, Latin-1 and UTF-16 bytes.
 * Each gives a warning at file:line and keeps every other paper.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ParsedEntry } from "../../../schema/model.ts";
import { decodeBytes } from "../../text/decode.ts";
import { normalizeText } from "../../text/normalize.ts";
import { planCitations } from "../../load/plan.ts";
import { dedupRecords } from "../../dedup/index.ts";
import { parseText, rankFormats } from "../index.ts";
import { parseCited } from "./cited.ts";
import { citedName, displayName, fullName, shortName } from "./names.ts";
import { wos, wosPublished } from "./wos.ts";
import { failure } from "../../../test/errors.ts";

const FILE = "savedrecs.txt";
const bytes = readFileSync(path.join(import.meta.dirname, "__fixtures__", FILE));
const text = bytes.toString("utf8");

const codes = (warnings: { code: string; line?: number }[]) => warnings.map((w) => `${w.code}@${w.line}`);
const titles = (entries: ParsedEntry[]) => entries.map((e) => e.title);
const ALL = [
  "Graph partitioning of citation networks with modularity refinement for science mapping",
  "Co-citation clusters and their labels",
  "Time-sliced maps of a research field",
];

describe("wos: a saved plain-text export", () => {
  const { format, entries, warnings } = parseText(text, FILE);

  it("is detected by its FN/VR header and reads exactly the three records", () => {
    expect(format.id).toBe("wos");
    expect(rankFormats(text, FILE)[0]!.score).toBeGreaterThanOrEqual(1);
    expect(titles(entries)).toEqual(ALL);
    expect(warnings).toEqual([]);
  });

  it("maps TI (wrapped), AB, AF, PY + PD, DI, and points each paper at its TI line", () => {
    expect(entries[0]).toMatchObject({
      title: ALL[0],
      abstract:
        "We study how modularity-based community detection partitions citation networks built from bibliographic " +
        "records. A refinement step merges small clusters into their strongest neighbour.",
      authors: ["Maja Lindqvist", "Chidi Nnamdi Okafor", "Ana de la Cruz"],
      authorCount: 3,
      published: "2020-03-15",
      doi: "10.1016/j.joi.2020.101010",
      arxivId: null,
      occurrence: { file: FILE, line: 10 },
    });
    expect(entries[1]).toMatchObject({ published: "2019-01", doi: "10.1007/s11192-019-00001-x" });
    expect(entries[2]).toMatchObject({ published: "2021", doi: null, authors: ["Reza Hakimi"] });
  });

  it("turns CR lines into references: by DOI, by a record of the file, else a stub by author, year, source", () => {
    const refs = entries[0]!.references!;
    expect(refs.map((r) => [r.doi, r.arxivId, r.title, r.year])).toEqual([
      ["10.1073/pnas.0601602103", null, null, 2006],
      ["10.1002/asi.20317", null, null, 2006],
      ["10.1007/s11192-019-00001-x", null, null, 2019],
      // "Hakimi R, 2021, J INFORMETR" has no DOI: the third record (J9 J INFORMETR).
      [null, null, "Time-sliced maps of a research field", 2021],
      // DOI [arXiv DOI, other]: the first DOI, an arXiv one, gives the arXiv id.
      [null, "1706.03762", null, 2017],
    ]);
    expect(refs.every((r) => r.source === "wos")).toBe(true);
    expect(entries[1]!.references!.map((r) => r.title ?? r.doi)).toEqual([
      "10.1016/j.joi.2020.101010",
      "Time-sliced maps of a research field",
      "[Anonymous], 2018, TECHNICAL REPORT",
      "Small H, 1973, J AM SOC INFORM SCI",
    ]);
    // Without a DOI, "Okafor CN, 2019, SCIENTOMETRICS" is the second record, found by SO and first author.
    expect(entries[2]!.references![0]).toMatchObject({ title: ALL[1], doi: "10.1007/s11192-019-00001-x" });
  });

  it("gives CITES within the file and one stub per cited work, whatever its case or page", () => {
    const papers = dedupRecords(entries);
    const plan = planCitations(
      papers.map((r) => ({ id: r.paper.id, references: r.references, citedBy: r.citedBy })),
      papers.map((r) => r.paper),
    );
    const ids = new Map(papers.map((r) => [r.paper.id, r.paper.title]));
    const internal = plan.cites.filter((c) => ids.has(c.to)).map((c) => `${ids.get(c.from)} -> ${ids.get(c.to)}`);
    expect(internal.sort()).toEqual(
      [
        `${ALL[0]} -> ${ALL[2]}`,
        `${ALL[0]} -> ${ALL[1]}`,
        `${ALL[1]} -> ${ALL[0]}`,
        `${ALL[1]} -> ${ALL[2]}`,
        `${ALL[2]} -> ${ALL[1]}`,
      ].sort(),
    );
    // Newman, Chen, Vaswani (DOI or arXiv) and the two stubs keyed by author, year, source ("Small H" twice).
    const stubIds = plan.stubs.map((s) => s.id).sort();
    expect(stubIds.filter((id) => !id.startsWith("t:"))).toEqual([
      "1706.03762",
      "doi:10.1002/asi.20317",
      "doi:10.1073/pnas.0601602103",
    ]);
    expect(stubIds.filter((id) => id.startsWith("t:"))).toHaveLength(2);
    expect(plan.stubs.filter((s) => s.title.startsWith("Small H"))).toHaveLength(1);
    expect(plan.cites.every((c) => c.source === "wos")).toBe(true);
  });
});

describe("wos: damaged files keep every other paper", () => {
  const lines = text.split("\n");

  it("a record without ER is closed by the next PT, kept, and reported at its PT line", () => {
    const broken = text.replace("UT WOS:000512345600001\nER\n", "UT WOS:000512345600001\n");
    const { entries, warnings } = wos.parse(broken, FILE);
    expect(titles(entries)).toEqual(ALL);
    expect(codes(warnings)).toEqual(["RECORD_UNTERMINATED@3"]);
    expect(warnings[0]!.message).toMatch(
      /^wos: savedrecs\.txt:3: record has no ER before the next PT at line \d+; kept$/,
    );
  });

  it("a record cut in half by the end of the file is dropped with a warning; the others stay", () => {
    const cut = lines.slice(0, lines.indexOf("TI Time-sliced maps of a research field") + 2).join("\n");
    const { entries, warnings } = wos.parse(cut, FILE);
    expect(titles(entries)).toEqual(ALL.slice(0, 2));
    const at = lines.indexOf("PT J", 40) + 1;
    expect(codes(warnings)).toEqual([`RECORD_UNTERMINATED@${at}`]);
    expect(warnings[0]!.message).toContain("cut off by the end of the file");
  });

  it("a file without EF reads every record and says it may be truncated", () => {
    const { entries, warnings } = wos.parse(text.replace(/\nEF\n?$/, "\n"), FILE);
    expect(titles(entries)).toEqual(ALL);
    expect(warnings.map((w) => w.code)).toEqual(["FILE_UNTERMINATED"]);
  });

  it("a record half overwritten by stray lines keeps its fields and reports each line", () => {
    const broken = text.replace("PD JAN\n", "PD JAN\n<html>garbage</html>\n").replace("TC 3\n", "   orphan?\nTC 3\n");
    const { entries, warnings } = wos.parse(broken, FILE);
    expect(titles(entries)).toEqual(ALL);
    expect(warnings.map((w) => w.code)).toEqual(["UNPARSED_METADATA"]);
    expect(warnings[0]!.message).toMatch(/savedrecs\.txt:\d+: line is neither a field/);
  });

  it("NR disagreeing with the CR lines (a reference list cut short) is reported", () => {
    const { warnings } = wos.parse(text.replace("NR 5\n", "NR 7\n"), FILE);
    expect(warnings[0]!.message).toContain("record WOS:000512345600001: NR says 7 references but it has 5 CR lines");
  });

  it("Latin-1 bytes decode with LATIN1_FALLBACK warnings, then parse to the same papers", () => {
    const accented = text.replace("Hakimi, Reza", "Hakimi, Réza");
    const latin1 = Buffer.from(accented.replace(/^\uFEFF/, ""), "latin1");
    const decoded = decodeBytes(latin1, FILE);
    expect(decoded.warnings.map((w) => w.code)).toContain("LATIN1_FALLBACK");
    const { entries } = parseText(normalizeText(decoded.text, FILE).text, FILE);
    expect(titles(entries)).toEqual(ALL);
    expect(entries[2]!.authors).toEqual(["Réza Hakimi"]);
  });

  it("UTF-16 with a byte-order mark decodes and parses the same", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/^\uFEFF/, ""), "utf16le")]);
    const { entries } = parseText(decodeBytes(utf16, FILE).text, FILE);
    expect(titles(entries)).toEqual(ALL);
  });

  it("CRLF line ends and a record's fields in any order read the same", () => {
    expect(titles(wos.parse(text.replace(/\n/g, "\r\n"), FILE).entries)).toEqual(ALL);
    const moved = text
      .replace("TI Co-citation clusters and their labels\n", "")
      .replace("PD JAN\n", "PD JAN\nTI Co-citation clusters and their labels\n");
    expect(titles(wos.parse(moved, FILE).entries)).toEqual(ALL);
  });

  it("a file with no record, or no titled record, fails with PARSE_FAILED at file:line", () => {
    const empty = failure(() => wos.parse("FN Clarivate Analytics Web of Science\nVR 1.0\nEF\n", FILE));
    expect(empty.message).toBe("wos: savedrecs.txt:1: no PT … ER record");
    const untitled = failure(() => wos.parse("FN x\nVR 1.0\nPT J\nAU Doe, J\nER\nEF\n", FILE));
    expect(untitled.message).toBe("wos: savedrecs.txt:3: no record with a TI title");
    expect(untitled.where).toBe("savedrecs.txt:3");
  });

  it("is not detected on other formats' text", () => {
    expect(wos.detect("@article{a, title={T}}\n", "x.bib")).toBe(0);
    expect(wos.detect("TY  - JOUR\nTI  - T\nER  - \n", "x.ris")).toBe(0);
    expect(wos.detect("PT J\nTI A title\nER\n", "cut.txt")).toBe(0.5);
  });
});

describe("wos: fields", () => {
  it("parses CR lines part by part", () => {
    expect(parseCited("Newman MEJ, 2006, P NATL ACAD SCI USA, V103, P8577, DOI 10.1073/PNAS.0601602103")).toEqual({
      text: "Newman MEJ, 2006, P NATL ACAD SCI USA, V103, P8577",
      author: "Newman MEJ",
      year: 2006,
      source: "P NATL ACAD SCI USA",
      doi: "10.1073/pnas.0601602103",
    });
    expect(parseCited("[Anonymous], 2018, TECHNICAL REPORT")).toMatchObject({ author: null, year: 2018 });
    expect(parseCited("Doe J, V3, P1")).toMatchObject({ author: "Doe J", year: null, source: null });
  });

  it("reads PY + PD into a date that never invents a day", () => {
    expect(wosPublished("2020", "MAR 15")).toBe("2020-03-15");
    expect(wosPublished("2020", "SPR")).toBe("2020");
    expect(wosPublished("2020", "FEB 30")).toBe("2020-02");
    expect(wosPublished("", "2019 DEC 1")).toBe("2019-12-01");
    expect(wosPublished("", "MAR 15")).toBe("--03-15");
  });

  it("writes and reads names in AF, AU and CR forms", () => {
    expect(fullName("Ana de la Cruz")).toBe("Cruz, Ana de la");
    expect(displayName(fullName("Ana de la Cruz"))).toBe("Ana de la Cruz");
    expect(shortName("Jean-Paul Sartre")).toBe("Sartre, JP");
    expect(citedName("Chidi Nnamdi Okafor")).toBe("Okafor CN");
    expect(displayName("Madonna")).toBe("Madonna");
  });
});
