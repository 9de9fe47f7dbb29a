/**
 * `runUpdate` against a real Neo4j on the sample corpus: built from four of its five files, then
 * updated with the fifth. Existing nodes keep their clusters and positions exactly, every level
 * stays consistent, the same update again changes nothing, and the same sequence on a fresh
 * database gives the same ids and positions.
 */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/client.ts";
import { runIngest } from "../../ingest/run.ts";
import { freshDb, rows } from "../../test/neo4j.ts";
import { runCluster } from "../cluster/run.ts";
import { runLayout } from "../layout/run.ts";
import { runUpdate } from "./run.ts";
import { SAMPLE_FILES } from "../../test/sample.ts";

const FILES = SAMPLE_FILES;
const CLOCK = () => new Date("2026-01-01T00:00:00Z");

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

const cypher = (text: string, params: Record<string, unknown> = {}) => rows(db, text, params);

interface Snapshot {
  nodes: Map<string, { x: number; y: number; clusters: string[] }>;
  clusters: string[];
}

async function snapshot(): Promise<Snapshot> {
  const rows = await cypher(`
    MATCH (n) WHERE n:Paper OR n:Concept
    OPTIONAL MATCH (n)-[r:IN_CLUSTER]->(k:Cluster)
    WITH n, r, k ORDER BY r.level
    RETURN n.id AS id, n.x AS x, n.y AS y, collect(k.id) AS clusters ORDER BY id`);
  const nodes = new Map(rows.map((r) => [String(r["id"]), { x: r["x"], y: r["y"], clusters: r["clusters"] } as never]));
  const clusters = (await cypher("MATCH (k:Cluster) RETURN k.id AS id ORDER BY id")).map((r) => String(r["id"]));
  return { nodes, clusters };
}

async function buildFour(): Promise<void> {
  await runIngest(db, FILES.slice(0, 4), { now: CLOCK });
  await runCluster(db, { now: CLOCK });
  await runLayout(db, { now: CLOCK });
}

describe("runUpdate(db, files) on the sample corpus", () => {
  it("keeps clusters and positions of existing nodes, places and clusters the new ones, and keeps levels consistent", async () => {
    await buildFour();
    const before = await snapshot();
    const papersBefore = new Set((await cypher("MATCH (p:Paper) RETURN p.id AS id")).map((r) => String(r["id"])));
    const previousRun = (await cypher("MATCH (r:ClusterRun {current: true}) RETURN r.id AS id"))[0]!["id"];
    const summary = await runUpdate(db, [FILES[4]!], { now: CLOCK });
    expect(summary.changed).toBe(true);
    expect(summary.addedPapers).toBeGreaterThan(20);
    expect(summary.previousRunId).toBe(previousRun);
    const after = await snapshot();
    let keptFinest = 0;
    let keptTop = 0;
    let papers = 0;
    for (const [id, was] of before.nodes) {
      const now = after.nodes.get(id)!;
      expect([now.x, now.y], id).toEqual([was.x, was.y]);
      if (!papersBefore.has(id)) continue; // concepts
      papers += 1;
      if (now.clusters.at(-1) === was.clusters.at(-1)) keptFinest += 1;
      if (now.clusters[0] === was.clusters[0]) keptTop += 1;
    }
    expect(keptFinest / papers).toBeGreaterThanOrEqual(0.95);
    expect(keptTop / papers).toBeGreaterThanOrEqual(0.99);
    const levels = summary.clusterCounts.length;
    for (const [id, node] of after.nodes) {
      expect(node.x, id).not.toBeNull();
      expect(node.clusters, id).toHaveLength(levels);
    }
    // Every node's cluster on level ℓ is PART_OF its cluster on level ℓ − 1; every cluster is current.
    const [broken] = await cypher(`
      MATCH (n)-[a:IN_CLUSTER]->(k:Cluster), (n)-[b:IN_CLUSTER]->(p:Cluster)
      WHERE b.level = a.level - 1 AND NOT (k)-[:PART_OF]->(p)
      RETURN count(*) AS broken`);
    expect(broken!["broken"]).toBe(0);
    expect((await cypher("MATCH (k:Cluster) WHERE k.run <> $run RETURN k.id", { run: summary.runId })).length).toBe(0);
    const [run] = await cypher(
      "MATCH (r:ClusterRun {current: true}) RETURN r.basedOn AS basedOn, r.lineage AS lineage",
    );
    expect(run!["basedOn"]).toBe(previousRun);
    expect(JSON.parse(String(run!["lineage"]))).toHaveLength(levels);
    const [added] = await cypher("MATCH (p:Paper {addedIn: $run}) RETURN count(p) AS n", { run: summary.runId });
    expect(added!["n"]).toBe(summary.addedPapers);
    // Sizes of each cluster match its members.
    const [sizes] = await cypher(
      "MATCH (k:Cluster) WHERE k.size <> COUNT { (k)<-[:IN_CLUSTER]-() } RETURN count(k) AS wrong",
    );
    expect(sizes!["wrong"]).toBe(0);
  });

  it("changes nothing when the same file is given again", async () => {
    await buildFour();
    await runUpdate(db, [FILES[4]!], { now: CLOCK });
    const once = await snapshot();
    const runs = await cypher("MATCH (r:ClusterRun) RETURN r.id AS id, r.current AS current ORDER BY id");
    const again = await runUpdate(db, [FILES[4]!], { now: CLOCK });
    expect(again.changed).toBe(false);
    expect(await snapshot()).toEqual(once);
    expect(await cypher("MATCH (r:ClusterRun) RETURN r.id AS id, r.current AS current ORDER BY id")).toEqual(runs);
  });

  it("gives the same ids and positions for the same sequence on a fresh database", async () => {
    await buildFour();
    await runUpdate(db, [FILES[4]!], { now: CLOCK });
    const first = await snapshot();
    await db.close();
    db = await freshDb();
    await buildFour();
    await runUpdate(db, [FILES[4]!], { now: CLOCK });
    expect(await snapshot()).toEqual(first);
  });
});
