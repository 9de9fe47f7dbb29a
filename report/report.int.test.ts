/**
 * Cluster reports against a real Neo4j: the fixture graph (test/fixtures/cluster-graph.ts) is read,
 * built and written in every format, and each output is read back. The rows read here are also the
 * golden inputs of the unit tests (`__fixtures__/rows.*.json`; update with `vitest -u`).
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { ReportData } from "../schema/report.ts";
import { CLUSTER_FIXTURE, createClusterFixture } from "../test/fixtures/cluster-graph.ts";
import { freshDb } from "../test/neo4j.ts";
import { mdOutline, readCsv } from "../test/report-checks.ts";
import { buildReport, readReportRows, REPORT_WRITERS, runReport } from "./index.ts";
import { paperatlas as runCli } from "../test/cli.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test-output", "report-int");
const AT = new Date("2025-02-03T04:05:06.000Z");

/** JSON with keys sorted, so golden files do not depend on the order Neo4j returns map keys in. */
function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v !== null && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

let db: Db;
beforeAll(async () => {
  db = await freshDb();
  await createClusterFixture(db);
  await rm(OUT, { recursive: true, force: true });
});
afterAll(async () => {
  await db?.close();
});

describe("readReportRows(db)", () => {
  it("reads the corpus, both levels of clusters and the top level's papers, concepts and links", async () => {
    const rows = await readReportRows(db);
    expect(rows.scope).toEqual({ cluster: null, level: 0 });
    expect(rows.corpus).toEqual({
      papers: CLUSTER_FIXTURE.papers,
      stubs: CLUSTER_FIXTURE.stubs,
      mentions: CLUSTER_FIXTURE.mentions,
      cites: CLUSTER_FIXTURE.cites,
    });
    expect(rows.clusters.map((c) => c.id)).toEqual([...CLUSTER_FIXTURE.topClusters, ...CLUSTER_FIXTURE.subClusters]);
    for (const c of rows.clusters) expect(c.paperCount, c.id).toBe(CLUSTER_FIXTURE.clusterPapers[c.id]);
    expect(rows.papers).toHaveLength(CLUSTER_FIXTURE.papers);
    expect(rows.map.total).toBe(CLUSTER_FIXTURE.positioned);
    expect(rows.run?.id).toBe(CLUSTER_FIXTURE.run);
    await expect(stableJson(rows)).toMatchFileSnapshot("__fixtures__/rows.all.json");
  });

  it("reads one level-1 cluster, its map points first", async () => {
    const rows = await readReportRows(db, { cluster: "rfixture:1:1" });
    expect(rows.scope).toEqual({ cluster: "rfixture:1:1", level: 1 });
    expect(new Set(rows.papers.map((p) => p.cluster))).toEqual(new Set(["rfixture:1:1"]));
    expect(rows.map.points.slice(0, 6).every((p) => p.focus)).toBe(true);
    expect(rows.map.points.filter((p) => p.focus)).toHaveLength(6);
    await expect(stableJson(rows)).toMatchFileSnapshot("__fixtures__/rows.cluster.json");
  });

  it("refuses a cluster id that does not exist with NOT_FOUND", async () => {
    await expect(readReportRows(db, { cluster: "nope:0:9" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("runReport(db, {format, out})", () => {
  it("writes Markdown with the overview, every cluster's sections and well-formed tables", async () => {
    const [file] = await runReport(db, { format: "md", out: path.join(OUT, "md"), now: () => AT });
    const outline = mdOutline(await readFile(file!, "utf8"));
    const h2 = outline.headings.filter((h) => h.level === 2).map((h) => h.text);
    expect(h2).toEqual([
      "Corpus overview",
      "Cluster 0 · LLM serving · Mixture-of-Experts",
      "Cluster 1 · GNN · message passing",
    ]);
    const h3 = outline.headings.filter((h) => h.level === 3).map((h) => h.text);
    for (const s of [
      "Sources",
      "Clusters",
      "Methods",
      "Representative papers",
      "Bridging papers",
      "Years",
      "Rising concepts",
      "Neighbouring clusters",
      "Sub-clusters",
    ]) {
      expect(h3, s).toContain(s);
    }
    const clusters = outline.tables.find((t) => t.under === "Clusters")!;
    expect(clusters.rows).toHaveLength(2);
    expect(outline.tables.filter((t) => t.under === "Sub-clusters").flatMap((t) => t.rows)).toHaveLength(4);
  });

  it("writes three CSV tables that a CSV parser reads back with the right row counts", async () => {
    const files = await runReport(db, { format: "csv", out: path.join(OUT, "csv"), now: () => AT });
    expect(files.map((f) => path.basename(f))).toEqual([
      "report-clusters.csv",
      "report-cluster-concepts.csv",
      "report-cluster-papers.csv",
    ]);
    const [clusters, concepts, papers] = await Promise.all(files.map(async (f) => readCsv(await readFile(f, "utf8"))));
    expect(clusters!.map((r) => r["cluster_id"])).toEqual(CLUSTER_FIXTURE.topClusters);
    expect(papers).toHaveLength(CLUSTER_FIXTURE.papers);
    const data = buildReport(await readReportRows(db), { generatedAt: AT.toISOString() });
    const conceptRows = data.clusters.reduce(
      (n, c) => n + Object.values(c.concepts).reduce((m, list) => m + list.length, 0),
      0,
    );
    expect(concepts).toHaveLength(conceptRows);
    const tricky = papers!.find((r) => r["paper_id"] === "2305.00003")!;
    expect(tricky["title"]).toBe('Speculative decoding, "fast" & <b>exact</b> | a study');
    expect(papers!.find((r) => r["paper_id"] === "t:0000000000000006")!["title"]!.startsWith("'=HYPERLINK")).toBe(true);
  });

  it("writes JSON that the report schema accepts, for all clusters and for one", async () => {
    for (const cluster of [null, "rfixture:0:1"]) {
      const [file] = await runReport(db, { format: "json", cluster, out: path.join(OUT, "json"), now: () => AT });
      const data = ReportData.parse(JSON.parse(await readFile(file!, "utf8")));
      expect(data.generatedAt).toBe(AT.toISOString());
      expect(data.clusters).toHaveLength(cluster === null ? 2 : 1);
    }
  });

  it("writes one self-contained HTML file with no script and no external reference", async () => {
    const [file] = await runReport(db, { format: "html", out: path.join(OUT, "html"), now: () => AT });
    const html = await readFile(file!, "utf8");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(/i);
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThan(4);
  });

  it("is byte-identical for an unchanged graph and a fixed clock", async () => {
    for (const format of Object.keys(REPORT_WRITERS) as (keyof typeof REPORT_WRITERS)[]) {
      const a = await runReport(db, { format, out: path.join(OUT, "again-a"), now: () => AT });
      const b = await runReport(db, { format, out: path.join(OUT, "again-b"), now: () => AT });
      for (let i = 0; i < a.length; i++)
        expect(await readFile(b[i]!, "utf8"), format).toBe(await readFile(a[i]!, "utf8"));
    }
  });
});

describe("paperatlas report", () => {
  const paperatlas = (...args: string[]) => runCli(args);

  it("writes one cluster's report into --out and says where", () => {
    const out = path.join(OUT, "cli");
    const run = paperatlas("report", "--cluster", "rfixture:1:2", "--format", "md", "--out", out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(path.join(out, "cluster-1-2.md"));
  });

  it("exits 3 with a hint for an unknown cluster, and 1+ for an unknown format", () => {
    const unknown = paperatlas("report", "--cluster", "nope", "--out", path.join(OUT, "cli"));
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/no cluster has id "nope"[\s\S]*hint:/);
    const format = paperatlas("report", "--format", "docx");
    expect(format.code).not.toBe(0);
    expect(format.stderr).toMatch(/docx/);
  });
});
