/**
 * Overview maps
 * =============
 * Pure core: a graph of more than `threshold` papers and concepts is not sent whole. Its map payload
 * (`MapHeader.overview`) carries no nodes, only the cluster tables from the top level down to the
 * tile level and, per cluster of that level, one tile: its mean position, extent and member count,
 * which the map draws as an aggregate disc and loads (`GET /api/map/tile`) when the view zooms into
 * it. Input: every cluster's extent (`MAP_CLUSTER_EXTENTS`); output: the payload's bytes.
 */
import type { MapClusterEntry, MapHeader, MapTile } from "../../schema/api.ts";
import type { CellBox, MapExtentRow } from "../../schema/cypher/map.ts";
import { assemble, encodeMap } from "./encode.ts";

/** One cell of a capped cluster: its tile id (`cluster@path`), region, members' mean and extent. */
export interface TileCell {
  id: string;
  cluster: string;
  box: CellBox;
  x: number;
  y: number;
  members: number;
  bbox: [number, number, number, number];
}

/** Whether (x, y) lies in the cell's region. */
export function inCell(box: CellBox, x: number, y: number): boolean {
  const inX = x >= box.minX && (x < box.maxX || (box.closedX && x === box.maxX));
  const inY = y >= box.minY && (y < box.maxY || (box.closedY && y === box.maxY));
  return inX && inY;
}

/** Deepest split: 4^12 cells; members at one point (or closer than 1/4096 of the extent) stay together. */
const MAX_DEPTH = 12;

/**
 * Splits a cluster of more than `cap` placed members into quadtree cells of at most `cap` members
 * each (more only where MAX_DEPTH stops the split): the midpoint of a cell's region splits it in
 * four, children 0–3 = (low x, low y), (high x, low y), (low x, high y), (high x, high y); empty
 * cells are dropped. A cell's id is `cluster@` and its path of child digits. Deterministic.
 */
export function splitCluster(cluster: string, xs: ArrayLike<number>, ys: ArrayLike<number>, cap: number): TileCell[] {
  const all = Array.from({ length: xs.length }, (_, i) => i);
  if (all.length === 0) return [];
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const i of all) {
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
  }
  const cells: TileCell[] = [];
  const visit = (members: number[], box: CellBox, path: string): void => {
    if (members.length === 0) return;
    if (members.length <= cap || path.length >= MAX_DEPTH) {
      let [sx, sy, a, b, c, d] = [0, 0, Infinity, Infinity, -Infinity, -Infinity];
      for (const i of members) {
        sx += xs[i]!;
        sy += ys[i]!;
        a = Math.min(a, xs[i]!);
        b = Math.min(b, ys[i]!);
        c = Math.max(c, xs[i]!);
        d = Math.max(d, ys[i]!);
      }
      const n = members.length;
      cells.push({ id: `${cluster}@${path}`, cluster, box, x: sx / n, y: sy / n, members: n, bbox: [a, b, c, d] });
      return;
    }
    const midX = (box.minX + box.maxX) / 2;
    const midY = (box.minY + box.maxY) / 2;
    const quads: CellBox[] = [
      { minX: box.minX, minY: box.minY, maxX: midX, maxY: midY, closedX: false, closedY: false },
      { minX: midX, minY: box.minY, maxX: box.maxX, maxY: midY, closedX: box.closedX, closedY: false },
      { minX: box.minX, minY: midY, maxX: midX, maxY: box.maxY, closedX: false, closedY: box.closedY },
      { minX: midX, minY: midY, maxX: box.maxX, maxY: box.maxY, closedX: box.closedX, closedY: box.closedY },
    ];
    const parts: number[][] = [[], [], [], []];
    for (const i of members) parts[quads.findIndex((q) => inCell(q, xs[i]!, ys[i]!))]!.push(i);
    parts.forEach((part, k) => visit(part, quads[k]!, path + k));
  };
  visit(all, { minX, minY, maxX, maxY, closedX: true, closedY: true }, "");
  return cells;
}

export interface OverviewOptions {
  /** Papers and concepts in the graph. */
  nodeCount: number;
  threshold: number;
  /** Most nodes one tile carries. */
  tileCap: number;
}

/** Defaults: maps above 200,000 nodes open as an overview; a tile carries at most 20,000 nodes. */
export const DEFAULT_OVERVIEW = { threshold: 200_000, tileCap: 20_000 } as const;

/**
 * The level whose clusters are the tiles: the coarsest whose largest cluster fits in `cap` (tiles
 * then lose nothing), else the finest (its tiles carry their `cap` largest members).
 */
export function chooseTileLevel(rows: readonly MapExtentRow[], cap: number): number {
  const largest = new Map<number, number>();
  for (const r of rows) largest.set(r.level, Math.max(largest.get(r.level) ?? 0, r.members));
  const levels = [...largest.keys()].sort((a, b) => a - b);
  return levels.find((l) => largest.get(l)! <= cap) ?? levels.at(-1) ?? 0;
}

const byMembers = (a: MapExtentRow, b: MapExtentRow) => b.members - a.members || (a.id < b.id ? -1 : 1);

function entry(r: MapExtentRow): MapClusterEntry {
  return {
    id: r.id,
    label: r.label,
    level: r.level,
    size: r.members,
    ...(r.other ? { other: true as const } : {}),
    ...(r.unlinked ? { unlinked: true as const } : {}),
  };
}

const placed = (r: MapExtentRow) =>
  [r.x, r.y, r.minX, r.minY, r.maxX, r.maxY].every((v) => typeof v === "number" && Number.isFinite(v));

/** The overview payload: header with cluster tables and tiles, and empty node and edge sections. */
export function encodeOverview(
  rows: readonly MapExtentRow[],
  o: OverviewOptions,
  /** The cells of clusters of the tile level with more than `tileCap` members (splitCluster): their tiles. */
  cells: ReadonlyMap<string, readonly TileCell[]> = new Map(),
): { bytes: Uint8Array; header: MapHeader } {
  const tileLevel = chooseTileLevel(rows, o.tileCap);
  const atLevel = (level: number) => rows.filter((r) => r.level === level && r.members > 0).sort(byMembers);
  const top = atLevel(0);
  const levels: NonNullable<MapHeader["levels"]> = [];
  let above = top;
  for (let level = 1; level <= tileLevel; level++) {
    const index = new Map(above.map((r, i) => [r.id, i + 1]));
    const here = atLevel(level);
    levels.push({ level, clusters: here.map((r) => ({ ...entry(r), parent: index.get(r.parent ?? "") ?? 0 })) });
    above = here;
  }
  const tiles: MapTile[] = atLevel(tileLevel)
    .filter(placed)
    .flatMap((r): MapTile[] =>
      cells.has(r.id)
        ? cells.get(r.id)!.map((c) => ({
            id: c.id,
            cluster: r.id,
            x: c.x,
            y: c.y,
            size: c.members,
            nodes: Math.min(c.members, o.tileCap),
            bbox: c.bbox,
          }))
        : [
            {
              id: r.id,
              x: r.x!,
              y: r.y!,
              size: r.members,
              nodes: Math.min(r.members, o.tileCap),
              bbox: [r.minX!, r.minY!, r.maxX!, r.maxY!],
            },
          ],
    );
  let bbox: MapHeader["bbox"] = null;
  for (const t of tiles) {
    const [minX, minY, maxX, maxY] = t.bbox;
    bbox = bbox
      ? {
          minX: Math.min(bbox.minX, minX),
          minY: Math.min(bbox.minY, minY),
          maxX: Math.max(bbox.maxX, maxX),
          maxY: Math.max(bbox.maxY, maxY),
        }
      : { minX, minY, maxX, maxY };
  }
  // The empty node and edge sections of a map without nodes, so the map decodes it as any other.
  const empty = encodeMap({ nodes: [], edges: { MENTIONS: [], CITES: [] }, clusters: [] }).header;
  const header: MapHeader = {
    ...empty,
    clusters: top.map(entry),
    ...(levels.length > 0 ? { levels } : {}),
    bbox,
    overview: { nodeCount: o.nodeCount, threshold: o.threshold, tileLevel, tileCap: o.tileCap, tiles },
  };
  const sections = header.sections.map((s) => ({ ...s, bytes: new Uint8Array(0) }));
  return { bytes: assemble(header, sections), header };
}
