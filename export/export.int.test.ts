/**
 * Graph export against a real Neo4j: the fixture graph is exported as GEXF and GraphML and each
 * file is read back by graphology with the same nodes, edges and attributes; as WoS plain text,
 * read back by the WoS reader with the same papers and citations. The rows read here
 * are the unit tests' golden input (`__fixtures__/rows.json`; update with `vitest -u`).
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { dedupRecords, titleId } from "../ingest/dedup/index.ts";
import { parseText } from "../ingest/formats/index.ts";
import { planCitations } from "../ingest/load/plan.ts";
import { readBack, summarise } from "../test/export-checks.ts";
import { CLUSTER_FIXTURE, createClusterFixture } from "../test/fixtures/cluster-graph.ts";
import { freshDb } from "../test/neo4j.ts";
import {
  buildExportGraph,
  parseVosviewerJson,
  parseVosviewerMap,
  readExportRows,
  runExport,
  toVosNetwork,
} from "./index.ts";
import { paperatlas as runCli } from "../test/cli.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test-output", "export-int");

let db: Db;
beforeAll(async () => {
  db = await freshDb();
  await createClusterFixture(db);
  await rm(OUT, { recursive: true, force: true });
});
afterAll(async () => {
  await db?.close();
});

describe("readExportRows(db)", () => {
  it("reads every paper and concept, the MENTIONS and CITES, and the top-level clusters", async () => {
    const rows = await readExportRows(db);
    expect(rows.nodes).toHaveLength(CLUSTER_FIXTURE.nodes);
    expect(rows.edges).toHaveLength(CLUSTER_FIXTURE.edges);
    expect(rows.clusters.map((c) => c.id)).toEqual(CLUSTER_FIXTURE.topClusters);
    await expect(`${JSON.stringify(rows, null, 2)}\n`).toMatchFileSnapshot("__fixtures__/rows.json");
  });
});

describe.each(["gexf", "graphml"] as const)("runExport(db, {format: %s})", (format) => {
  it("writes a file graphology reads back with the same nodes, edges and attributes", async () => {
    const out = path.join(OUT, `graph.${format}`);
    const result = await runExport(db, { format, out });
    expect([result.nodes, result.edges]).toEqual([CLUSTER_FIXTURE.nodes, CLUSTER_FIXTURE.edges]);
    const back = readBack(format, await readFile(out, "utf8"));
    const expected = buildExportGraph(await readExportRows(db));
    expect(summarise(back)).toEqual(summarise(expected));
    expect(back.getNodeAttributes("2401.00005")).toMatchObject({
      type: "paper",
      cluster: "rfixture:0:0",
      cluster1: "rfixture:1:1",
      clusterLabel1: "throughput · quantization",
      x: -6,
      y: 0,
    });
  });
});

describe("runExport(db, {format: vosviewer-*, level})", () => {
  it("writes VOSviewer JSON that reads back as the graph's items, clusters and links", async () => {
    const out = path.join(OUT, "atlas.json");
    await runExport(db, { format: "vosviewer-json", out });
    const back = parseVosviewerJson(await readFile(out, "utf8"), "atlas.json");
    expect(back.warnings).toEqual([]);
    expect(back.network).toEqual(toVosNetwork(buildExportGraph(await readExportRows(db))));
    expect(back.network.clusters.map((c) => c.label)).toEqual([
      "LLM serving · Mixture-of-Experts",
      "GNN · message passing",
    ]);
  });

  it("writes <base>-map.txt and <base>-network.txt for vosviewer-map, with the clusters of the level asked for", async () => {
    const result = await runExport(db, { format: "vosviewer-map", out: path.join(OUT, "atlas.txt"), level: 1 });
    expect(result.paths).toEqual([path.join(OUT, "atlas-map.txt"), path.join(OUT, "atlas-network.txt")]);
    const back = parseVosviewerMap(
      { text: await readFile(result.paths[0]!, "utf8"), file: "atlas-map.txt" },
      { text: await readFile(result.paths[1]!, "utf8"), file: "atlas-network.txt" },
    );
    expect(back.warnings).toEqual([]);
    const expected = toVosNetwork(buildExportGraph(await readExportRows(db, { level: 1 })));
    expect(back.network.items).toEqual(expected.items);
    expect(back.network.links).toEqual(expected.links);
    expect(back.network.clusters).toHaveLength(CLUSTER_FIXTURE.subClusters.length);
  });

  it("refuses a level the clustering does not have", async () => {
    await expect(runExport(db, { format: "vosviewer-json", out: path.join(OUT, "x.json"), level: 5 })).rejects.toThrow(
      /no level 5/,
    );
  });
});

describe("runExport(db, {format: wos})", () => {
  it("writes WoS plain text that the WoS reader reads back to the same papers and citations", async () => {
    const out = path.join(OUT, "corpus.txt");
    await runExport(db, { format: "wos", out });
    const rows = await readExportRows(db, { bibliographic: true });
    const parsed = parseText(await readFile(out, "utf8"), "corpus.txt");
    expect(parsed.format.id).toBe("wos");
    const records = dedupRecords(parsed.entries);
    const pick = (p: { id: string; title: string; abstract: string; doi?: string | null }, authors: string[]) => ({
      id: p.id,
      title: p.title,
      abstract: p.abstract,
      doi: p.doi ?? null,
      authors,
    });
    const back = records.map((r) => pick(r.paper, r.authors)).sort((a, b) => a.id.localeCompare(b.id));
    const described = rows.papers!.filter((p) => !p.stub && p.title !== "");
    // The fixture's `t:` ids are placeholders; a load derives them from the title (titleId), as the reader does.
    const titles = new Map(described.map((p) => [p.id, p.title]));
    const real = (id: string) => (id.startsWith("t:") && titles.has(id) ? titleId(titles.get(id)!) : id);
    const expected = described.map((p) => pick({ ...p, id: real(p.id) }, p.authors));
    expect(back).toEqual(expected.sort((a, b) => a.id.localeCompare(b.id)));
    const plan = planCitations(
      records.map((r) => ({ id: r.paper.id, references: r.references, citedBy: r.citedBy })),
      records.map((r) => r.paper),
    );
    const stored = rows.edges.filter((e) => e.type === "CITES").map((e) => `${real(e.source)} -> ${real(e.target)}`);
    expect(plan.cites.map((c) => `${c.from} -> ${c.to}`).sort()).toEqual(stored.sort());
  });
});

describe("paperatlas export", () => {
  it("writes the file --out names and reports the node and edge counts", () => {
    const out = path.join(OUT, "cli", "atlas.graphml");
    const run = runCli(["export", "--format", "graphml", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${out} (${CLUSTER_FIXTURE.nodes} nodes, ${CLUSTER_FIXTURE.edges} edges)`);
  });
});
