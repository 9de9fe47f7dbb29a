import { describe, expect, it } from "vitest";
import type { MapExtentRow } from "../../schema/cypher/map.ts";
import { decodeMap } from "../../viz/map-data.ts";
import { chooseTileLevel, encodeOverview, inCell, splitCluster } from "./overview.ts";

const row = (
  id: string,
  level: number,
  members: number,
  parent: string | null,
  at: [number, number],
): MapExtentRow => ({
  id,
  label: id.toUpperCase(),
  level,
  parent,
  other: false,
  unlinked: false,
  members,
  x: at[0],
  y: at[1],
  minX: at[0] - 1,
  minY: at[1] - 1,
  maxX: at[0] + 1,
  maxY: at[1] + 1,
});

// Two regions of 60 and 40 members, split into three finer clusters.
const ROWS: MapExtentRow[] = [
  row("a", 0, 60, null, [0, 0]),
  row("b", 0, 40, null, [10, 0]),
  row("a1", 1, 35, "a", [-1, 0]),
  row("a2", 1, 25, "a", [1, 0]),
  row("b1", 1, 40, "b", [10, 0]),
];

describe("chooseTileLevel(rows, cap)", () => {
  it("takes the coarsest level whose largest cluster fits, else the finest", () => {
    expect(chooseTileLevel(ROWS, 60)).toBe(0);
    expect(chooseTileLevel(ROWS, 59)).toBe(1);
    expect(chooseTileLevel(ROWS, 10)).toBe(1);
    expect(chooseTileLevel([], 10)).toBe(0);
  });
});

describe("encodeOverview(rows, options)", () => {
  it("sends no nodes, the cluster tables down to the tile level, and one tile per cluster there", () => {
    const { bytes, header } = encodeOverview(ROWS, { nodeCount: 100, threshold: 50, tileCap: 38 });
    const cols = decodeMap(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(cols.header.nodeCount).toBe(0);
    expect(cols.ids).toEqual([]);
    expect(header.clusters.map((c) => [c.id, c.size])).toEqual([
      ["a", 60],
      ["b", 40],
    ]);
    // Finer clusters name their parent as 1 + its index in the level above.
    expect(header.levels?.[0]?.clusters.map((c) => [c.id, c.parent])).toEqual([
      ["b1", 2],
      ["a1", 1],
      ["a2", 1],
    ]);
    expect(header.overview).toMatchObject({ nodeCount: 100, threshold: 50, tileLevel: 1, tileCap: 38 });
    expect(header.overview?.tiles.map((t) => [t.id, t.size, t.nodes])).toEqual([
      ["b1", 40, 38],
      ["a1", 35, 35],
      ["a2", 25, 25],
    ]);
    expect(header.bbox).toEqual({ minX: -2, minY: -1, maxX: 11, maxY: 1 });
  });

  it("leaves out clusters without members and tiles without a position", () => {
    const rows = [...ROWS, row("empty", 0, 0, null, [0, 0]), { ...row("c", 0, 5, null, [0, 0]), x: null }];
    const { header } = encodeOverview(rows, { nodeCount: 105, threshold: 50, tileCap: 100 });
    expect(header.clusters.map((c) => c.id)).toEqual(["a", "b", "c"]);
    expect(header.overview?.tiles.map((t) => t.id)).toEqual(["a", "b"]);
  });
});

describe("splitCluster(cluster, xs, ys, cap)", () => {
  // A 10 × 10 grid of members at 0..9 on each axis.
  const xs = Array.from({ length: 100 }, (_, i) => i % 10);
  const ys = Array.from({ length: 100 }, (_, i) => Math.floor(i / 10));

  it("puts every member in exactly one cell of at most cap members, by quadrant", () => {
    const cells = splitCluster("k", xs, ys, 30);
    expect(cells.map((c) => [c.id, c.members])).toEqual([
      ["k@0", 25],
      ["k@1", 25],
      ["k@2", 25],
      ["k@3", 25],
    ]);
    for (let i = 0; i < 100; i++)
      expect(cells.filter((c) => inCell(c.box, xs[i]!, ys[i]!)).map((c) => c.id)).toHaveLength(1);
    // The cluster's maximum belongs to the last cell (closed there), the midpoint to the upper half.
    expect(cells[3]).toMatchObject({ cluster: "k", bbox: [5, 5, 9, 9], x: 7, y: 7 });
    expect(inCell(cells[3]!.box, 9, 9)).toBe(true);
    expect(inCell(cells[0]!.box, 4.5, 0)).toBe(false);
  });

  it("splits deeper where a quadrant is still above the cap, and drops empty cells", () => {
    const cells = splitCluster("k", [...xs, 0, 0, 0], [...ys, 0, 0, 0], 26);
    expect(cells.map((c) => c.id)).toEqual(["k@00", "k@01", "k@02", "k@03", "k@1", "k@2", "k@3"]);
    expect(cells.reduce((a, c) => a + c.members, 0)).toBe(103);
    expect(Math.max(...cells.map((c) => c.members))).toBeLessThanOrEqual(26);
    expect(splitCluster("k", [], [], 5)).toEqual([]);
  });

  it("stops at its depth limit when members share one point (the tile then carries the cap's largest)", () => {
    const cells = splitCluster("k", [1, 1, 1, 2], [1, 1, 1, 2], 2);
    expect(cells.map((c) => c.members).sort()).toEqual([1, 3]);
    expect(cells.find((c) => c.members === 3)!.id).toMatch(/^k@0{12}$/);
  });
});

describe("encodeOverview(rows, options, cells)", () => {
  it("sends a capped cluster's cells as its tiles, each naming the cluster", () => {
    // Four members at the corners, a cap of 2: one cell per quadrant.
    const cells = new Map([["b1", splitCluster("b1", [9, 11, 9, 11], [-1, -1, 1, 1], 2)]]);
    const { header } = encodeOverview(ROWS, { nodeCount: 100, threshold: 50, tileCap: 38 }, cells);
    expect(header.overview?.tiles.map((t) => [t.id, t.cluster, t.size, t.nodes])).toEqual([
      ["b1@0", "b1", 1, 1],
      ["b1@1", "b1", 1, 1],
      ["b1@2", "b1", 1, 1],
      ["b1@3", "b1", 1, 1],
      ["a1", undefined, 35, 35],
      ["a2", undefined, 25, 25],
    ]);
  });
});
