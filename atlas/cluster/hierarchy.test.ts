import { describe, expect, it } from "vitest";
import { graphFromEdges } from "../projection/csr.ts";
import { seededRng } from "../projection/rng.ts";
import { DEFAULT_HIERARCHY, mapHierarchy, mergeSmall, type MapLevel } from "./hierarchy.ts";
import { searchCommunities } from "./leiden.ts";
import { plantedPartition } from "./planted.ts";

/** The search's final partition then its finer ones, as clusterProjection hands them over. */
function searchLevels(groups: number, size: number) {
  const { graph } = plantedPartition({ groups, size, degree: 8, mixing: 0.2, rng: seededRng(3) });
  const result = searchCommunities(graph, { resolution: 1, rng: seededRng(42), refine: true, maxIterations: 10 });
  const levels = [result.membership, ...[...result.levels].reverse()];
  const nodes = Int32Array.from({ length: graph.n }, (_, i) => i);
  return { graph, levels, nodes };
}

const regular = (level: MapLevel) => {
  const sizes = new Map<number, number>();
  for (const c of level.membership) if (c >= 0 && c !== level.other) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  return sizes;
};

describe("mapHierarchy(graph, nodes, levels, options)", () => {
  const options = { ...DEFAULT_HIERARCHY, maxLevels: 4, seed: 42 };
  for (const [groups, size] of [
    [12, 20],
    [60, 25],
    [250, 24],
  ] as const) {
    describe(`on a planted partition of ${groups} groups × ${size} nodes`, () => {
      const { graph, levels, nodes } = searchLevels(groups, size);
      const hierarchy = mapHierarchy(graph, nodes, levels, options);

      it("has a top level of 8–30 clusters and finer levels beneath", () => {
        expect(regular(hierarchy[0]!).size).toBeGreaterThanOrEqual(8);
        expect(regular(hierarchy[0]!).size).toBeLessThanOrEqual(30);
        expect(hierarchy.length).toBeGreaterThanOrEqual(2);
        for (let l = 1; l < hierarchy.length; l++)
          expect(regular(hierarchy[l]!).size).toBeGreaterThan(regular(hierarchy[l - 1]!).size);
      });

      it("keeps every cluster of every level at or above the level's minimum size", () => {
        expect(hierarchy[0]!.minSize).toBe(Math.ceil((groups * size) / 30));
        for (const level of hierarchy)
          for (const [, n] of regular(level)) expect(n).toBeGreaterThanOrEqual(level.minSize);
      });

      it("nests every level in the one above", () => {
        for (let l = 1; l < hierarchy.length; l++) {
          const parent = new Map<number, number>();
          hierarchy[l]!.membership.forEach((c, i) => {
            const above = hierarchy[l - 1]!.membership[i]!;
            expect(parent.get(c) ?? above).toBe(above);
            parent.set(c, above);
          });
        }
      });

      it("is deterministic for a given seed", () => {
        const again = mapHierarchy(graph, nodes, levels, options);
        expect(again.map((l) => Array.from(l.membership))).toEqual(hierarchy.map((l) => Array.from(l.membership)));
      });
    });
  }

  it("gathers islands too small for a cluster in one other cluster, not singletons", () => {
    // Two 60-node cliques and six 2-node islands: the islands cannot reach the minimum size (5).
    const source: number[] = [];
    const target: number[] = [];
    for (const base of [0, 60])
      for (let i = 0; i < 60; i++)
        for (let j = i + 1; j < 60; j++) {
          source.push(base + i);
          target.push(base + j);
        }
    source.push(0);
    target.push(60);
    for (let k = 0; k < 6; k++) {
      source.push(120 + 2 * k);
      target.push(121 + 2 * k);
    }
    const g = graphFromEdges(132, source, target, new Float64Array(source.length).fill(1));
    const found = searchCommunities(g, { resolution: 1, rng: seededRng(1), refine: true, maxIterations: 10 });
    const [top] = mapHierarchy(
      g,
      Int32Array.from({ length: 132 }, (_, i) => i),
      [found.membership],
      options,
    );
    expect(top!.minSize).toBe(5);
    expect(regular(top!).size).toBe(2);
    expect(top!.other).toBeGreaterThanOrEqual(0);
    expect(top!.membership.slice(120).every((c) => c === top!.other)).toBe(true);
  });
});

describe("mergeSmall(graph, sizes, min)", () => {
  it("merges the smallest first into the neighbour it shares the most weight with", () => {
    // clusters 0 (size 10), 1 (size 1), 2 (size 8); 1 links 0 with weight 1 and 2 with weight 3
    const g = graphFromEdges(3, [0, 1], [1, 2], [1, 3]);
    const merged = mergeSmall(g, [10, 1, 8], 5);
    expect(Array.from(merged.target)).toEqual([0, 2, 2]);
    expect(merged.islands).toEqual([]);
  });
});
