/**
 * Placing new nodes on an existing map
 * ====================================
 * Positions of the nodes already on the map (`known`, never moved) + the projection of the grown
 * graph → positions for the new nodes only, deterministic for a given seed:
 *  1. sizes from degree for every node (nodeSize, as layout.ts); the disc scale and the spacing
 *     unit come from the known nodes (the median nearest-neighbour distance), so new discs fit the
 *     density the map already has;
 *  2. a new node goes to the weighted mean of its placed neighbours (search weights, so a concept
 *     every paper names pulls little), counting only those in its own top-level cluster when it has
 *     any, plus seeded jitter of one spacing unit; rounds repeat for new nodes linked only to new
 *     nodes; a node still unplaced goes near its cluster's placed members, else beside the map;
 *  3. a local force pass over the new nodes only: each is pulled towards the weighted mean of its
 *     neighbours and pushed out of every disc it overlaps (a known disc does not move, two new
 *     discs share the push), then anti-overlap alone until no new disc overlaps any disc.
 * Like OpenAlex Mapper's placement of new papers into a fixed base map: what was there stays put.
 */
import type { Projection } from "../projection/projection.ts";
import { seededRng, type Rng } from "../projection/rng.ts";
import { nodeSize } from "./layout.ts";
import { Grid, medianNearestDistance } from "./overlap.ts";

export interface PlaceOptions {
  seed: number;
  /** Iterations of the local force pass. */
  iterations: number;
  /** Radius of the median disc / median nearest-neighbour distance (layout.ts `spacing`). */
  spacing: number;
  /** Anti-overlap iterations at most after the force pass. */
  overlapIterations: number;
}

export const DEFAULT_PLACE_OPTIONS: Readonly<PlaceOptions> = {
  seed: 42,
  iterations: 30,
  spacing: 0.25,
  overlapIterations: 100,
};

export interface NewPlacement {
  /** Positions of every node (known ones copied unchanged) and sizes from the grown graph. */
  x: Float64Array;
  y: Float64Array;
  size: Float64Array;
  /** New nodes placed from their neighbours / near their cluster / beside the map. */
  fromNeighbours: number;
  fromCluster: number;
  beside: number;
  /** Overlapping pairs involving a new node left at the end (0 when it converged). */
  overlapsLeft: number;
}

function inDisc(rng: Rng): [number, number] {
  const r = Math.sqrt(rng());
  const a = 2 * Math.PI * rng();
  return [r * Math.cos(a), r * Math.sin(a)];
}

function median(values: Float64Array): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Neighbour {
  u: number;
  w: number;
}

/** Each new node's neighbours with their pull: search weight, else a little of the raw signal. */
function neighboursOf(projection: Projection, keys: readonly string[], fresh: readonly number[]): Neighbour[][] {
  const index = new Map(keys.map((k, i) => [k, i]));
  const g = projection.graph;
  return fresh.map((v) => {
    const out: Neighbour[] = [];
    g.forEachEdge(keys[v]!, (_e, attr, s, t) => {
      out.push({ u: index.get(s === keys[v] ? t : s)!, w: attr.weight > 0 ? attr.weight : 1e-3 * attr.raw });
    });
    return out;
  });
}

/** Weighted mean of the placed neighbours (own top-level cluster first), or null. */
function anchor(
  list: readonly Neighbour[],
  v: number,
  placed: Uint8Array,
  x: Float64Array,
  y: Float64Array,
  regionOf: (v: number) => string | null,
): [number, number] | null {
  const region = regionOf(v);
  const own = list.filter(({ u }) => placed[u] && region !== null && regionOf(u) === region);
  const use = own.length > 0 ? own : list.filter(({ u }) => placed[u]);
  let sx = 0;
  let sy = 0;
  let sw = 0;
  for (const { u, w } of use) {
    sx += w * x[u]!;
    sy += w * y[u]!;
    sw += w;
  }
  return sw > 0 ? [sx / sw, sy / sw] : null;
}

/** Spatial index of the known discs: a grid for the ordinary ones, a list for the largest 1 %. */
class KnownDiscs {
  private grid: Grid;
  private cell: number;
  private big: number[];
  constructor(
    private x: Float64Array,
    private y: Float64Array,
    private r: Float64Array,
    known: readonly number[],
    margin: number,
  ) {
    const radii = Float64Array.from(known, (i) => r[i]!).sort();
    const limit = radii.length > 0 ? radii[Math.min(radii.length - 1, Math.floor(0.99 * radii.length))]! : 1;
    this.cell = Math.max(2 * limit + margin, 1e-9);
    this.big = known.filter((i) => r[i]! > limit);
    this.grid = new Grid(known.length);
    this.grid.build(x, y, Int32Array.from(known.filter((i) => r[i]! <= limit)), this.cell);
  }
  /** Calls `visit` with every known disc that may touch a disc of radius `radius` at (px, py). */
  near(px: number, py: number, radius: number, visit: (j: number) => void): void {
    const reach = Math.ceil((radius + this.cell) / this.cell);
    const cx = Math.floor(px / this.cell);
    const cy = Math.floor(py / this.cell);
    for (let gx = cx - reach; gx <= cx + reach; gx++) {
      for (let gy = cy - reach; gy <= cy + reach; gy++) {
        const c = this.grid.cellAt(gx, gy);
        if (c !== -1) for (let m = this.grid.start[c]!; m < this.grid.start[c + 1]!; m++) visit(this.grid.nodes[m]!);
      }
    }
    for (const j of this.big) visit(j);
  }
}

/** One pass pushing new discs out of the discs they overlap; returns the overlaps found. */
function pushApart(
  fresh: readonly number[],
  isNew: Uint8Array,
  known: KnownDiscs,
  x: Float64Array,
  y: Float64Array,
  r: Float64Array,
  margin: number,
): number {
  let overlaps = 0;
  const resolve = (i: number, j: number, share: number) => {
    const dx = x[i]! - x[j]!;
    const dy = y[i]! - y[j]!;
    const need = r[i]! + r[j]! + margin;
    const d2 = dx * dx + dy * dy;
    if (d2 >= need * need * (1 - 1e-6)) return;
    overlaps += 1;
    const dist = Math.sqrt(d2);
    const angle = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
    const ux = dist > 0 ? dx / dist : Math.cos(angle);
    const uy = dist > 0 ? dy / dist : Math.sin(angle);
    const push = 1.05 * (need - dist) * share;
    x[i]! += ux * push;
    y[i]! += uy * push;
    if (share < 1) {
      x[j]! -= ux * push;
      y[j]! -= uy * push;
    }
  };
  for (let a = 0; a < fresh.length; a++) {
    const i = fresh[a]!;
    known.near(x[i]!, y[i]!, r[i]!, (j) => resolve(i, j, 1));
    for (let b = a + 1; b < fresh.length; b++) {
      const j = fresh[b]!;
      if (isNew[j] && Math.abs(x[i]! - x[j]!) < r[i]! + r[j]! + margin) resolve(i, j, 0.5);
    }
  }
  return overlaps;
}

/** Whether the disc of v overlaps any other disc (known or new). */
function overlapsAny(
  v: number,
  fresh: readonly number[],
  known: KnownDiscs,
  x: Float64Array,
  y: Float64Array,
  r: Float64Array,
  margin: number,
): boolean {
  let hit = false;
  const test = (j: number) => {
    if (j === v || hit) return;
    const need = r[v]! + r[j]! + margin;
    if ((x[v]! - x[j]!) ** 2 + (y[v]! - y[j]!) ** 2 < need * need * (1 - 1e-6)) hit = true;
  };
  known.near(x[v]!, y[v]!, r[v]!, test);
  for (const j of fresh) test(j);
  return hit;
}

/** Moves v to the first position without overlap on rings of growing radius around it (24 angles each). */
function freeSpot(
  v: number,
  fresh: readonly number[],
  known: KnownDiscs,
  x: Float64Array,
  y: Float64Array,
  r: Float64Array,
  margin: number,
): void {
  if (!overlapsAny(v, fresh, known, x, y, r, margin)) return;
  const [cx, cy] = [x[v]!, y[v]!];
  const step = r[v]! + margin;
  for (let ring = 1; ring <= 200; ring++) {
    for (let a = 0; a < 24; a++) {
      const angle = (a / 24) * 2 * Math.PI;
      x[v] = cx + ring * step * Math.cos(angle);
      y[v] = cy + ring * step * Math.sin(angle);
      if (!overlapsAny(v, fresh, known, x, y, r, margin)) return;
    }
  }
  x[v] = cx;
  y[v] = cy;
}

export function placeNewNodes(
  projection: Projection,
  keys: readonly string[],
  previous: { x: ArrayLike<number>; y: ArrayLike<number>; known: Uint8Array },
  regionOf: (v: number) => string | null,
  clusterOf: (v: number) => string | null,
  options: PlaceOptions = DEFAULT_PLACE_OPTIONS,
): NewPlacement {
  const n = keys.length;
  const rng = seededRng(options.seed);
  const x = Float64Array.from(previous.x);
  const y = Float64Array.from(previous.y);
  const size = Float64Array.from(keys, (key) => nodeSize(projection.graph.degree(key)));
  const knownList: number[] = [];
  const fresh: number[] = [];
  for (let v = 0; v < n; v++) (previous.known[v] ? knownList : fresh).push(v);
  const unit =
    medianNearestDistance(
      Float64Array.from(knownList, (i) => x[i]!),
      Float64Array.from(knownList, (i) => y[i]!),
    ) || 1;
  const scale = (options.spacing * unit) / (median(Float64Array.from(knownList, (i) => size[i]!)) || 1);
  const r = size.map((s) => s * scale);
  const margin = 0.1 * scale;
  const placed = Uint8Array.from(previous.known);
  const isNew = new Uint8Array(n);
  for (const v of fresh) isNew[v] = 1;
  const neighbours = neighboursOf(projection, keys, fresh);
  let fromNeighbours = 0;
  for (let round = 0; round < 5; round++) {
    const found: [number, number, number][] = [];
    fresh.forEach((v, k) => {
      if (placed[v]) return;
      const at = anchor(neighbours[k]!, v, placed, x, y, regionOf);
      if (at) found.push([v, ...at]);
    });
    if (found.length === 0) break;
    for (const [v, ax, ay] of found) {
      const [dx, dy] = inDisc(rng);
      x[v] = ax + unit * dx;
      y[v] = ay + unit * dy;
      placed[v] = 1;
    }
    fromNeighbours += found.length;
  }
  const rest = placeRest(fresh, placed, x, y, clusterOf, regionOf, unit, rng);
  const known = new KnownDiscs(x, y, r, knownList, margin);
  for (let it = 0; it < options.iterations; it++) {
    fresh.forEach((v, k) => {
      const at = anchor(neighbours[k]!, v, placed, x, y, regionOf);
      if (!at) return;
      x[v]! += 0.3 * (at[0] - x[v]!);
      y[v]! += 0.3 * (at[1] - y[v]!);
    });
    pushApart(fresh, isNew, known, x, y, r, margin);
  }
  let overlapsLeft = 0;
  for (let it = 0; it <= options.overlapIterations; it++) {
    overlapsLeft = pushApart(fresh, isNew, known, x, y, r, margin);
    if (overlapsLeft === 0) break;
  }
  // A disc squeezed between others (pushed out of one into the next): the nearest free spot on rings around it.
  if (overlapsLeft > 0) {
    for (const v of fresh) freeSpot(v, fresh, known, x, y, r, margin);
    overlapsLeft = pushApart(fresh, isNew, known, x, y, r, margin);
  }
  return { x, y, size, fromNeighbours, ...rest, overlapsLeft };
}

/** New nodes no neighbour placed: near their cluster's placed members, else in one disc beside the map. */
function placeRest(
  fresh: readonly number[],
  placed: Uint8Array,
  x: Float64Array,
  y: Float64Array,
  clusterOf: (v: number) => string | null,
  regionOf: (v: number) => string | null,
  unit: number,
  rng: Rng,
): { fromCluster: number; beside: number } {
  const left = fresh.filter((v) => !placed[v]);
  if (left.length === 0) return { fromCluster: 0, beside: 0 };
  const centres = new Map<string, [number, number, number]>();
  let maxX = -Infinity;
  for (let v = 0; v < placed.length; v++) {
    if (!placed[v]) continue;
    maxX = Math.max(maxX, x[v]!);
    for (const c of [clusterOf(v), regionOf(v)]) {
      if (c === null) continue;
      const s = centres.get(c) ?? [0, 0, 0];
      centres.set(c, [s[0] + x[v]!, s[1] + y[v]!, s[2] + 1]);
    }
  }
  let fromCluster = 0;
  const beside: number[] = [];
  for (const v of left) {
    const c = [clusterOf(v), regionOf(v)].map((k) => (k === null ? undefined : centres.get(k))).find(Boolean);
    if (!c) {
      beside.push(v);
      continue;
    }
    const [dx, dy] = inDisc(rng);
    const spread = unit * Math.sqrt(c[2]);
    x[v] = c[0] / c[2] + spread * dx;
    y[v] = c[1] / c[2] + spread * dy;
    placed[v] = 1;
    fromCluster += 1;
  }
  const start = (Number.isFinite(maxX) ? maxX : 0) + 2 * unit;
  beside.forEach((v, i) => {
    const radius = unit * Math.sqrt(i + 0.5);
    x[v] = start + unit * Math.sqrt(beside.length) + radius * Math.cos(i * 2.399963);
    y[v] = radius * Math.sin(i * 2.399963);
    placed[v] = 1;
  });
  return { fromCluster, beside: beside.length };
}
