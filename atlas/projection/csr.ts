/**
 * Weighted graphs in compressed sparse rows
 * =========================================
 * The form the community search runs on: node i's neighbours are `neighbours[offsets[i] ..
 * offsets[i+1])` with their `weights`; self-loops are kept apart in `loops` (an aggregated node's
 * internal weight). Typed arrays keep a 100k-node, 1M-edge graph in a few tens of MB and the inner
 * loops free of hashing. Also here: aggregation by a partition, modularity, and renumbering.
 */

export interface WeightedGraph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
  /** Self-loop weight of each node, each loop counted once. */
  readonly loops: Float64Array;
  /** k_i: the sum of the weights of i's edges, a self-loop counted twice. */
  readonly strength: Float64Array;
  /** m: the total edge weight, each undirected edge (and loop) counted once. */
  readonly totalWeight: number;
}

/** Builds a graph from an undirected edge list without duplicates; i–i edges become loops. */
export function graphFromEdges(
  n: number,
  source: ArrayLike<number>,
  target: ArrayLike<number>,
  weight: ArrayLike<number>,
): WeightedGraph {
  const degree = new Int32Array(n + 1);
  const loops = new Float64Array(n);
  for (let e = 0; e < source.length; e++) {
    const s = source[e] as number;
    const t = target[e] as number;
    if (s === t) continue;
    degree[s]! += 1;
    degree[t]! += 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  const strength = new Float64Array(n);
  let total = 0;
  for (let e = 0; e < source.length; e++) {
    const s = source[e] as number;
    const t = target[e] as number;
    const w = weight[e] as number;
    total += w;
    if (s === t) {
      loops[s]! += w;
      strength[s]! += 2 * w;
      continue;
    }
    neighbours[fill[s]!] = t;
    weights[fill[s]!++] = w;
    neighbours[fill[t]!] = s;
    weights[fill[t]!++] = w;
    strength[s]! += w;
    strength[t]! += w;
  }
  return { n, offsets, neighbours, weights, loops, strength, totalWeight: total };
}

/**
 * Renumbers community ids to 0..k-1 in order of first appearance, so equal partitions get equal
 * arrays whatever ids the search used. Returns the new array and k.
 */
export function renumber(membership: ArrayLike<number>): { membership: Int32Array; count: number } {
  const map = new Map<number, number>();
  const out = new Int32Array(membership.length);
  for (let i = 0; i < membership.length; i++) {
    const c = membership[i] as number;
    let id = map.get(c);
    if (id === undefined) {
      id = map.size;
      map.set(c, id);
    }
    out[i] = id;
  }
  return { membership: out, count: map.size };
}

/**
 * Collapses each community of `membership` (ids 0..count-1) into one node: edges between
 * communities add up, edges inside one become its self-loop (Blondel et al. 2008, phase 2).
 */
export function aggregate(g: WeightedGraph, membership: Int32Array, count: number): WeightedGraph {
  const members = membersOf(membership, count);
  const scatter = new Float64Array(count);
  const touched: number[] = [];
  const offsets = new Int32Array(count + 1);
  const neighbours: number[] = [];
  const weights: number[] = [];
  const loops = new Float64Array(count);
  const strength = new Float64Array(count);
  for (let a = 0; a < count; a++) {
    for (let p = members.start[a]!; p < members.start[a + 1]!; p++) {
      const v = members.nodes[p]!;
      loops[a]! += g.loops[v]!;
      strength[a]! += g.strength[v]!;
      for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
        const b = membership[g.neighbours[e]!]!;
        const w = g.weights[e]!;
        if (b === a)
          loops[a]! += w / 2; // seen from both ends
        else {
          if (scatter[b] === 0) touched.push(b);
          scatter[b]! += w;
        }
      }
    }
    touched.sort((x, y) => x - y);
    for (const b of touched) {
      neighbours.push(b);
      weights.push(scatter[b]!);
      scatter[b] = 0;
    }
    touched.length = 0;
    offsets[a + 1] = neighbours.length;
  }
  return {
    n: count,
    offsets,
    neighbours: Int32Array.from(neighbours),
    weights: Float64Array.from(weights),
    loops,
    strength,
    totalWeight: g.totalWeight,
  };
}

/** The nodes of each community, grouped: community a holds `nodes[start[a] .. start[a+1])`. */
export function membersOf(membership: Int32Array, count: number): { start: Int32Array; nodes: Int32Array } {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < membership.length; i++) start[membership[i]! + 1]! += 1;
  for (let a = 0; a < count; a++) start[a + 1]! += start[a]!;
  const fill = start.slice(0, count);
  const nodes = new Int32Array(membership.length);
  for (let i = 0; i < membership.length; i++) nodes[fill[membership[i]!]!++] = i;
  return { start, nodes };
}

/**
 * Newman–Girvan modularity with resolution γ of a weighted undirected graph:
 * Q = Σ_c [ in_c / m − γ (K_c / 2m)² ], in_c the weight inside c, K_c the total strength of c.
 */
export function modularity(g: WeightedGraph, membership: ArrayLike<number>, resolution = 1): number {
  const m = g.totalWeight;
  if (m === 0) return 0;
  const inside = new Map<number, number>();
  const total = new Map<number, number>();
  for (let i = 0; i < g.n; i++) {
    const c = membership[i] as number;
    let w = g.loops[i]!;
    for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) {
      if ((membership[g.neighbours[e]!] as number) === c) w += g.weights[e]! / 2;
    }
    inside.set(c, (inside.get(c) ?? 0) + w);
    total.set(c, (total.get(c) ?? 0) + g.strength[i]!);
  }
  let q = 0;
  for (const [c, w] of inside) q += w / m - resolution * ((total.get(c) ?? 0) / (2 * m)) ** 2;
  return q;
}
