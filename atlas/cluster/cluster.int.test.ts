/**
 * Clustering and layout against a real Neo4j: hand-made rows, then the sample corpus through
 * ingest. Replacement of a run, memberships per level, labels, positions for every node.
 */
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../db/client.ts";
import { runIngest } from "../../ingest/run.ts";
import { freshDb, rows } from "../../test/neo4j.ts";
import { runLayout } from "../layout/run.ts";
import { topicCorpus } from "./__fixtures__/topics.ts";
import { currentClusterRun, runCluster } from "./run.ts";

const SAMPLE = path.resolve(import.meta.dirname, "../../samples/hf-papers");
const CLOCK = () => new Date("2026-01-01T00:00:00Z");

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

const cypher = (text: string, params: Record<string, unknown> = {}) => rows(db, text, params);

const one = async (text: string): Promise<unknown> => Object.values((await cypher(text))[0] ?? {})[0];

async function loadTopics(): Promise<void> {
  const { papers, concepts } = topicCorpus();
  await cypher("UNWIND $concepts AS c CREATE (:Concept {id: c.id, name: c.name, type: c.type})", { concepts });
  await cypher("UNWIND $papers AS p CREATE (:Paper {id: p.id, title: p.id})", { papers });
  const mentions = papers.flatMap((p) => p.conceptIds.map((c, i) => ({ p: p.id, c, w: p.weights[i] })));
  await cypher(
    "UNWIND $m AS m MATCH (p:Paper {id: m.p}), (c:Concept {id: m.c}) CREATE (p)-[:MENTIONS {count: m.w, weight: m.w}]->(c)",
    { m: mentions },
  );
  const cites = papers.flatMap((p) => p.cites.map((q) => ({ p: p.id, q })));
  await cypher(
    "UNWIND $c AS c MATCH (a:Paper {id: c.p}), (b:Paper {id: c.q}) CREATE (a)-[:CITES {source: 'test'}]->(b)",
    { c: cites },
  );
  await cypher("CREATE (:Paper {id: 'alone', title: 'A paper that names nothing'})");
}

describe("runCluster(db) on hand-made rows", () => {
  it("writes a cluster on every node, one IN_CLUSTER per level, labelled Cluster nodes, the unlinked one apart", async () => {
    await loadTopics();
    const summary = await runCluster(db, { now: CLOCK, pageSize: 7 });
    expect(summary.papers).toBe(37);
    expect(summary.unassigned).toBe(1);
    const levels = summary.levels.length;
    expect(await one("MATCH (n) WHERE (n:Paper OR n:Concept) AND n.cluster IS NULL RETURN collect(n.id)")).toEqual([]);
    expect(await one("MATCH (n)-[r:IN_CLUSTER]->(:Cluster) RETURN count(r)")).toBe(53 * levels);
    expect(
      await cypher(
        "MATCH (p:Paper {id: 'alone'})-[r:IN_CLUSTER]->(k:Cluster) RETURN r.level AS level, k.label AS label, k.unlinked AS unlinked, k.size AS size ORDER BY level",
      ),
    ).toEqual(Array.from({ length: levels }, (_, level) => ({ level, label: "Unlinked", unlinked: true, size: 1 })));
    expect(await one("MATCH (k:Cluster) WHERE k.unlinked RETURN count(k)")).toBe(levels);
    expect(
      await one(
        "MATCH (n) WHERE n:Paper OR n:Concept WITH n, COUNT { (n)-[:IN_CLUSTER {level: 0}]->() } AS k WHERE k <> 1 RETURN count(n)",
      ),
    ).toBe(0);
    expect(
      await one("MATCH (p:Paper {id: 'diffusion-03'})-[:IN_CLUSTER {level: 0}]->(k:Cluster) RETURN k.label"),
    ).toMatch(/Diffusion|Image Generation|Denoising|U-Net|ImageNet/);
    const run = await currentClusterRun(db);
    expect(run).toMatchObject({
      id: summary.runId,
      current: true,
      algorithm: "leiden",
      resolution: 1,
      seed: 42,
      modularity: summary.modularity,
    });
  });

  it("replaces the previous run cleanly when re-run with other parameters", async () => {
    await loadTopics();
    const first = await runCluster(db, { now: CLOCK });
    const second = await runCluster(db, { now: CLOCK, resolution: 2, seed: 7 });
    expect(second.runId).not.toBe(first.runId);
    expect(await cypher("MATCH (r:ClusterRun) RETURN r.id AS id, r.current AS current ORDER BY current")).toEqual([
      { id: first.runId, current: false },
      { id: second.runId, current: true },
    ]);
    expect(
      await one("MATCH (k:Cluster) WHERE k.run <> $run RETURN count(k)".replace("$run", `'${second.runId}'`)),
    ).toBe(0);
    expect(await one("MATCH (n)-[r:IN_CLUSTER]->() RETURN count(r)")).toBe(53 * second.levels.length);
    expect(
      await one(
        `MATCH (n:Paper) WHERE n.cluster IS NOT NULL AND NOT n.cluster STARTS WITH '${second.runId}:' RETURN count(n)`,
      ),
    ).toBe(0);
    const partOf = second.levels.slice(1).reduce((sum, l) => sum + l.clusters, 0);
    expect(await one("MATCH (:Cluster)-[r:PART_OF]->(:Cluster) RETURN count(r)")).toBe(partOf);
  });

  it("clusters a paper that shares no concept by a shared author (read from WRITTEN_BY)", async () => {
    await loadTopics();
    await cypher(`
      MATCH (d:Paper {id: 'diffusion-00'})
      CREATE (o:Paper {id: 'orphan', title: 'Untitled notes', sources: ['notes.txt']}),
             (a:Author {id: 'ann lee', name: 'Ann Lee'}), (d)-[:WRITTEN_BY {position: 0}]->(a),
             (o)-[:WRITTEN_BY {position: 0}]->(a)`);
    const summary = await runCluster(db, { now: CLOCK });
    expect(summary.unassigned).toBe(1); // 'alone' only
    expect(
      await cypher("MATCH (p:Paper) WHERE p.id IN ['orphan', 'diffusion-00'] RETURN DISTINCT p.cluster AS c"),
    ).toHaveLength(1);
  });

  it("gives the same clusters for the same seed", async () => {
    await loadTopics();
    await runCluster(db, { now: CLOCK });
    const before = await cypher("MATCH (n) WHERE n.cluster IS NOT NULL RETURN n.id AS id, n.cluster AS c ORDER BY id");
    await runCluster(db, { now: CLOCK });
    expect(await cypher("MATCH (n) WHERE n.cluster IS NOT NULL RETURN n.id AS id, n.cluster AS c ORDER BY id")).toEqual(
      before,
    );
    expect(await one("MATCH (r:ClusterRun) RETURN count(r)")).toBe(1);
  });
});

describe("runLayout(db)", () => {
  it("stores x, y and size on every paper and concept and marks the run", async () => {
    await loadTopics();
    await runCluster(db, { now: CLOCK });
    const summary = await runLayout(db, { now: CLOCK, iterations: 100 });
    expect(summary.nodes).toBe(53);
    expect(
      await one(
        "MATCH (n) WHERE (n:Paper OR n:Concept) AND (n.x IS NULL OR n.y IS NULL OR n.size IS NULL) RETURN count(n)",
      ),
    ).toBe(0);
    expect(await one("MATCH (r:ClusterRun {current: true}) RETURN r.layoutIterations")).toBe(100);
    expect(await one("MATCH (k:Cluster {level: 0}) WHERE k.x IS NULL RETURN count(k)")).toBe(0);
  });
});

describe("the sample corpus", () => {
  it("clusters into labelled clusters; the diffusion papers' cluster is named after diffusion", async () => {
    await runIngest(db, [SAMPLE], { now: CLOCK });
    const summary = await runCluster(db, { now: CLOCK });
    expect(summary.levels[0]!.clusters).toBeGreaterThanOrEqual(8);
    expect(summary.levels[0]!.clusters).toBeLessThanOrEqual(30);
    const labels = (
      await cypher(`
      MATCH (p:Paper)-[:IN_CLUSTER {level: 0}]->(k:Cluster)
      WHERE toLower(p.title) CONTAINS 'diffusion'
      RETURN k.label AS label, k.topConcepts AS top, count(p) AS papers ORDER BY papers DESC LIMIT 1`)
    )[0]!;
    expect(String(labels["label"]).toLowerCase()).toContain("diffusion");
    // A label is made of the stored label concepts, each with a positive naming score; a cluster no
    // concept may name keeps none (its label is a member concept).
    const named = await cypher(`
      MATCH (k:Cluster) WHERE NOT coalesce(k.other, false) AND NOT coalesce(k.unlinked, false)
      RETURN k.label AS label, [id IN k.labelConceptIds | COLLECT { MATCH (c:Concept {id: id}) RETURN c.name }[0]] AS names,
             k.labelScores AS scores`);
    const withConcepts = named.filter((row) => (row["names"] as string[]).length > 0);
    expect(withConcepts.length).toBeGreaterThan(0.9 * named.length);
    for (const row of withConcepts) {
      expect((row["names"] as string[]).join(" · ")).toBe(row["label"]);
      expect((row["scores"] as number[]).every((s) => s > 0)).toBe(true);
    }
    await runLayout(db, { now: CLOCK });
    expect(await one("MATCH (n) WHERE (n:Paper OR n:Concept) AND n.x IS NULL RETURN count(n)")).toBe(0);
  });
});
