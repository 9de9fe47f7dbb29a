import { describe, expect, it } from "vitest";
import { seededRng } from "../projection/rng.ts";
import { neighbourShare } from "./contiguity.ts";

describe("neighbourShare(x, y, cluster, k)", () => {
  const rng = seededRng(5);
  const n = 400;
  const x = Float64Array.from({ length: n }, () => rng() * 10);
  const y = Float64Array.from({ length: n }, () => rng() * 10);

  it("is 1 when clusters are separate regions", () => {
    const shifted = x.map((v, i) => (i % 2 === 0 ? v : v + 100));
    expect(
      neighbourShare(
        shifted,
        y,
        Int32Array.from({ length: n }, (_, i) => i % 2),
      ),
    ).toBe(1);
  });

  it("is near chance when clusters are mixed at random", () => {
    const share = neighbourShare(
      x,
      y,
      Int32Array.from({ length: n }, (_, i) => i % 2),
    );
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
  });

  it("is the exact share on a small case, and skips unclustered and skipped nodes", () => {
    // Nodes 0–3 on a line: clusters 0, 0, 1, 1; with k = 1 each node's nearest is its cluster mate.
    expect(neighbourShare([0, 1, 10, 11], [0, 0, 0, 0], [0, 0, 1, 1], 1)).toBe(1);
    expect(neighbourShare([0, 1, 2, 3], [0, 0, 0, 0], [0, 1, 0, -1], 1)).toBe(0);
    // With node 1 skipped: 0's nearest is 2 (same), 2's is 3 (other), 3's is 2 (other).
    expect(neighbourShare([0, 1, 2, 3], [0, 0, 0, 0], [0, 9, 0, 1], 1, (c) => c === 9)).toBeCloseTo(1 / 3, 9);
  });
});
