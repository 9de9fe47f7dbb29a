/**
 * Level of detail for nodes
 * =========================
 * Which nodes the map draws at each zoom. A map of ~10^5 nodes drawn whole at every frame is what
 * makes it slow without a GPU (software WebGL rasterises every disc) and a hairball to the eye; a
 * screen only has room for so many discs. Like the labels (label-zoom.ts), every node gets once a
 * zoom threshold, the largest camera ratio at which it is drawn, so zooming in only ever adds nodes:
 *
 * a grid over the graph's extent, `cellsAcross` cells at ratio 1, halving its cells at each of the
 * ratios maxRatio, maxRatio/2, … down to minRatio; at each ratio a cell draws at most `perCell`
 * nodes, the most important first (largest, then by index). A node takes the coarsest ratio at which
 * its cell still has room, and occupies its cell at every finer ratio (a finer cell holds a subset
 * of a coarser one's nodes, so a node drawn at one ratio is drawn at every smaller one). The number
 * of nodes drawn in view is then about the number of cells on screen, at any zoom: regions and
 * the larger nodes at full extent, every node in view up close. Pure; O(n · levels).
 */

export interface LodOptions {
  /** Cells across the graph's larger extent at camera ratio 1. */
  cellsAcross: number;
  /** Nodes a cell draws at most. */
  perCell: number;
  /** The camera's ratio bounds: nodes never drawn before minRatio get minRatio. */
  minRatio: number;
  maxRatio: number;
}

export const DEFAULT_LOD: LodOptions = { cellsAcross: 100, perCell: 1, minRatio: 0.01, maxRatio: 4 };

/** The grid's origin and the extent its cells divide: the nodes' own, or a whole map's (tiles). */
export interface LodFrame {
  minX: number;
  minY: number;
  extent: number;
}

/**
 * Each node's threshold: it is drawn while the camera ratio is at most this. `frame`: the grid of
 * a larger map these nodes are part of (one tile of an overview map), instead of their own extent.
 */
export function nodeLodThresholds(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  importance: ArrayLike<number>,
  o: LodOptions = DEFAULT_LOD,
  frame?: LodFrame,
): Float32Array {
  const n = x.length;
  const out = new Float32Array(n).fill(o.minRatio);
  if (n === 0) return out;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity; // prettier-ignore
  for (let i = 0; i < n; i++) {
    [minX, maxX] = [Math.min(minX, x[i]!), Math.max(maxX, x[i]!)];
    [minY, maxY] = [Math.min(minY, y[i]!), Math.max(maxY, y[i]!)];
  }
  if (frame) [minX, minY] = [Math.min(minX, frame.minX), Math.min(minY, frame.minY)];
  const extent = frame?.extent ?? (Math.max(maxX - minX, maxY - minY) || 1);
  const ratios: number[] = [];
  for (let r = o.maxRatio; r >= o.minRatio; r /= 2) ratios.push(r);
  const cellSize = ratios.map((r) => (extent / o.cellsAcross) * r);
  const occupied = ratios.map(() => new Map<number, number>());
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => importance[b]! - importance[a]! || a - b);
  // Cell keys stay exact integers: at most cellsAcross · maxRatio / minRatio + 1 cells per side.
  const side = Math.ceil(o.cellsAcross * (o.maxRatio / o.minRatio)) + 2;
  for (const i of order) {
    const dx = x[i]! - minX;
    const dy = y[i]! - minY;
    let level = -1;
    for (let k = 0; k < ratios.length; k++) {
      const key = Math.floor(dx / cellSize[k]!) * side + Math.floor(dy / cellSize[k]!);
      const count = occupied[k]!.get(key) ?? 0;
      if (level === -1 && count >= o.perCell) continue;
      if (level === -1) level = k;
      occupied[k]!.set(key, count + 1);
    }
    if (level !== -1) out[i] = ratios[level]!;
  }
  return out;
}

/**
 * The thresholds of a draw buffer's slots, in buffer order, so a renderer can draw only the slots
 * the zoom shows: when the thresholds never decrease along the buffer (map.ts orders nodes so),
 * the slots drawn at ratio r are a suffix, found by binary search, and nothing before it is even
 * sent through the vertex shader. Otherwise `firstDrawn` is 0 (draw all; the shader still culls).
 */
export class LodSlots {
  private lod = new Float32Array(0);
  private ordered = true;

  /** A new pass over `capacity` slots. */
  reset(capacity: number): void {
    if (this.lod.length !== capacity) this.lod = new Float32Array(capacity);
    this.ordered = true;
  }

  /** Slot `slot` holds an item drawn while the ratio is at most `lod`; a hidden item passes null. */
  set(slot: number, lod: number | null): void {
    const previous = slot > 0 ? this.lod[slot - 1]! : -Infinity;
    // A hidden item is never drawn: it takes its predecessor's value so it keeps the order.
    const value = lod ?? previous;
    this.lod[slot] = value;
    if (value < previous) this.ordered = false;
  }

  /** The first slot drawn at camera ratio `ratio`. */
  firstDrawn(ratio: number): number {
    if (!this.ordered) return 0;
    let [lo, hi] = [0, this.lod.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lod[mid]! >= ratio) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
