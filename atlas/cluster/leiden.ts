/**
 * Louvain and Leiden community search
 * ===================================
 * Modularity optimisation on a `WeightedGraph`, deterministic for a given `rng`:
 *  - local moving with a queue (Traag et al. 2019, "fast local move"): only nodes whose
 *    neighbourhood changed are visited again;
 *  - Leiden refinement (optional): inside each community, nodes start alone and merge only into
 *    well-connected sub-communities, greedily (the θ → 0 limit of the paper's randomised merge).
 *    The aggregate graph is built from the refined partition, which is what guarantees connected
 *    communities and lets later levels undo early mistakes that plain Louvain keeps;
 *  - aggregation and repeat until nothing moves (Blondel et al. 2008);
 *  - whole iterations repeated from the previous result while modularity improves.
 * Output: the final membership and the chain of coarser and coarser partitions of the last
 * iteration (the levels it passed through), all nested in each other and in the final one.
 * References: V. D. Blondel et al., J. Stat. Mech. (2008) P10008; V. A. Traag, L. Waltman,
 * N. J. van Eck, Sci. Rep. 9, 5233 (2019).
 */
import { aggregate, membersOf, modularity, renumber, type WeightedGraph } from "../projection/csr.ts";
import { randomOrder, type Rng } from "../projection/rng.ts";

export interface SearchOptions {
  /** γ: larger → more, smaller communities. */
  resolution: number;
  rng: Rng;
  /** Leiden refinement between moving and aggregation; false = plain Louvain. */
  refine: boolean;
  /** Whole iterations at most; each starts from the last result and stops when Q stops rising. */
  maxIterations: number;
}

export interface SearchResult {
  /** Community of each node, 0..count-1 numbered by first appearance. */
  membership: Int32Array;
  count: number;
  /** Q at the search's resolution. */
  quality: number;
  /** The partitions the last iteration aggregated by, finest first; each nests in the next and in `membership`. */
  levels: Int32Array[];
  iterations: number;
}

/**
 * Moves nodes to the neighbouring community that raises Q most until none does; returns moves.
 * With `movable`, only the nodes it marks are visited (and queued again when a neighbour moves):
 * the others keep their community, which is how an update refines the previous partition locally.
 */
export function moveNodes(
  g: WeightedGraph,
  membership: Int32Array,
  resolution: number,
  rng: Rng,
  movable?: Uint8Array,
): number {
  const n = g.n;
  const twoM = 2 * g.totalWeight;
  const total = new Float64Array(n);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    total[membership[i]!]! += g.strength[i]!;
    size[membership[i]!]! += 1;
  }
  const free: number[] = [];
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) free.push(c);
  const queue = randomOrder(n, rng);
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let length = n;
  if (movable) {
    length = 0;
    for (const v of queue.slice()) if (movable[v]) queue[length++] = v;
    queued.fill(0);
    for (let i = 0; i < length; i++) queued[queue[i]!] = 1;
  }
  const scatter = new Float64Array(n);
  const touched: number[] = [];
  let moves = 0;
  while (length > 0) {
    const v = queue[head]!;
    head = (head + 1) % n;
    length -= 1;
    queued[v] = 0;
    const current = membership[v]!;
    const kv = g.strength[v]!;
    for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
      const c = membership[g.neighbours[e]!]!;
      if (scatter[c] === 0) touched.push(c);
      scatter[c]! += g.weights[e]!;
    }
    total[current]! -= kv;
    size[current]! -= 1;
    let best = current;
    let bestGain = scatter[current]! - (resolution * kv * total[current]!) / twoM;
    for (const c of touched) {
      const gain = scatter[c]! - (resolution * kv * total[c]!) / twoM;
      if (gain > bestGain + 1e-12 * kv) {
        best = c;
        bestGain = gain;
      }
    }
    // An empty community scores 0: leaving is better only when every choice is negative.
    if (bestGain < -1e-12 * kv && size[current]! > 0 && free.length > 0) best = free.pop()!;
    for (const c of touched) scatter[c] = 0;
    touched.length = 0;
    total[best]! += kv;
    size[best]! += 1;
    if (size[current] === 0 && current !== best) free.push(current);
    if (best === current) continue;
    membership[v] = best;
    moves += 1;
    for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
      const u = g.neighbours[e]!;
      if (queued[u] === 0 && membership[u] !== best && (!movable || movable[u])) {
        queue[(head + length) % n] = u;
        length += 1;
        queued[u] = 1;
      }
    }
  }
  return moves;
}

/**
 * Leiden refinement: splits each community of `membership` into well-connected sub-communities.
 * A node moves only while it is alone, only into a sub-community of its own community that is
 * itself well connected, and only when that does not lower Q.
 */
export function refinePartition(
  g: WeightedGraph,
  membership: Int32Array,
  count: number,
  resolution: number,
  rng: Rng,
): Int32Array {
  const n = g.n;
  const twoM = 2 * g.totalWeight;
  const communityTotal = new Float64Array(count);
  for (let i = 0; i < n; i++) communityTotal[membership[i]!]! += g.strength[i]!;
  const refined = new Int32Array(n);
  const refinedTotal = new Float64Array(n);
  const refinedSize = new Int32Array(n).fill(1);
  const external = new Float64Array(n); // w(S, C − S) for each refined S
  const nodeExternal = new Float64Array(n); // w(v, C − v)
  for (let v = 0; v < n; v++) {
    refined[v] = v;
    refinedTotal[v] = g.strength[v]!;
    let w = 0;
    for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++)
      if (membership[g.neighbours[e]!] === membership[v]) w += g.weights[e]!;
    nodeExternal[v] = w;
    external[v] = w;
  }
  const scatter = new Float64Array(n);
  const touched: number[] = [];
  for (const v of randomOrder(n, rng)) {
    if (refinedSize[refined[v]!] !== 1) continue;
    const c = membership[v]!;
    const kv = g.strength[v]!;
    const kc = communityTotal[c]!;
    if (nodeExternal[v]! < (resolution * kv * (kc - kv)) / twoM) continue;
    for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
      const u = g.neighbours[e]!;
      if (membership[u] !== c) continue;
      const s = refined[u]!;
      if (scatter[s] === 0) touched.push(s);
      scatter[s]! += g.weights[e]!;
    }
    let best = -1;
    let bestGain = 0;
    for (const s of touched) {
      const ks = refinedTotal[s]!;
      if (s === refined[v] || external[s]! < (resolution * ks * (kc - ks)) / twoM) continue;
      const gain = scatter[s]! - (resolution * kv * ks) / twoM;
      if (gain > bestGain || (best === -1 && gain >= 0)) {
        best = s;
        bestGain = gain;
      }
    }
    if (best !== -1) {
      external[best] = external[best]! + nodeExternal[v]! - 2 * scatter[best]!;
      refinedTotal[best]! += kv;
      refinedSize[best]! += 1;
      refinedSize[refined[v]!] = 0;
      refined[v] = best;
    }
    for (const s of touched) scatter[s] = 0;
    touched.length = 0;
  }
  return refined;
}

interface IterationResult {
  membership: Int32Array;
  levels: Int32Array[];
}

/** One Louvain/Leiden iteration on `g0` from `initial` (or singletons): move, refine, aggregate, repeat. */
function iterate(g0: WeightedGraph, initial: Int32Array | null, options: SearchOptions): IterationResult {
  let g = g0;
  let partition: Int32Array = initial ? initial.slice() : Int32Array.from({ length: g0.n }, (_, i) => i);
  const nodeOf = Int32Array.from({ length: g0.n }, (_, i) => i); // original node → node of g
  const levels: Int32Array[] = [];
  for (;;) {
    moveNodes(g, partition, options.resolution, options.rng);
    const moved = renumber(partition);
    partition = moved.membership;
    if (moved.count === g.n) break;
    let by = moved;
    if (options.refine) {
      const refined = renumber(refinePartition(g, partition, moved.count, options.resolution, options.rng));
      // Nothing merged inside any community: aggregate by the communities themselves (as leidenalg does).
      if (refined.count < g.n) by = refined;
    }
    const next = aggregate(g, by.membership, by.count);
    const members = membersOf(by.membership, by.count);
    const nextPartition = new Int32Array(by.count);
    for (let a = 0; a < by.count; a++) nextPartition[a] = partition[members.nodes[members.start[a]!]!]!;
    for (let i = 0; i < g0.n; i++) nodeOf[i] = by.membership[nodeOf[i]!]!;
    levels.push(nodeOf.slice());
    g = next;
    partition = nextPartition;
  }
  const membership = new Int32Array(g0.n);
  for (let i = 0; i < g0.n; i++) membership[i] = partition[nodeOf[i]!]!;
  return { membership: renumber(membership).membership, levels: levels.map((level) => renumber(level).membership) };
}

/** Runs iterations until Q stops improving (or `maxIterations`), keeping the best. */
export function searchCommunities(g: WeightedGraph, options: SearchOptions): SearchResult {
  let best = iterate(g, null, options);
  let quality = modularity(g, best.membership, options.resolution);
  let iterations = 1;
  while (iterations < options.maxIterations) {
    const next = iterate(g, best.membership, options);
    iterations += 1;
    const q = modularity(g, next.membership, options.resolution);
    if (q <= quality + 1e-10) break;
    best = next;
    quality = q;
  }
  const count = best.membership.reduce((max, c) => Math.max(max, c + 1), 0);
  return { membership: best.membership, count, quality, levels: best.levels, iterations };
}
