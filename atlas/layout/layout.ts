/**
 * Map layout
 * ==========
 * Projection (+ each node's top-level cluster) → x, y and size for every node, deterministic for a
 * given seed:
 *  1. seeding: clusters, largest first, get centres on a sunflower spiral (golden angle, radius ∝
 *     √ of the nodes placed so far) and their nodes start in a disc around it, so clusters land
 *     apart and ForceAtlas2 only has to settle them;
 *  2. ForceAtlas2 (Jacomy et al. 2014) on the search graph (the nodes and IDF-weighted edges the
 *     clustering used), Barnes–Hut above `barnesHutAbove` nodes;
 *  3. nodes left out (rare or common concepts, unlinked papers) go to the weighted mean of their
 *     placed neighbours plus a little seeded jitter, or onto an outer ring if they have none;
 *  4. sizes from degree, then an anti-overlap pass (overlap.ts) with discs scaled to the local
 *     spacing (the median disc's radius = `spacing` × the median nearest-neighbour distance).
 */
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
}

export const DEFAULT_LAYOUT_OPTIONS: Readonly<LayoutOptions> = {
  iterations: 100,
  seed: 42,
  barnesHutAbove: 2000,
  overlapIterations: 100,
  spacing: 0.25,
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
  /** Placed from their neighbours after the force pass / put on the outer ring. */
  attached: number;
  ring: number;
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

/** Starting positions: one spiral slot per cluster (largest first), nodes in a disc around it. */
export function seedPositions(
  keys: readonly string[],
  clusterOf: (key: string) => string | null,
  rng: Rng,
): { x: Float64Array; y: Float64Array } {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const c = clusterOf(key) ?? "";
    const list = groups.get(c) ?? [];
    list.push(i);
    groups.set(c, list);
  });
  const ordered = [...groups].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : a > b ? 1 : 0));
  const x = new Float64Array(keys.length);
  const y = new Float64Array(keys.length);
  const total = Math.sqrt(keys.length);
  let placed = 0;
  ordered.forEach(([cluster, members], i) => {
    const radius = 1.5 * Math.sqrt(placed + members.length / 2);
    const [cx, cy] =
      cluster === "" ? [0, 0] : [radius * Math.cos(i * GOLDEN_ANGLE), radius * Math.sin(i * GOLDEN_ANGLE)];
    const spread = cluster === "" ? 1.5 * total : 0.6 * Math.sqrt(members.length);
    for (const v of members) {
      const [dx, dy] = inDisc(rng);
      x[v] = cx + spread * dx;
      y[v] = cy + spread * dy;
    }
    placed += members.length;
  });
  return { x, y };
}

function forcePass(
  projection: Projection,
  clusterOf: (key: string) => string | null,
  options: LayoutOptions,
  rng: Rng,
) {
  const sg = searchGraph(projection);
  const { x, y } = seedPositions(sg.keys, clusterOf, rng);
  const settings = inferFa2Settings(sg.graph.n, options.barnesHutAbove);
  if (sg.graph.n > 1 && options.iterations > 0) forceAtlas2(sg.graph, x, y, settings, options.iterations);
  return { sg, x, y, barnesHut: settings.barnesHut };
}

/** Places nodes the force pass left out: at their placed neighbours' weighted mean, else on a ring. */
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
  const outer = 1.1 * extentOf(x, y, placed) + spacing;
  let ring = 0;
  keys.forEach((_key, v) => {
    if (placed[v]) return;
    x[v] = outer * Math.cos(ring * GOLDEN_ANGLE);
    y[v] = outer * Math.sin(ring * GOLDEN_ANGLE);
    ring += 1;
  });
  return { attached, ring };
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
): Layout {
  const rng = seededRng(options.seed);
  const keys = projection.graph.nodes();
  const t0 = clock();
  const force = forcePass(projection, clusterOf, options, rng);
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
    ring: rest.ring,
    overlap,
    timings: { forceMs: t1 - t0, placeMs: t2 - t1, overlapMs: t3 - t2 },
  };
}
