/**
 * The map's one data model (STYLE §12): decoded columns → a graphology graph whose node
 * attributes are what the reducers and panels read. Nodes the layout has not placed get
 * fallback positions (layout.ts); sizes grow with the degree or paper count the server sent.
 */
import { DirectedGraph } from "graphology";
import type { MapHeader } from "../schema/api.ts";
import { MAP_FLAGS, type MapEdgeType, type NodeType } from "../schema/map.ts";
import { clusterColor } from "../schema/palette.ts";
import { TYPE_COLORS } from "./colors.ts";
import { placeMissing } from "./layout.ts";
import { nodeLodThresholds } from "./lod.ts";
import type { MapColumns } from "./map-data.ts";
import { nodeTimes, timeBin, type TimeScale } from "./time.ts";

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  borderColor: string;
  /** Ring colour: the concept type's; a paper's is its fill, so papers read as plain discs. */
  kind: NodeType;
  cluster: string | null;
  clusterIndex: number;
  /** Ids of the clusters the node is in, top level first (the finer levels the payload carries). */
  clusters: string[];
  year: number | null;
  paperCount: number;
  stub: boolean;
  /** Level of detail: the node is drawn while the camera ratio is at most this (lod.ts). */
  lod: number;
  /** Time for the overlay (time.ts): the year or week of a paper, the mean of a concept's papers; null if unknown. */
  time: number | null;
  /** Step of the time overlay's ramp (time.ts `timeBin`), -1 when the time is unknown. */
  timeBin: number;
  /** In the "Unlinked" group (shares nothing with any other node), which the map hides by default. */
  unlinked: boolean;
  /** 1 + the index in `MapHeader.updates` of the update that added the node; 0 for the build's. */
  added: number;
  /**
   * On an overview map (`MapHeader.overview`): the node stands for a whole tile (a cluster of the
   * tile level), drawn until its nodes are loaded (viz/overview.ts). Absent on papers and concepts.
   */
  aggregate?: true;
}

export interface EdgeAttrs {
  rel: MapEdgeType;
}

export type MapGraph = DirectedGraph<NodeAttrs, EdgeAttrs>;

export interface ClusterInfo {
  id: string;
  label: string;
  /** 0 is the top level; finer levels count up. */
  level: number;
  index: number;
  size: number;
  color: string;
  /** The level's "Other" cluster (small islands) or "Unlinked" group (MapHeader). */
  other: boolean;
  unlinked: boolean;
}

export interface MapMeta {
  /** Top-level clusters (the legend's), largest first. */
  clusters: ClusterInfo[];
  /** Clusters of the finer levels, coloured as the top-level cluster most of their members are in. */
  fineClusters: ClusterInfo[];
  years: { min: number; max: number } | null;
  /** The time overlay's unit and scale (time.ts); null when no paper has a year. */
  time: TimeScale | null;
  maxPaperCount: number;
  typeCounts: Record<string, number>;
  edgeCount: number;
  /** The updates since the build, oldest first (`MapHeader.updates`); empty when there was none. */
  updates: NonNullable<MapHeader["updates"]>;
}

export function positions(cols: MapColumns) {
  const n = cols.ids.length;
  const b = cols.header.bbox;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const placed = new Uint8Array(n);
  const cluster = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    cluster[i] = cols.cluster[i]! - 1;
    if (b && cols.flags[i]! & MAP_FLAGS.hasPosition) {
      x[i] = b.minX + ((cols.x[i]! + 32767) / 65534) * (b.maxX - b.minX);
      y[i] = b.minY + ((cols.y[i]! + 32767) / 65534) * (b.maxY - b.minY);
      placed[i] = 1;
    }
  }
  placeMissing({ x, y, placed, cluster });
  return { x, y };
}

/** Display radius in pixels at the default zoom. */
export function displaySize(kind: NodeType, quantised: number): number {
  const base = kind === "paper" ? 1.5 : 2.5;
  return base + 11 * Math.sqrt(quantised / 255);
}

/**
 * The graph of a decoded payload. `{edges: false}` leaves the edges out (`addEdgesInBatches` adds
 * them afterwards) and also returns `nodesOnly`, a graph of the same nodes for a first paint of big
 * maps while the edges go in.
 */
export function buildGraph(
  cols: MapColumns,
  options: { edges?: boolean } = {},
): { graph: MapGraph; nodesOnly: MapGraph | null; meta: MapMeta } {
  const graph: MapGraph = new DirectedGraph<NodeAttrs, EdgeAttrs>({ multi: false, allowSelfLoops: false });
  const nodesOnly: MapGraph | null = options.edges === false ? new DirectedGraph<NodeAttrs, EdgeAttrs>() : null;
  const { x, y } = positions(cols);
  const types = cols.header.nodeTypes;
  const sizes = Float64Array.from(cols.type, (t, i) => displaySize(types[t] ?? "paper", cols.size[i]!));
  const lod = nodeLodThresholds(x, y, sizes);
  const typeCounts: Record<string, number> = {};
  let minYear = Infinity, maxYear = -Infinity, maxPaperCount = 0; // prettier-ignore
  const times = nodeTimes(cols);
  // Nodes go into the graph by level of detail, least shown first: the order map.ts draws them in.
  const order = Array.from(lod.keys()).sort((a, b) => lod[a]! - lod[b]! || a - b);
  for (const i of order) {
    const clusterIndex = cols.cluster[i]! - 1;
    const entry = cols.header.clusters[clusterIndex];
    const time = Number.isNaN(times.values[i]!) ? null : times.values[i]!;
    const attrs = nodeAttrs(cols, i, { x: x[i]!, y: y[i]!, size: sizes[i]!, lod: lod[i]! }, entry, clusterIndex, {
      time,
      bin: times.scale ? timeBin(time, times.scale) : -1,
    });
    if (attrs.year !== null) [minYear, maxYear] = [Math.min(minYear, attrs.year), Math.max(maxYear, attrs.year)];
    maxPaperCount = Math.max(maxPaperCount, attrs.paperCount);
    typeCounts[attrs.kind] = (typeCounts[attrs.kind] ?? 0) + 1;
    graph.addNode(cols.ids[i]!, attrs);
    nodesOnly?.addNode(cols.ids[i]!, attrs); // the same (never mutated) attributes object
  }
  if (options.edges !== false) addEdges(graph, cols);
  const clusters = cols.header.clusters.map((c, index) => ({
    id: c.id,
    label: c.label,
    level: c.level,
    index,
    size: c.size,
    color: clusterColor(index),
    other: c.other === true,
    unlinked: c.unlinked === true,
  }));
  const years = minYear === Infinity ? null : { min: minYear, max: maxYear };
  const fineClusters = fineClusterInfo(cols);
  const edgeCount = Object.values(cols.header.edgeCounts).reduce((a, b) => a + b, 0);
  const updates = cols.header.updates ?? [];
  const meta = { clusters, fineClusters, years, time: times.scale, maxPaperCount, typeCounts, edgeCount, updates };
  return { graph, nodesOnly, meta };
}

/**
 * The attributes of node `i` of a decoded payload: where and how large it is drawn, its top-level
 * cluster (`entry`, at `clusterIndex` in the legend's table, which gives its colour) and its time.
 */
export function nodeAttrs(
  cols: MapColumns,
  i: number,
  at: { x: number; y: number; size: number; lod: number },
  entry: { id: string; unlinked?: true } | undefined,
  clusterIndex: number,
  time: { time: number | null; bin: number },
): NodeAttrs {
  const kind = cols.header.nodeTypes[cols.type[i]!] ?? "paper";
  const color = clusterColor(clusterIndex < 0 ? null : clusterIndex);
  const cluster = entry?.id ?? null;
  return {
    ...at,
    label: cols.labels[i] ?? cols.ids[i]!,
    color,
    borderColor: kind === "paper" ? color : TYPE_COLORS[kind],
    kind,
    cluster,
    clusterIndex,
    clusters: fineOf(cols, i, cluster),
    year: cols.year[i]! || null,
    paperCount: cols.paperCount[i]!,
    stub: (cols.flags[i]! & MAP_FLAGS.stub) !== 0,
    time: time.time,
    timeBin: time.bin,
    unlinked: entry?.unlinked === true,
    added: cols.added[i]!,
  };
}

/** The ids of the clusters node `i` is in: its top-level cluster, then one per finer level. */
function fineOf(cols: MapColumns, i: number, top: string | null): string[] {
  const out = top === null ? [] : [top];
  (cols.header.levels ?? []).forEach((l, k) => {
    const c = l.clusters[cols.fine[k]![i]! - 1];
    if (c) out.push(c.id);
  });
  return out;
}

function fineClusterInfo(cols: MapColumns): ClusterInfo[] {
  return (cols.header.levels ?? []).flatMap((l, k) => {
    // The top-level cluster most members share gives the colour.
    const votes = l.clusters.map(() => new Map<number, number>());
    const column = cols.fine[k]!;
    for (let i = 0; i < column.length; i++) {
      const c = column[i]!;
      if (c === 0) continue;
      const top = cols.cluster[i]! - 1;
      votes[c - 1]!.set(top, (votes[c - 1]!.get(top) ?? 0) + 1);
    }
    return l.clusters.map((c, index) => {
      const top = [...votes[index]!.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? -1;
      return {
        id: c.id,
        label: c.label,
        level: l.level,
        index,
        size: c.size,
        color: clusterColor(top < 0 ? null : top),
        other: c.other === true,
        unlinked: c.unlinked === true,
      };
    });
  });
}

/** Adds the payload's edges to a graph built with `{edges: false}`; returns how many. */
export function addEdges(graph: MapGraph, cols: MapColumns): number {
  const before = graph.size;
  const batches = addEdgesInBatches(graph, cols, Infinity);
  while (!batches.next().done);
  return graph.size - before;
}

/**
 * Adds the payload's edges `batch` at a time, yielding between batches so a caller can give the
 * page its turn (a map of ~10^5 edges then stays responsive while they go in).
 */
export function* addEdgesInBatches(graph: MapGraph, cols: MapColumns, batch: number): Generator<number> {
  // Edges go in by level of detail too (an edge shows when both its ends do), least shown first.
  const lod = Float32Array.from(cols.ids, (id) => graph.getNodeAttribute(id, "lod"));
  const edges = Object.entries(cols.edges).flatMap(([rel, { source, target }]) =>
    Array.from(source, (s, k) => ({
      rel: rel as MapEdgeType,
      s,
      t: target[k]!,
      lod: Math.min(lod[s]!, lod[target[k]!]!),
    })),
  );
  edges.sort((a, b) => a.lod - b.lod);
  let inBatch = 0;
  for (const { rel, s, t } of edges) {
    // The encoder drops duplicates and self-loops, and MENTIONS and CITES never share a pair.
    graph.addDirectedEdge(cols.ids[s]!, cols.ids[t]!, { rel });
    if (++inBatch >= batch) {
      inBatch = 0;
      yield graph.size;
    }
  }
  yield graph.size;
}
