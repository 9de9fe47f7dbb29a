import { DirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { ClusterInfo, EdgeAttrs, MapGraph, MapMeta, NodeAttrs } from "./graph.ts";
import { CLUSTER_CAP, NODE_LABEL_CHARS, planLabels, truncate, type PlannedLabel } from "./label-plan.ts";
import { nodeAttrs } from "./__fixtures__/node-attrs.ts";

const measure = (text: string) => text.length * 7;
const OPTS = { unitsPerPixel: 0.05, minRatio: 0.01, maxRatio: 4, measure };

function node(x: number, y: number, clusters: string[], extra: Partial<NodeAttrs> = {}): NodeAttrs {
  return nodeAttrs({ x, y, label: "node", cluster: clusters[0] ?? null, clusters, ...extra });
}

const info = (id: string, level: number, size: number): ClusterInfo => ({
  id,
  label: `Cluster ${id}`,
  level,
  index: 0,
  size,
  color: "#abcdef",
  other: false,
  unlinked: false,
});

/** Two regions side by side, each split in two finer clusters, 40 nodes in all. */
function fixture(): { graph: MapGraph; meta: MapMeta } {
  const graph: MapGraph = new DirectedGraph<NodeAttrs, EdgeAttrs>();
  for (let i = 0; i < 40; i++) {
    const top = i < 24 ? "A" : "B";
    const fine = `${top}${i % 2}`;
    const x = (top === "A" ? 0 : 30) + (i % 2) * 8 + (i % 5);
    const y = Math.floor(i / 5) * 3;
    graph.addNode(`n${i}`, node(x, y, [top, fine], { size: 1 + (i % 7), label: `label of node ${i}` }));
  }
  const meta: MapMeta = {
    clusters: [info("A", 0, 24), info("B", 0, 16)],
    fineClusters: [info("A0", 1, 12), info("A1", 1, 12), info("B0", 1, 8), info("B1", 1, 8)],
    years: null,
    time: null,
    updates: [],
    maxPaperCount: 0,
    typeCounts: {},
    edgeCount: 0,
  };
  return { graph, meta };
}

const overlap = (a: PlannedLabel, b: PlannedLabel, r: number) =>
  Math.abs(a.x - b.x) < ((a.w + b.w) / 2) * r * OPTS.unitsPerPixel &&
  Math.abs(a.y - b.y) < ((a.h + b.h) / 2) * r * OPTS.unitsPerPixel;

describe("planLabels", () => {
  it("places top-level names first (largest first), then finer levels, then nodes by size", () => {
    const { graph, meta } = fixture();
    const plan = planLabels(graph, meta, OPTS);
    expect(plan.slice(0, 6).map((l) => l.id)).toEqual(["A", "B", "A0", "A1", "B0", "B1"]);
    const sizes = plan.filter((l) => l.kind === "node").map((l) => graph.getNodeAttributes(l.id).size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // A cluster's name sits at the mean of its members; top-level names are set larger.
    const a = plan.find((l) => l.id === "A")!;
    let sx = 0;
    graph.forEachNode((_, n) => (sx += n.clusters[0] === "A" ? n.x : 0));
    expect(a.x).toBeCloseTo(sx / 24, 9);
    expect(a.fontPx).toBeGreaterThan(plan.find((l) => l.id === "A0")!.fontPx);
    // …unless an anchor is given (the region's heart).
    const anchored = planLabels(graph, meta, { ...OPTS, anchors: new Map([["A", { x: 1, y: 2 }]]) });
    expect(anchored.find((l) => l.id === "A")).toMatchObject({ x: 1, y: 2 });
  });

  it("shows only top-level names at full extent, finer names from a step in, node labels after them", () => {
    const { graph, meta } = fixture();
    const plan = planLabels(graph, meta, OPTS);
    const at1 = plan.filter((l) => l.threshold >= 1);
    expect(at1.map((l) => l.id).sort()).toEqual(["A", "B"]);
    for (const l of plan) {
      if (l.level === 1) expect(l.threshold).toBeLessThanOrEqual(CLUSTER_CAP);
      if (l.kind === "node") expect(l.threshold).toBeLessThanOrEqual(CLUSTER_CAP ** 2);
    }
    expect(plan.filter((l) => l.kind === "node" && l.threshold > 0).length).toBeGreaterThan(10);
  });

  it("never lets two labels shown at one zoom overlap", () => {
    const { graph, meta } = fixture();
    const plan = planLabels(graph, meta, OPTS);
    for (let r = 4; r > 0.01; r *= 0.8) {
      const shown = plan.filter((l) => l.threshold >= r);
      for (let i = 0; i < shown.length; i++)
        for (let j = i + 1; j < shown.length; j++) expect(overlap(shown[i]!, shown[j]!, r)).toBe(false);
    }
  });

  it("cuts long node labels and leaves nodes without a label out", () => {
    expect(truncate("x".repeat(NODE_LABEL_CHARS))).toBe("x".repeat(NODE_LABEL_CHARS));
    expect(truncate("word ".repeat(20)).length).toBeLessThanOrEqual(NODE_LABEL_CHARS);
    expect(truncate("words ".repeat(20))).toBe(`${"words ".repeat(6)}wor…`);
    const { graph, meta } = fixture();
    graph.setNodeAttribute("n0", "label", "");
    expect(planLabels(graph, meta, OPTS).some((l) => l.id === "n0")).toBe(false);
  });
});
