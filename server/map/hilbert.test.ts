import { describe, expect, it } from "vitest";
import { hilbertIndex } from "./hilbert.ts";

describe("hilbertIndex(x, y)", () => {
  it("visits every cell of a small grid once, each step to an adjacent cell", () => {
    const bits = 3;
    const n = 1 << bits;
    const byIndex: [number, number][] = [];
    for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) byIndex[hilbertIndex(x, y, bits)] = [x, y];
    expect(byIndex.filter(Boolean)).toHaveLength(n * n);
    for (let d = 1; d < n * n; d++) {
      const [a, b] = [byIndex[d - 1]!, byIndex[d]!];
      expect(Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1])).toBe(1);
    }
  });

  it("stays an exact integer over the payload's 16-bit grid", () => {
    expect(hilbertIndex(65535, 0)).toBe(65536 * 65536 - 1);
    expect(hilbertIndex(0, 0)).toBe(0);
  });
});
