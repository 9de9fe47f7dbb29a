import { describe, expect, it } from "vitest";
import type { MapExtentRow } from "../../schema/cypher/map.ts";
import { decodeMap } from "../../viz/map-data.ts";
import { chooseTileLevel, encodeOverview } from "./overview.ts";

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
