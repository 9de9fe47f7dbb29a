/**
 * `npm run bench:ingest`: the arXiv corpus end to end into Neo4j
 * ==============================================================
 * Ingests ../shared/corpus/arxiv/*.tsv.xz (or the files given) with `runIngest` — streamed
 * reading, dedup, extraction on worker threads, batched writes of papers, authors, concepts and
 * mentions — into the configured Neo4j (NEO4J_URI, or the local server `paperatlas db start`
 * manages), and prints papers/s, relationships/s, peak RSS of this process (workers included) and
 * the total time. The graph is WIPED first (`--keep` to keep it: then the rates count only what
 * this run added).
 *   npm run bench:ingest -- [--keep] [--workers N] [--batch N] [FILES…]
 */
import { readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT, loadConfig } from "../config/config.ts";
import { applySchema, connectDb, type Db } from "../db/client.ts";
import { readStats } from "../db/stats.ts";
import { runIngest } from "../ingest/run.ts";

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}
const keep = process.argv.includes("--keep");
const workers = flag("--workers");
const batch = flag("--batch");
const given = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith("--") && !["--workers", "--batch"].includes(all[i - 1] ?? ""));
const corpus = path.resolve(PROJECT_ROOT, "../shared/corpus/arxiv");
const files =
  given.length > 0
    ? given
    : readdirSync(corpus)
        .filter((f) => f.endsWith(".tsv.xz"))
        .sort()
        .map((f) => path.join(corpus, f));

async function wipe(db: Db): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

const config = loadConfig(process.env);
const db = await connectDb({
  neo4jUri: config.neo4jUri,
  neo4jUser: config.neo4jUser,
  neo4jPassword: config.neo4jPassword,
});
try {
  if (!keep) await wipe(db);
  await applySchema(db);
  const before = await readStats(db);
  let lastLog = 0;
  const started = performance.now();
  const summary = await runIngest(db, files, {
    ...(workers !== undefined ? { workers } : {}),
    ...(batch !== undefined ? { streamBatchSize: batch } : {}),
    onProgress: (p) => {
      const now = performance.now();
      if (now - lastLog < 5000) return;
      lastLog = now;
      const rss = (process.memoryUsage().rss / 1e6).toFixed(0);
      process.stderr.write(
        `bench:ingest: ${p.file}: ${p.papersWritten} papers, ${((now - started) / 1000).toFixed(0)} s, RSS ${rss} MB\n`,
      );
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const after = await readStats(db);
  const papers = (after.nodes["Paper"] ?? 0) - (before.nodes["Paper"] ?? 0);
  const relationships = total(after.relationships) - total(before.relationships);
  const peak = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  const failed = summary.files.filter((f) => f.status === "failed");
  for (const f of failed) process.stderr.write(`bench:ingest: ${f.name} failed: ${f.error?.message}\n`);
  const machine = `${os.cpus()[0]?.model ?? "cpu"} ×${os.cpus().length}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  process.stdout.write(
    `bench:ingest: ${files.length} files, ${summary.entries} rows, ${papers} papers, ${relationships} relationships ` +
      `(${Object.entries(after.relationships)
        .map(([t, n]) => `${t} ${n - (before.relationships[t] ?? 0)}`)
        .join(", ")}) in ${seconds.toFixed(1)} s: ` +
      `${Math.round(papers / seconds)} papers/s, ${Math.round(relationships / seconds)} relationships/s, peak RSS ${peak} MB ` +
      `(${summary.concepts} concepts, ${summary.warnings.length} warnings; ${machine})\n`,
  );
  if (failed.length > 0 || summary.refused.length > 0) process.exitCode = 1;
} finally {
  await db.close();
}
