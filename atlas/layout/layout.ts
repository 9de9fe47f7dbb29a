/**
 * Map layout
 * ==========
 * Projection (+ each node's top-level cluster) → x, y and size for every node, deterministic for a
 * given seed:
 *  1. seeding: top-level clusters, largest first, get centres on a sunflower spiral (golden angle,
 *     radius ∝ √ of the nodes placed so far), their children (when `pathOf` gives the levels) on a
 *     spiral around it, and their nodes start in a disc around their slot, so regions land apart
 *     and ForceAtlas2 only has to settle them;
 *  2. ForceAtlas2 (Jacomy et al. 2014) on the search graph (the nodes and IDF-weighted edges the
 *     clustering used), edges between two top-level clusters weighted by `crossClusterWeight` and
 *     each node pulled towards its top-level cluster's centroid (`clusterPull`), so each region is
 *     drawn as one contiguous blob; Barnes–Hut above `barnesHutAbove` nodes;
 *  3. nodes left out (rare or common concepts) go to the weighted mean of their placed neighbours
 *     plus a little seeded jitter; what links to nothing is gathered in one compact disc beside the
 *     map (the "unlinked" group);
 *  4. sizes from degree, then an anti-overlap pass (overlap.ts) with discs scaled to the local
 *     spacing (the median disc's radius = `spacing` × the median nearest-neighbour distance).
 */
import type { WeightedGraph } from "../projection/csr.ts";
import { searchGraph, type Projection } from "../projection/projection.ts";
import { seededRng, type Rng } from "../projection/rng.ts";
import { forceAtlas2, inferFa2Settings } from "./fa2.ts";
import { medianNearestDistance, removeOverlaps, type OverlapResult } from "./overlap.ts";

export interface LayoutOptions {
  /** ForceAtlas2 iterations. */
  iterations: number;
  seed: number;
  /** Barnes–Hut approximation above this many nodes (O(n log n) instead of O(n²) repulsion). */
  barnesHutAbove: number;
  overlapIterations: number;
  /** Radius of the median disc in the anti-overlap pass, as a share of the median nearest-neighbour distance. */
  spacing: number;
  /** ForceAtlas2 weight of an edge between two top-level clusters, as a share of its search weight. */
  crossClusterWeight: number;
  /** Pull of each node towards its top-level cluster's centroid in ForceAtlas2 (0 = none). */
  clusterPull: number;
}

export const DEFAULT_LAYOUT_OPTIONS: Readonly<LayoutOptions> = {
  iterations: 100,
  seed: 42,
  barnesHutAbove: 2000,
  overlapIterations: 100,
  spacing: 0.25,
  crossClusterWeight: 0.25,
  clusterPull: 0.01,
};

export interface Layout {
  /** Projection node keys, the order of x, y and size. */
  keys: string[];
  x: Float64Array;
  y: Float64Array;
  size: Float64Array;
  forceNodes: number;
  forceEdges: number;
  barnesHut: boolean;
  /** Placed from their neighbours after the force pass / linked to nothing, gathered in one spot beside the map. */
  attached: number;
  unlinked: number;
  overlap: OverlapResult;
  timings: { forceMs: number; placeMs: number; overlapMs: number };
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A uniform point in the unit disc. */
function inDisc(rng: Rng): [number, number] {
  const r = Math.sqrt(rng());
  const a = 2 * Math.PI * rng();
  return [r * Math.cos(a), r * Math.sin(a)];
}

/** A node's clusters, top level first (null: none); the seeding nests each level inside the one above. */
export type ClusterPath = (key: string) => readonly (string | number)[] | null;

/**
 * Starting positions: the top-level clusters, largest first, on a sunflower spiral (golden angle,
 * radius ∝ √ of the nodes placed before), then each cluster's children on a spiral of their own
 * around its centre, level by level; the nodes in a disc around their finest cluster's slot.
 */
export function seedPositions(
  keys: readonly string[],
  clusterOf: (key: string) => string | null,
  rng: Rng,
  pathOf: ClusterPath = (key) => {
    const c = clusterOf(key);
    return c === null ? null : [c];
  },
): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(keys.length);
  const y = new Float64Array(keys.length);
  const paths = keys.map((key) => pathOf(key));
  const scatter = (members: readonly number[], cx: number, cy: number, spread: number) => {
    for (const v of members) {
      const [dx, dy] = inDisc(rng);
      x[v] = cx + spread * dx;
      y[v] = cy + spread * dy;
    }
  };
  const place = (members: readonly number[], cx: number, cy: number, depth: number): void => {
    const groups = new Map<string, number[]>();
    const leaves: number[] = [];
    for (const v of members) {
      const path = paths[v]!;
      if (depth >= path.length) {
        leaves.push(v);
        continue;
      }
      const c = String(path[depth]);
      const list = groups.get(c) ?? [];
      list.push(v);
      groups.set(c, list);
    }
    if (groups.size === 0) return scatter(leaves, cx, cy, 0.6 * Math.sqrt(members.length));
    if (groups.size === 1 && leaves.length === 0) return place(members, cx, cy, depth + 1);
    const ordered = [...groups].sort(([a, p], [b, q]) => q.length - p.length || (a < b ? -1 : a > b ? 1 : 0));
    let placed = 0;
    ordered.forEach(([, list], i) => {
      const radius = 1.5 * Math.sqrt(placed + list.length / 2);
      place(list, cx + radius * Math.cos(i * GOLDEN_ANGLE), cy + radius * Math.sin(i * GOLDEN_ANGLE), depth + 1);
      placed += list.length;
    });
    scatter(leaves, cx, cy, 0.6 * Math.sqrt(leaves.length));
  };
  const unclustered: number[] = [];
  const clustered: number[] = [];
  keys.forEach((_key, i) => (paths[i] === null ? unclustered : clustered).push(i));
  // Clustered nodes on the spiral; nodes with no cluster (no clustering run) spread over the whole disc.
  place(clustered, 0, 0, 0);
  scatter(unclustered, 0, 0, 1.5 * Math.sqrt(keys.length));
  return { x, y };
}

/**
 * The search graph with the edges between two top-level clusters weighted by `factor`: each region
 * holds together more than it pulls on its neighbours, so it is drawn as one contiguous blob.
 */
function crossWeighted(
  g: WeightedGraph,
  keys: readonly string[],
  clusterOf: (key: string) => string | null,
  factor: number,
): WeightedGraph {
  if (factor === 1) return g;
  const cluster = keys.map((key) => clusterOf(key));
  const weights = Float64Array.from(g.weights);
  for (let i = 0; i < g.n; i++)
    for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++)
      if (cluster[i] !== cluster[g.neighbours[e]!]) weights[e] = weights[e]! * factor;
  return { ...g, weights };
}

function forcePass(
  projection: Projection,
  clusterOf: (key: string) => string | null,
  options: LayoutOptions,
  rng: Rng,
  pathOf?: ClusterPath,
) {
  const sg = searchGraph(projection);
  const { x, y } = seedPositions(sg.keys, clusterOf, rng, pathOf);
  const settings = inferFa2Settings(sg.graph.n, options.barnesHutAbove);
  const graph = crossWeighted(sg.graph, sg.keys, clusterOf, options.crossClusterWeight);
  const ids = new Map<string, number>();
  const group = Int32Array.from(sg.keys, (key) => {
    const c = clusterOf(key);
    if (c === null) return -1;
    if (!ids.has(c)) ids.set(c, ids.size);
    return ids.get(c)!;
  });
  const pull = { group, strength: options.clusterPull };
  if (sg.graph.n > 1 && options.iterations > 0) forceAtlas2(graph, x, y, settings, options.iterations, pull);
  return { sg, x, y, barnesHut: settings.barnesHut };
}

/** Places nodes the force pass left out: at their placed neighbours' weighted mean, else together in one spot beside the map. */
function placeRest(
  projection: Projection,
  keys: string[],
  x: Float64Array,
  y: Float64Array,
  placed: Uint8Array,
  rng: Rng,
) {
  const g = projection.graph;
  const index = new Map(keys.map((k, i) => [k, i]));
  const spacing = Math.max(1, extentOf(x, y, placed) / Math.sqrt(Math.max(1, keys.length)));
  let attached = 0;
  for (let round = 0; round < 4; round++) {
    const found: [number, number, number][] = [];
    keys.forEach((key, v) => {
      if (placed[v]) return;
      let sx = 0;
      let sy = 0;
      let sw = 0;
      g.forEachEdge(key, (_e, attr, s, t) => {
        const u = index.get(s === key ? t : s)!;
        if (!placed[u]) return;
        sx += attr.raw * x[u]!;
        sy += attr.raw * y[u]!;
        sw += attr.raw;
      });
      if (sw > 0) found.push([v, sx / sw, sy / sw]);
    });
    if (found.length === 0) break;
    for (const [v, mx, my] of found) {
      const [dx, dy] = inDisc(rng);
      x[v] = mx + spacing * dx;
      y[v] = my + spacing * dy;
      placed[v] = 1;
    }
    attached += found.length;
  }
  // What nothing links: one compact sunflower disc just right of the map, not a ring around it.
  const rest = keys.flatMap((_key, v) => (placed[v] ? [] : [v]));
  const radius = spacing * Math.sqrt(rest.length);
  const cx = extentOf(x, y, placed) + 2 * spacing + radius;
  rest.forEach((v, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    x[v] = cx + r * Math.cos(i * GOLDEN_ANGLE);
    y[v] = r * Math.sin(i * GOLDEN_ANGLE);
  });
  return { attached, unlinked: rest.length };
}

/** Largest distance of a placed node from the origin (0 when none). */
function extentOf(x: Float64Array, y: Float64Array, placed: Uint8Array): number {
  let r = 0;
  for (let i = 0; i < x.length; i++) if (placed[i]) r = Math.max(r, Math.hypot(x[i]!, y[i]!));
  return r;
}

/** Display size from degree: 2 for an isolated node, about 30 for a hub of 10⁴ links. */
export function nodeSize(degree: number): number {
  return Math.round((2 + 3 * Math.log1p(degree)) * 100) / 100;
}

/**
 * Scale of the discs: the median disc's radius is `spacing` × the median nearest-neighbour
 * distance, so the pass only has local conflicts to settle whatever scale ForceAtlas2 ended at.
 */
function discScale(x: Float64Array, y: Float64Array, size: Float64Array, spacing: number): number {
  const nearest = medianNearestDistance(x, y);
  const sorted = Float64Array.from(size).sort();
  const median = sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)]! : 1;
  return nearest > 0 && median > 0 ? (spacing * nearest) / median : 1;
}

export function layoutProjection(
  projection: Projection,
  options: LayoutOptions = DEFAULT_LAYOUT_OPTIONS,
  clusterOf: (key: string) => string | null = (key) => projection.graph.getNodeAttribute(key, "cluster"),
  clock: () => number = () => 0,
  pathOf?: ClusterPath,
): Layout {
  const rng = seededRng(options.seed);
  const keys = projection.graph.nodes();
  const t0 = clock();
  const force = forcePass(projection, clusterOf, options, rng, pathOf);
  const t1 = clock();
  const x = new Float64Array(keys.length);
  const y = new Float64Array(keys.length);
  const placed = new Uint8Array(keys.length);
  keys.forEach((key, i) => {
    const j = force.sg.index.get(key);
    if (j === undefined) return;
    x[i] = force.x[j]!;
    y[i] = force.y[j]!;
    placed[i] = 1;
  });
  const rest = placeRest(projection, keys, x, y, placed, rng);
  const size = Float64Array.from(keys, (key) => nodeSize(projection.graph.degree(key)));
  const t2 = clock();
  const scale = discScale(x, y, size, options.spacing);
  const radius = size.map((s) => s * scale);
  const overlap = removeOverlaps(x, y, radius, { margin: 0.1 * scale, maxIterations: options.overlapIterations });
  const t3 = clock();
  return {
    keys,
    x,
    y,
    size,
    forceNodes: force.sg.graph.n,
    forceEdges: force.sg.edges.source.length,
    barnesHut: force.barnesHut,
    attached: rest.attached,
    unlinked: rest.unlinked,
    overlap,
    timings: { forceMs: t1 - t0, placeMs: t2 - t1, overlapMs: t3 - t2 },
  };
}
