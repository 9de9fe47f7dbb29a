/**
 * The load stage against a real Neo4j: whole files or nothing, idempotent re-ingest, dedup across
 * files, hostile text stored verbatim.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/client.ts";
import { readStats } from "../../db/stats.ts";
import { freshDb } from "../../test/neo4j.ts";
import { runIngest } from "../run.ts";

const SAMPLE = path.resolve(import.meta.dirname, "../../samples/hf-papers");
const FIXED_CLOCK = () => new Date("2026-01-01T00:00:00Z");

function entry(title: string, abstract: string, meta = ""): string {
  return `${title}\n\n${abstract}\n${meta ? `\n${meta}\n` : ""}\n`;
}

function listing(...entries: string[]): string {
  return `new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nbyAK and the research community\n\nMar 11\n\n${entries.join("")}`;
}

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "paperatlas-load-"));
}

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

async function count(cypher: string): Promise<number> {
  const session = db.driver.session();
  try {
    const result = await session.run(cypher);
    return Number(result.records[0]?.get(0) ?? 0);
  } finally {
    await session.close();
  }
}

describe("runIngest(db, sample corpus)", () => {
  it("loads 246 distinct papers from 319 entries and records every source file", async () => {
    const summary = await runIngest(db, [SAMPLE], { now: FIXED_CLOCK });
    expect(summary.entries).toBe(319);
    expect(summary.distinctPapers).toBe(246);
    expect(summary.refused).toEqual([]);
    expect(summary.files.map((f) => f.status)).toEqual(["loaded", "loaded", "loaded", "loaded", "loaded"]);
    const stats = await readStats(db);
    expect(stats.nodes["Paper"]).toBe(246);
    expect(stats.nodes["Source"]).toBe(5);
    const multiSource = await count("MATCH (p:Paper) WHERE size(p.sources) > 1 RETURN count(p)");
    const viaRelationships = await count("MATCH (p:Paper) WHERE COUNT { (p)-[:FROM]->(:Source) } > 1 RETURN count(p)");
    expect(multiSource).toBeGreaterThan(0);
    expect(multiSource).toBe(viaRelationships);
    expect(await count("MATCH (p:Paper)-[:FROM]->(s:Source) RETURN count(*)")).toBe(
      await count("MATCH (p:Paper) RETURN sum(size(p.sources))"),
    );
  });

  it("loads extracted concepts: FPGA papers, the MoE acronym merged with its long form, proposals and inferred citations", async () => {
    await runIngest(db, [SAMPLE], { now: FIXED_CLOCK });
    expect(await count("MATCH (p:Paper)-[:MENTIONS]->(:Hardware {name: 'FPGA'}) RETURN count(p)")).toBeGreaterThan(0);
    const session = db.driver.session();
    try {
      const moe = await session.run(
        "MATCH (c:Method) WHERE 'MoE' IN c.aliases RETURN c.name AS name, c.paperCount AS papers, labels(c) AS labels",
      );
      expect(moe.records).toHaveLength(1);
      expect(moe.records[0]?.get("name")).toBe("Mixture of Experts");
      expect(moe.records[0]?.get("labels")).toEqual(expect.arrayContaining(["Concept", "Method"]));
      // Papers writing only "MoE" and papers writing "Mixture-of-Experts" meet at one node.
      expect(Number(moe.records[0]?.get("papers"))).toBeGreaterThan(5);
      const proposes = await session.run(
        "MATCH (p:Paper)-[:PROPOSES]->(m:Method) WHERE p.title STARTS WITH 'DistServe' RETURN m.name AS name",
      );
      expect(proposes.records.map((r) => r.get("name"))).toContain("DistServe");
      const inferred = await session.run(
        "MATCH (a:Paper)-[r:CITES {source: 'inferred'}]->(b:Paper)-[:PROPOSES]->(m:Method {name: r.evidence}) RETURN count(r) AS n",
      );
      expect(Number(inferred.records[0]?.get("n"))).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
    // Every concept's paperCount is the number of papers mentioning it.
    expect(
      await count("MATCH (c:Concept) WHERE c.paperCount <> COUNT { (c)<-[:MENTIONS]-(:Paper) } RETURN count(c)"),
    ).toBe(0);
  });

  it("re-ingesting the same files changes no count and no property", async () => {
    await runIngest(db, [SAMPLE], { now: FIXED_CLOCK });
    const snapshot = async () =>
      JSON.stringify({
        stats: await readStats(db),
        papers: await count("MATCH (p:Paper) RETURN sum(size(p.occurrences) + size(p.abstract))"),
      });
    const before = await snapshot();
    const again = await runIngest(db, [SAMPLE], { now: () => new Date("2027-01-01T00:00:00Z") });
    expect(again.files.every((f) => f.status === "unchanged")).toBe(true);
    expect(again.newPapers + again.updatedPapers).toBe(0);
    expect(await snapshot()).toBe(before);
  });
});

describe("a file read whole: one transaction", () => {
  it("rolls back a file that fails midway and keeps the files that succeeded", async () => {
    const dir = await tempDir();
    const good = path.join(dir, "a-good.txt");
    const failing = path.join(dir, "b-failing.txt");
    await writeFile(good, listing(entry("Good Paper One", "An abstract about GPUs.")));
    const many = Array.from({ length: 30 }, (_, i) => entry(`Doomed Paper ${i}`, `Abstract number ${i}.`));
    await writeFile(failing, listing(...many));
    const summary = await runIngest(db, [good, failing], {
      now: FIXED_CLOCK,
      batchSize: 10,
      onProgress: (p) => {
        // Fails after the first batch of the second file has been written inside its transaction.
        if (p.file === "b-failing.txt" && p.papersWritten >= 10) throw new Error("disk full (simulated)");
      },
    });
    expect(summary.files.map((f) => [f.name, f.status])).toEqual([
      ["a-good.txt", "loaded"],
      ["b-failing.txt", "failed"],
    ]);
    expect(await count("MATCH (p:Paper) WHERE p.title STARTS WITH 'Doomed' RETURN count(p)")).toBe(0);
    expect(await count("MATCH (s:Source {name: 'b-failing.txt'}) RETURN count(s)")).toBe(0);
    expect(await count("MATCH (p:Paper {title: 'Good Paper One'}) RETURN count(p)")).toBe(1);
    // The failed file was not recorded, so a retry loads it.
    const retry = await runIngest(db, [failing], { now: FIXED_CLOCK });
    expect(retry.files[0]?.status).toBe("loaded");
    expect(await count("MATCH (p:Paper) WHERE p.title STARTS WITH 'Doomed' RETURN count(p)")).toBe(30);
  });

  it("keeps the richest copy when a later file has more metadata, and records both occurrences", async () => {
    const dir = await tempDir();
    const first = path.join(dir, "first.txt");
    const second = path.join(dir, "second.txt");
    await writeFile(first, listing(entry("Sparse  Mixture of Experts", "Short.")));
    await runIngest(db, [first], { now: FIXED_CLOCK });
    await writeFile(
      second,
      listing(
        entry(
          "sparse mixture of experts",
          "A much longer abstract about routing tokens.",
          "  • 4 authors\n·\nFeb 25, 2022",
        ),
      ),
    );
    const summary = await runIngest(db, [second], { now: FIXED_CLOCK });
    expect(summary.updatedPapers).toBe(1);
    const session = db.driver.session();
    try {
      const result = await session.run("MATCH (p:Paper) RETURN p {.*} AS p");
      expect(result.records).toHaveLength(1);
      const paper = result.records[0]?.get("p") as Record<string, unknown>;
      expect(paper["abstract"]).toBe("A much longer abstract about routing tokens.");
      expect(paper["authorCount"]).toBe(4);
      expect(paper["published"]).toBe("2022-02-25");
      expect(paper["sources"]).toEqual(["first.txt", "second.txt"]);
      expect(paper["occurrences"]).toHaveLength(2);
    } finally {
      await session.close();
    }
  });

  it("stores markup and query-like text verbatim as data", async () => {
    const dir = await tempDir();
    const file = path.join(dir, "hostile.txt");
    const title = "<script>alert(1)</script> MATCH (n) DETACH DELETE n";
    const abstract = "We study $O(n^2)$ '; DROP TABLE papers; -- and {{template}} injection `RETURN 1`.";
    await writeFile(file, listing(entry(title, abstract)));
    await runIngest(db, [file], { now: FIXED_CLOCK });
    const session = db.driver.session();
    try {
      const result = await session.run("MATCH (p:Paper) RETURN p.title AS title, p.abstract AS abstract");
      expect(result.records.map((r) => [r.get("title"), r.get("abstract")])).toEqual([[title, abstract]]);
    } finally {
      await session.close();
    }
  });
});

describe("runIngest with refused inputs", () => {
  it("loads the good files, lists the refused ones with a reason, and stores nothing from them", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "good.txt"), listing(entry("A Real Paper Title", "A real abstract.")));
    await writeFile(path.join(dir, "empty.txt"), "");
    await writeFile(
      path.join(dir, "binary.bin"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    await writeFile(path.join(dir, "chrome-only.txt"), listing());
    const summary = await runIngest(db, [dir, path.join(dir, "missing.txt")], { now: FIXED_CLOCK });
    expect(summary.files.map((f) => [f.name, f.status])).toEqual([["good.txt", "loaded"]]);
    const refused = Object.fromEntries(summary.refused.map((r) => [path.basename(r.path), r.code]));
    expect(refused).toEqual({
      "binary.bin": "INPUT_UNREADABLE",
      "chrome-only.txt": "PARSE_FAILED",
      "empty.txt": "INPUT_UNREADABLE",
      "missing.txt": "INPUT_NOT_FOUND",
    });
    for (const r of summary.refused) expect(r.message).toContain(path.basename(r.path));
    expect(await count("MATCH (p:Paper) RETURN count(p)")).toBe(1);
    expect(await count("MATCH (s:Source) RETURN collect(s.name) = ['good.txt']")).toBe(1);
  });
});
