import { describe, expect, it } from "vitest";
import { topicCorpus } from "../cluster/__fixtures__/topics.ts";
import { clusterProjection } from "../cluster/cluster.ts";
import { graphFromEdges } from "../projection/csr.ts";
import { buildProjection } from "../projection/projection.ts";
import { seededRng } from "../projection/rng.ts";
import { forceAtlas2, inferFa2Settings } from "./fa2.ts";
import { neighbourShare } from "./contiguity.ts";
import { DEFAULT_LAYOUT_OPTIONS, layoutProjection, seedPositions } from "./layout.ts";
import { removeOverlaps } from "./overlap.ts";

const { papers, concepts } = topicCorpus();
const projection = buildProjection(papers, [...concepts, { id: "task:lonely", name: "Lonely", type: "task" }]);
const clustering = clusterProjection(projection);
const top = clustering.levels[0]!;
const clusterOf = (key: string) => {
  const c = top.membership[clustering.keys.indexOf(key)]!;
  return c < 0 ? null : `c${c}`;
};
const options = { ...DEFAULT_LAYOUT_OPTIONS, iterations: 300 };

describe("layoutProjection(projection, options, clusterOf)", () => {
  const layout = layoutProjection(projection, options, clusterOf);

  it("places every node, the unlinked one included, at finite coordinates with a size", () => {
    expect(layout.keys).toEqual(projection.graph.nodes());
    for (let i = 0; i < layout.keys.length; i++) {
      expect(Number.isFinite(layout.x[i]!) && Number.isFinite(layout.y[i]!)).toBe(true);
      expect(layout.size[i]!).toBeGreaterThan(0);
    }
    expect(layout.unlinked).toBe(1);
  });

  it("keeps each top-level cluster contiguous: at least 0.9 of a node's 10 nearest map neighbours share its cluster", () => {
    const share = neighbourShare(layout.x, layout.y, top.membership, 10, (c) => c === top.unlinked);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it("is deterministic for a given seed and differs for another", () => {
    const again = layoutProjection(projection, options, clusterOf);
    expect(Array.from(again.x)).toEqual(Array.from(layout.x));
    expect(Array.from(again.y)).toEqual(Array.from(layout.y));
    const other = layoutProjection(projection, { ...options, seed: 7 }, clusterOf);
    expect(Array.from(other.x)).not.toEqual(Array.from(layout.x));
  });

  it("puts clusters apart: papers sit nearer their own cluster's centre than any other", () => {
    const centres = new Map<string, [number, number, number]>();
    layout.keys.forEach((key, i) => {
      const c = clusterOf(key);
      if (c === null) return;
      const [x, y, n] = centres.get(c) ?? [0, 0, 0];
      centres.set(c, [x + layout.x[i]!, y + layout.y[i]!, n + 1]);
    });
    let nearest = 0;
    let total = 0;
    layout.keys.forEach((key, i) => {
      if (!key.includes("-")) return; // papers only
      const own = clusterOf(key)!;
      const dist = (c: string) => {
        const [x, y, n] = centres.get(c)!;
        return Math.hypot(layout.x[i]! - x / n, layout.y[i]! - y / n);
      };
      total += 1;
      if ([...centres.keys()].every((c) => c === own || dist(own) <= dist(c))) nearest += 1;
    });
    expect(nearest / total).toBeGreaterThanOrEqual(0.9);
  });
});

describe("seedPositions(keys, clusterOf, rng)", () => {
  it("starts the members of one cluster around one centre", () => {
    const keys = ["a", "b", "c", "d"];
    const { x } = seedPositions(keys, (k) => (k < "c" ? "one" : "two"), seededRng(1));
    expect(Math.abs(x[0]! - x[1]!)).toBeLessThan(Math.abs(x[0]! - x[2]!) + 10);
  });
});

describe("forceAtlas2(g, x, y, settings, iterations)", () => {
  it("pulls two cliques joined by one edge into two groups, the same with and without Barnes–Hut", () => {
    const s: number[] = [];
    const t: number[] = [];
    for (const base of [0, 10]) {
      for (let i = 0; i < 10; i++) {
        for (let j = i + 1; j < 10; j++) {
          s.push(base + i);
          t.push(base + j);
        }
      }
    }
    s.push(0);
    t.push(10);
    const g = graphFromEdges(20, s, t, new Float64Array(s.length).fill(1));
    for (const barnesHut of [false, true]) {
      const rng = seededRng(3);
      const x = Float64Array.from({ length: 20 }, () => rng() * 100);
      const y = Float64Array.from({ length: 20 }, () => rng() * 100);
      forceAtlas2(g, x, y, { ...inferFa2Settings(20), barnesHut }, 500);
      const mean = (from: number) =>
        [0, 1].map((k) => [...(k ? y : x).slice(from, from + 10)].reduce((a, b) => a + b) / 10);
      const [a, b] = [mean(0), mean(10)];
      const within = Math.max(...Array.from({ length: 10 }, (_, i) => Math.hypot(x[i]! - a![0]!, y[i]! - a![1]!)));
      expect(Math.hypot(a![0]! - b![0]!, a![1]! - b![1]!)).toBeGreaterThan(within);
    }
  });
});

describe("removeOverlaps(x, y, r, options)", () => {
  it("separates every pair of discs, coincident ones included, deterministically", () => {
    const run = () => {
      const rng = seededRng(4);
      const x = Float64Array.from({ length: 300 }, () => rng());
      const y = Float64Array.from({ length: 300 }, () => rng());
      x[1] = x[0]!;
      y[1] = y[0]!;
      const r = new Float64Array(300).fill(0.02);
      r[5] = 0.1;
      const result = removeOverlaps(x, y, r, { margin: 0.001, maxIterations: 200 });
      return { x, y, r, result };
    };
    const { x, y, r, result } = run();
    expect(result.overlaps).toBe(0);
    for (let i = 0; i < 300; i++) {
      for (let j = i + 1; j < 300; j++)
        expect(Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!)).toBeGreaterThan((r[i]! + r[j]!) * 0.999);
    }
    expect(Array.from(run().x)).toEqual(Array.from(x));
  });
});
