import { describe, expect, it } from "vitest";
import { placeMissing, type Positions } from "./layout.ts";

function positions(rows: [x: number | null, y: number | null, cluster: number][]): Positions {
  return {
    x: Float64Array.from(rows.map((r) => r[0] ?? 0)),
    y: Float64Array.from(rows.map((r) => r[1] ?? 0)),
    placed: Uint8Array.from(rows.map((r) => (r[0] === null ? 0 : 1))),
    cluster: Int32Array.from(rows.map((r) => r[2])),
  };
}

describe("placeMissing(positions)", () => {
  it("places every node, distinct positions, deterministically", () => {
    const make = () =>
      positions([
        [null, null, 0],
        [null, null, 0],
        [null, null, 1],
        [null, null, -1],
      ]);
    const a = make();
    expect(placeMissing(a)).toBe(4);
    const b = make();
    placeMissing(b);
    expect([...a.x]).toEqual([...b.x]);
    const keys = new Set([...a.x].map((x, i) => `${x.toFixed(6)},${a.y[i]!.toFixed(6)}`));
    expect(keys.size).toBe(4);
    expect([...a.placed]).toEqual([1, 1, 1, 1]);
  });

  it("puts a cluster's unplaced members near its placed members and leaves placed nodes alone", () => {
    const p = positions([
      [100, 100, 0],
      [102, 98, 0],
      [null, null, 0],
      [-100, -100, 1],
    ]);
    placeMissing(p);
    expect(p.x[0]).toBe(100);
    const own = Math.hypot(p.x[2]! - 101, p.y[2]! - 99);
    const other = Math.hypot(p.x[2]! + 100, p.y[2]! + 100);
    expect(own).toBeLessThan(other / 4);
  });

  it("returns 0 when everything is placed", () => {
    expect(placeMissing(positions([[1, 2, 0]]))).toBe(0);
  });
});
