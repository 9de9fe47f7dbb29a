/**
 * Label zoom thresholds
 * =====================
 * Every label on the map — region and cluster names, node labels — gets, once, the largest camera
 * ratio at which it may be drawn: it shows while `camera.ratio <= threshold`, so a label shown at
 * one zoom stays shown as you zoom in. Labels are placed in priority order (the caller lists
 * coarser and larger first); each takes the largest threshold at which it overlaps no label placed
 * before it at any zoom where both show. Two labels shown at one zoom therefore never overlap.
 *
 * Geometry: a label is a box of `w × h` screen pixels centred on a point of the graph. Sigma draws
 * the graph at a uniform scale: at camera ratio r one screen pixel covers `r · unitsPerPixel` graph
 * units (`unitsPerPixel` is the graph units per pixel at ratio 1: the graph's larger extent over
 * the viewport's smaller side less the stage padding, times sigma's correction ratio; map.ts
 * measures it from sigma). So the box covers `w·r·u × h·r·u` graph units, and two boxes i and j
 * stop overlapping for every r at or below
 *   s_ij = max(|dx| / ((w_i + w_j)/2 · u), |dy| / ((h_i + h_j)/2 · u)).
 * A later label i takes t_i = min(cap_i, min over earlier j with t_j > s_ij of s_ij): then for any
 * r where both show, r <= min(t_i, t_j) <= s_ij. Pure; a uniform grid keeps it near-linear.
 */

export interface LabelCandidate {
  /** Centre of the label in graph coordinates. */
  x: number;
  y: number;
  /** Size of the label's box in screen pixels (include any margin wanted between labels). */
  w: number;
  h: number;
  /** The largest camera ratio at which this label may show at all (e.g. node labels only when zoomed in). */
  cap: number;
}

export interface ThresholdOptions {
  /** Graph units per screen pixel at camera ratio 1. */
  unitsPerPixel: number;
  /** The camera's smallest ratio: a label whose threshold falls below it never shows (threshold 0). */
  minRatio: number;
  /** The camera's largest ratio: no threshold exceeds it. */
  maxRatio: number;
}

/** Thresholds shave this fraction off the exact touching ratio, so rounding never makes boxes overlap. */
const SAFETY = 1e-6;

/**
 * The zoom threshold of each candidate, in the candidates' order of priority (first = placed
 * first). Threshold 0 means the label never shows.
 */
export function labelThresholds(candidates: readonly LabelCandidate[], o: ThresholdOptions): Float64Array {
  const n = candidates.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const u = o.unitsPerPixel;
  let wMax = 0, hMax = 0, minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity; // prettier-ignore
  for (const c of candidates) {
    wMax = Math.max(wMax, c.w);
    hMax = Math.max(hMax, c.h);
    minX = Math.min(minX, c.x);
    maxX = Math.max(maxX, c.x);
    minY = Math.min(minY, c.y);
    maxY = Math.max(maxY, c.y);
  }
  // Cells of 1/128 of the extent or more: queries at small ratios touch a cell or two; a query box
  // holding more cells than labels placed so far scans those labels instead.
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  const cell = Math.max(extent / 128, wMax * u * o.minRatio);
  const grid = new Map<number, number[]>();
  const placed: number[] = [];
  const cellOf = (v: number, min: number) => Math.floor((v - min) / cell);
  const key = (cx: number, cy: number) => cx * 1_048_576 + cy;
  const gridW = cellOf(maxX, minX);
  const gridH = cellOf(maxY, minY);

  /** The smallest s_ij over placed labels j with s_ij < t_j, among those whose centre lies in the box. */
  function nearestConflict(me: LabelCandidate, rx: number, ry: number): number {
    let m = Infinity;
    const visit = (j: number) => {
      const other = candidates[j]!;
      const s = Math.max(
        Math.abs(other.x - me.x) / (((me.w + other.w) / 2) * u),
        Math.abs(other.y - me.y) / (((me.h + other.h) / 2) * u),
      );
      if (s < out[j]! && s < m) m = s;
    };
    const x0 = Math.max(0, cellOf(me.x - rx, minX)), x1 = Math.min(gridW, cellOf(me.x + rx, minX)); // prettier-ignore
    const y0 = Math.max(0, cellOf(me.y - ry, minY)), y1 = Math.min(gridH, cellOf(me.y + ry, minY)); // prettier-ignore
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > placed.length) {
      for (const j of placed) visit(j);
      return m;
    }
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) grid.get(key(cx, cy))?.forEach(visit);
    }
    return m;
  }

  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    const cap = Math.min(c.cap, o.maxRatio);
    if (!(cap >= o.minRatio)) continue; // never shows: 0, and constrains nobody
    // Only placed labels with s_ij < q can bring the threshold below q, and their centres lie
    // within the box searched for q. Grow q from the smallest ratio until a conflict is found or q
    // reaches the cap.
    let t = cap;
    for (let q = o.minRatio; ; q = Math.min(q * 4, cap)) {
      const best = nearestConflict(c, ((c.w + wMax) / 2) * u * q, ((c.h + hMax) / 2) * u * q);
      if (best < q || q >= cap) {
        t = Math.min(cap, best * (1 - SAFETY));
        break;
      }
    }
    if (t < o.minRatio) continue;
    out[i] = t;
    placed.push(i);
    const k = key(cellOf(c.x, minX), cellOf(c.y, minY));
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }
  return out;
}
