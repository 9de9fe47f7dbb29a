import { describe, expect, it } from "vitest";
import { labelThresholds, type LabelCandidate, type ThresholdOptions } from "./label-zoom.ts";

const OPTS: ThresholdOptions = { unitsPerPixel: 0.1, minRatio: 0.01, maxRatio: 4 };

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Clustered points with labels of mixed sizes, as a map has them. */
function candidates(n: number, seed: number): LabelCandidate[] {
  const r = rng(seed);
  const centres = Array.from({ length: 8 }, () => ({ x: r() * 100, y: r() * 100 }));
  return Array.from({ length: n }, (_, i) => {
    const c = centres[i % centres.length]!;
    return {
      x: c.x + (r() - 0.5) * 30,
      y: c.y + (r() - 0.5) * 30,
      w: 20 + r() * 200,
      h: 10 + r() * 8,
      cap: i < 8 ? Infinity : r() < 0.5 ? 0.5 : 0.2,
    };
  });
}

/** The boxes of two labels overlap (strictly) at camera ratio r. */
function overlap(a: LabelCandidate, b: LabelCandidate, r: number, u: number): boolean {
  return (
    Math.abs(a.x - b.x) < ((a.w + b.w) / 2) * r * u - 1e-12 && Math.abs(a.y - b.y) < ((a.h + b.h) / 2) * r * u - 1e-12
  );
}

/** The same rule without the grid: every earlier label checked. */
function bruteForce(c: LabelCandidate[], o: ThresholdOptions): number[] {
  const t: number[] = [];
  c.forEach((me, i) => {
    let m = Infinity;
    for (let j = 0; j < i; j++) {
      const other = c[j]!;
      const s = Math.max(
        Math.abs(other.x - me.x) / (((me.w + other.w) / 2) * o.unitsPerPixel),
        Math.abs(other.y - me.y) / (((me.h + other.h) / 2) * o.unitsPerPixel),
      );
      if (s < t[j]! && s < m) m = s;
    }
    const best = Math.min(me.cap, o.maxRatio, m * (1 - 1e-6));
    t.push(best < o.minRatio ? 0 : best);
  });
  return t;
}

const RATIOS = Array.from({ length: 40 }, (_, k) => 4 * 0.88 ** k); // 4 … 0.03

describe("labelThresholds", () => {
  it("gives the first label the whole zoom range and an isolated one its cap", () => {
    const t = labelThresholds(
      [
        { x: 0, y: 0, w: 100, h: 20, cap: Infinity },
        { x: 1000, y: 1000, w: 100, h: 20, cap: 0.5 },
      ],
      OPTS,
    );
    expect([...t]).toEqual([4, 0.5]);
  });

  it("lets a later label in only once zoomed far enough that the two boxes part", () => {
    // 50 units apart horizontally; boxes 100 px wide; at ratio r they span 100·r·0.1 units.
    const [, second] = labelThresholds(
      [
        { x: 0, y: 0, w: 100, h: 20, cap: Infinity },
        { x: 50, y: 0, w: 100, h: 20, cap: Infinity },
      ],
      OPTS,
    );
    expect(second).toBe(4); // 50 / (100 · 0.1) = 5, capped at maxRatio 4
    const [, near] = labelThresholds(
      [
        { x: 0, y: 0, w: 100, h: 20, cap: Infinity },
        { x: 5, y: 0, w: 100, h: 20, cap: Infinity },
      ],
      OPTS,
    );
    expect(near).toBeCloseTo(0.5, 5);
    // Stacked vertically: the height decides.
    const [, above] = labelThresholds(
      [
        { x: 0, y: 0, w: 100, h: 20, cap: Infinity },
        { x: 0, y: 1, w: 100, h: 20, cap: Infinity },
      ],
      OPTS,
    );
    expect(above).toBeCloseTo(0.5, 5);
  });

  it("never shows a label whose threshold would fall below the smallest ratio", () => {
    const t = labelThresholds(
      [
        { x: 0, y: 0, w: 100, h: 20, cap: Infinity },
        { x: 0.001, y: 0, w: 100, h: 20, cap: Infinity },
      ],
      OPTS,
    );
    expect(t[1]).toBe(0);
  });

  it("matches the rule applied to every pair, on clustered labels of mixed sizes", () => {
    for (const seed of [1, 2, 3]) {
      const c = candidates(600, seed);
      const fast = [...labelThresholds(c, OPTS)];
      const slow = bruteForce(c, OPTS);
      const differ = fast.flatMap((t, i) => (Math.abs(t - slow[i]!) > 1e-9 ? [[i, t, slow[i]]] : []));
      expect(differ).toEqual([]);
    }
  });

  it("shows no two overlapping labels at any zoom, and keeps a label shown once zoomed in", () => {
    const c = candidates(1500, 7);
    const t = labelThresholds(c, OPTS);
    let previous: number[] = [];
    const problems: string[] = [];
    for (const r of RATIOS) {
      const shown = c.map((_, i) => i).filter((i) => t[i]! >= r);
      const now = new Set(shown);
      for (const i of previous) if (!now.has(i)) problems.push(`${i} hidden at ${r}`);
      for (let a = 0; a < shown.length; a++)
        for (let b = a + 1; b < shown.length; b++)
          if (overlap(c[shown[a]!]!, c[shown[b]!]!, r, OPTS.unitsPerPixel)) problems.push(`${a}×${b} at ${r}`);
      previous = shown;
    }
    expect(problems).toEqual([]);
    // Zooming in reveals more: most labels show at the smallest ratio, few at full extent.
    const at = (r: number) => [...t].filter((x) => x >= r).length;
    expect(at(1)).toBeLessThan(at(0.1));
    expect(at(0.05)).toBeGreaterThan(c.length / 4);
  });

  it("places in the given order: the earlier of two colliding labels keeps the larger threshold", () => {
    const a = { x: 0, y: 0, w: 100, h: 20, cap: Infinity };
    const b = { x: 2, y: 0, w: 100, h: 20, cap: Infinity };
    expect([...labelThresholds([a, b], OPTS)][0]).toBe(4);
    expect([...labelThresholds([b, a], OPTS)][0]).toBe(4);
    expect([...labelThresholds([b, a], OPTS)][1]).toBeLessThan(4);
  });

  it("handles no labels and labels all at one point", () => {
    expect(labelThresholds([], OPTS).length).toBe(0);
    const same = Array.from({ length: 5 }, () => ({ x: 3, y: 3, w: 10, h: 10, cap: Infinity }));
    expect([...labelThresholds(same, OPTS)]).toEqual([4, 0, 0, 0, 0]);
  });
});
