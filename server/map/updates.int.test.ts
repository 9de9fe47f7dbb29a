/**
 * The map payload after two updates, on a real Neo4j: the sample built from four of its files, then
 * updated with each half of the fifth. The header lists both updates, each node's `added` column and
 * the `addedLatest` flag agree with `addedIn` in the graph, and the redirects are the updates' lineage
 * followed to clusters that exist. `report --since` on the first update covers both.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCluster } from "../../atlas/cluster/run.ts";
import { runLayout } from "../../atlas/layout/run.ts";
import { resolveRedirects, runUpdate, type UpdateSummary } from "../../atlas/update/index.ts";
import type { Db } from "../../db/client.ts";
import { runIngest } from "../../ingest/run.ts";
import { renderSinceReport } from "../../report/index.ts";
import { MAP_FLAGS } from "../../schema/api.ts";
import { SinceReportData } from "../../schema/report-since.ts";
import { freshDb, rows } from "../../test/neo4j.ts";
import { decodeMap, type MapColumns } from "../../viz/map-data.ts";
import { buildMapPayload } from "./cache.ts";
import { SAMPLE_FILES } from "../../test/sample.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const OUT = path.join(ROOT, "test-output", "map-updates-int");
const FILES = SAMPLE_FILES;
const day = (d: number) => () => new Date(Date.UTC(2026, 0, d));

let db: Db;
const updates: UpdateSummary[] = [];
let cols: MapColumns;

const cypher = (text: string, params: Record<string, unknown> = {}) => rows(db, text, params);

/** The fifth file cut in two listings at an entry boundary near its middle (each keeps the page header). */
async function halves(): Promise<[string, string]> {
  const lines = (await readFile(FILES[4]!, "utf8")).split("\n");
  const ends = lines.flatMap((l, i) => (l.trim() === "·" ? [i + 2] : []));
  const cut = ends[Math.floor(ends.length / 2)]!;
  const header = lines.slice(0, lines.findIndex((l) => l.trim() === "Dec 10") + 2);
  await mkdir(OUT, { recursive: true });
  const a = path.join(OUT, "half-a.txt");
  const b = path.join(OUT, "half-b.txt");
  await writeFile(a, lines.slice(0, cut).join("\n"));
  await writeFile(b, [...header, ...lines.slice(cut)].join("\n"));
  return [a, b];
}

beforeAll(async () => {
  db = await freshDb();
  await runIngest(db, FILES.slice(0, 4), { now: day(1) });
  await runCluster(db, { now: day(1) });
  await runLayout(db, { now: day(1) });
  const [a, b] = await halves();
  updates.push(await runUpdate(db, [a], { now: day(2) }));
  updates.push(await runUpdate(db, [b], { now: day(3), refine: "neighbours" }));
  const { raw } = await buildMapPayload(db);
  cols = decodeMap(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer);
});

afterAll(async () => {
  await db?.close();
});

describe("the map payload after two updates", () => {
  it("lists both updates, oldest first, with what each added", () => {
    for (const u of updates) expect(u.addedPapers, u.runId).toBeGreaterThan(5);
    expect(cols.header.updates).toEqual(
      updates.map((u, i) => ({
        run: u.runId,
        at: day(i + 2)().toISOString(),
        papers: u.addedPapers,
        concepts: u.addedConcepts,
      })),
    );
  });

  it("gives each node the update that added it, and flags the latest update's nodes", async () => {
    const rows = await cypher("MATCH (n) WHERE n:Paper OR n:Concept RETURN n.id AS id, n.addedIn AS addedIn");
    const addedIn = new Map(rows.map((r) => [String(r["id"]), r["addedIn"] as string | null]));
    const runs = updates.map((u) => u.runId);
    let flagged = 0;
    cols.ids.forEach((id, i) => {
      const run = addedIn.get(id) ?? null;
      expect(cols.added[i], id).toBe(run === null ? 0 : runs.indexOf(run) + 1);
      const latest = (cols.flags[i]! & MAP_FLAGS.addedLatest) !== 0;
      expect(latest, id).toBe(run === runs[1]);
      if (latest) flagged += 1;
    });
    expect(flagged).toBe(updates[1]!.addedPapers + updates[1]!.addedConcepts);
  });

  it("redirects exactly the cluster ids the updates removed, each to a cluster that exists", async () => {
    const existing = new Set((await cypher("MATCH (k:Cluster) RETURN k.id AS id")).map((r) => String(r["id"])));
    const redirects = cols.header.redirects ?? [];
    expect(redirects).toEqual(resolveRedirects(updates, existing));
    for (const { from, to } of redirects) {
      expect(existing.has(from), from).toBe(false);
      expect(existing.has(to), to).toBe(true);
    }
    const gone = updates.flatMap((u) => u.lineage.flatMap((l) => l.redirects.map((r) => r.from)));
    expect(redirects.map((r) => r.from).sort()).toEqual([...new Set(gone)].filter((id) => !existing.has(id)).sort());
  });

  it("report --since the first update covers both", async () => {
    const [file] = await renderSinceReport(db, { since: updates[0]!.runId, format: "json" });
    const data = SinceReportData.parse(JSON.parse(file!.content));
    expect(data.since.updates.map((u) => u.run)).toEqual(updates.map((u) => u.runId));
    expect(data.added.papers).toBe(updates[0]!.addedPapers + updates[1]!.addedPapers);
    const [last] = await renderSinceReport(db, { since: "last", format: "json" });
    const latest = SinceReportData.parse(JSON.parse(last!.content));
    expect(latest.added.papers).toBe(updates[1]!.addedPapers);
    // `refine: neighbours` lets previous nodes move, so the second update records splits.
    const splits = updates[1]!.lineage.flatMap((l) => l.splits.map((s) => [s.from, s.into]));
    expect(latest.lineage.splits.map((s) => [s.from.id, s.into.map((k) => k.id)])).toEqual(splits);
  });
});
