import { describe, expect, it } from "vitest";
import { planTiles, tileWanted, type TileBox, type TileView } from "./tiles.ts";

// A row of four 10 × 10 tiles along x, 100 nodes each.
const TILES: TileBox[] = [0, 1, 2, 3].map((k) => ({ id: `t${k}`, nodes: 100, bbox: [k * 20, 0, k * 20 + 10, 10] }));
const view = (minX: number, maxX: number, unitsPerPixel: number, ratio = 0.1): TileView => ({
  minX,
  maxX,
  minY: -5,
  maxY: 15,
  unitsPerPixel,
  ratio,
});

describe("tileWanted(tile, view, options)", () => {
  it("wants a tile whose extent meets the view and spans minPx pixels, zoomed in past maxRatio", () => {
    const o = { maxRatio: 0.5, minPx: 50 };
    expect(tileWanted(TILES[0]!, view(0, 30, 0.1), o)).toBe(true); // 10 units = 100 px
    expect(tileWanted(TILES[0]!, view(0, 30, 1), o)).toBe(false); // 10 px: zoomed out
    expect(tileWanted(TILES[3]!, view(0, 30, 0.1), o)).toBe(false); // out of view
    expect(tileWanted(TILES[0]!, view(0, 30, 0.1, 0.8), o)).toBe(false); // the whole map in view
  });
});

describe("planTiles(tiles, view, resident, pinned, options)", () => {
  const o = { maxRatio: 0.5, minPx: 50, budget: 250 };

  it("loads the wanted tiles nearest the view's centre first, within the budget", () => {
    expect(planTiles(TILES, view(0, 70, 0.1), new Set(), new Set(), o)).toEqual({ load: ["t1", "t2"], evict: [] });
  });

  it("loads nothing while zoomed out, and keeps what it holds while within the budget", () => {
    expect(planTiles(TILES, view(0, 70, 1), new Set(["t0", "t1"]), new Set(), o)).toEqual({ load: [], evict: [] });
    expect(planTiles(TILES, view(0, 70, 0.1, 1), new Set(), new Set(), o)).toEqual({ load: [], evict: [] });
  });

  it("lets the farthest unwanted tiles go to make room, never a pinned one", () => {
    const plan = planTiles(TILES, view(45, 75, 0.1), new Set(["t0", "t1"]), new Set(["t0"]), { ...o, budget: 300 });
    expect(plan).toEqual({ load: ["t3", "t2"], evict: ["t1"] });
    // With no room left and nothing else to let go, the pinned tile stays and the rest waits.
    expect(planTiles(TILES, view(45, 75, 0.1), new Set(["t0"]), new Set(["t0"]), { ...o, budget: 150 })).toEqual({
      load: [],
      evict: [],
    });
  });

  it("lets a farther wanted tile go for a nearer one", () => {
    // t1 and t2 are both in view; the view's centre is on t2, and t1 holds the budget.
    const plan = planTiles(TILES, view(20, 56, 0.1), new Set(["t1"]), new Set(), { ...o, budget: 150 });
    expect(plan).toEqual({ load: ["t2"], evict: ["t1"] });
  });

  it("loads one tile larger than the budget when the view is inside it", () => {
    const big = [{ id: "big", nodes: 1000, bbox: [0, 0, 10, 10] as const }];
    expect(planTiles(big, view(2, 8, 0.01), new Set(), new Set(), o)).toEqual({ load: ["big"], evict: [] });
  });
});
