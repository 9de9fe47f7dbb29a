/**
 * `npm run bench:update`: an atlas built, then updated with new listings
 * ======================================================================
 * Into the configured Neo4j (NEO4J_URI, or the local server `paperatlas db start` manages; the graph
 * is WIPED), for two corpora:
 *  - sample: samples/hf-papers built (ingest + cluster + layout) from four of its five files, then
 *    `update` with the fifth;
 *  - arXiv: ../shared/corpus/arxiv/*.tsv.xz built without its `--held-out` (300) most recent
 *    papers (by `created`, then id; every row of a held-out paper leaves the base files), then
 *    `update` with those papers (one TSV file).
 * The update runs as `paperatlas update <files> --json` in a process of its own (as a user runs it
 * the day after a build). Printed for each: the update end to end (ingest + read + clustering +
 * placement + writes, and the process's wall time) and its phases; the share of existing papers that keep their finest-level cluster id and their top-level
 * region id; the largest and mean movement of existing nodes as a share of the map's diagonal;
 * idempotence (the same update again: nothing written, same ids and positions); determinism (the
 * same sequence on a wiped database gives identical ids and positions).
 *   npm run bench:update -- [--sample-only] [--arxiv-only] [--held-out N] [--skip-determinism]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT, loadConfig } from "../config/config.ts";
import { applySchema, connectDb, type Db } from "../db/client.ts";
import { runCluster } from "../atlas/cluster/run.ts";
import { runLayout } from "../atlas/layout/run.ts";
import type { UpdateSummary } from "../atlas/update/run.ts";
import { TsvTokenizer, type TsvRow } from "../ingest/formats/arxiv-tsv/index.ts";
import { runIngest } from "../ingest/run.ts";

const argv = process.argv.slice(2);
const heldOutAt = argv.indexOf("--held-out");
const HELD_OUT = heldOutAt >= 0 ? Number(argv[heldOutAt + 1]) : 300;
const CLOCK = () => new Date("2026-12-01T00:00:00Z");

async function cypher(db: Db, text: string): Promise<Record<string, unknown>[]> {
  const session = db.driver.session();
  try {
    return (await session.run(text)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

async function wipe(db: Db): Promise<void> {
  await cypher(db, "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  await applySchema(db);
}

interface Node {
  paper: boolean;
  x: number;
  y: number;
  clusters: string[];
}

async function snapshot(db: Db): Promise<Map<string, Node>> {
  const rows = await cypher(
    db,
    `MATCH (n) WHERE n:Paper OR n:Concept
     CALL (n) { MATCH (n)-[r:IN_CLUSTER]->(k:Cluster) WITH r, k ORDER BY r.level RETURN collect(k.id) AS clusters }
     RETURN n.id AS id, n:Paper AS paper, n.x AS x, n.y AS y, clusters`,
  );
  return new Map(
    rows.map((r) => [
      String(r["id"]),
      { paper: r["paper"] === true, x: Number(r["x"]), y: Number(r["y"]), clusters: r["clusters"] as string[] },
    ]),
  );
}

function same(a: Map<string, Node>, b: Map<string, Node>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, n] of a) {
    const m = b.get(id);
    if (!m || m.x !== n.x || m.y !== n.y || m.clusters.join("|") !== n.clusters.join("|")) return false;
  }
  return true;
}

async function build(db: Db, files: string[]): Promise<number> {
  const started = performance.now();
  await wipe(db);
  await runIngest(db, files, { now: CLOCK });
  await runCluster(db, { now: CLOCK });
  await runLayout(db, { now: CLOCK });
  return (performance.now() - started) / 1000;
}

const pct = (v: number): string => `${(100 * v).toFixed(2)} %`;
const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function figures(before: Map<string, Node>, after: Map<string, Node>) {
  let papers = 0;
  let keptFinest = 0;
  let keptTop = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const n of before.values()) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  const diagonal = Math.hypot(maxX - minX, maxY - minY) || 1;
  let maxMove = 0;
  let sumMove = 0;
  for (const [id, n] of before) {
    const m = after.get(id);
    if (!m) continue;
    const move = Math.hypot(m.x - n.x, m.y - n.y) / diagonal;
    maxMove = Math.max(maxMove, move);
    sumMove += move;
    if (!n.paper) continue;
    papers += 1;
    if (m.clusters.at(-1) === n.clusters.at(-1)) keptFinest += 1;
    if (m.clusters[0] === n.clusters[0]) keptTop += 1;
  }
  return {
    papers,
    keptFinest: keptFinest / papers,
    keptTop: keptTop / papers,
    maxMove,
    meanMove: sumMove / before.size,
  };
}

function printUpdate(u: UpdateSummary, wall: number): void {
  const t = u.timings;
  const count = (key: "merges" | "splits" | "created" | "redirects") => u.lineage.map((l) => l[key].length).join("/");
  process.stdout.write(
    [
      `  update: ${u.addedPapers} papers + ${u.addedConcepts} concepts added, ${u.movedNodes} previous nodes changed finest cluster; clusters per level ${u.clusterCounts.join(" / ")}`,
      `    new clusters ${count("created")}, merges ${count("merges")}, splits ${count("splits")}, ids gone ${count("redirects")} (per level, top first)`,
      `    end to end ${s(t.totalMs)} (wall ${wall.toFixed(1)} s): ingest ${s(t.ingestMs)}, read ${s(t.readMs)}, cluster + labels ${s(t.clusterMs)}, place ${s(t.placeMs)}, write ${s(t.writeMs)}`,
      `    placed from neighbours ${u.placed.fromNeighbours}, near their cluster ${u.placed.fromCluster}, beside the map ${u.placed.beside}; overlaps left ${u.placed.overlapsLeft}`,
      "",
    ].join("\n"),
  );
}

/** `paperatlas update <files> --json` in a process of its own, as a user runs it after a build. */
function cliUpdate(files: string[]): UpdateSummary {
  const out = execFileSync(
    process.execPath,
    [path.join(PROJECT_ROOT, "bin", "paperatlas.js"), "update", ...files, "--json"],
    {
      encoding: "utf8",
      env: { ...process.env, CI: "true" },
      maxBuffer: 1 << 28,
    },
  );
  return JSON.parse(out) as UpdateSummary;
}

async function scenario(db: Db, name: string, base: string[], added: string[]): Promise<void> {
  process.stdout.write(`${name}\n`);
  const buildSeconds = await build(db, base);
  const before = await snapshot(db);
  process.stdout.write(
    `  build (ingest + cluster + layout) of the base: ${buildSeconds.toFixed(1)} s, ${before.size} nodes\n`,
  );
  const started = performance.now();
  const update = cliUpdate(added);
  printUpdate(update, (performance.now() - started) / 1000);
  const after = await snapshot(db);
  const f = figures(before, after);
  process.stdout.write(
    `  existing papers (${f.papers}): keep finest cluster id ${pct(f.keptFinest)}, keep top-level region id ${pct(f.keptTop)}\n` +
      `  movement of existing nodes: max ${pct(f.maxMove)}, mean ${pct(f.meanMove)} of the diagonal\n`,
  );
  const again = cliUpdate(added);
  const idempotent = !again.changed && same(after, await snapshot(db));
  process.stdout.write(
    `  idempotence: same update again → ${again.changed ? "CHANGED" : "nothing written"} in ${s(again.timings.totalMs)}; ids and positions ${idempotent ? "identical" : "DIFFER"}\n`,
  );
  if (argv.includes("--skip-determinism")) return;
  await build(db, base);
  cliUpdate(added);
  process.stdout.write(
    `  determinism: same sequence on a wiped database → ids and positions ${same(after, await snapshot(db)) ? "identical" : "DIFFER"}\n`,
  );
}

/** pandas' to_csv(sep="\t") quoting, which the arxiv-tsv reader reads. */
function tsvField(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Splits the arXiv files: the base (every row but the held-out papers') and the held-out papers, once each. */
function splitArxiv(dir: string, out: string): { base: string[]; added: string[] } {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".tsv.xz"))
    .sort();
  const tables = files.map((f) => {
    const text = execFileSync("xz", ["-dc", path.join(dir, f)], { maxBuffer: 1 << 30 }).toString("utf8");
    const rows: TsvRow[] = [];
    const tokenizer = new TsvTokenizer(f);
    tokenizer.push(text, rows);
    tokenizer.end(rows);
    return { name: f.replace(/\.xz$/, ""), header: rows[0]!.fields, rows: rows.slice(1).map((r) => r.fields) };
  });
  const header = tables[0]!.header;
  const id = header.indexOf("arxiv_id");
  const created = header.indexOf("created");
  const latest = new Map<string, string>();
  for (const t of tables) for (const r of t.rows) latest.set(r[id]!, r[created] ?? "");
  const held = new Set(
    [...latest]
      .sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : a[0] < b[0] ? 1 : -1))
      .slice(0, HELD_OUT)
      .map(([k]) => k),
  );
  const line = (fields: string[]) => fields.map(tsvField).join("\t");
  const base = tables.map((t) => {
    const file = path.join(out, t.name);
    writeFileSync(file, [line(t.header), ...t.rows.filter((r) => !held.has(r[id]!)).map(line)].join("\n") + "\n");
    return file;
  });
  const seen = new Set<string>();
  const heldRows = tables.flatMap((t) =>
    t.rows.filter((r) => held.has(r[id]!) && !seen.has(r[id]!) && seen.add(r[id]!)),
  );
  const added = path.join(out, "held-out-recent.tsv");
  writeFileSync(added, [line(header), ...heldRows.map(line)].join("\n") + "\n");
  const dates = heldRows.map((r) => r[created]!).sort();
  process.stdout.write(`  held out ${held.size} papers created ${dates[0]} … ${dates.at(-1)}\n`);
  return { base, added: [added] };
}

const config = loadConfig(process.env);
const db = await connectDb({
  neo4jUri: config.neo4jUri,
  neo4jUser: config.neo4jUser,
  neo4jPassword: config.neo4jPassword,
});
const tmp = mkdtempSync(path.join(os.tmpdir(), "paperatlas-bench-update-"));
process.stdout.write(
  `bench:update on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), load ${os.loadavg()[0]!.toFixed(1)}\n`,
);
try {
  if (!argv.includes("--arxiv-only")) {
    const sample = path.resolve(PROJECT_ROOT, "samples/hf-papers");
    const files = readdirSync(sample)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => path.join(sample, f));
    await scenario(db, `sample (${sample}): four files built, the fifth added`, files.slice(0, -1), files.slice(-1));
  }
  if (!argv.includes("--sample-only")) {
    process.stdout.write("arXiv (../shared/corpus/arxiv)\n");
    const { base, added } = splitArxiv(path.resolve(PROJECT_ROOT, "../shared/corpus/arxiv"), tmp);
    await scenario(db, `arXiv: built without the ${HELD_OUT} most recent papers, then updated with them`, base, added);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
  await db.close();
}
