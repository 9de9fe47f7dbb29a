/**
 * readInputs against a real temporary directory (no database): hostile files in, outcomes out.
 * Also pins the sample corpus numbers (samples/hf-papers: 5 files, 319 entries, 246 papers).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dedupEntries } from "../dedup/index.ts";
import { openInputs, readInputs, type ParsedFile } from "./index.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ABSTRACT = "We propose a method. It works well on many benchmarks and beats the baselines.";
const listing = (title: string, abstract = ABSTRACT) => `${title}\n\n${abstract}\n`;
const utf8 = (s: string) => Buffer.from(s, "utf8");

let dir: string;
const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "paperatlas-read-"));
  const files: Record<string, Buffer | string> = {
    "empty.txt": "",
    "blank.txt": "  \n\n\t \n",
    "image.png": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    "random.bin": Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    "utf16.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(listing("Résumé Networks"), "utf16le")]),
    "bom.txt": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(listing("BOM Title"))]),
    "crlf.txt": listing("CRLF Title").replace(/\n/g, "\r\n"),
    "latin1.txt": Buffer.concat([utf8("Caf"), Buffer.from([0xe9]), utf8(` Networks\n\n${ABSTRACT}\n`)]),
    "nfd.txt": listing("Re\u0301sume\u0301 of Graphs"),
    "invisible.txt": listing("Gra\u200bph\u202e Ma\u2066mba\u2069"),
    "controls.txt": listing("NUL\u0000 Title\f Here"),
    "long-line.txt": "word ".repeat(1_000_000),
    "long-abstract.txt": listing("Long Abstract", "token ".repeat(35_000)),
    "brackets.txt": listing("Brackets ((((", "(".repeat(100_000)),
    "hostile.txt": listing("<script>alert(1)</script> MATCH (n) DETACH DELETE n", "'; DROP TABLE x; -- {\\em y}"),
    "variants-a.txt": listing("Graph Mamba: Towards Learning on Graphs"),
    "variants-b.txt": listing("  graph   MAMBA : towards learning on GRAPHS "),
    ".hidden.txt": listing("Hidden"),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(at(name), content);
  mkdirSync(at("subdir"));
  writeFileSync(path.join(dir, "subdir", "nested.txt"), listing("Nested"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readFile(name: string): Promise<ParsedFile> {
  const result = await readInputs([at(name)]);
  expect(result.refused).toEqual([]);
  return result.files[0]!;
}

async function refusedCode(name: string): Promise<string | undefined> {
  const result = await readInputs([at(name)]);
  expect(result.files).toEqual([]);
  expect(result.refused[0]!.message).toContain(name);
  return result.refused[0]!.code;
}

describe("readInputs", () => {
  it("refuses a missing path with INPUT_NOT_FOUND and goes on with the others", async () => {
    const result = await readInputs([at("missing.txt"), at("bom.txt")]);
    expect(result.refused.map((r) => r.code)).toEqual(["INPUT_NOT_FOUND"]);
    expect(result.files.map((f) => f.name)).toEqual(["bom.txt"]);
  });

  it("refuses empty, whitespace-only and binary files with INPUT_UNREADABLE", async () => {
    for (const name of ["empty.txt", "blank.txt", "image.png", "random.bin"]) {
      expect(await refusedCode(name), name).toBe("INPUT_UNREADABLE");
    }
  });

  it("refuses a file with no entry (one 5 MB line) with PARSE_FAILED, quickly", async () => {
    const started = performance.now();
    expect(await refusedCode("long-line.txt")).toBe("PARSE_FAILED");
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("reads UTF-16 with BOM, UTF-8 with BOM and CRLF files", async () => {
    expect((await readFile("utf16.txt")).entries[0]!.title).toBe("Résumé Networks");
    expect((await readFile("bom.txt")).entries[0]!.title).toBe("BOM Title");
    const crlf = await readFile("crlf.txt");
    expect(crlf.entries[0]).toMatchObject({ title: "CRLF Title", abstract: ABSTRACT });
  });

  it("decodes stray Latin-1 bytes with a LATIN1_FALLBACK warning at their offset", async () => {
    const file = await readFile("latin1.txt");
    expect(file.entries[0]!.title).toBe("Café Networks");
    expect(file.warnings.map((w) => [w.code, w.offset])).toEqual([["LATIN1_FALLBACK", 3]]);
  });

  it("composes NFD accents and removes invisible and control characters", async () => {
    expect((await readFile("nfd.txt")).entries[0]!.title).toBe("Résumé of Graphs");
    const invisible = await readFile("invisible.txt");
    expect(invisible.entries[0]!.title).toBe("Graph Mamba");
    expect(invisible.warnings.map((w) => w.code)).toEqual(["CONTROL_CHARS_REMOVED"]);
    const controls = await readFile("controls.txt");
    expect(controls.entries[0]!.title).toBe("NUL Title Here");
    expect(controls.warnings.map((w) => w.code)).toEqual(["CONTROL_CHARS_REMOVED"]);
  });

  it("reads a 200 KB abstract and a 100k run of brackets quickly", async () => {
    const started = performance.now();
    const long = await readFile("long-abstract.txt");
    expect(long.entries[0]!.abstract.length).toBe(209_999);
    expect(long.warnings.map((w) => w.code)).toEqual(["LINE_TOO_LONG"]);
    const brackets = await readFile("brackets.txt");
    expect(brackets.entries[0]).toMatchObject({ title: "Brackets ((((", abstract: "(".repeat(100_000) });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("stores markup and query-like text verbatim", async () => {
    const [entry] = (await readFile("hostile.txt")).entries;
    expect(entry).toMatchObject({
      title: "<script>alert(1)</script> MATCH (n) DETACH DELETE n",
      abstract: "'; DROP TABLE x; -- {\\em y}",
    });
  });

  it("records the file's sha256, size and format", async () => {
    const file = await readFile("bom.txt");
    expect(file).toMatchObject({ name: "bom.txt", format: "hf-listing", size: 3 + listing("BOM Title").length });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("merges whitespace and case variants of one title across files", async () => {
    const result = await readInputs([at("variants-a.txt"), at("variants-b.txt")]);
    const papers = dedupEntries(result.files.flatMap((f) => f.entries));
    expect(papers).toHaveLength(1);
    expect(papers[0]!.occurrences).toEqual(["variants-a.txt:1", "variants-b.txt:1"]);
  });

  it("expands a directory in name order, skipping hidden files and subdirectories", async () => {
    const result = await readInputs([dir]);
    const seen = [...result.files.map((f) => f.name), ...result.refused.map((r) => path.basename(r.path))];
    expect(seen).not.toContain(".hidden.txt");
    expect(seen).not.toContain("nested.txt");
    expect(result.files.map((f) => f.name)).toEqual([...result.files.map((f) => f.name)].sort());
  });

  it("refuses every file when --format names an unknown format", async () => {
    const result = await readInputs([at("bom.txt")], { format: "nope" });
    expect(result.refused.map((r) => r.code)).toEqual(["PARSE_FAILED"]);
  });
});

describe("sample corpus samples/hf-papers", () => {
  it("has 5 files, 319 entries and 246 distinct papers, 54 of them in more than one file", async () => {
    const result = await readInputs([path.join(ROOT, "samples/hf-papers")]);
    expect(result.refused).toEqual([]);
    expect(result.files.map((f) => [f.format, f.entries.length, f.warnings.length])).toEqual([
      ["hf-listing", 76, 0],
      ["hf-listing", 68, 0],
      ["hf-listing", 62, 0],
      ["hf-listing", 61, 0],
      ["hf-listing", 52, 0],
    ]);
    const papers = dedupEntries(result.files.flatMap((f) => f.entries));
    expect(papers).toHaveLength(246);
    expect(papers.filter((p) => p.sources.length > 1)).toHaveLength(54);
    const withMetadata = result.files[4]!.entries.filter((e) => e.published !== null);
    expect(withMetadata).toHaveLength(50);
  });
});

describe("readInputs with an arXiv export", () => {
  it("streams a .tsv.xz file as arxiv-tsv", async () => {
    const sample = path.join(ROOT, "ingest/formats/arxiv-tsv/__fixtures__/sample.tsv");
    const xzDir = mkdtempSync(path.join(tmpdir(), "paperatlas-read-xz-"));
    try {
      writeFileSync(path.join(xzDir, "sample.tsv"), readFileSync(sample));
      execFileSync("xz", [path.join(xzDir, "sample.tsv")]);
      const result = await readInputs([xzDir]);
      expect(result.refused).toEqual([]);
      expect(result.files.map((f) => [f.name, f.format, f.entries.length])).toEqual([
        ["sample.tsv.xz", "arxiv-tsv", 5],
      ]);
      // Any format reads compressed files; one that finds no entry in the text refuses it.
      const refused = await readInputs([path.join(xzDir, "sample.tsv.xz")], { format: "bibtex" });
      expect(refused.refused.map((r) => r.code)).toEqual(["PARSE_FAILED"]);
      expect(refused.refused[0]!.message).toContain("sample.tsv.xz");
    } finally {
      rmSync(xzDir, { recursive: true, force: true });
    }
  });
});

describe("openInputs: compressed files stream", () => {
  it("leaves a .csv.gz unread and yields its entries in bounded batches; small files are read whole", async () => {
    const gzDir = mkdtempSync(path.join(tmpdir(), "paperatlas-read-gz-"));
    try {
      const rows = Array.from({ length: 5 }, (_, i) => `"Paper ${i}","Abstract ${i}.",2401.0000${i}`);
      writeFileSync(path.join(gzDir, "papers.csv.gz"), gzipSync(`title,abstract,arxiv_id\n${rows.join("\n")}\n`));
      writeFileSync(path.join(gzDir, "small.txt"), listing("A Small Listing"));
      const opened = await openInputs([gzDir]);
      expect(opened.refused).toEqual([]);
      expect(opened.files.map((f) => f.name)).toEqual(["small.txt"]);
      expect(opened.streams.map((s) => [s.name, s.format])).toEqual([["papers.csv.gz", "csv"]]);
      const sizes: number[] = [];
      const ids: (string | null)[] = [];
      for await (const batch of opened.streams[0]!.batches(2)) {
        sizes.push(batch.entries.length);
        ids.push(...batch.entries.map((e) => e.arxivId));
      }
      expect(sizes).toEqual([2, 2, 1]);
      expect(ids).toEqual(["2401.00000", "2401.00001", "2401.00002", "2401.00003", "2401.00004"]);
      // The same file read whole (readInputs) gives the same entries.
      const whole = await readInputs([path.join(gzDir, "papers.csv.gz")]);
      expect(whole.files[0]!.entries.map((e) => e.arxivId)).toEqual(ids);
    } finally {
      rmSync(gzDir, { recursive: true, force: true });
    }
  });
});

describe("openInputs: warnings of a streamed file", () => {
  it("keeps the first 10,000 and counts the rest, one closing warning per code", async () => {
    const gzDir = mkdtempSync(path.join(tmpdir(), "paperatlas-read-warn-"));
    try {
      const rows = Array.from({ length: 10_005 }, (_, i) => `Paper ${i},`);
      writeFileSync(path.join(gzDir, "bare.csv.gz"), gzipSync(`title,abstract\n${rows.join("\n")}\n`));
      const [input] = (await openInputs([gzDir])).streams;
      let entries = 0;
      for await (const batch of input!.batches(4000)) entries += batch.entries.length;
      expect(entries).toBe(10_005);
      expect(input!.warnings).toHaveLength(10_001);
      expect(input!.warnings.at(-1)).toMatchObject({ code: "ENTRY_WITHOUT_ABSTRACT", file: "bare.csv.gz" });
      expect(input!.warnings.at(-1)!.message).toContain("5 more ENTRY_WITHOUT_ABSTRACT");
    } finally {
      rmSync(gzDir, { recursive: true, force: true });
    }
  });
});

describe("openInputs: the format of a compressed file is the best-ranked on its head", () => {
  it("reads a .txt.gz listing with @ lines whole, as hf-listing (only the chosen format streams)", async () => {
    const gzDir = mkdtempSync(path.join(tmpdir(), "paperatlas-read-rank-"));
    try {
      const text = readFileSync(path.join(ROOT, "ingest/formats/hf-listing/__fixtures__/at-lines.txt"));
      writeFileSync(path.join(gzDir, "at-lines.txt.gz"), gzipSync(text));
      const opened = await openInputs([gzDir]);
      expect(opened.refused).toEqual([]);
      expect(opened.streams).toEqual([]);
      expect(opened.files.map((f) => [f.name, f.format, f.entries.length, f.warnings.length])).toEqual([
        ["at-lines.txt.gz", "hf-listing", 3, 0],
      ]);
    } finally {
      rmSync(gzDir, { recursive: true, force: true });
    }
  });
});
