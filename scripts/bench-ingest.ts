/**
 * `npm run bench:ingest`: the arXiv corpus end to end into Neo4j, against a bare write of it
 * ==========================================================================================
 * Ingests ../shared/corpus/arxiv/*.tsv.xz (or the files given) into the configured Neo4j
 * (NEO4J_URI, or the local server `paperatlas db start` manages) twice in one run, so both figures
 * see the same machine at the same time:
 *
 * 1. **prepare** (not timed): the files parsed, deduplicated and extracted in batches of
 *    `streamBatchSize` as the ingest does, into rows `{id, props, mentions}`;
 * 2. **bare write** (timed, graph wiped first): those rows in transactions of `--bare-batch` papers
 *    (default 2,000), each ONE statement (BARE_WRITE below): MERGE every Paper by id with every
 *    stored property, MERGE each Concept it mentions by id (name and type on create; no type label,
 *    no aliases) and MERGE the `MENTIONS {count, inTitle, weight}`. No Source, authors, citations,
 *    PROPOSES, identity look-ups, finishing steps or extraction: the database's pace for the same
 *    papers and mentions through the same driver;
 * 3. **ingest** (timed, graph wiped again): `runIngest` as `paperatlas ingest` runs it — streamed
 *    reading with its check pass, dedup, identity against the graph, extraction on worker threads,
 *    papers, authors, concepts, mentions, citations, `finishLoad`.
 *
 * It prints both rates and their ratio, then where the ingest's time went: wall time per statement
 * (by its name in schema/cypher), transaction commits, `finishLoad`'s steps, and the CPU-seconds
 * of this process and of the local Neo4j. `--keep` keeps the graph and skips the bare write (the
 * rates then count what this run added); `--no-bare` skips it alone.
 *   npm run bench:ingest -- [--keep] [--no-bare] [--workers N] [--batch N] [--bare-batch N] [FILES…]
 */
import { readFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { loadConfig } from "../config/config.ts";
import { applySchema, connectDb, type Db, type Tx } from "../db/client.ts";
import { readStats } from "../db/stats.ts";
import { dedupRecords } from "../ingest/dedup/index.ts";
import { conceptId, extractPool } from "../ingest/extract/index.ts";
import { mentionWeight, paperRow } from "../ingest/load/rows.ts";
import { openInputs } from "../ingest/read/index.ts";
import { runIngest } from "../ingest/run.ts";
import * as conceptQueries from "../schema/cypher/concepts.ts";
import * as constraintQueries from "../schema/cypher/constraints.ts";
import * as paperQueries from "../schema/cypher/papers.ts";
import { query, type Query } from "../schema/cypher/query.ts";
import type { PaperRow } from "../schema/cypher/papers.ts";
import { arxivCorpusFiles } from "./bench-lib.ts";

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}
const valued = ["--workers", "--batch", "--bare-batch"];
const keep = process.argv.includes("--keep");
const bare = !keep && !process.argv.includes("--no-bare");
const workers = flag("--workers");
const streamBatch = flag("--batch") ?? 2000;
const bareBatch = flag("--bare-batch") ?? 2000;
const given = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !valued.includes(all[i - 1] ?? ""));
const files = arxivCorpusFiles(given);

async function wipe(db: Db): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const log = (line: string) => process.stderr.write(`bench:ingest: ${line}\n`);

/** One paper as the bare write takes it: its stored properties and its mentions with their concepts. */
interface BareRow {
  id: string;
  props: PaperRow;
  mentions: { id: string; name: string; type: string; count: number; inTitle: boolean; weight: number }[];
}

/** The bare write: papers and their mentions, MERGE all the way (see the banner). */
const BARE_WRITE = query<{ rows: BareRow[] }>(`
  UNWIND $rows AS p
  MERGE (n:Paper {id: p.id})
  SET n += p.props
  WITH n, p
  UNWIND p.mentions AS m
  MERGE (c:Concept {id: m.id})
  ON CREATE SET c.name = m.name, c.type = m.type
  MERGE (n)-[r:MENTIONS]->(c)
  SET r.count = m.count, r.inTitle = m.inTitle, r.weight = m.weight`);

/** The files' papers as the ingest would see them (batches deduplicated, described papers extracted), as rows. */
async function prepare(): Promise<BareRow[]> {
  const read = await openInputs(files);
  const pool = extractPool(workers ?? os.availableParallelism());
  const jobs: Promise<BareRow[]>[] = [];
  try {
    for (const stream of read.streams) {
      for await (const batch of stream.batches(streamBatch)) {
        const papers = dedupRecords(batch.entries)
          .map((r) => r.paper)
          .filter((p) => p.stub !== true);
        jobs.push(
          pool.extract(papers).then((extracted) => {
            const byId = new Map(extracted.map((e) => [e.id, e]));
            return papers.map((p) => ({
              id: p.id,
              props: paperRow(p),
              mentions: (byId.get(p.id)?.entities ?? []).map((e) => ({
                id: conceptId(e.type, e.name),
                name: e.name,
                type: e.type,
                count: e.count,
                inTitle: e.inTitle,
                weight: mentionWeight(e.count, e.inTitle),
              })),
            }));
          }),
        );
      }
    }
    return (await Promise.all(jobs)).flat();
  } finally {
    await pool.close();
  }
}

async function bareWrite(db: Db, rows: BareRow[]): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < rows.length; i += bareBatch) {
    await db.transaction((tx) => tx.run(BARE_WRITE, { rows: rows.slice(i, i + bareBatch) }));
  }
  return (performance.now() - started) / 1000;
}

/** Every named statement by its text, for the profile. */
const names = new Map<string, string>();
for (const [name, value] of Object.entries({ ...paperQueries, ...conceptQueries, ...constraintQueries })) {
  if (typeof value !== "object" || value === null) continue;
  if ("text" in value) names.set((value as Query<object, object>).text, name);
  else for (const [type, q] of Object.entries(value)) names.set((q as Query<object, object>).text, `${name}.${type}`);
}

interface Spent {
  ms: number;
  /** CPU-seconds the local Neo4j spent meanwhile (its background threads included). */
  neo4j: number;
  calls: number;
}

/** A Db that times every statement it runs, and each transaction's commit (wall, and the local Neo4j's CPU). */
function profiled(db: Db, spent: Map<string, Spent>, neo4j: () => number | null): Db {
  const clock = () => ({ ms: performance.now(), neo4j: neo4j() ?? 0 });
  const note = (name: string, from: { ms: number; neo4j: number }) => {
    const now = clock();
    const s = spent.get(name) ?? { ms: 0, neo4j: 0, calls: 0 };
    s.ms += now.ms - from.ms;
    s.neo4j += now.neo4j - from.neo4j;
    s.calls += 1;
    spent.set(name, s);
  };
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const from = clock();
    try {
      return await work();
    } finally {
      note(name, from);
    }
  };
  const wrap = (tx: Tx): Tx => ({
    run: (q, params) => timed(names.get(q.text) ?? "(unnamed)", () => tx.run(q, params)),
  });
  const inTx =
    (open: Db["transaction"]): Db["transaction"] =>
    (work) => {
      let done = clock();
      return timed("(transaction, open to commit)", async () => {
        const out = await open(async (tx) => {
          const result = await work(wrap(tx));
          done = clock();
          return result;
        });
        note("(commit)", done);
        return out;
      });
    };
  return {
    ...db,
    read: (q, params) => timed(names.get(q.text) ?? "(unnamed)", () => db.read(q, params)),
    write: (q, params) => timed(names.get(q.text) ?? "(unnamed)", () => db.write(q, params)),
    transaction: inTx(db.transaction),
    readTransaction: inTx(db.readTransaction),
  };
}

/** CPU-seconds of the local Neo4j so far, when its pid file is there. */
function neo4jCpu(home: string): number | null {
  try {
    const pid = readFileSync(path.join(home, "run", "neo4j.pid"), "utf8").trim();
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

const config = loadConfig(process.env);
const db = await connectDb({
  neo4jUri: config.neo4jUri,
  neo4jUser: config.neo4jUser,
  neo4jPassword: config.neo4jPassword,
});
const neo4jHome = config.external ? null : config.local.home;
try {
  let bareRate: number | null = null;
  if (bare) {
    const preparing = performance.now();
    const rows = await prepare();
    const mentions = rows.reduce((n, r) => n + r.mentions.length, 0);
    log(
      `prepared ${rows.length} papers, ${mentions} mentions in ${((performance.now() - preparing) / 1000).toFixed(1)} s`,
    );
    await wipe(db);
    await applySchema(db);
    const n0 = neo4jHome ? neo4jCpu(neo4jHome) : null;
    const c0 = cpuNow();
    const seconds = await bareWrite(db, rows);
    const own = cpuNow() - c0;
    const n1 = neo4jHome ? neo4jCpu(neo4jHome) : null;
    const stats = await readStats(db);
    const papers = stats.nodes["Paper"] ?? 0;
    bareRate = papers / seconds;
    const cpu = `; this process ${own.toFixed(1)} CPU-s${n0 !== null && n1 !== null ? `, Neo4j ${(n1 - n0).toFixed(1)} CPU-s` : ""}`;
    process.stdout.write(
      `bench:ingest: bare UNWIND … MERGE: ${papers} papers, ${stats.relationships["MENTIONS"] ?? 0} mentions, ` +
        `${stats.nodes["Concept"] ?? 0} concepts in ${seconds.toFixed(1)} s: ${Math.round(bareRate)} papers/s${cpu}\n`,
    );
  }
  if (!keep) await wipe(db);
  await applySchema(db);
  const before = await readStats(db);
  const spent = new Map<string, Spent>();
  let lastLog = 0;
  const n0 = neo4jHome ? neo4jCpu(neo4jHome) : null;
  const cpu0 = cpuNow();
  const elu0 = performance.eventLoopUtilization();
  const started = performance.now();
  const summary = await runIngest(
    profiled(db, spent, () => (neo4jHome ? neo4jCpu(neo4jHome) : null)),
    files,
    {
      ...(workers !== undefined ? { workers } : {}),
      streamBatchSize: streamBatch,
      onProgress: (p) => {
        const now = performance.now();
        if (now - lastLog < 5000) return;
        lastLog = now;
        const rss = (process.memoryUsage().rss / 1e6).toFixed(0);
        log(`${p.file}: ${p.papersWritten} papers, ${((now - started) / 1000).toFixed(0)} s, RSS ${rss} MB`);
      },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const elu = performance.eventLoopUtilization(elu0);
  const cpu = cpuNow() - cpu0;
  const n1 = neo4jHome ? neo4jCpu(neo4jHome) : null;
  const after = await readStats(db);
  const papers = (after.nodes["Paper"] ?? 0) - (before.nodes["Paper"] ?? 0);
  const relationships = total(after.relationships) - total(before.relationships);
  const peak = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  const failed = summary.files.filter((f) => f.status === "failed");
  for (const f of failed) log(`${f.name} failed: ${f.error?.message}`);
  const machine = `${os.cpus()[0]?.model ?? "cpu"} ×${os.cpus().length}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  const rate = papers / seconds;
  process.stdout.write(
    `bench:ingest: ${files.length} files, ${summary.entries} rows, ${papers} papers, ${relationships} relationships ` +
      `(${Object.entries(after.relationships)
        .map(([t, n]) => `${t} ${n - (before.relationships[t] ?? 0)}`)
        .join(", ")}) in ${seconds.toFixed(1)} s: ` +
      `${Math.round(rate)} papers/s, ${Math.round(relationships / seconds)} relationships/s, peak RSS ${peak} MB ` +
      `(${summary.concepts} concepts, ${summary.warnings.length} warnings; ${machine})\n`,
  );
  if (bareRate !== null) {
    process.stdout.write(
      `bench:ingest: ingest ${Math.round(rate)} papers/s / bare ${Math.round(bareRate)} papers/s = ${(rate / bareRate).toFixed(2)}\n`,
    );
  }
  const neo = n0 !== null && n1 !== null ? `, Neo4j ${(n1 - n0).toFixed(1)} CPU-s` : "";
  const lines = [...spent].sort((a, b) => b[1].ms - a[1].ms);
  process.stdout.write(
    `bench:ingest: ingest profile (wall s, Neo4j CPU-s, calls): this process ${cpu.toFixed(1)} CPU-s (workers included), ` +
      `main thread busy ${(elu.utilization * 100).toFixed(0)} %${neo}\n` +
      lines
        .map(
          ([name, s]) =>
            `  ${(s.ms / 1000).toFixed(2).padStart(7)} ${s.neo4j.toFixed(2).padStart(6)} ${String(s.calls).padStart(5)}  ${name}\n`,
        )
        .join(""),
  );
  if (failed.length > 0 || summary.refused.length > 0) process.exitCode = 1;
} finally {
  await db.close();
}
