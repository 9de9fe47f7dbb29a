/**
 * Planted partitions and partition agreement
 * ==========================================
 * Benchmarks for the community search: `plantedPartition` makes `groups` groups of `size` nodes with
 * mean degree `degree`, a share `mixing` (μ) of each node's edges leaving its group (Condon & Karp
 * 2001; μ as in Lancichinetti et al. 2008). `nmi` scores how well a found partition recovers the
 * planted one (Danon et al. 2005: 2·I(X;Y) / (H(X) + H(Y))).
 */
import { graphFromEdges, type WeightedGraph } from "../projection/csr.ts";
import type { Rng } from "../projection/rng.ts";

export interface PlantedOptions {
  groups: number;
  size: number;
  degree: number;
  mixing: number;
  rng: Rng;
}

export interface PlantedGraph {
  graph: WeightedGraph;
  truth: Int32Array;
}

export function plantedPartition({ groups, size, degree, mixing, rng }: PlantedOptions): PlantedGraph {
  const n = groups * size;
  const truth = Int32Array.from({ length: n }, (_, i) => Math.floor(i / size));
  const seen = new Set<number>();
  const source: number[] = [];
  const target: number[] = [];
  const add = (a: number, b: number): void => {
    if (a === b) return;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) return;
    seen.add(key);
    source.push(a);
    target.push(b);
  };
  const inside = Math.round((size * degree * (1 - mixing)) / 2);
  for (let g = 0; g < groups; g++) {
    const base = g * size;
    for (let e = 0; e < inside; e++) add(base + Math.floor(rng() * size), base + Math.floor(rng() * size));
  }
  const across = Math.round((n * degree * mixing) / 2);
  for (let e = 0; e < across; e++) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (truth[a] !== truth[b]) add(a, b);
    else e -= 1;
  }
  return { graph: graphFromEdges(n, source, target, new Float64Array(source.length).fill(1)), truth };
}

function entropy(counts: Iterable<number>, n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/** Normalised mutual information of two partitions of the same nodes, in [0, 1]. */
export function nmi(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const countA = new Map<number, number>();
  const countB = new Map<number, number>();
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    countA.set(x, (countA.get(x) ?? 0) + 1);
    countB.set(y, (countB.get(y) ?? 0) + 1);
    joint.set(`${x},${y}`, (joint.get(`${x},${y}`) ?? 0) + 1);
  }
  const ha = entropy(countA.values(), n);
  const hb = entropy(countB.values(), n);
  if (ha + hb === 0) return 1;
  let mutual = 0;
  for (const [key, c] of joint) {
    const [x, y] = key.split(",").map(Number) as [number, number];
    mutual += (c / n) * Math.log((c * n) / ((countA.get(x) ?? 1) * (countB.get(y) ?? 1)));
  }
  return (2 * mutual) / (ha + hb);
}
