/**
 * Golden outputs of the atlas stage on a fixed seed: the three-topic fixture corpus (plus one
 * concept no paper names, so the golden shows a node in the "unlinked" group, clustered and placed
 * apart) →
 * projection → clustering with labels → layout seeded by the level-0 cluster ids the runner would
 * store. Compared with `cluster/__fixtures__/topics.clusters.expected.json` and
 * `layout/__fixtures__/topics.layout.expected.json`; on a mismatch `*.actual.json` is written beside
 * them for diffing (STYLE §9), and `vitest -u` accepts the new output. Numbers are rounded (6
 * decimals for modularity and G², 3 for positions, as `runLayout` stores them) so that floating
 * noise cannot flip a golden, while a change of seed, weights or algorithm does.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { topicCorpus } from "./cluster/__fixtures__/topics.ts";
import { clusterProjection, DEFAULT_CLUSTER_OPTIONS, type Clustering } from "./cluster/cluster.ts";
import { labelClusters, type ClusterLabel } from "./cluster/labels.ts";
import { clusterRecords, runIdFor } from "./cluster/records.ts";
import { DEFAULT_LAYOUT_OPTIONS, layoutProjection, type Layout } from "./layout/layout.ts";
import { buildProjection, type Projection } from "./projection/projection.ts";

const CLUSTERS_GOLDEN = path.join(import.meta.dirname, "cluster/__fixtures__/topics.clusters.expected.json");
const LAYOUT_GOLDEN = path.join(import.meta.dirname, "layout/__fixtures__/topics.layout.expected.json");

const round = (value: number, digits: number): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale + 0; // + 0 turns -0 into 0
};

/** JSON with one line per leaf (an object or array of plain values), so a golden diffs line by line. */
function goldenJson(value: unknown, indent = ""): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((v) => v === null || typeof v !== "object"))
      return `[${value.map((v) => goldenJson(v)).join(", ")}]`;
    return `[\n${value.map((v) => inner + goldenJson(v, inner)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "{}";
  if (entries.every(([, v]) => v === null || typeof v !== "object"))
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${goldenJson(v)}`).join(", ")} }`;
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${goldenJson(v, inner)}`).join(",\n")}\n${indent}}`;
}

function clusterGolden(projection: Projection, clustering: Clustering, labels: ClusterLabel[][], runId: string) {
  const options = { ...DEFAULT_CLUSTER_OPTIONS, ...projection.options };
  return {
    runId,
    options: { ...options, maxPapers: Number.isFinite(options.maxPapers) ? options.maxPapers : null },
    projection: {
      papers: projection.papers,
      concepts: projection.concepts,
      mentions: projection.mentions,
      cites: projection.cites,
      excludedConcepts: projection.excludedConcepts,
    },
    search: {
      nodes: clustering.searchNodes,
      edges: clustering.searchEdges,
      attached: clustering.attached,
      unassigned: clustering.unassigned,
    },
    modularity: round(clustering.modularity, 6),
    quality: round(clustering.quality, 6),
    runs: clustering.runs.map((r) => ({ ...r, quality: round(r.quality, 6), modularity: round(r.modularity, 6) })),
    levels: clustering.levels.map((level) => ({
      level: level.level,
      count: level.count,
      minSize: level.minSize,
      other: level.other,
      unlinked: level.unlinked,
      modularity: round(level.modularity, 6),
      clusters: labels[level.level]!.map((label, number) => ({
        number,
        size: level.sizes[number]!,
        parent: level.parent?.[number] ?? null,
        label: label.label,
        papers: label.papers,
        concepts: label.concepts,
        named: label.named.map((t) => ({ id: t.id, score: round(t.score, 6) })),
        top: label.top.map((t) => ({ id: t.id, papers: t.papers, llr: round(t.llr, 6), barred: t.barred })),
        byType: label.byType,
      })),
    })),
    /** Cluster number per level (level 0 first) of each node; null when it has none. */
    membership: Object.fromEntries(
      clustering.keys.map((key, i) => [
        key,
        clustering.levels[0]!.membership[i]! < 0 ? null : clustering.levels.map((l) => l.membership[i]!),
      ]),
    ),
  };
}

function layoutGolden(layout: Layout, runId: string) {
  return {
    seededBy: runId,
    options: DEFAULT_LAYOUT_OPTIONS,
    forceNodes: layout.forceNodes,
    forceEdges: layout.forceEdges,
    barnesHut: layout.barnesHut,
    attached: layout.attached,
    unlinked: layout.unlinked,
    overlap: layout.overlap,
    nodes: Object.fromEntries(
      layout.keys.map((key, i) => [
        key,
        { x: round(layout.x[i]!, 3), y: round(layout.y[i]!, 3), size: round(layout.size[i]!, 3) },
      ]),
    ),
  };
}

/** The pure pipeline the runners wrap, on the fixture corpus with the default options (seed 42). */
function atlas() {
  const { papers, concepts } = topicCorpus();
  const projection = buildProjection(papers, [...concepts, { id: "task:lonely", name: "Lonely", type: "task" }]);
  const clustering = clusterProjection(projection, DEFAULT_CLUSTER_OPTIONS);
  const labels = labelClusters(projection, clustering.keys, clustering.levels);
  const runId = runIdFor(projection, DEFAULT_CLUSTER_OPTIONS);
  const records = clusterRecords(projection, clustering, labels, DEFAULT_CLUSTER_OPTIONS, {
    id: runId,
    createdAt: "2026-01-01T00:00:00.000Z",
    elapsedMs: 0,
  });
  // What Neo4j holds after `paperatlas cluster`: the level-0 cluster id of each clustered node.
  const stored = new Map([...records.papers, ...records.concepts].map((r) => [r.id, r.clusters[0]!]));
  const layout = layoutProjection(projection, DEFAULT_LAYOUT_OPTIONS, (key) => stored.get(key) ?? null);
  return {
    clusters: `${goldenJson(clusterGolden(projection, clustering, labels, runId))}\n`,
    layout: `${goldenJson(layoutGolden(layout, runId))}\n`,
  };
}

async function expectGolden(actual: string, expectedPath: string): Promise<void> {
  const actualPath = expectedPath.replace(/\.expected\.json$/, ".actual.json");
  if (existsSync(expectedPath) && readFileSync(expectedPath, "utf8") !== actual) writeFileSync(actualPath, actual);
  else rmSync(actualPath, { force: true });
  await expect(actual).toMatchFileSnapshot(expectedPath);
}

describe("atlas golden outputs (topic corpus, seed 42)", () => {
  const output = atlas();

  it("clusterProjection + labelClusters match topics.clusters.expected.json", async () => {
    expect(JSON.parse(output.clusters)).toMatchObject({ search: { unassigned: 1 } });
    await expectGolden(output.clusters, CLUSTERS_GOLDEN);
  });

  it("layoutProjection matches topics.layout.expected.json", async () => {
    expect(JSON.parse(output.layout)).toMatchObject({ unlinked: 1, overlap: { overlaps: 0 } });
    await expectGolden(output.layout, LAYOUT_GOLDEN);
  });

  it("is byte-identical when run again", () => {
    expect(atlas()).toEqual(output);
  });
});
