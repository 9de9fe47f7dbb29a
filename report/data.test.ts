import { describe, expect, it } from "vitest";
import { CLUSTER_PALETTE } from "../schema/palette.ts";
import { ReportData } from "../schema/report.ts";
import allRows from "./__fixtures__/rows.all.json" with { type: "json" };
import clusterRows from "./__fixtures__/rows.cluster.json" with { type: "json" };
import { buildReport, type ReportRows } from "./data.ts";

const ALL = allRows as unknown as ReportRows;
const ONE = clusterRows as unknown as ReportRows;
const AT = "2025-02-03T04:05:06.000Z";

describe("buildReport(rows, {generatedAt})", () => {
  const data = buildReport(ALL, { generatedAt: AT });

  it("builds data the report schema accepts, with the clock passed in", () => {
    expect(ReportData.parse(data)).toEqual(data);
    expect(data.generatedAt).toBe(AT);
    expect(data.scope).toEqual({ cluster: null, level: 0 });
  });

  it("is deterministic: the same rows give the same report", () => {
    expect(JSON.stringify(buildReport(structuredClone(ALL), { generatedAt: AT }))).toBe(JSON.stringify(data));
  });

  it("opens with the corpus overview: counts, sources, the run and the years", () => {
    const o = data.overview;
    expect([o.papers, o.stubs, o.clusteredPapers, o.concepts, o.mentions, o.cites]).toEqual([11, 1, 11, 12, 33, 8]);
    expect(o.conceptsByType).toEqual({ method: 3, dataset: 1, hardware: 2, task: 2, technique: 2, metric: 2 });
    expect(o.sources.map((s) => s.name)).toEqual(["graphs.tsv", "hf-2024-01.txt"]);
    expect(o.run).toMatchObject({ id: "rfixture", algorithm: "leiden", modularity: 0.4123, clusterCounts: [2, 4] });
    expect(o.timeline).toMatchObject({ first: 2022, last: 2024, undated: 1 });
  });

  it("reports the top-level clusters largest first, coloured as the map colours them", () => {
    expect(data.clusters.map((c) => [c.id, c.paperCount, c.conceptCount, c.color])).toEqual([
      ["rfixture:0:0", 6, 6, CLUSTER_PALETTE[0]],
      ["rfixture:0:1", 5, 5, CLUSTER_PALETTE[1]],
    ]);
  });

  it("profiles concepts by type with counts and distinctiveness, most mentioned first", () => {
    const llm = data.clusters[0]!;
    expect(llm.concepts.task.map((k) => [k.name, k.papers, k.share])).toEqual([["LLM inference", 5, 0.8333]]);
    expect(llm.concepts.method.map((k) => k.name)).toEqual(["Mixture-of-Experts", "GNN", "speculative decoding"]);
    const gnn = llm.concepts.method[1]!;
    expect(gnn.member).toBe(false);
    expect(gnn.llr).toBeLessThan(0);
    expect(llm.concepts.method[0]!.lift).toBeGreaterThan(1);
  });

  it("keeps why each cluster is named so: its label concepts with the stored score and their counts", () => {
    const [llm, graphs] = data.clusters;
    expect(llm!.labelConcepts).toEqual([
      {
        id: "task:llm inference",
        name: "LLM inference",
        type: "task",
        score: 9.5,
        papers: 5,
        share: 0.8333,
        corpusPapers: 5,
        corpusShare: 0.4545,
        lift: 1.8333,
        llr: expect.any(Number) as number,
      },
      expect.objectContaining({ name: "Mixture-of-Experts", score: 7.25, papers: 3, corpusPapers: 3 }),
    ]);
    expect(llm!.labelConcepts[0]!.llr).toBeGreaterThan(0);
    expect(graphs!.labelConcepts.map((k) => [k.name, k.score, k.papers, k.corpusShare])).toEqual([
      ["GNN", 8.75, 4, 0.5455],
      ["message passing", 6.5, 3, 0.2727],
    ]);
    expect(buildReport(ONE, { generatedAt: AT }).clusters[0]!.labelConcepts).toEqual([]);
  });

  it("lists representative papers by links inside the cluster and bridging papers by links outside", () => {
    const [llm, graphs] = data.clusters;
    expect(llm!.representative[0]!.id).toBe("2402.00002");
    expect(llm!.bridging.map((p) => p.id)).toEqual(["2401.00001", "2401.00005", "t:0000000000000006"]);
    expect(graphs!.bridging.map((p) => [p.id, p.externalLinks])).toEqual([["2310.00010", 2]]);
    expect(llm!.papers).toHaveLength(6);
  });

  it("counts links to the neighbouring cluster the same from both sides", () => {
    const [llm, graphs] = data.clusters;
    expect(llm!.neighbours).toEqual([
      expect.objectContaining({ id: "rfixture:0:1", links: 4, mentions: 3, cites: 1, share: 1 }),
    ]);
    expect(graphs!.neighbours[0]).toMatchObject({ id: "rfixture:0:0", links: 4, color: CLUSTER_PALETTE[0] });
  });

  it("lists the sub-clusters of the next level, largest first", () => {
    expect(data.clusters[1]!.children.map((c) => [c.id, c.size])).toEqual([
      ["rfixture:1:3", 6],
      ["rfixture:1:2", 4],
    ]);
  });

  it("finds rising concepts when the cluster has enough dated papers", () => {
    const rising = buildReport(ALL, { generatedAt: AT, rising: { minDatedPapers: 4, minConceptPapers: 2, limit: 3 } });
    expect(rising.clusters[0]!.rising[0]).toMatchObject({
      name: "Mixture-of-Experts",
      earlyShare: 0,
      lateShare: 0.6667,
    });
    expect(data.clusters[0]!.rising).toEqual([]);
  });

  it("draws the map picture from positioned nodes, with a label per top-level cluster", () => {
    expect(data.map).toMatchObject({ total: 23, shown: 23 });
    expect(data.map!.clusters.map((c) => [c.id, c.color, c.x, c.y])).toEqual([
      ["rfixture:0:0", CLUSTER_PALETTE[0], -8, 3],
      ["rfixture:0:1", CLUSTER_PALETTE[1], 8, 1],
    ]);
    expect(data.map!.points.filter((p) => p.cluster === null)).toHaveLength(1);
  });
});

describe("buildReport(rows of one cluster)", () => {
  const data = buildReport(ONE, { generatedAt: AT });

  it("reports the one cluster with its parent, in its top-level cluster's colour, and marks its map points", () => {
    expect(data.clusters.map((c) => c.id)).toEqual(["rfixture:1:1"]);
    expect(data.clusters[0]).toMatchObject({
      level: 1,
      parent: { id: "rfixture:0:0" },
      color: CLUSTER_PALETTE[0],
      children: [],
    });
    expect(data.clusters[0]!.neighbours.map((n) => n.id)).toEqual(["rfixture:1:0", "rfixture:1:2", "rfixture:1:3"]);
    expect(data.map!.points.filter((p) => p.focus)).toHaveLength(6);
    expect(data.title).toBe("Cluster report: throughput · quantization");
  });
});
