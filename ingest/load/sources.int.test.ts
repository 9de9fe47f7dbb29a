/**
 * Several sources against a real Neo4j: one node per paper whichever formats describe it; OpenAlex
 * citations as CITES to stub papers that a later file fills in; clustering reads the citations;
 * a compressed JSON Lines or arXiv TSV file streams in batches: nothing of it is written when it
 * does not parse, its committed batches stay when a write fails midway.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/client.ts";
import { readStats } from "../../db/stats.ts";
import { freshDb } from "../../test/neo4j.ts";
import { runCluster } from "../../atlas/cluster/index.ts";
import { runIngest } from "../run.ts";

const FORMATS = path.resolve(import.meta.dirname, "../../../shared/corpus/formats");
const FIXED_CLOCK = () => new Date("2026-01-01T00:00:00Z");

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

async function rows<T = Record<string, unknown>>(cypher: string): Promise<T[]> {
  const session = db.driver.session();
  try {
    return (await session.run(cypher)).records.map((r) => r.toObject() as T);
  } finally {
    await session.close();
  }
}

async function count(cypher: string): Promise<number> {
  const [row] = await rows(cypher);
  return Number(Object.values(row ?? {})[0] ?? 0);
}

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "paperatlas-sources-"));
}

/** An OpenAlex work as the API writes it, with only the fields the reader uses. */
function work(id: string, title: string, abstract: string, extra: Record<string, unknown> = {}) {
  const index: Record<string, number[]> = {};
  abstract.split(" ").forEach((w, i) => (index[w] ??= []).push(i));
  return {
    id: `https://openalex.org/${id}`,
    title,
    display_name: title,
    publication_year: 2008,
    abstract_inverted_index: index,
    authorships: [],
    referenced_works: [],
    ...extra,
  };
}

/** `n` OpenAlex works as JSON Lines, no trailing newline. */
function worksJsonl(n: number): string {
  return Array.from({ length: n }, (_, i) =>
    JSON.stringify(
      work(
        `W${i + 1}`,
        `Paper ${i + 1} on stream batches`,
        `We study batch number ${i + 1} of a long stream of works.`,
      ),
    ),
  ).join("\n");
}

/** An arXiv metadata TSV: the header and `n` rows, one line each. */
function arxivTsv(n: number): string {
  const header = "\tabstract\tarxiv_id\tauthor_text\tcreated\tnum_authors\ttitle\n";
  const rows = Array.from({ length: n }, (_, i) => {
    const id = `2401.${String(i + 1).padStart(5, "0")}`;
    return `${i}\tWe study row ${i + 1} of a long TSV.\t${id}\tA. Author, B. Author\t2024-01-02\t2\tRow ${i + 1} on stream batches\n`;
  });
  return header + rows.join("");
}

function xz(text: string): Buffer {
  return execFileSync("xz", ["-c"], { input: text });
}

describe("runIngest(db, several formats)", () => {
  it("makes one node per paper whichever formats describe it (arXiv id, arXiv DOI, title)", async () => {
    const dir = await tempDir();
    const daily = path.join(FORMATS, "hf-daily_papers-api-2024-10-25.json");
    const papers = (JSON.parse(readFileSync(daily, "utf8")) as { paper: { id: string; title: string } }[]).map(
      (p) => p.paper,
    );
    const [a, b, c] = papers as [(typeof papers)[0], (typeof papers)[0], (typeof papers)[0]];
    // BibTeX: one by eprint, one by title alone (case and spacing differ).
    await writeFile(
      path.join(dir, "refs.bib"),
      `@article{a, title = {${a.title}}, author = {Cheng, Zesen and Zhang, Hang}, eprint = {${a.id}}, archivePrefix = {arXiv}, year = 2024}\n` +
        `@misc{b, title = {${b.title.replace(/\s+/g, "  ").toUpperCase()}}, year = 2024}\n`,
    );
    // OpenAlex: the arXiv DOI names the paper.
    await writeFile(
      path.join(dir, "works.json"),
      JSON.stringify(work("W4403000001", c.title, "An abstract.", { doi: `https://doi.org/10.48550/arxiv.${c.id}` })),
    );
    const summary = await runIngest(db, [daily, dir], { now: FIXED_CLOCK, extract: false });
    expect(summary.refused).toEqual([]);
    expect(summary.files.map((f) => f.status)).toEqual(["loaded", "loaded", "loaded"]);
    expect(summary.distinctPapers).toBe(29);
    expect((await readStats(db)).nodes["Paper"]).toBe(29);
    const merged = await rows<{ id: string; sources: string[]; openalexId: string | null }>(
      `MATCH (p:Paper) WHERE size(p.sources) > 1 RETURN p.id AS id, p.sources AS sources, p.openalexId AS openalexId ORDER BY id`,
    );
    expect(merged.map((m) => [m.id, m.sources])).toEqual(
      [
        [a.id, ["hf-daily_papers-api-2024-10-25.json", "refs.bib"]],
        [b.id, ["hf-daily_papers-api-2024-10-25.json", "refs.bib"]],
        [c.id, ["hf-daily_papers-api-2024-10-25.json", "works.json"]],
      ].sort(),
    );
    expect(merged.find((m) => m.id === c.id)?.openalexId).toBe("W4403000001");
    // The richest copy keeps its abstract; authors are Author nodes, one per normalised name.
    expect(await count(`MATCH (p:Paper {id: '${c.id}'}) RETURN size(p.abstract) > 100`)).toBe(1);
    expect(await count(`MATCH (p:Paper {id: '${a.id}'})-[:WRITTEN_BY]->(au:Author) RETURN count(au)`)).toBe(9);
  });

  it("turns OpenAlex referenced_works into CITES to stubs, fills a stub when its paper arrives, and clustering uses the citations", async () => {
    const page = path.join(FORMATS, "openalex-works-page-25works.json");
    const first = await runIngest(db, [page], { now: FIXED_CLOCK });
    expect(first.citations).toBe(139);
    expect(first.stubs).toBe(139);
    let stats = await readStats(db);
    expect(stats.nodes["Paper"]).toBe(25);
    expect(stats.nodes["PaperStub"]).toBe(139);
    expect(stats.relationships["CITES"]).toBe(139);
    expect(await count("MATCH (:Paper)-[r:CITES {source: 'openalex'}]->(q:Paper {stub: true}) RETURN count(r)")).toBe(
      139,
    );

    // Two of the cited works arrive, as JSON Lines, gzip-compressed (so streamed).
    const dir = await tempDir();
    const arrived = [
      work(
        "W1968820547",
        "Water resources and sustainability in the western states",
        "Water scarcity shapes sustainability research in the western states.",
      ),
      work(
        "W1520639277",
        "Flood policy and adaptation in the Netherlands",
        "Dutch flood policy adapts to climate change and sea level rise.",
      ),
    ];
    await writeFile(path.join(dir, "arrived.jsonl.gz"), gzipSync(arrived.map((w) => JSON.stringify(w)).join("\n")));
    const second = await runIngest(db, [dir], { now: FIXED_CLOCK, workers: 0 });
    expect(second.files.map((f) => [f.name, f.status, f.newPapers])).toEqual([["arrived.jsonl.gz", "loaded", 2]]);
    stats = await readStats(db);
    expect(stats.nodes["Paper"]).toBe(27);
    expect(stats.nodes["PaperStub"]).toBe(137);
    expect(stats.relationships["CITES"]).toBe(139);
    const filled = await rows<{ title: string; stub: boolean; citedBy: string }>(
      "MATCH (a:Paper)-[:CITES]->(p:Paper {openalexId: 'W1968820547'}) RETURN p.title AS title, p.stub AS stub, a.openalexId AS citedBy",
    );
    expect(filled).toEqual([
      { title: "Water resources and sustainability in the western states", stub: false, citedBy: "W1984314264" },
    ]);

    const clustered = await runCluster(db, { now: FIXED_CLOCK, runs: 1 });
    expect(clustered.cites).toBe(2);
    expect(clustered.papers).toBe(27);
  });

  it.each([
    {
      // 300 works (~60 KB decompressed, several 16 KiB gunzip chunks), then a broken line 301.
      name: "broken.jsonl.gz",
      where: "broken.jsonl.gz:301",
      bytes: () => gzipSync(`${worksJsonl(300)}\n{"id": "https://openalex.org/W999", "title": \n`),
    },
    {
      // A header, 300 arXiv rows, then a row with two fields at line 302.
      name: "broken.tsv.xz",
      where: "broken.tsv.xz:302",
      bytes: () => xz(`${arxivTsv(300)}999\tbroken row\n`),
    },
  ])(
    "a streamed file whose parser fails late ($name) leaves no paper and no Source, and says where",
    async ({ name, where, bytes }) => {
      const dir = await tempDir();
      await writeFile(path.join(dir, name), bytes());
      const started: [string, number][] = [];
      const summary = await runIngest(db, [dir], {
        now: FIXED_CLOCK,
        workers: 0,
        streamBatchSize: 50,
        onFileStart: (file, papers) => started.push([file, papers]),
      });
      expect(summary.files.map((f) => [f.status, f.error?.code, f.error?.where, f.papers])).toEqual([
        ["failed", "PARSE_FAILED", where, 0],
      ]);
      expect(started).toEqual([[name, 0]]);
      expect(await count("MATCH (p:Paper) RETURN count(p)")).toBe(0);
      expect(await count("MATCH (s:Source) RETURN count(s)")).toBe(0);
      expect(await count("MATCH (n) RETURN count(n)")).toBe(0);
    },
  );

  it("a streamed file whose write fails midway keeps its committed batches, is not done, and a re-run completes it without duplicates", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "works.jsonl.gz"), gzipSync(worksJsonl(300)));
    const started: [string, number][] = [];
    const options = { now: FIXED_CLOCK, workers: 0, extract: false, streamBatchSize: 50 } as const;
    const failed = await runIngest(db, [dir], {
      ...options,
      onFileStart: (file, papers) => started.push([file, papers]),
      onProgress: (p) => {
        // Thrown after the second batch's commit: two batches stay in the graph.
        if (p.papersWritten >= 100) throw new Error("disk full (simulated)");
      },
    });
    expect(started).toEqual([
      ["works.jsonl.gz", 0],
      ["works.jsonl.gz", 300],
    ]);
    expect(failed.files.map((f) => [f.status, f.error?.code, f.papers])).toEqual([["failed", "INTERNAL", 100]]);
    expect(await count("MATCH (p:Paper) RETURN count(p)")).toBe(100);
    expect(await count("MATCH (s:Source) WHERE s.paperCount IS NULL RETURN count(s)")).toBe(1);

    const again = await runIngest(db, [dir], options);
    expect(again.files.map((f) => [f.status, f.papers, f.newPapers, f.unchangedPapers])).toEqual([
      ["loaded", 300, 200, 100],
    ]);
    expect(await count("MATCH (p:Paper) RETURN count(p)")).toBe(300);
    expect(await count("MATCH (s:Source) RETURN s.paperCount")).toBe(300);
    expect((await runIngest(db, [dir], options)).files[0]?.status).toBe("unchanged");
  });

  it("re-ingesting a streamed file changes nothing", async () => {
    const dir = await tempDir();
    const lines = [
      work("W1", "Alpha paper on GPUs", "We study GPUs."),
      work("W2", "Beta paper on FPGAs", "We study FPGAs.", { referenced_works: ["https://openalex.org/W1"] }),
    ];
    await writeFile(path.join(dir, "w.jsonl.gz"), gzipSync(lines.map((w) => JSON.stringify(w)).join("\n")));
    const once = await runIngest(db, [dir], { now: FIXED_CLOCK, workers: 0, streamBatchSize: 1 });
    expect(once.files[0]?.status).toBe("loaded");
    expect(
      await count(
        "MATCH (:Paper {openalexId: 'W2'})-[r:CITES]->(:Paper {openalexId: 'W1', stub: false}) RETURN count(r)",
      ),
    ).toBe(1);
    const before = JSON.stringify(await readStats(db));
    const again = await runIngest(db, [dir], { now: FIXED_CLOCK, workers: 0 });
    expect(again.files[0]?.status).toBe("unchanged");
    expect(JSON.stringify(await readStats(db))).toBe(before);
  });
});
