/**
 * The bulk first load builds the graph the transactional path builds: the sample corpus (files read
 * whole, 73 copies merged across files) and a slice of arXiv (the first 1,000 records of cs.DC as
 * two overlapping .tsv.gz files, streamed in batches of 250, so 400 papers come from both files and
 * several batches), in one run each way; every node, relationship, property value and property
 * type compared. Then the transactional path finds every file already ingested and changes
 * nothing, and a second bulk load is refused. Needs the local managed server (the bulk load stops
 * and restarts it): skipped when the tests run against another one.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, loadConfig } from "../../config/config.ts";
import { createDb } from "../../db/client.ts";
import { TsvTokenizer, type TsvRow } from "../formats/arxiv-tsv/index.ts";
import { runIngest } from "../run.ts";
import { dumpDifference, dumpGraph, type GraphDump } from "../../test/graph-dump.ts";
import { freshDb, testTarget, wipe } from "../../test/neo4j.ts";
import { SAMPLE_DIR } from "../../test/sample.ts";
import { runBulkIngest } from "./run.ts";

const local = loadConfig({ ...process.env, NEO4J_URI: "" });
const onLocalServer = (() => {
  try {
    return testTarget().neo4jUri === local.neo4jUri;
  } catch {
    return false;
  }
})();

const ARXIV = path.resolve(PROJECT_ROOT, "../shared/corpus/arxiv/cs.DC.tsv.xz");

/** Two .tsv.gz files holding records [0, 700) and [300, 1000) of the arXiv file, header first in both. */
function arxivSlices(dir: string): string[] {
  const text = execFileSync("xz", ["-dc", ARXIV], { maxBuffer: 1 << 30 }).toString("utf8");
  const rows: TsvRow[] = [];
  const tokenizer = new TsvTokenizer(ARXIV);
  tokenizer.push(text, rows);
  tokenizer.end(rows);
  const lines = text.split("\n");
  const slice = (from: number, to: number) => lines.slice(rows[from]!.line - 1, rows[to]!.line - 1).join("\n") + "\n";
  const header = slice(0, 1);
  return [
    [1, 701],
    [301, 1001],
  ].map(([from, to], i) => {
    const file = path.join(dir, `cs.DC-slice-${i}.tsv.gz`);
    writeFileSync(file, gzipSync(header + slice(from!, to!)));
    return file;
  });
}

// Which of a method's names comes first in an inferred CITES is Cypher's collect() order, the store's.
const normalize = (key: string, value: unknown) => (key === "methods" ? [...(value as string[])].sort() : value);
const dumpOptions = { ignore: ["ingestedAt", "evidence"], normalize };

function expectSame(bulk: GraphDump, transactional: GraphDump): void {
  expect(bulk.counts).toEqual(transactional.counts);
  expect(dumpDifference(bulk.nodes, transactional.nodes)).toEqual({ onlyA: [], onlyB: [] });
  expect(dumpDifference(bulk.relationships, transactional.relationships)).toEqual({ onlyA: [], onlyB: [] });
}

describe.skipIf(!onLocalServer)("ingest --bulk against the transactional path", () => {
  let dir: string;
  let inputs: string[];

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "paperatlas-bulk-"));
    inputs = [SAMPLE_DIR, ...arxivSlices(dir)];
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the same graph, which the transactional path then leaves as it is", async () => {
    const db = await freshDb();
    let transactional: GraphDump;
    try {
      const summary = await runIngest(db, inputs, { streamBatchSize: 250 });
      expect(summary.files.map((f) => f.status)).toEqual(Array(7).fill("loaded"));
      transactional = await dumpGraph(db, dumpOptions);
      await wipe(db);
    } finally {
      await db.close();
    }
    expect(transactional.counts["Paper"]).toBeGreaterThan(246 + 900);

    const bulk = await runBulkIngest(local, inputs, { streamBatchSize: 250 });
    expect(bulk.files.map((f) => f.status)).toEqual(Array(7).fill("loaded"));
    const after = createDb(testTarget());
    try {
      const dumped = await dumpGraph(after, dumpOptions);
      expectSame(dumped, transactional);

      const again = await runIngest(after, inputs, { streamBatchSize: 250 });
      expect(again.files.map((f) => f.status)).toEqual(Array(7).fill("unchanged"));
      expectSame(await dumpGraph(after, dumpOptions), transactional);

      await expect(runBulkIngest(local, inputs)).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("not empty"),
      });
    } finally {
      await after.close();
    }
  }, 600_000);

  it("refuses a server it does not manage", async () => {
    const external = loadConfig({ ...process.env, NEO4J_URI: "bolt://example.org:7687", NEO4J_PASSWORD: "x" });
    await expect(runBulkIngest(external, inputs)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("not the local server"),
    });
  });
});
