/**
 * Extents that a few outliers do not stretch
 * =========================================
 * Pure. Framing a cluster by its members' min and max lets one stray node (a concept placed at its
 * neighbours' mean, a small cell of an overview map far from its region) widen the frame to the
 * whole map, as it did for the million-paper map's regions; the core extent drops the outer
 * `trim` share on each side of each axis. The time overlay's colour ramp uses the same quantile.
 */

/** The value at quantile q (0–1) of sorted values (nearest rank). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
}

/**
 * [minX, minY, maxX, maxY] of the points, each axis cut to its `trim`–(1 − `trim`) quantiles once
 * there are at least `minPoints` (fewer: the plain extent); null for no points.
 */
export function coreExtent(
  xs: readonly number[],
  ys: readonly number[],
  trim = 0.05,
  minPoints = 20,
): [number, number, number, number] | null {
  if (xs.length === 0) return null;
  const sx = Float64Array.from(xs).sort();
  const sy = Float64Array.from(ys).sort();
  const q = xs.length >= minPoints ? trim : 0;
  return [quantile(sx, q), quantile(sy, q), quantile(sx, 1 - q), quantile(sy, 1 - q)];
}
