/**
 * Regions: each top-level cluster as a soft patch of its colour under its nodes. The core is pure:
 * nodes are counted on a grid over the graph, each cluster's counts blurred with a Gaussian, and
 * every cell given to the cluster densest there, with an opacity rising with that density
 * (`regionRaster`); each cluster's name goes at its densest owned cell, inside its region. The layer paints the raster once into a small image and, after each render,
 * draws it through the camera (bilinear smoothing softens the edges further). Zoomed in, the
 * regions of a finer level (`midLevel`) fade in over the top level's, in tints of their colours.
 */
import type { ClusterInfo, MapGraph, MapMeta, NodeAttrs } from "./graph.ts";

export interface RegionRaster {
  /** Cells per side. */
  size: number;
  /** The graph box the grid covers: cell (i, j) spans x from minX + i·cell, y from maxY - (j+1)·cell. */
  minX: number;
  maxY: number;
  cell: number;
  /** Per cell: index into `clusters` of the densest cluster, -1 for none. */
  owner: Int16Array;
  /** Per cell: opacity in [0, 1]. */
  alpha: Float32Array;
  clusters: string[];
  /** Per cluster: the centre of its densest cell among those it owns (where its name goes), or null. */
  anchors: ({ x: number; y: number } | null)[];
}

export interface RasterOptions {
  size: number;
  /** Smallest Gaussian sigma in cells; sparse graphs get more (about half the mean node spacing). */
  sigma: number;
  /** Share of the cluster's peak density at which a cell starts to show, and is fully shown. */
  from: number;
  to: number;
}

export const RASTER_DEFAULTS: RasterOptions = { size: 192, sigma: 2.2, from: 0.06, to: 0.3 };

function blur(values: Float32Array, w: number, h: number, sigma: number): Float32Array {
  const r = Math.ceil(sigma * 3);
  const kernel = Array.from({ length: 2 * r + 1 }, (_, k) => Math.exp(-((k - r) ** 2) / (2 * sigma * sigma)));
  const sum = kernel.reduce((a, b) => a + b, 0);
  const k = kernel.map((v) => v / sum);
  const tmp = new Float32Array(w * h);
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let d = -r; d <= r; d++) if (x + d >= 0 && x + d < w) s += values[y * w + x + d]! * k[d + r]!;
      tmp[y * w + x] = s;
    }
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let d = -r; d <= r; d++) if (y + d >= 0 && y + d < h) s += tmp[(y + d) * w + x]! * k[d + r]!;
      out[y * w + x] = s;
    }
  return out;
}

/**
 * The regions of the clusters `clusters` (top-level ids) drawn by the nodes `include` keeps.
 * Each cluster is blurred only within its own box (plus three sigmas), so the cost grows with
 * the clusters' areas, not their number times the grid.
 */
export function regionRaster(
  graph: MapGraph,
  clusters: string[],
  include: (attrs: NodeAttrs) => boolean,
  o: RasterOptions = RASTER_DEFAULTS,
  clusterOf: (attrs: NodeAttrs) => string | null = (a) => a.cluster,
): RegionRaster | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity; // prettier-ignore
  graph.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  if (minX === Infinity) return null;
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const pad = span * 0.08;
  const cell = (span + 2 * pad) / o.size;
  const x0 = (minX + maxX) / 2 - (o.size * cell) / 2;
  const y1 = (minY + maxY) / 2 + (o.size * cell) / 2;
  const index = new Map(clusters.map((c, i) => [c, i]));
  const cells: number[][] = clusters.map(() => []);
  graph.forEachNode((_, a) => {
    const id = clusterOf(a);
    const k = id === null ? undefined : index.get(id);
    if (k === undefined || !include(a)) return;
    const i = Math.min(o.size - 1, Math.max(0, Math.floor((a.x - x0) / cell)));
    const j = Math.min(o.size - 1, Math.max(0, Math.floor((y1 - a.y) / cell)));
    cells[k]!.push(j * o.size + i);
  });
  const n = o.size * o.size;
  const owner = new Int16Array(n).fill(-1);
  const best = new Float32Array(n);
  const share = new Float32Array(n);
  const placed = cells.reduce((a, l) => a + l.length, 0);
  const sigma = Math.max(o.sigma, (0.45 * o.size) / Math.sqrt(Math.max(placed, 1)));
  const margin = Math.ceil(sigma * 3);
  cells.forEach((list, k) => {
    if (list.length === 0) return;
    let i0 = o.size, j0 = o.size, i1 = 0, j1 = 0; // prettier-ignore
    for (const c of list) {
      const i = c % o.size;
      const j = Math.floor(c / o.size);
      [i0, i1, j0, j1] = [Math.min(i0, i), Math.max(i1, i), Math.min(j0, j), Math.max(j1, j)];
    }
    i0 = Math.max(0, i0 - margin);
    j0 = Math.max(0, j0 - margin);
    i1 = Math.min(o.size - 1, i1 + margin);
    j1 = Math.min(o.size - 1, j1 + margin);
    const w = i1 - i0 + 1;
    const h = j1 - j0 + 1;
    const counts = new Float32Array(w * h);
    for (const c of list) counts[(Math.floor(c / o.size) - j0) * w + (c % o.size) - i0]! += 1;
    const density = blur(counts, w, h, sigma);
    const peak = density.reduce((m, v) => Math.max(m, v), 0);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const v = density[y * w + x]!;
        const c = (y + j0) * o.size + x + i0;
        if (v > best[c]!) {
          best[c] = v;
          share[c] = v / peak;
          owner[c] = k;
        }
      }
  });
  const heart = clusters.map(() => -1);
  for (let c = 0; c < n; c++) {
    const k = owner[c]!;
    if (k >= 0 && (heart[k]! < 0 || best[c]! > best[heart[k]!]!)) heart[k] = c;
  }
  const anchors = heart.map((c) =>
    c < 0 ? null : { x: x0 + ((c % o.size) + 0.5) * cell, y: y1 - (Math.floor(c / o.size) + 0.5) * cell },
  );
  const alpha = new Float32Array(n);
  for (let c = 0; c < n; c++) {
    const t = Math.min(1, Math.max(0, (share[c]! - o.from) / (o.to - o.from)));
    alpha[c] = t * t * (3 - 2 * t); // smoothstep: soft edges
    if (alpha[c] === 0) owner[c] = -1;
  }
  return { size: o.size, minX: x0, maxY: y1, cell, owner, alpha, clusters, anchors };
}

/** Opacity of a region at its densest. */
const REGION_OPACITY = 0.16;

function hexToRgb(hex: string): [number, number, number] {
  const v = parseInt(hex.slice(1, 7), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/**
 * The level drawn as regions on zoom: the first finer level with at least twice the top level's
 * clusters (a level barely finer than the top would only redraw the same patches); null for none.
 */
export function midLevel(meta: Pick<MapMeta, "clusters" | "fineClusters">): number | null {
  const counts = new Map<number, number>();
  for (const c of meta.fineClusters) counts.set(c.level, (counts.get(c.level) ?? 0) + 1);
  const levels = [...counts.keys()].sort((a, b) => a - b);
  return levels.find((l) => counts.get(l)! >= 2 * Math.max(1, meta.clusters.length)) ?? null;
}

/** Mid-level regions fade in as the camera ratio goes from MID_FROM down to MID_TO. */
export const MID_FROM = 0.55;
export const MID_TO = 0.35;

/** How much of the mid-level regions to draw at camera ratio `ratio` (0: top level only, 1: mid only). */
export function midShare(ratio: number): number {
  return Math.min(1, Math.max(0, (MID_FROM - ratio) / (MID_FROM - MID_TO)));
}

export interface RegionLayer {
  /** Repaints the regions for the nodes `include` keeps (after a filter change). */
  update(include: (attrs: NodeAttrs) => boolean): void;
  /** Draws the regions through the camera: `toViewport` maps graph to CSS pixels of the map. */
  draw(toViewport: (p: { x: number; y: number }) => { x: number; y: number }, faded: boolean, ratio: number): void;
  canvas: HTMLCanvasElement;
  /** The top-level raster (for tests and the curious). */
  raster(): RegionRaster | null;
  /** The level whose regions the last draw showed most of (0 the top; for tests). */
  shownLevel(): number;
}

interface Painted {
  raster: RegionRaster;
  image: HTMLCanvasElement;
}

/** Paints a raster into a small image, each cell in its owner's colour at its opacity. */
function paint(raster: RegionRaster, colours: Map<string, [number, number, number]>): Painted {
  const image = document.createElement("canvas");
  image.width = image.height = raster.size;
  const ctx = image.getContext("2d")!;
  const pixels = ctx.createImageData(raster.size, raster.size);
  for (let c = 0; c < raster.owner.length; c++) {
    const k = raster.owner[c]!;
    if (k < 0) continue;
    const [r, g, b] = colours.get(raster.clusters[k]!) ?? [128, 128, 128];
    pixels.data.set([r, g, b, Math.round(255 * REGION_OPACITY * raster.alpha[c]!)], c * 4);
  }
  ctx.putImageData(pixels, 0, 0);
  return { raster, image };
}

/**
 * Mid-level clusters take their top-level cluster's colour (meta.fineClusters), each a step lighter
 * or darker than the last, so neighbouring sub-regions of one region tell apart.
 */
function midColours(clusters: ClusterInfo[]): Map<string, [number, number, number]> {
  const steps = [0, 0.22, -0.14, 0.38];
  return new Map(
    clusters.map((c, k) => {
      const t = steps[k % steps.length]!;
      const target = t > 0 ? 255 : 0;
      return [
        c.id,
        hexToRgb(c.color).map((v) => Math.round(v + (target - v) * Math.abs(t))) as [number, number, number],
      ];
    }),
  );
}

/** A canvas under Sigma's layers (first child of its container) holding the regions. */
export function createRegionLayer(container: HTMLElement, graph: MapGraph, meta: MapMeta): RegionLayer {
  const canvas = document.createElement("canvas");
  canvas.className = "map-regions";
  container.prepend(canvas);
  const colours = new Map(meta.clusters.map((c) => [c.id, hexToRgb(c.color)]));
  const mid = midLevel(meta);
  const midClusters = meta.fineClusters.filter((c) => c.level === mid);
  const midIds = new Set(midClusters.map((c) => c.id));
  const midOf = (a: NodeAttrs) => a.clusters.find((id) => midIds.has(id)) ?? null;
  let top: Painted | null = null;
  let fine: Painted | null = null;
  let shown = 0;

  function update(include: (attrs: NodeAttrs) => boolean): void {
    const raster = regionRaster(
      graph,
      meta.clusters.map((c) => c.id),
      include,
    );
    top = raster ? paint(raster, colours) : null;
    if (mid === null) return;
    const ids = midClusters.map((c) => c.id);
    const midRaster = regionRaster(graph, ids, include, { ...RASTER_DEFAULTS, size: 288 }, midOf);
    fine = midRaster ? paint(midRaster, midColours(midClusters)) : null;
  }

  function drawOne(
    ctx: CanvasRenderingContext2D,
    { raster, image }: Painted,
    toViewport: (p: { x: number; y: number }) => { x: number; y: number },
    alpha: number,
  ): void {
    const span = raster.size * raster.cell;
    const a = toViewport({ x: raster.minX, y: raster.maxY });
    const b = toViewport({ x: raster.minX + span, y: raster.maxY - span });
    ctx.globalAlpha = alpha;
    ctx.drawImage(image, a.x, a.y, b.x - a.x, b.y - a.y);
  }

  function draw(
    toViewport: (p: { x: number; y: number }) => { x: number; y: number },
    faded: boolean,
    ratio: number,
  ): void {
    const pixelRatio = window.devicePixelRatio || 1;
    const width = container.clientWidth;
    const height = container.clientHeight;
    if (canvas.width !== Math.round(width * pixelRatio) || canvas.height !== Math.round(height * pixelRatio)) {
      canvas.width = Math.round(width * pixelRatio);
      canvas.height = Math.round(height * pixelRatio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const ctx = canvas.getContext("2d")!;
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    // Bilinear: the raster is blurred already, and a high-quality upscale of the whole view costs
    // tens of ms per frame on a CPU-drawn canvas.
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = "low";
    const base = faded ? 0.35 : 1;
    const share = fine ? midShare(ratio) : 0;
    if (top && share < 1) drawOne(ctx, top, toViewport, base * (1 - share));
    if (fine && share > 0) drawOne(ctx, fine, toViewport, base * share);
    shown = share >= 0.5 && mid !== null ? mid : 0;
  }

  return { update, draw, canvas, raster: () => top?.raster ?? null, shownLevel: () => shown };
}
