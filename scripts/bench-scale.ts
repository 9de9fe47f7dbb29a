/**
 * `npm run bench:scale`: the whole pipeline at a given corpus size, measured stage by stage
 * ========================================================================================
 * Generates a synthetic corpus of `--papers N` (scripts/generate-corpus.ts; reused when
 * `--data DIR` already holds a complete one of that size and seed), or takes the real arXiv export
 * (`--arxiv`), then runs each stage in a process of its own, as a user would:
 *   generate → bulk ingest (`paperatlas ingest --bulk`, neo4j-admin import) → cluster → layout →
 *   map payload (`paperatlas serve`, the first GET /api/map builds it) → first paint (headless
 *   Chromium, unless `--no-paint`).
 * Each stage's wall time and peak RSS (the largest process of the stage: `/usr/bin/time`'s maximum
 * resident set; for the server its VmHWM) are printed as they finish, then the Neo4j store size
 * (du of data/databases/neo4j and data/transactions/neo4j) and the heap the server needed: the
 * JVM's peak heap pool usage (`dbms.queryJmx`, summed over the heap pools) against its maximum.
 * Everything goes to `test-output/bench-scale-<N>.json` too. The graph is REPLACED by the import.
 *   npm run bench:scale -- --papers N [--data DIR] [--seed S] [--arxiv] [--no-paint] [--from STAGE]
 * Uses the configured local server (PAPERATLAS_NEO4J_HOME, …_BOLT_PORT, …_HEAP, …_PAGECACHE).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT, loadConfig } from "../config/config.ts";
import { connectDb } from "../db/client.ts";
import { startLocal, stopLocal } from "../db/local/manager.ts";
import { readStats } from "../db/stats.ts";
import { launchChromium } from "../test/chromium.ts";
import { rawBytes, serveChild } from "./bench-lib.ts";
import { cachedCorpus } from "./generate-corpus.ts";
import { DEFAULT_RECOMBINE } from "./corpus/recombine.ts";

const STAGES = ["generate", "ingest", "cluster", "layout", "payload", "paint"] as const;
type Stage = (typeof STAGES)[number];

interface StageResult {
  stage: Stage;
  wallS: number;
  peakRssMb: number;
  note: string;
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const arxiv = process.argv.includes("--arxiv");
const papersFlag = Number((flag("--papers") ?? "0").replace(/_/g, ""));
if (!arxiv && !(Number.isInteger(papersFlag) && papersFlag > 0)) {
  console.error("bench:scale: usage: npm run bench:scale -- --papers N [--data DIR] [--arxiv] [--no-paint]");
  process.exit(2);
}
const seed = Number(flag("--seed") ?? DEFAULT_RECOMBINE.seed);
const label = arxiv ? "arxiv" : String(papersFlag);
const data = arxiv
  ? path.resolve(PROJECT_ROOT, "../shared/corpus/arxiv")
  : path.resolve(flag("--data") ?? path.join(PROJECT_ROOT, "test-output", "scale", label));
const from = (flag("--from") ?? "generate") as Stage;
if (!STAGES.includes(from)) throw new Error(`bench:scale: --from: expected one of ${STAGES.join(", ")}`);
const paint = !process.argv.includes("--no-paint");
const cli = path.join(PROJECT_ROOT, "bin", "paperatlas.js");
const tsx = path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx");
const config = loadConfig(process.env);
// Node's default old-space limit is about 4 GiB: at a million papers the projection needs more.
// 7 GiB keeps a stage within 8 GB of the machine's 24 (override with NODE_OPTIONS).
process.env["NODE_OPTIONS"] ??= "--max-old-space-size=7168";
const say = (line: string) => console.log(`bench:scale: ${line}`);
const results: StageResult[] = [];
const extra: Record<string, unknown> = {};

const wanted = (stage: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(from);

/** Runs `command` under /usr/bin/time; wall seconds, peak RSS of its largest process, its stdout. */
function timed(command: string, args: string[]): Promise<{ wallS: number; peakRssMb: number; stdout: string }> {
  const report = path.join(os.tmpdir(), `bench-scale-time-${process.pid}.txt`);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn("/usr/bin/time", ["-f", "%M", "-o", report, command, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
      env: process.env,
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallS = (Date.now() - started) / 1000;
      if (code !== 0) {
        reject(
          new Error(
            `bench:scale: ${path.basename(command)} ${args.join(" ")} exited with ${code}\n${stdout.slice(-2000)}`,
          ),
        );
        return;
      }
      const kb = Number(readFileSync(report, "utf8").trim().split("\n").pop());
      resolve({ wallS, peakRssMb: Math.round(kb / 1024), stdout });
    });
  });
}

function record(result: StageResult): void {
  results.push(result);
  save();
  say(
    `${result.stage}: ${result.wallS.toFixed(1)} s, peak RSS ${result.peakRssMb} MB${result.note ? `, ${result.note}` : ""}`,
  );
}

function du(dir: string): number {
  const out = spawnSync("du", ["-sb", dir], { encoding: "utf8" });
  return out.status === 0 ? Number(out.stdout.split("\t")[0]) : NaN;
}

/** VmHWM (peak resident set) of a live process, in MB. */
function peakOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

function neo4jPid(): number | null {
  try {
    return Number(readFileSync(path.join(config.local.home, "run", "neo4j.pid"), "utf8").trim());
  } catch {
    return null;
  }
}

/**
 * Heap the server needed, from the JVM's memory pools (`dbms.queryJmx`, which Community has): the
 * peak of the old generation (what survived young collections, garbage included until a mixed
 * collection), the sum of the heap pools' peaks (an upper bound: they peak at different times),
 * the old generation after the last collection (live data then: a floor), and the maximum heap.
 */
async function neo4jHeap(): Promise<{
  oldPeakMb: number;
  poolPeaksMb: number;
  oldAfterGcMb: number;
  maxHeapMb: number;
}> {
  const db = await connectDb(config);
  const session = db.driver.session();
  try {
    const mb = (v: unknown) => Math.round(Number(v ?? NaN) / 2 ** 20);
    const pools = await session.run(`CALL dbms.queryJmx("java.lang:type=MemoryPool,name=*") YIELD name, attributes
      WHERE attributes.Type.value = 'HEAP'
      RETURN name, attributes.PeakUsage.value.properties.used AS peak,
             attributes.CollectionUsage.value.properties.used AS afterGc`);
    const memory = await session.run(`CALL dbms.queryJmx("java.lang:type=Memory") YIELD attributes
      RETURN attributes.HeapMemoryUsage.value.properties.max AS max`);
    const old = pools.records.find((r) => String(r.get("name")).includes("Old Gen"));
    return {
      oldPeakMb: mb(old?.get("peak")),
      poolPeaksMb: pools.records.reduce((sum, r) => sum + mb(r.get("peak")), 0),
      oldAfterGcMb: mb(old?.get("afterGc")),
      maxHeapMb: mb(memory.records[0]?.get("max")),
    };
  } finally {
    await session.close();
    await db.close();
  }
}

async function firstPaint(url: string): Promise<{ firstPaintMs: number; payloadMs: number; wallMs: number }> {
  const chrome = await launchChromium();
  try {
    const page = await chrome.context.newPage();
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset["ready"], null, { timeout: 900_000, polling: 1000 });
    const wallMs = Date.now() - t0;
    const [firstPaintMs, payloadMs] = await page.evaluate(
      (names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
      ["paperatlas:first-paint", "paperatlas:payload"],
    );
    return { firstPaintMs: firstPaintMs!, payloadMs: payloadMs!, wallMs };
  } finally {
    await chrome.close();
  }
}

function save(): void {
  mkdirSync(path.join(PROJECT_ROOT, "test-output"), { recursive: true });
  const out = path.join(PROJECT_ROOT, "test-output", `bench-scale-${label}.json`);
  const body = { papers: label, at: new Date().toISOString(), load: os.loadavg(), stages: results, ...extra };
  writeFileSync(out, JSON.stringify(body, null, 2) + "\n");
}

async function generateStage(): Promise<void> {
  if (cachedCorpus(data, papersFlag, seed) !== null) {
    say(`generate: reusing the corpus in ${data}`);
    return;
  }
  const script = path.join(PROJECT_ROOT, "scripts", "generate-corpus.ts");
  const run = await timed(tsx, [script, "--papers", String(papersFlag), "--out", data, "--seed", String(seed)]);
  record({ stage: "generate", ...run, note: run.stdout.trim().replace(/^generate-corpus: /, "") });
}

async function ingestStage(): Promise<void> {
  // The bulk import wants an empty graph: a new, empty `neo4j` database (the system database,
  // with the password, stays).
  await stopLocal(config.local);
  for (const dir of ["databases", "transactions"])
    rmSync(path.join(config.local.home, "data", dir, "neo4j"), { recursive: true, force: true });
  await startLocal(config.local, config.neo4jPassword);
  const run = await timed(process.execPath, [cli, "ingest", "--bulk", data]);
  const store = du(path.join(config.local.home, "data", "databases", "neo4j"));
  const tx = du(path.join(config.local.home, "data", "transactions", "neo4j"));
  extra["storeBytes"] = store;
  extra["transactionBytes"] = tx;
  const lastLines = run.stdout.trim().split("\n").slice(-3).join(" | ");
  record({
    stage: "ingest",
    ...run,
    note: `store ${(store / 2 ** 30).toFixed(2)} GiB + tx logs ${(tx / 2 ** 20).toFixed(0)} MiB; ${lastLines}`,
  });
  await reportNeo4j("after the import");
}

async function atlasStage(stage: "cluster" | "layout"): Promise<void> {
  const run = await timed(process.execPath, [cli, stage, "--json"]);
  const summary = JSON.parse(run.stdout) as { timings: Record<string, number> };
  extra[stage] = summary;
  const phases = Object.entries(summary.timings)
    .map(([k, v]) => `${k.replace(/Ms$/, "")} ${(v / 1000).toFixed(1)}`)
    .join(", ");
  record({ stage, wallS: run.wallS, peakRssMb: run.peakRssMb, note: `phases (s): ${phases}` });
}

async function payloadStage(): Promise<void> {
  const { url, child } = await serveChild();
  try {
    const t0 = Date.now();
    const br = await rawBytes(`${url}/api/map`, "br");
    const wallS = (Date.now() - t0) / 1000;
    const gzip = await rawBytes(`${url}/api/map`, "gzip");
    const identity = await rawBytes(`${url}/api/map`, "identity");
    extra["payload"] = { br, gzip, identity, buildS: wallS };
    const mb = (b: number) => (b / 2 ** 20).toFixed(1);
    record({
      stage: "payload",
      wallS,
      peakRssMb: peakOf(child.pid!),
      note: `first GET /api/map (read + encode + compress): ${mb(identity)} MiB raw, ${mb(br)} MiB brotli, ${mb(gzip)} MiB gzip`,
    });
    if (!paint || !wanted("paint")) return;
    const paints = await firstPaint(url);
    extra["paint"] = paints;
    record({
      stage: "paint",
      wallS: paints.wallMs / 1000,
      peakRssMb: peakOf(child.pid!),
      note: `first paint ${(paints.firstPaintMs / 1000).toFixed(1)} s after navigation, payload in ${(paints.payloadMs / 1000).toFixed(1)} s (server warm, headless Chromium, software WebGL)`,
    });
  } finally {
    child.kill("SIGTERM");
  }
}

async function reportNeo4j(when: string): Promise<void> {
  const pid = neo4jPid();
  const heap = await neo4jHeap();
  const peakRssMb = pid !== null && existsSync(`/proc/${pid}`) ? peakOf(pid) : NaN;
  const store =
    (extra["storeBytes"] as number | undefined) ?? du(path.join(config.local.home, "data", "databases", "neo4j"));
  extra[`neo4j ${when}`] = { ...heap, peakRssMb, heapSetting: config.local.heap, pageCache: config.local.pageCache };
  say(
    `neo4j ${when}: heap ${heap.maxHeapMb} MB max: old generation peak ${heap.oldPeakMb} MB, after the last ` +
      `collection ${heap.oldAfterGcMb} MB, heap pools' peaks summed ${heap.poolPeaksMb} MB; ` +
      `server peak RSS ${peakRssMb} MB, store ${(store / 2 ** 30).toFixed(2)} GiB`,
  );
  save();
}

async function main(): Promise<void> {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  say(
    `${label} papers, data ${data}; Neo4j ${config.local.home} heap ${config.local.heap} page cache ` +
      `${config.local.pageCache}; ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${load}, node ${process.version}`,
  );
  if (wanted("generate") && !arxiv) await generateStage();
  if (wanted("ingest")) await ingestStage();
  const db = await connectDb(config);
  extra["stats"] = await readStats(db);
  await db.close();
  say(`graph: ${JSON.stringify(extra["stats"])}`);
  for (const stage of ["cluster", "layout"] as const) if (wanted(stage)) await atlasStage(stage);
  if (wanted("payload")) await payloadStage();
  await reportNeo4j("at the end");
  say(`wrote test-output/bench-scale-${label}.json`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
