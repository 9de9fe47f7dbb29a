import { DirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttrs, MapGraph, NodeAttrs } from "./graph.ts";
import { midLevel, midShare, MID_FROM, MID_TO, regionRaster, type RegionRaster } from "./regions.ts";
import { nodeAttrs } from "./__fixtures__/node-attrs.ts";

function graph(): MapGraph {
  const g: MapGraph = new DirectedGraph<NodeAttrs, EdgeAttrs>();
  const add = (id: string, x: number, y: number, cluster: string | null) =>
    g.addNode(
      id,
      nodeAttrs({ x, y, label: id, color: "#000", cluster, clusters: cluster === null ? [] : [cluster], year: null }),
    );
  for (let i = 0; i < 30; i++) add(`a${i}`, (i % 6) * 2, Math.floor(i / 6) * 2, "A");
  for (let i = 0; i < 30; i++) add(`b${i}`, 90 + (i % 6) * 2, 90 + Math.floor(i / 6) * 2, "B");
  add("loner", 95, 0, null);
  return g;
}

/** The owner of the cell holding graph point (x, y). */
function ownerAt(r: RegionRaster, x: number, y: number): string | null {
  const i = Math.floor((x - r.minX) / r.cell);
  const j = Math.floor((r.maxY - y) / r.cell);
  const k = r.owner[j * r.size + i]!;
  return k < 0 ? null : r.clusters[k]!;
}

describe("regionRaster", () => {
  it("gives each cluster the cells around its nodes, and nothing to empty space", () => {
    const r = regionRaster(graph(), ["A", "B"], () => true)!;
    expect(ownerAt(r, 5, 4)).toBe("A");
    expect(ownerAt(r, 95, 94)).toBe("B");
    expect(ownerAt(r, 50, 50)).toBeNull();
    expect(ownerAt(r, 95, 0)).toBeNull(); // a node without a cluster draws no region
    // Each cluster's name goes at its densest owned cell: inside its own region.
    expect(r.anchors.map((p) => ownerAt(r, p!.x, p!.y))).toEqual(["A", "B"]);
    expect(Math.hypot(r.anchors[0]!.x - 5, r.anchors[0]!.y - 4)).toBeLessThan(3);
    // Opaque at the heart of a region, fading out towards its edge.
    const at = (x: number, y: number) =>
      r.alpha[Math.floor((r.maxY - y) / r.cell) * r.size + Math.floor((x - r.minX) / r.cell)]!;
    expect(at(5, 4)).toBe(1);
    expect(at(5, 4)).toBeGreaterThan(at(5, 16));
  });

  it("follows the filters: a cluster whose nodes are filtered out has no region", () => {
    const r = regionRaster(graph(), ["A", "B"], (a) => a.cluster !== "B")!;
    expect(ownerAt(r, 95, 94)).toBeNull();
    expect(ownerAt(r, 5, 4)).toBe("A");
  });

  it("is null for an empty graph", () => {
    expect(regionRaster(new DirectedGraph<NodeAttrs, EdgeAttrs>(), [], () => true)).toBeNull();
  });
});

describe("midLevel(meta) and midShare(ratio)", () => {
  const info = (id: string, level: number) => ({
    ...{ id, label: id, level, index: 0, size: 1, color: "#336699" },
    ...{ other: false, unlinked: false },
  });
  const meta = (top: number, fine: [number, number][]) => ({
    clusters: Array.from({ length: top }, (_, k) => info(`t${k}`, 0)),
    fineClusters: fine.flatMap(([level, n]) => Array.from({ length: n }, (_, k) => info(`l${level}:${k}`, level))),
    years: null,
    maxPaperCount: 0,
    typeCounts: {},
    edgeCount: 0,
  });

  it("picks the first finer level with at least twice the top level's clusters", () => {
    expect(
      midLevel(
        meta(12, [
          [1, 17],
          [2, 43],
          [3, 147],
        ]),
      ),
    ).toBe(2);
    expect(midLevel(meta(10, [[1, 20]]))).toBe(1);
    expect(midLevel(meta(10, [[1, 12]]))).toBeNull();
    expect(midLevel(meta(10, []))).toBeNull();
  });

  it("fades the finer regions in between MID_FROM and MID_TO", () => {
    expect(midShare(1)).toBe(0);
    expect(midShare(MID_FROM)).toBe(0);
    expect(midShare((MID_FROM + MID_TO) / 2)).toBeCloseTo(0.5, 6);
    expect(midShare(MID_TO)).toBe(1);
    expect(midShare(0.01)).toBe(1);
  });
});
