import { describe, expect, it } from "vitest";
import { coreExtent, quantile } from "./extent.ts";

describe("quantile(sorted, q)", () => {
  it("takes the nearest rank", () => {
    expect(quantile([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4, 5], 1)).toBe(5);
  });
});

describe("coreExtent(xs, ys)", () => {
  it("leaves out a few stray points once there are enough", () => {
    // 100 points on a 10 × 10 grid at 0..9, and two strays far out.
    const xs = [...Array.from({ length: 100 }, (_, i) => i % 10), 1000, -1000];
    const ys = [...Array.from({ length: 100 }, (_, i) => Math.floor(i / 10)), 0, 500];
    const [minX, minY, maxX, maxY] = coreExtent(xs, ys)!;
    expect([minX, maxX]).toEqual([0, 9]);
    expect(minY).toBeGreaterThanOrEqual(0);
    expect(maxY).toBeLessThanOrEqual(9);
  });

  it("keeps the plain extent of a few points, and has none for no points", () => {
    expect(coreExtent([0, 5, 100], [1, 2, 3])).toEqual([0, 1, 100, 3]);
    expect(coreExtent([], [])).toBeNull();
  });
});
