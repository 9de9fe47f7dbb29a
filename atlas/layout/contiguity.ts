/**
 * Cluster contiguity on the map
 * =============================
 * How well the layout keeps clusters together: for every node with a cluster, the share of its `k`
 * nearest nodes on the map (by x, y; ties by index) that are in its own cluster, averaged over the
 * nodes. 1 means every cluster is a contiguous region; chance is about Σ (size / n)². Nodes with
 * cluster -1 (and those `skip` names, e.g. the "unlinked" group) are neither measured nor counted as
 * neighbours. A uniform grid of cells sized for about `k` nodes finds the neighbours in about
 * O(n·k).
 */

export function neighbourShare(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  cluster: ArrayLike<number>,
  k = 10,
  skip: (c: number) => boolean = () => false,
): number {
  const nodes: number[] = [];
  for (let i = 0; i < cluster.length; i++)
    if ((cluster[i] as number) >= 0 && !skip(cluster[i] as number)) nodes.push(i);
  if (nodes.length <= k) return nodes.length > 1 ? 1 : 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const i of nodes) {
    minX = Math.min(minX, x[i] as number);
    maxX = Math.max(maxX, x[i] as number);
    minY = Math.min(minY, y[i] as number);
    maxY = Math.max(maxY, y[i] as number);
  }
  const side = Math.max(1, Math.ceil(Math.sqrt(nodes.length / k)));
  const cw = (maxX - minX) / side || 1;
  const ch = (maxY - minY) / side || 1;
  const cellOf = (v: number, min: number, size: number) => Math.min(side - 1, Math.floor((v - min) / size));
  const cells: number[][] = Array.from({ length: side * side }, () => []);
  for (const i of nodes) cells[cellOf(y[i] as number, minY, ch) * side + cellOf(x[i] as number, minX, cw)]!.push(i);
  let total = 0;
  const found: [number, number][] = [];
  for (const i of nodes) {
    const cx = cellOf(x[i] as number, minX, cw);
    const cy = cellOf(y[i] as number, minY, ch);
    // Grow the ring of cells until k neighbours are found within a radius the ring fully covers.
    for (let ring = 1; ; ring++) {
      found.length = 0;
      for (let gy = Math.max(0, cy - ring); gy <= Math.min(side - 1, cy + ring); gy++)
        for (let gx = Math.max(0, cx - ring); gx <= Math.min(side - 1, cx + ring); gx++)
          for (const j of cells[gy * side + gx]!) {
            if (j === i) continue;
            const dx = (x[j] as number) - (x[i] as number);
            const dy = (y[j] as number) - (y[i] as number);
            found.push([dx * dx + dy * dy, j]);
          }
      const covered = ring * Math.min(cw, ch);
      found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const full = ring >= side;
      if (found.length >= k && (full || found[k - 1]![0] <= covered * covered)) break;
      if (full) break;
    }
    let same = 0;
    const take = Math.min(k, found.length);
    for (let r = 0; r < take; r++) if (cluster[found[r]![1]] === cluster[i]) same += 1;
    total += take > 0 ? same / take : 0;
  }
  return total / nodes.length;
}
