import { describe, expect, it } from "vitest";
import { buildProjection } from "../projection/projection.ts";
import { conceptKey, COMMON, topicCorpus } from "./__fixtures__/topics.ts";
import { clusterProjection, DEFAULT_CLUSTER_OPTIONS } from "./cluster.ts";
import { labelClusters, logLikelihood } from "./labels.ts";
import { clusterRecords, runIdFor } from "./records.ts";

const { papers, concepts } = topicCorpus();
const projection = buildProjection(papers, concepts);
const facts = { id: "r1", createdAt: "2026-01-01T00:00:00.000Z", elapsedMs: 0 };

describe("clusterProjection(projection, options)", () => {
  const clustering = clusterProjection(projection);
  const top = clustering.levels[0]!;
  const clusterOf = (key: string) => top.membership[clustering.keys.indexOf(key)]!;

  it("puts each topic's papers together and the topics apart", () => {
    const byTopic = ["diffusion", "graphs", "robots"].map(
      (t) => new Set(papers.filter((p) => p.id.startsWith(t)).map((p) => clusterOf(p.id))),
    );
    for (const set of byTopic) expect(set.size).toBe(1);
    expect(new Set(byTopic.map((s) => [...s][0])).size).toBe(3);
  });

  it("attaches the concept every paper names to a cluster instead of leaving it out", () => {
    expect(clusterOf(conceptKey(COMMON))).toBeGreaterThanOrEqual(0);
    expect(clustering.unassigned).toBe(0);
  });

  it("numbers clusters by size, largest first", () => {
    for (const level of clustering.levels) {
      for (let c = 1; c < level.count; c++) expect(level.sizes[c - 1]!).toBeGreaterThanOrEqual(level.sizes[c]!);
    }
  });

  it("keeps every finer cluster inside one cluster of the level above", () => {
    for (const level of clustering.levels.slice(1)) {
      const above = clustering.levels[level.level - 1]!;
      level.membership.forEach((c, i) => c >= 0 && expect(above.membership[i]).toBe(level.parent![c]));
    }
  });

  it("is deterministic: same input and seed, same records", () => {
    const again = clusterProjection(buildProjection([...papers].reverse(), concepts));
    const records = (c: typeof clustering) =>
      clusterRecords(projection, c, labelClusters(projection, c.keys, c.levels), DEFAULT_CLUSTER_OPTIONS, facts);
    expect(records(again)).toEqual(records(clustering));
  });

  it("keeps the best of several seeded runs", () => {
    const best = clusterProjection(projection, { ...DEFAULT_CLUSTER_OPTIONS, runs: 4 });
    expect(best.runs).toHaveLength(4);
    expect(best.quality).toBe(Math.max(...best.runs.map((r) => r.quality)));
  });
});

describe("labelClusters(projection, keys, levels)", () => {
  const clustering = clusterProjection(projection);
  const labels = labelClusters(projection, clustering.keys, clustering.levels)[0]!;
  const top = clustering.levels[0]!;
  const labelOf = (paper: string) => labels[top.membership[clustering.keys.indexOf(paper)]!]!;

  it("names the diffusion papers' cluster after a diffusion concept", () => {
    const label = labelOf("diffusion-00");
    expect(label.top[0]!.type).not.toBeNull();
    expect(["Diffusion Model", "Image Generation", "Denoising Score Matching", "ImageNet", "U-Net"]).toContain(
      label.top[0]!.name,
    );
    expect(label.byType.dataset).toEqual(["ImageNet"]);
    expect(label.top.map((t) => t.name)).not.toContain(COMMON[1]);
  });

  it("keeps the top concepts per type", () => {
    expect(labelOf("robots-00").byType.hardware).toEqual(["Robot Arm"]);
    expect(labelOf("graphs-00").byType.task.sort()).toEqual(["Link Prediction", "Node Classification"]);
  });
});

describe("logLikelihood(a, size, df, n)", () => {
  it("is 0 when the cluster mentions a concept at the corpus rate, and grows with concentration", () => {
    expect(logLikelihood(5, 10, 50, 100)).toBeCloseTo(0, 12);
    expect(logLikelihood(10, 10, 10, 100)).toBeGreaterThan(logLikelihood(8, 10, 10, 100));
  });
});

describe("runIdFor(projection, options)", () => {
  it("is stable for the same graph and parameters and changes with either", () => {
    const id = runIdFor(projection, DEFAULT_CLUSTER_OPTIONS);
    expect(runIdFor(buildProjection(papers, concepts), DEFAULT_CLUSTER_OPTIONS)).toBe(id);
    expect(runIdFor(projection, { ...DEFAULT_CLUSTER_OPTIONS, seed: 7 })).not.toBe(id);
    expect(runIdFor(buildProjection(papers.slice(1), concepts), DEFAULT_CLUSTER_OPTIONS)).not.toBe(id);
  });
});

describe("nodes that share nothing", () => {
  it("form one flagged Unlinked cluster on every level, last in number", () => {
    const lonely = { id: "zz-lonely", conceptIds: ["task:only-here"], weights: [1], cites: [], title: "Zzz" };
    const withLonely = buildProjection(
      [...papers, lonely],
      [...concepts, { id: "task:only-here", name: "Only Here", type: "task" }],
    );
    const clustering = clusterProjection(withLonely);
    const i = clustering.keys.indexOf("zz-lonely");
    const j = clustering.keys.indexOf("task:only-here");
    expect(clustering.unassigned).toBe(2);
    for (const level of clustering.levels) {
      expect(level.unlinked).toBe(level.count - 1);
      expect(level.membership[i]).toBe(level.unlinked);
      expect(level.membership[j]).toBe(level.unlinked);
    }
    const labels = labelClusters(withLonely, clustering.keys, clustering.levels);
    const records = clusterRecords(withLonely, clustering, labels, DEFAULT_CLUSTER_OPTIONS, facts);
    const flagged = records.clusters.filter((c) => c.unlinked);
    expect(flagged.map((c) => [c.level, c.label, c.size])).toEqual(
      clustering.levels.map((l) => [l.level, "Unlinked", 2]),
    );
    expect(records.clusters.filter((c) => c.other)).toEqual([]);
    expect(records.papers.find((p) => p.id === "zz-lonely")?.clusters[0]).toBe(flagged[0]!.id);
  });
});
