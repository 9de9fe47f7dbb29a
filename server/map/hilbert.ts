/**
 * Position on a Hilbert curve over a 2^16 × 2^16 grid (the payload's quantised coordinates): nodes
 * listed in this order lie near their predecessors, so the payload's position deltas, cluster runs
 * and edge-target gaps are small and compress well. Skilling's iterative form, no recursion.
 */
export function hilbertIndex(x: number, y: number, bits = 16): number {
  let d = 0;
  for (let s = 1 << (bits - 1); s > 0; s >>>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    // Rotate the quadrant so the curve stays continuous.
    if (ry === 0) {
      if (rx === 1) {
        x = s - 1 - x;
        y = s - 1 - y;
      }
      [x, y] = [y, x];
    }
  }
  return d;
}
