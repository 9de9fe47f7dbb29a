/**
 * Overview maps in the graph
 * ==========================
 * A map too big to send whole (`MapHeader.overview`) opens with one aggregate node per tile (a
 * cluster of the tile level) at its members' mean, sized by their count, in its region's colour;
 * `addTile` puts a tile's nodes and edges into the same graph (the one data model, STYLE §12) and
 * `removeTile` takes them out again. Which tiles to hold is tiles.ts's call, fetching them
 * tile-loader.ts's; this module only builds graph content. No Sigma, no I/O.
 */
import { DirectedGraph } from "graphology";
import type { MapClusterEntry, MapTile } from "../schema/api.ts";
import type { MapEdgeType } from "../schema/map.ts";
import { clusterColor } from "../schema/palette.ts";
import {
  displaySize,
  nodeAttrs,
  positions,
  type ClusterInfo,
  type EdgeAttrs,
  type MapGraph,
  type MapMeta,
  type NodeAttrs,
} from "./graph.ts";
import { DEFAULT_LOD, nodeLodThresholds, type LodFrame } from "./lod.ts";
import type { MapColumns } from "./map-data.ts";
import type { TileBox } from "./tiles.ts";

/** An aggregate's node id: its tile's cluster id behind a prefix no paper or concept id has. */
export const aggregateId = (tile: string): string => `tile:${tile}`;

/** Aggregates are drawn at every zoom (the level of detail never hides them). */
const ALWAYS = 1e6;

export interface Overview {
  graph: MapGraph;
  meta: MapMeta;
  tiles: TileBox[];
  /** Each tile's aggregate node, to put back when the tile is let go. */
  aggregates: Map<string, NodeAttrs>;
  /** The level of detail's grid over the whole map, for the tiles' nodes. */
  frame: LodFrame;
}

function info(c: MapClusterEntry, index: number, color: string): ClusterInfo {
  return {
    id: c.id,
    label: c.label,
    level: c.level,
    index,
    size: c.size,
    color,
    other: c.other === true,
    unlinked: c.unlinked === true,
  };
}

/**
 * Each finer cluster's chain of ancestors, top level first, through the tables' `parent` links:
 * the tile's `clusters` (what labels and filters read) and the top-level index that colours it.
 */
function ancestry(cols: MapColumns): Map<string, { chain: string[]; top: number }> {
  const out = new Map<string, { chain: string[]; top: number }>();
  cols.header.clusters.forEach((c, i) => out.set(c.id, { chain: [c.id], top: i }));
  let above: readonly MapClusterEntry[] = cols.header.clusters;
  for (const level of cols.header.levels ?? []) {
    for (const c of level.clusters) {
      const parent = out.get(above[(c.parent ?? 0) - 1]?.id ?? "");
      out.set(c.id, { chain: [...(parent?.chain ?? []), c.id], top: parent?.top ?? -1 });
    }
    above = level.clusters;
  }
  return out;
}

function aggregateAttrs(tile: MapTile, maxSize: number, cols: MapColumns, lineage: ReturnType<typeof ancestry>) {
  const { chain, top } = lineage.get(tile.cluster ?? tile.id) ?? { chain: [], top: -1 };
  const entry = cols.header.clusters[top];
  const color = clusterColor(top < 0 ? null : top);
  const attrs: NodeAttrs = {
    x: tile.x,
    y: tile.y,
    // A disc from 8 to 48 pixels across at ratio 1, its area growing with the members.
    size: 4 + 20 * Math.sqrt(tile.size / maxSize),
    label: "",
    color,
    borderColor: color,
    kind: "paper",
    cluster: entry?.id ?? null,
    clusterIndex: top,
    clusters: chain,
    year: null,
    paperCount: 0,
    stub: false,
    lod: ALWAYS,
    time: null,
    timeBin: -1,
    unlinked: entry?.unlinked === true,
    added: 0,
    aggregate: true,
  };
  return attrs;
}

/** The overview's graph: one aggregate per tile; its meta: the cluster tables down to the tile level. */
export function buildOverview(cols: MapColumns): Overview {
  const overview = cols.header.overview!;
  const graph: MapGraph = new DirectedGraph<NodeAttrs, EdgeAttrs>({ multi: false, allowSelfLoops: false });
  const lineage = ancestry(cols);
  const maxSize = overview.tiles.reduce((a, t) => Math.max(a, t.size), 1);
  const aggregates = new Map<string, NodeAttrs>();
  for (const tile of overview.tiles) {
    const attrs = aggregateAttrs(tile, maxSize, cols, lineage);
    aggregates.set(tile.id, attrs);
    graph.addNode(aggregateId(tile.id), attrs);
  }
  const clusters = cols.header.clusters.map((c, i) => info(c, i, clusterColor(i)));
  const fineClusters = (cols.header.levels ?? []).flatMap((l) =>
    l.clusters.map((c, i) => {
      const top = lineage.get(c.id)?.top ?? -1;
      return info(c, i, clusterColor(top < 0 ? null : top));
    }),
  );
  const b = cols.header.bbox ?? { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  const meta: MapMeta = {
    clusters,
    fineClusters,
    years: null,
    time: null,
    maxPaperCount: 0,
    typeCounts: {},
    edgeCount: 0,
    updates: [],
  };
  const tiles = overview.tiles.map((t) => ({ id: t.id, nodes: t.nodes, bbox: t.bbox }));
  const frame = { minX: b.minX, minY: b.minY, extent: Math.max(b.maxX - b.minX, b.maxY - b.minY) || 1 };
  return { graph, meta, tiles, aggregates, frame };
}

/**
 * Adds a decoded tile's nodes (those not on the map yet) and the edges between nodes on the map;
 * returns the ids added. Nodes take the legend's colour of their top-level cluster and a level of
 * detail on the whole map's grid, so a tile draws as densely as the map around it.
 */
export function addTile(graph: MapGraph, cols: MapColumns, meta: MapMeta, frame: LodFrame): string[] {
  const { x, y } = positions(cols);
  const types = cols.header.nodeTypes;
  const sizes = Float64Array.from(cols.type, (t, i) => displaySize(types[t] ?? "paper", cols.size[i]!));
  const lod = nodeLodThresholds(x, y, sizes, DEFAULT_LOD, frame);
  const legend = new Map(meta.clusters.map((c) => [c.id, c]));
  const added: string[] = [];
  const order = Array.from(lod.keys()).sort((a, b) => lod[a]! - lod[b]! || a - b);
  for (const i of order) {
    const id = cols.ids[i]!;
    if (graph.hasNode(id)) continue;
    const entry = cols.header.clusters[cols.cluster[i]! - 1];
    const top = entry ? legend.get(entry.id) : undefined;
    const at = { x: x[i]!, y: y[i]!, size: sizes[i]!, lod: lod[i]! };
    const known = top ? { id: top.id, ...(top.unlinked ? { unlinked: true as const } : {}) } : undefined;
    graph.addNode(id, nodeAttrs(cols, i, at, known, top?.index ?? -1, { time: null, bin: -1 }));
    added.push(id);
  }
  for (const [rel, { source, target }] of Object.entries(cols.edges)) {
    source.forEach((s, k) => {
      const [a, b] = [cols.ids[s]!, cols.ids[target[k]!]!];
      if (graph.hasNode(a) && graph.hasNode(b) && !graph.hasDirectedEdge(a, b))
        graph.addDirectedEdge(a, b, { rel: rel as MapEdgeType });
    });
  }
  return added;
}

/** Takes a tile's nodes (and so their edges) off the map. */
export function removeTile(graph: MapGraph, ids: readonly string[]): void {
  for (const id of ids) if (graph.hasNode(id)) graph.dropNode(id);
}
