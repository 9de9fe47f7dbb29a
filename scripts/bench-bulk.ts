/**
 * `npm run bench:bulk`: the bulk first load against extraction alone, in the same run
 * ===================================================================================
 * On the arXiv corpus (../shared/corpus/arxiv/*.tsv.xz, or the files given), one after the other:
 * 1. extraction alone: the files streamed in batches of `--batch` entries (default 2,000, as the
 *    ingest reads them), each batch deduplicated and extracted on the worker pool (two batches in
 *    flight, as the bulk load keeps them), results dropped: reading, parsing, dedup and extraction,
 *    nothing written;
 * 2. `ingest --bulk` end to end (`runBulkIngest`) into the local server, whose graph is WIPED
 *    first: both passes, CSV, the server's stop, neo4j-admin import, start, indexes, inferred
 *    citations.
 * With `--transactional`, between the two: `runIngest` (the transactional path) end to end into the
 * wiped graph, which is wiped again after it.
 * Prints one `bench:bulk:` line each and the ratios (extraction alone's time over each load's: 1
 * would mean the writes cost nothing), with the bulk load's phases. Timings on a shared machine
 * swing; the ratio of two, measured minutes apart, much less.
 *   npm run bench:bulk -- [--workers N] [--batch N] [--skip-extract] [--transactional] [FILES…]
 */
import os from "node:os";
import { loadConfig } from "../config/config.ts";
import { applySchema, connectDb } from "../db/client.ts";
import { readStats } from "../db/stats.ts";
import { runBulkIngest } from "../ingest/bulk/run.ts";
import { runIngest } from "../ingest/run.ts";
import { dedupRecords } from "../ingest/dedup/index.ts";
import { extractPool } from "../ingest/extract/index.ts";
import { openInputs } from "../ingest/read/index.ts";
import type { ExtractedPaper } from "../schema/model.ts";
import { arxivCorpusFiles } from "./bench-lib.ts";

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}
const workers = flag("--workers") ?? os.availableParallelism();
const batch = flag("--batch") ?? 2000;
const skipExtract = process.argv.includes("--skip-extract");
const transactional = process.argv.includes("--transactional");
const given = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith("--") && !["--workers", "--batch"].includes(all[i - 1] ?? ""));
const files = arxivCorpusFiles(given);

const machine = `${os.cpus()[0]?.model ?? "cpu"} ×${os.cpus().length}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
const load = () => os.loadavg()[0]!.toFixed(1);
const say = (line: string) => process.stderr.write(`bench:bulk: ${line}\n`);

/** Reading, dedup per batch and extraction on the pool, nothing written; returns seconds, papers and entities. */
async function extractionAlone(): Promise<{ seconds: number; papers: number; entities: number; load: string }> {
  const atStart = load();
  const started = performance.now();
  const read = await openInputs(files);
  const pool = extractPool(workers);
  let papers = 0;
  let entities = 0;
  const inFlight: Promise<ExtractedPaper[]>[] = [];
  const take = async () => {
    for (const r of await inFlight.shift()!) entities += r.entities.length;
  };
  try {
    const wholes = read.files.map((f) => f.entries);
    const streams = read.streams.map((s) => s.batches(batch));
    for (const entries of wholes) {
      const records = dedupRecords(entries);
      papers += records.length;
      inFlight.push(pool.extract(records.map((r) => r.paper).filter((p) => p.stub !== true)));
      if (inFlight.length > 2) await take();
    }
    for (const stream of streams) {
      for await (const b of stream) {
        const records = dedupRecords(b.entries);
        papers += records.length;
        inFlight.push(pool.extract(records.map((r) => r.paper).filter((p) => p.stub !== true)));
        if (inFlight.length > 2) await take();
      }
    }
    while (inFlight.length > 0) await take();
  } finally {
    await pool.close();
  }
  return { seconds: (performance.now() - started) / 1000, papers, entities, load: atStart };
}

const config = loadConfig(process.env);
if (config.external) {
  say("needs the local server (`paperatlas db start`), not NEO4J_URI");
  process.exit(2);
}
async function wipe(): Promise<void> {
  const db = await connectDb(config);
  const session = db.driver.session();
  try {
    say("wiping the graph");
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
    await db.close();
  }
}
await wipe();

let extraction: Awaited<ReturnType<typeof extractionAlone>> | undefined;
if (!skipExtract) {
  say(`extraction alone over ${files.length} files (load average ${load()})`);
  extraction = await extractionAlone();
  process.stdout.write(
    `bench:bulk: extraction alone: ${extraction.papers} papers (per-batch dedup), ${extraction.entities} entities in ` +
      `${extraction.seconds.toFixed(1)} s: ${Math.round(extraction.papers / extraction.seconds)} papers/s ` +
      `(reading included; ${workers} workers, batches of ${batch}; load average ${extraction.load} at start)\n`,
  );
}

let txSeconds: number | undefined;
if (transactional) {
  say(`transactional ingest over ${files.length} files (load average ${load()})`);
  const txLoad = load();
  const t0 = performance.now();
  const db = await connectDb(config);
  try {
    await applySchema(db);
    const tx = await runIngest(db, files, { workers, streamBatchSize: batch });
    txSeconds = (performance.now() - t0) / 1000;
    const stats = await readStats(db);
    process.stdout.write(
      `bench:bulk: transactional ingest: ${tx.entries} rows, ${stats.nodes["Paper"] ?? 0} papers, ` +
        `${Object.values(stats.relationships).reduce((a, b) => a + b, 0)} relationships, ${tx.concepts} concepts in ` +
        `${txSeconds.toFixed(1)} s: ${Math.round((stats.nodes["Paper"] ?? 0) / txSeconds)} papers/s (load average ${txLoad} at start)\n`,
    );
  } finally {
    await db.close();
  }
  await wipe();
}

say(`ingest --bulk over ${files.length} files (load average ${load()})`);
const bulkLoad = load();
const started = performance.now();
let lastLog = 0;
let phaseName = "";
const summary = await runBulkIngest(config, files, {
  workers,
  streamBatchSize: batch,
  onPhase: (phase) => {
    phaseName = phase;
    say(`${phase} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  },
  onProgress: (done) => {
    const now = performance.now();
    if (now - lastLog < 5000) return;
    lastLog = now;
    say(
      `${phaseName}: ${done}, ${((now - started) / 1000).toFixed(0)} s, RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
    );
  },
});
const seconds = (performance.now() - started) / 1000;
const db = await connectDb(config);
const stats = await readStats(db).finally(() => db.close());
const papers = stats.nodes["Paper"] ?? 0;
const relationships = Object.values(stats.relationships).reduce((a, b) => a + b, 0);
const peak = (process.resourceUsage().maxRSS / 1024).toFixed(0);
const phases = Object.entries(summary.phases)
  .map(([k, ms]) => `${k.replace(/Ms$/, "")} ${(ms / 1000).toFixed(1)}`)
  .join(", ");
process.stdout.write(
  `bench:bulk: ingest --bulk: ${files.length} files, ${summary.entries} rows, ${papers} papers, ${relationships} relationships ` +
    `(${Object.entries(stats.relationships)
      .map(([t, n]) => `${t} ${n}`)
      .join(
        ", ",
      )}), ${summary.concepts} concepts in ${seconds.toFixed(1)} s: ${Math.round(papers / seconds)} papers/s, ` +
    `peak RSS ${peak} MB (this process and its workers; load average ${bulkLoad} at start); phases in s: ${phases}\n`,
);
if (extraction && txSeconds !== undefined) {
  process.stdout.write(
    `bench:bulk: ratio: the transactional ingest runs at ${(extraction.seconds / txSeconds).toFixed(2)}× the speed of extraction alone ` +
      `(${extraction.seconds.toFixed(1)} s against ${txSeconds.toFixed(1)} s)\n`,
  );
}
if (extraction) {
  process.stdout.write(
    `bench:bulk: ratio: ingest --bulk runs at ${(extraction.seconds / seconds).toFixed(2)}× the speed of extraction alone ` +
      `(${extraction.seconds.toFixed(1)} s against ${seconds.toFixed(1)} s; ${machine})\n`,
  );
}
