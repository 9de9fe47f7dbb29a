/**
 * Which tiles an overview map holds
 * =================================
 * Pure: on a map too big to send whole (`MapHeader.overview`), each cluster of the tile level is a
 * tile, drawn as one aggregate disc until the view zooms into it. `planTiles` says, for a view,
 * which tiles to load and which to let go: a tile is wanted once the camera is zoomed in past
 * `maxRatio` and the tile's extent meets the view and spans at least `minPx` pixels on screen
 * (close enough that its nodes have room: the whole map stays aggregates at full extent); wanted
 * tiles load nearest the view's centre first while the nodes held stay within `budget`; to make
 * room, tiles the view does not want go first, then wanted ones farther from the centre than the
 * one coming, never a pinned one (the selection's).
 * Memory in the page is then bounded by the budget, whatever the graph's size.
 */

export interface TileBox {
  id: string;
  /** Nodes the tile carries. */
  nodes: number;
  /** Extent [minX, minY, maxX, maxY] in graph units. */
  bbox: readonly [number, number, number, number];
}

export interface TileView {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Graph units per screen pixel at the current zoom. */
  unitsPerPixel: number;
  /** The camera's ratio (1: the whole map in view). */
  ratio: number;
}

export interface TileOptions {
  /** Tiles load only with the camera ratio at most this. */
  maxRatio: number;
  /** A tile loads once its extent spans this many pixels on screen. */
  minPx: number;
  /** Most nodes held at once (the tiles loaded); at least one wanted tile always loads. */
  budget: number;
}

/**
 * Page memory per node held with its edges (graphology, Sigma's buffers), measured by
 * `npm run bench:map -- --overview` on the million-paper graph: at most ~14 KB at the peak, garbage
 * of the tiles' decoding not yet collected included (619 MB with 43,009 nodes on the map), ~3 KB
 * after a collection; so 60,000 nodes stay under 1 GB even at the peak. A tile must span 300 px.
 */
export const DEFAULT_TILE_OPTIONS: TileOptions = { maxRatio: 0.5, minPx: 300, budget: 60_000 };

export interface TilePlan {
  /** Tiles to fetch, most wanted first. */
  load: string[];
  /** Tiles to drop from the graph (their aggregates come back). */
  evict: string[];
}

const centre = (b: TileBox["bbox"]) => ({ x: (b[0] + b[2]) / 2, y: (b[1] + b[3]) / 2 });

/** Whether the camera is in past `maxRatio` and the tile's extent meets the view and spans `minPx` pixels there. */
export function tileWanted(tile: TileBox, view: TileView, o: Pick<TileOptions, "maxRatio" | "minPx">): boolean {
  if (view.ratio > o.maxRatio) return false;
  const [minX, minY, maxX, maxY] = tile.bbox;
  if (maxX < view.minX || minX > view.maxX || maxY < view.minY || minY > view.maxY) return false;
  return Math.max(maxX - minX, maxY - minY) / view.unitsPerPixel >= o.minPx;
}

/**
 * The plan for `view`: `resident` tiles are held now (or loading), `pinned` ones must stay. Wanted
 * tiles go in by distance from the view's centre while the total stays within the budget, making
 * room by letting go of unwanted tiles (farthest first), then of wanted ones farther than the one
 * coming; then, while the held ones still exceed it, the farthest unwanted unpinned tiles go.
 */
export function planTiles(
  tiles: readonly TileBox[],
  view: TileView,
  resident: ReadonlySet<string>,
  pinned: ReadonlySet<string> = new Set(),
  o: TileOptions = DEFAULT_TILE_OPTIONS,
): TilePlan {
  const c = { x: (view.minX + view.maxX) / 2, y: (view.minY + view.maxY) / 2 };
  const distance = (t: TileBox) => {
    const p = centre(t.bbox);
    return Math.hypot(p.x - c.x, p.y - c.y);
  };
  const wanted = tiles.filter((t) => tileWanted(t, view, o));
  const wantedIds = new Set(wanted.map((t) => t.id));
  const held = tiles.filter((t) => resident.has(t.id));
  let total = held.reduce((a, t) => a + t.nodes, 0);
  // Let go first what is not wanted, farthest first; then wanted ones, farthest first.
  const byRelease = [...held]
    .filter((t) => !pinned.has(t.id))
    .sort((a, b) => Number(wantedIds.has(a.id)) - Number(wantedIds.has(b.id)) || distance(b) - distance(a));
  const evict: string[] = [];
  const load: string[] = [];
  // Room for a tile at distance `near`: unwanted tiles go, then wanted ones farther than it.
  const release = (room: number, near: number) => {
    const head = () => byRelease[0]!;
    while (total + room > o.budget && byRelease.length > 0 && (!wantedIds.has(head().id) || distance(head()) > near)) {
      const t = byRelease.shift()!;
      evict.push(t.id);
      total -= t.nodes;
    }
  };
  for (const t of [...wanted].sort((a, b) => distance(a) - distance(b))) {
    if (resident.has(t.id)) continue;
    release(t.nodes, distance(t));
    // At least one tile loads, however large: a view zoomed into it must show its nodes.
    if (total + t.nodes > o.budget && (load.length > 0 || total > 0)) break;
    load.push(t.id);
    total += t.nodes;
  }
  release(0, Infinity);
  return { load, evict };
}
