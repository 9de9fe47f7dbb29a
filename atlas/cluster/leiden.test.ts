import { describe, expect, it } from "vitest";
import { aggregate, graphFromEdges, modularity, renumber } from "../projection/csr.ts";
import { seededRng } from "../projection/rng.ts";
import { searchCommunities } from "./leiden.ts";
import { nmi, plantedPartition } from "./planted.ts";

const twoTriangles = () => graphFromEdges(6, [0, 0, 1, 3, 3, 4, 2], [1, 2, 2, 4, 5, 5, 3], [1, 1, 1, 1, 1, 1, 1]);

describe("modularity(g, membership)", () => {
  it("scores two triangles joined by one edge as 5/14", () => {
    expect(modularity(twoTriangles(), [0, 0, 0, 1, 1, 1])).toBeCloseTo(5 / 14, 12);
  });

  it("is unchanged by aggregating each community into one node", () => {
    const g = twoTriangles();
    const membership = Int32Array.from([0, 0, 1, 1, 2, 2]);
    const agg = aggregate(g, membership, 3);
    expect(agg.totalWeight).toBe(g.totalWeight);
    expect(modularity(agg, [0, 0, 1])).toBeCloseTo(modularity(g, [0, 0, 0, 0, 1, 1]), 12);
  });
});

describe("searchCommunities(g, options)", () => {
  it("splits two triangles joined by an edge into the two triangles", () => {
    const result = searchCommunities(twoTriangles(), {
      resolution: 1,
      rng: seededRng(1),
      refine: true,
      maxIterations: 5,
    });
    expect(Array.from(result.membership)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it("returns the same communities for the same seed", () => {
    const { graph } = plantedPartition({ groups: 20, size: 50, degree: 10, mixing: 0.4, rng: seededRng(5) });
    const run = () => searchCommunities(graph, { resolution: 1, rng: seededRng(99), refine: true, maxIterations: 10 });
    const a = run();
    const b = run();
    expect(Array.from(a.membership)).toEqual(Array.from(b.membership));
    expect(a.quality).toBe(b.quality);
  });

  it("returns levels nested in each other and in the final partition", () => {
    const { graph } = plantedPartition({ groups: 20, size: 50, degree: 10, mixing: 0.3, rng: seededRng(2) });
    const result = searchCommunities(graph, { resolution: 1, rng: seededRng(3), refine: true, maxIterations: 10 });
    const chain = [...result.levels, result.membership];
    for (let l = 0; l + 1 < chain.length; l++) {
      const parent = new Map<number, number>();
      chain[l]!.forEach((c, i) => {
        expect(parent.get(c) ?? chain[l + 1]![i]).toBe(chain[l + 1]![i]);
        parent.set(c, chain[l + 1]![i]!);
      });
    }
  });

  it("gives more, smaller communities at a higher resolution", () => {
    const { graph } = plantedPartition({ groups: 10, size: 100, degree: 12, mixing: 0.2, rng: seededRng(4) });
    const at = (resolution: number) =>
      searchCommunities(graph, { resolution, rng: seededRng(1), refine: true, maxIterations: 5 }).count;
    expect(at(4)).toBeGreaterThan(at(1));
  });
});

// 50 groups of 200 nodes, mean degree 10: sparse enough that plain Louvain merges groups early and
// never undoes it (Q 0.46 vs planted 0.58 at μ = 0.4); the Leiden refinement recovers them.
describe.each([0.3, 0.4])("planted partition, 50 × 200 nodes, degree 10, mixing %s", (mixing) => {
  const { graph, truth } = plantedPartition({ groups: 50, size: 200, degree: 10, mixing, rng: seededRng(1) });
  const planted = modularity(graph, truth);

  it("Leiden recovers it: NMI ≥ 0.9 and Q ≥ the planted partition's", () => {
    const result = searchCommunities(graph, { resolution: 1, rng: seededRng(7), refine: true, maxIterations: 10 });
    expect(nmi(truth, result.membership)).toBeGreaterThanOrEqual(0.9);
    expect(result.quality).toBeGreaterThanOrEqual(planted);
  });

  it("plain Louvain falls short of it", () => {
    const result = searchCommunities(graph, { resolution: 1, rng: seededRng(7), refine: false, maxIterations: 1 });
    expect(result.quality).toBeLessThan(planted);
  });
});

describe("renumber(membership)", () => {
  it("numbers communities by first appearance", () => {
    expect(Array.from(renumber([7, 7, 3, 9, 3]).membership)).toEqual([0, 0, 1, 2, 1]);
  });
});
