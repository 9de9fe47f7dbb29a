/**
 * `report --since` against a real Neo4j: the sample corpus built from four of its five files, then
 * updated with the fifth; the "what's new" report of that update is checked against the graph
 * (added papers and concepts, their regions, the clusters' sizes before and after, the lineage, the
 * rising concepts' counts) in every format, and the CLI answers a window that names no update with
 * a typed error and a hint.
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCluster } from "../../atlas/cluster/run.ts";
import { runLayout } from "../../atlas/layout/run.ts";
import { runUpdate, type UpdateSummary } from "../../atlas/update/index.ts";
import type { Db } from "../../db/client.ts";
import { runIngest } from "../../ingest/run.ts";
import { isPaperAtlasError } from "../../schema/errors.ts";
import { SinceReportData, type SinceReportDataT } from "../../schema/report-since.ts";
import { freshDb, rows } from "../../test/neo4j.ts";
import { readCsv } from "../../test/report-checks.ts";
import { escapeHtml, escapeMd } from "../text.ts";
import { renderSinceReport, runSinceReport } from "./run.ts";
import { SAMPLE_FILES } from "../../test/sample.ts";
import { paperatlas as runCli } from "../../test/cli.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const OUT = path.join(ROOT, "test-output", "report-since-int");
const FILES = SAMPLE_FILES;
const BUILT = () => new Date("2026-01-01T00:00:00Z");
const UPDATED = () => new Date("2026-01-02T06:00:00Z");

let db: Db;
let summary: UpdateSummary;
let buildRun: string;
/** Each cluster's paper count and size before the update. */
const before = new Map<string, { paperCount: number; size: number }>();

const cypher = (text: string, params: Record<string, unknown> = {}) => rows(db, text, params);

async function json(since: string): Promise<SinceReportDataT> {
  const [file] = await renderSinceReport(db, { since, format: "json", now: UPDATED });
  return SinceReportData.parse(JSON.parse(file!.content));
}

async function errorCode(since: string): Promise<string> {
  try {
    await renderSinceReport(db, { since, format: "json" });
  } catch (error) {
    return isPaperAtlasError(error) && error.hint !== undefined ? error.code : `untyped: ${String(error)}`;
  }
  return "no error";
}

beforeAll(async () => {
  db = await freshDb();
  await rm(OUT, { recursive: true, force: true });
  await runIngest(db, FILES.slice(0, 4), { now: BUILT });
  await runCluster(db, { now: BUILT });
  await runLayout(db, { now: BUILT });
  buildRun = String((await cypher("MATCH (r:ClusterRun {current: true}) RETURN r.id AS id"))[0]!["id"]);
  for (const r of await cypher("MATCH (k:Cluster) RETURN k.id AS id, k.paperCount AS paperCount, k.size AS size")) {
    before.set(String(r["id"]), { paperCount: Number(r["paperCount"]), size: Number(r["size"]) });
  }
  expect(await errorCode("last")).toBe("NOT_FOUND");
  summary = await runUpdate(db, [FILES[4]!], { now: UPDATED });
  expect(summary.changed).toBe(true);
});

afterAll(async () => {
  await db?.close();
});

describe("renderSinceReport(db, {since: 'last'}) after the sample's fifth file", () => {
  it("counts the papers and concepts the update added, as the graph has them", async () => {
    const data = await json("last");
    expect(data.since).toMatchObject({ query: "last", base: { run: buildRun }, current: summary.runId });
    expect(data.since.updates).toEqual([
      {
        run: summary.runId,
        createdAt: UPDATED().toISOString(),
        addedPapers: summary.addedPapers,
        addedConcepts: summary.addedConcepts,
        movedNodes: summary.movedNodes,
      },
    ]);
    const [counts] = await cypher(
      `CALL () { MATCH (p:Paper {addedIn: $run}) RETURN count(p) AS papers }
       CALL () { MATCH (c:Concept {addedIn: $run}) RETURN count(c) AS concepts }
       RETURN papers, concepts`,
      { run: summary.runId },
    );
    expect(data.added.papers).toBe(counts!["papers"]);
    expect(data.added.papers).toBe(summary.addedPapers);
    expect(data.added.papers).toBeGreaterThan(20);
    expect(data.added.concepts).toBe(counts!["concepts"]);
    const ids = (
      await cypher("MATCH (p:Paper {addedIn: $run}) RETURN p.id AS id ORDER BY id", { run: summary.runId })
    ).map((r) => r["id"]);
    expect(data.papers.map((p) => p.id).sort()).toEqual(ids);
  });

  it("lists the regions the added papers are in, with their counts, most first", async () => {
    const data = await json("last");
    const regions = await cypher(
      `MATCH (p:Paper {addedIn: $run})-[:IN_CLUSTER {level: 0}]->(k:Cluster)
       WITH k, count(p) AS papers ORDER BY papers DESC, k.number
       RETURN k.id AS id, k.label AS label, papers`,
      { run: summary.runId },
    );
    expect(regions.length).toBeGreaterThan(1);
    expect(data.added.regions.map((r) => ({ id: r.id, label: r.label, papers: r.papers }))).toEqual(regions);
    for (const r of data.added.regions) expect(r.clusters.reduce((s, k) => s + k.papers, 0)).toBe(r.papers);
    for (const p of data.papers)
      expect(
        data.added.regions.some((r) => r.id === p.region),
        p.id,
      ).toBe(true);
  });

  it("compares the clusters that grew with their sizes before the update", async () => {
    const data = await json("last");
    expect(data.grew.length).toBeGreaterThan(0);
    expect(data.grew.filter((g) => g.level === 0).length).toBeGreaterThan(0);
    const now = new Map(
      (await cypher("MATCH (k:Cluster) RETURN k.id AS id, k.paperCount AS paperCount, k.size AS size")).map((r) => [
        String(r["id"]),
        r,
      ]),
    );
    for (const g of data.grew) {
      expect(g.papersBefore, g.id).toBe(before.get(g.id)!.paperCount);
      expect(g.sizeBefore, g.id).toBe(before.get(g.id)!.size);
      expect(g.papersAfter, g.id).toBe(now.get(g.id)!["paperCount"]);
      expect(g.sizeAfter, g.id).toBe(now.get(g.id)!["size"]);
      expect(g.papersAfter).toBeGreaterThan(g.papersBefore);
    }
    const top = data.grew.filter((g) => g.level === 0);
    const gain = (g: (typeof top)[number]) => g.papersAfter - g.papersBefore;
    for (let i = 1; i < top.length; i++) expect(gain(top[i - 1]!)).toBeGreaterThanOrEqual(gain(top[i]!));
    // The update's default moves no previous node, so what a region gained is what it was given.
    for (const g of top) expect(gain(g), g.id).toBe(g.addedPapers);
  });

  it("reports the lineage the run recorded, and the rising concepts' counts as the graph has them", async () => {
    const data = await json("last");
    const recorded = summary.lineage;
    expect(data.lineage.created.map((c) => c.cluster.id)).toEqual(recorded.flatMap((l) => l.created));
    expect(data.lineage.merges.length).toBe(recorded.reduce((s, l) => s + l.merges.length, 0));
    expect(data.lineage.splits.length).toBe(recorded.reduce((s, l) => s + l.splits.length, 0));
    expect(data.rising.length).toBeGreaterThan(0);
    for (const c of data.rising.slice(0, 3)) {
      const [row] = await cypher(
        `MATCH (c:Concept {id: $id})
         RETURN COUNT { MATCH (p:Paper {addedIn: $run})-[:MENTIONS]->(c) } AS added,
                COUNT { MATCH (p:Paper)-[:MENTIONS]->(c) WHERE p.addedIn IS NULL AND NOT coalesce(p.stub, false) } AS before`,
        { id: c.id, run: summary.runId },
      );
      expect({ added: c.added, before: c.before }, c.id).toEqual(row);
    }
  });

  it("covers the same update given its run id, the build's id or a date, and refuses windows with no update", async () => {
    const last = JSON.stringify({ ...(await json("last")), since: null });
    for (const since of [summary.runId, buildRun, "2026-01-02", "2026-01-02T06:00:00Z"]) {
      expect(JSON.stringify({ ...(await json(since)), since: null }), since).toBe(last);
    }
    expect(await errorCode("2026-01-02T06:00:01Z")).toBe("NOT_FOUND");
    expect(await errorCode("r000000000000")).toBe("NOT_FOUND");
    expect(await errorCode("2026-02-31")).toBe("BAD_REQUEST");
  });

  it("writes every format: the regions' labels escaped in Markdown and HTML, one CSV row per added paper", async () => {
    const data = await json("last");
    const out = path.join(OUT, "formats");
    const written: string[] = [];
    for (const format of ["md", "html", "json", "csv"] as const) {
      written.push(...(await runSinceReport(db, { since: "last", format, out, now: UPDATED })));
    }
    expect(written.map((f) => path.basename(f))).toEqual([
      "since.md",
      "since.html",
      "since.json",
      "since-papers.csv",
      "since-clusters.csv",
      "since-concepts.csv",
    ]);
    const md = await readFile(path.join(out, "since.md"), "utf8");
    const html = await readFile(path.join(out, "since.html"), "utf8");
    for (const r of data.added.regions) {
      expect(md).toContain(`### ${escapeMd(r.label)} (${r.papers})`);
      expect(html).toContain(`${escapeHtml(r.label)} (${r.papers})</h3>`);
    }
    const papers = readCsv(await readFile(path.join(out, "since-papers.csv"), "utf8"));
    expect(papers.length).toBe(data.added.papers);
    expect(new Set(papers.map((r) => r["region_id"]))).toEqual(new Set(data.added.regions.map((r) => r.id)));
  });
});

describe("paperatlas report --since", () => {
  const paperatlas = (...args: string[]) => runCli(args);

  it("writes the report of the last update, and exits with a hint when the window names no update", () => {
    const out = path.join(OUT, "cli");
    const run = paperatlas("report", "--since", "last", "--format", "html", "--out", out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(path.join(out, "since.html"));
    const unknown = paperatlas("report", "--since", "nope", "--out", out);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/no clustering run has that id[\s\S]*hint:/);
    const both = paperatlas("report", "--since", "last", "--cluster", "x", "--out", out);
    expect(both.code).toBe(2);
  });
});
