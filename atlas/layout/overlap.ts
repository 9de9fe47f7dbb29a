/**
 * Anti-overlap pass
 * =================
 * Pushes apart discs that overlap (plus a margin) until none do or `maxIterations` pass. Each
 * iteration buckets the ordinary discs in a uniform grid (cells as wide as the 99th-percentile
 * disc), checks pairs in neighbouring cells once, checks each big disc against the cells it can
 * reach, and moves both discs of an overlapping pair half the overlap apart along the line between
 * their centres. Like Gephi's Noverlap (and graphology-layout-noverlap), but symmetric, in double
 * precision, without a string-keyed pair set (too slow at 10⁵ nodes) or cells sized by the single
 * largest disc, and with no `Math.random`: coincident centres separate along a direction fixed by
 * their indices, so the result is deterministic.
 */

export interface OverlapOptions {
  /** Extra gap between discs, in the same units as the radii. */
  margin: number;
  maxIterations: number;
}

export interface OverlapResult {
  iterations: number;
  /** Overlapping pairs left when it stopped (0 when it converged). */
  overlaps: number;
}

/**
 * A uniform grid rebuilt each pass without per-cell allocations: cells found by open addressing on
 * their packed coordinates, nodes counting-sorted by cell into one array.
 */
export class Grid {
  private keys: Float64Array;
  private slots: Int32Array;
  start = new Int32Array(0);
  nodes = new Int32Array(0);
  private mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.keys = new Float64Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  private static key(cx: number, cy: number): number {
    return (cx + 1048576) * 2097152 + (cy + 1048576);
  }

  private probe(cx: number, cy: number, key: number): number {
    let h = Math.imul(cx, 0x9e3779b1) ^ Math.imul(cy + 0x7f4a7c15, 0x85ebca77);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    h = (h ^ (h >>> 12)) & this.mask;
    while (this.slots[h] !== -1 && this.keys[h] !== key) h = (h + 1) & this.mask;
    return h;
  }

  build(x: Float64Array, y: Float64Array, members: Int32Array, cell: number): void {
    this.slots.fill(-1);
    const cellOf = new Int32Array(members.length);
    let cells = 0;
    for (let k = 0; k < members.length; k++) {
      const i = members[k]!;
      const cx = Math.floor(x[i]! / cell);
      const cy = Math.floor(y[i]! / cell);
      const key = Grid.key(cx, cy);
      const h = this.probe(cx, cy, key);
      if (this.slots[h] === -1) {
        this.keys[h] = key;
        this.slots[h] = cells++;
      }
      cellOf[k] = this.slots[h]!;
    }
    this.start = new Int32Array(cells + 1);
    for (let k = 0; k < members.length; k++) this.start[cellOf[k]! + 1]! += 1;
    for (let c = 0; c < cells; c++) this.start[c + 1]! += this.start[c]!;
    const fill = this.start.slice(0, cells);
    this.nodes = new Int32Array(members.length);
    for (let k = 0; k < members.length; k++) this.nodes[fill[cellOf[k]!]!++] = members[k]!;
  }

  /** Index of the cell at (cx, cy), or -1 when it is empty. */
  cellAt(cx: number, cy: number): number {
    return this.slots[this.probe(cx, cy, Grid.key(cx, cy))]!;
  }
}

interface Discs {
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
  dx: Float64Array;
  dy: Float64Array;
  margin: number;
}

/** Pushes i and j apart if they overlap; returns 1 if they did. */
function resolve(d: Discs, i: number, j: number): number {
  const ddx = d.x[j]! - d.x[i]!;
  const ddy = d.y[j]! - d.y[i]!;
  const need = d.r[i]! + d.r[j]! + d.margin;
  const d2 = ddx * ddx + ddy * ddy;
  if (d2 >= need * need * (1 - 1e-6)) return 0; // touching after a push, up to rounding

  const dist = Math.sqrt(d2);
  const angle = ((i * 7919 + j * 104729) % 360) * (Math.PI / 180);
  const ux = dist > 0 ? ddx / dist : Math.cos(angle);
  const uy = dist > 0 ? ddy / dist : Math.sin(angle);
  const push = 0.55 * (need - dist); // a little past touching, so pairs do not stay in contact
  d.dx[i]! -= ux * push;
  d.dy[i]! -= uy * push;
  d.dx[j]! += ux * push;
  d.dy[j]! += uy * push;
  return 1;
}

function pass(d: Discs, small: Int32Array, big: Int32Array, cell: number, grid: Grid): number {
  grid.build(d.x, d.y, small, cell);
  const { start, nodes } = grid;
  let overlaps = 0;
  for (let k = 0; k < nodes.length; k++) {
    const i = nodes[k]!;
    const cx = Math.floor(d.x[i]! / cell);
    const cy = Math.floor(d.y[i]! / cell);
    for (let ox = -1; ox <= 1; ox++) {
      for (let oy = -1; oy <= 1; oy++) {
        const c = grid.cellAt(cx + ox, cy + oy);
        if (c === -1) continue;
        // Each pair once: only partners later in the sorted order.
        for (let m = start[c]!; m < start[c + 1]!; m++) if (m > k) overlaps += resolve(d, i, nodes[m]!);
      }
    }
  }
  for (let a = 0; a < big.length; a++) {
    const i = big[a]!;
    for (let b = a + 1; b < big.length; b++) overlaps += resolve(d, i, big[b]!);
    const reach = Math.ceil((d.r[i]! + cell + d.margin) / cell);
    const cx = Math.floor(d.x[i]! / cell);
    const cy = Math.floor(d.y[i]! / cell);
    for (let gx = cx - reach; gx <= cx + reach; gx++) {
      for (let gy = cy - reach; gy <= cy + reach; gy++) {
        const c = grid.cellAt(gx, gy);
        if (c !== -1) for (let m = start[c]!; m < start[c + 1]!; m++) overlaps += resolve(d, i, nodes[m]!);
      }
    }
  }
  return overlaps;
}

/** The `q` quantile of the radii. */
function quantile(r: Float64Array, q: number): number {
  if (r.length === 0) return 0;
  const sorted = Float64Array.from(r).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Moves x, y in place so that discs of radius r no longer overlap. */
export function removeOverlaps(
  x: Float64Array,
  y: Float64Array,
  r: Float64Array,
  options: OverlapOptions,
): OverlapResult {
  const n = x.length;
  const limit = quantile(r, 0.99);
  const cell = Math.max(2 * limit + options.margin, 1e-9);
  const smallList: number[] = [];
  const bigList: number[] = [];
  for (let i = 0; i < n; i++) (r[i]! > limit ? bigList : smallList).push(i);
  const small = Int32Array.from(smallList);
  const big = Int32Array.from(bigList);
  const d: Discs = { x, y, r, dx: new Float64Array(n), dy: new Float64Array(n), margin: options.margin };
  const grid = new Grid(n);
  let overlaps = 0;
  let iterations = 0;
  for (;;) {
    d.dx.fill(0);
    d.dy.fill(0);
    overlaps = pass(d, small, big, cell, grid);
    if (overlaps === 0 || iterations === options.maxIterations) break;
    iterations += 1;
    for (let i = 0; i < n; i++) {
      x[i]! += d.dx[i]!;
      y[i]! += d.dy[i]!;
    }
  }
  return { iterations, overlaps };
}

/** Median distance from a node to its nearest neighbour (grid search; 0 with fewer than two nodes). */
export function medianNearestDistance(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  if (n < 2) return 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, x[i]!, y[i]!);
    hi = Math.max(hi, x[i]!, y[i]!);
  }
  const cell = Math.max((hi - lo) / Math.sqrt(n), 1e-9);
  const grid = new Grid(n);
  grid.build(
    x,
    y,
    Int32Array.from({ length: n }, (_, i) => i),
    cell,
  );
  const found: number[] = [];
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(x[i]! / cell);
    const cy = Math.floor(y[i]! / cell);
    let best = Infinity;
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        const c = grid.cellAt(gx, gy);
        if (c === -1) continue;
        for (let m = grid.start[c]!; m < grid.start[c + 1]!; m++) {
          const j = grid.nodes[m]!;
          if (j !== i) best = Math.min(best, Math.hypot(x[j]! - x[i]!, y[j]! - y[i]!));
        }
      }
    }
    if (best < Infinity) found.push(best);
  }
  found.sort((a, b) => a - b);
  return found.length > 0 ? found[Math.floor(found.length / 2)]! : cell;
}
