import { describe, expect, it } from "vitest";
import { LodSlots, nodeLodThresholds, type LodOptions } from "./lod.ts";

const OPTIONS: LodOptions = { cellsAcross: 10, perCell: 1, minRatio: 0.01, maxRatio: 4 };

/** A seeded cloud of n points in the unit square with importance falling with the index. */
function cloud(n: number, seed = 7) {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const x = Float64Array.from({ length: n }, rand);
  const y = Float64Array.from({ length: n }, rand);
  const importance = Float64Array.from({ length: n }, (_, i) => n - i);
  return { x, y, importance };
}

/** Nodes drawn at ratio r whose cell (at r) holds more than perCell of them. */
function crowdedCells(x: ArrayLike<number>, y: ArrayLike<number>, t: Float32Array, r: number, o: LodOptions) {
  const [xs, ys] = [Array.from(x), Array.from(y)];
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const extent = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY);
  const size = (extent / o.cellsAcross) * r;
  const counts = new Map<string, number>();
  for (let i = 0; i < t.length; i++)
    if (t[i]! >= r) {
      const key = `${Math.floor((x[i]! - minX) / size)},${Math.floor((y[i]! - minY) / size)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return [...counts.values()].filter((c) => c > o.perCell).length;
}

describe("nodeLodThresholds(x, y, importance)", () => {
  it("draws about one node per cell on screen at any zoom, never all of them at full extent", () => {
    const { x, y, importance } = cloud(20_000);
    const t = nodeLodThresholds(x, y, importance, OPTIONS);
    const drawnAt = (r: number) => t.filter((v) => v >= r).length;
    expect(drawnAt(1)).toBeLessThanOrEqual(11 * 11);
    expect(drawnAt(1)).toBeGreaterThan(50);
    expect(drawnAt(0.5)).toBeGreaterThan(drawnAt(1));
    expect(crowdedCells(x, y, t, 1, OPTIONS)).toBe(0);
    expect(crowdedCells(x, y, t, 0.125, OPTIONS)).toBe(0);
  });

  it("is monotone: a node drawn at one ratio is drawn at every smaller one, and the most important first", () => {
    const { x, y, importance } = cloud(5_000);
    const t = nodeLodThresholds(x, y, importance, OPTIONS);
    const at = (r: number) => new Set([...t.keys()].filter((i) => t[i]! >= r));
    const coarse = at(1);
    const fine = at(0.25);
    for (const i of coarse) expect(fine.has(i)).toBe(true);
    expect(t[0]).toBe(4); // the most important node shows at the widest zoom
  });

  it("gives every node a threshold within the camera's bounds, and all show at the closest zoom", () => {
    const { x, y, importance } = cloud(3_000);
    const t = nodeLodThresholds(x, y, importance, OPTIONS);
    expect(Math.min(...t)).toBeGreaterThanOrEqual(0.01 - 1e-9);
    expect(Math.max(...t)).toBeLessThanOrEqual(4);
  });

  it("breaks importance ties by index, so the same graph always draws the same nodes", () => {
    const x = [0, 0.001, 0.002, 1];
    const y = [0, 0.001, 0.002, 1];
    const same = [1, 1, 1, 1];
    const a = nodeLodThresholds(x, y, same, OPTIONS);
    expect(a).toEqual(nodeLodThresholds(x, y, same, OPTIONS));
    expect(a[0]).toBeGreaterThan(a[1]!);
  });

  it("returns an empty table for an empty graph", () => {
    expect(nodeLodThresholds([], [], []).length).toBe(0);
  });
});

describe("LodSlots", () => {
  it("finds the suffix of slots drawn at a ratio when thresholds ascend, hidden slots included", () => {
    const slots = new LodSlots();
    slots.reset(6);
    [0.01, 0.05, null, 0.25, 1, Infinity].forEach((lod, i) => slots.set(i, lod));
    expect(slots.firstDrawn(4)).toBe(5);
    expect(slots.firstDrawn(1)).toBe(4);
    expect(slots.firstDrawn(0.2)).toBe(3);
    expect(slots.firstDrawn(0.05)).toBe(1);
    expect(slots.firstDrawn(0.001)).toBe(0);
  });

  it("draws every slot when the buffer is out of order, and starts afresh on reset", () => {
    const slots = new LodSlots();
    slots.reset(3);
    [1, 0.01, 4].forEach((lod, i) => slots.set(i, lod));
    expect(slots.firstDrawn(2)).toBe(0);
    slots.reset(3);
    [0.01, 1, 4].forEach((lod, i) => slots.set(i, lod));
    expect(slots.firstDrawn(2)).toBe(2);
  });
});
