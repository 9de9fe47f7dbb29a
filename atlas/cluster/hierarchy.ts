/**
 * A hierarchy made for a map
 * ==========================
 * The search finds one partition (hundreds of clusters on a large corpus) and the finer ones it
 * aggregated by. A map needs a handful of named regions first, then finer clusters as it zooms, and
 * no crumbs. From the levels the search found (final partition first, then finer, over projection
 * nodes), this builds, top first:
 *  - a maximum cluster count per level: `topMax` (30) at the top, × `ratio` (4) each level down,
 *    and a minimum size per level, ⌈N / that count⌉ (N = nodes clustered), as the CWTS
 *    classification does (26.8k papers → 98 / 25 / 4 clusters with a minimum size per level);
 *  - the final partition sits at the first depth d whose maximum count it fits in (223 clusters on
 *    arXiv → d = 2, at most 480); its clusters below that depth's minimum size join the neighbouring
 *    cluster they share the most edge weight with (smallest first); a small cluster with no
 *    neighbour (an island: a component of its own) joins the level's single "other" cluster;
 *  - each coarser level (d − 1 … 0) is Leiden on the cluster graph of the level below (clusters as
 *    nodes, edge weights summed), at the resolution among `resolutions` whose count after the same
 *    small-cluster merge is nearest (in ratio) to half the level's maximum, within 8–30 at the top
 *    whenever one is; so each coarse cluster is a union of clusters below and the levels nest;
 *  - the finer levels the search passed through follow, their small clusters merged into the
 *    sibling (same parent) they share the most weight with, else into the largest sibling;
 *  - at most `maxLevels` levels, the top first.
 * The "other" cluster of a level is part of the "other" cluster of the level above (on the finer
 * levels it is exactly their "other" cluster). Deterministic for a given seed.
 */
import { aggregate, type WeightedGraph } from "../projection/csr.ts";
import { deriveSeed, seededRng } from "../projection/rng.ts";
import { searchCommunities } from "./leiden.ts";

export interface HierarchyOptions {
  /** Clusters at most on the top level; each level down allows `ratio` times more. */
  topMax: number;
  /** Clusters at least on the top level when the data allow it. */
  topMin: number;
  ratio: number;
  maxLevels: number;
  seed: number;
  /** Resolutions tried for each coarse level, largest first. */
  resolutions: readonly number[];
}

export const DEFAULT_HIERARCHY: Readonly<Omit<HierarchyOptions, "maxLevels" | "seed">> = {
  topMax: 30,
  topMin: 8,
  ratio: 4,
  resolutions: Array.from({ length: 41 }, (_, i) => Math.round(0.8 ** (i - 10) * 1e6) / 1e6),
};

export interface MapLevel {
  /** Cluster of each projection node, -1 unassigned; numbers need not be dense. */
  membership: Int32Array;
  /** The level's "other" cluster number, or -1. */
  other: number;
  /** Smallest size a cluster of this level may have (the "other" cluster excepted). */
  minSize: number;
}

/** Min-heap of [size, id] pairs (lazy: stale entries are skipped by the caller). */
class Heap {
  private items: [number, number][] = [];
  get length(): number {
    return this.items.length;
  }
  private less(a: [number, number], b: [number, number]): boolean {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
  push(item: [number, number]): void {
    const h = this.items;
    h.push(item);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): [number, number] {
    const h = this.items;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

export interface MergeResult {
  /** Cluster each cluster now belongs to (itself if it stayed). */
  target: Int32Array;
  /** Small clusters left with no allowed neighbour. */
  islands: number[];
}

/**
 * Merges clusters smaller than `min`, smallest first, into the neighbour (by `graph`, the cluster
 * graph) they share the most weight with, among those `allowed`; `fixed` clusters neither move nor
 * take members.
 */
export function mergeSmall(
  graph: WeightedGraph,
  sizes: ArrayLike<number>,
  min: number,
  allowed: (a: number, b: number) => boolean = () => true,
  fixed: ReadonlySet<number> = new Set(),
): MergeResult {
  const k = graph.n;
  const size = Float64Array.from(sizes);
  const adjacency: Map<number, number>[] = [];
  for (let a = 0; a < k; a++) {
    const m = new Map<number, number>();
    for (let e = graph.offsets[a]!; e < graph.offsets[a + 1]!; e++)
      if (!fixed.has(graph.neighbours[e]!)) m.set(graph.neighbours[e]!, graph.weights[e]!);
    adjacency.push(m);
  }
  const target = Int32Array.from({ length: k }, (_, i) => i);
  const heap = new Heap();
  for (let a = 0; a < k; a++) if (size[a]! > 0 && size[a]! < min && !fixed.has(a)) heap.push([size[a]!, a]);
  const islands: number[] = [];
  while (heap.length > 0) {
    const [s, a] = heap.pop();
    if (target[a] !== a || s !== size[a]) continue;
    let best = -1;
    let bestWeight = 0;
    for (const [b, w] of adjacency[a]!) {
      if (!allowed(a, b)) continue;
      if (w > bestWeight || (w === bestWeight && b < best)) {
        best = b;
        bestWeight = w;
      }
    }
    if (best === -1) {
      islands.push(a);
      continue;
    }
    target[a] = best;
    size[best]! += size[a]!;
    size[a] = 0;
    const into = adjacency[best]!;
    into.delete(a);
    for (const [c, w] of adjacency[a]!) {
      if (c === best) continue;
      into.set(c, (into.get(c) ?? 0) + w);
      const back = adjacency[c]!;
      back.delete(a);
      back.set(best, (back.get(best) ?? 0) + w);
    }
    adjacency[a]!.clear();
    if (size[best]! < min) heap.push([size[best]!, best]);
  }
  // Follow chains: a merged into b, b later into c.
  for (let a = 0; a < k; a++) {
    let t = a;
    while (target[t] !== t) t = target[t]!;
    target[a] = t;
  }
  return { target, islands };
}

/** Largest cluster number + 1. */
function countOf(membership: ArrayLike<number>): number {
  let max = -1;
  for (let i = 0; i < membership.length; i++) max = Math.max(max, membership[i] as number);
  return max + 1;
}

function sizesOf(membership: Int32Array, count: number): Int32Array {
  const sizes = new Int32Array(count);
  for (const c of membership) if (c >= 0) sizes[c]! += 1;
  return sizes;
}

/** The cluster graph of a level: its clusters as nodes, search-graph edges summed. */
function clusterGraph(sg: WeightedGraph, sgNodes: Int32Array, membership: Int32Array, count: number): WeightedGraph {
  return aggregate(
    sg,
    Int32Array.from(sgNodes, (v) => membership[v]!),
    count,
  );
}

interface Built {
  membership: Int32Array;
  other: number;
  count: number;
}

/**
 * Applies a merge: small clusters into their targets, islands into the "other" cluster (the
 * level's `other`, or a new number). Returns the membership and the other cluster (-1 if none).
 */
function applyMerge(membership: Int32Array, merge: MergeResult, other: number): Built {
  const target = merge.target;
  let otherId = other;
  if (merge.islands.length > 0 && otherId === -1) otherId = merge.islands[0]!;
  for (const a of merge.islands) target[a] = otherId;
  for (let a = 0; a < target.length; a++) if (target[a] !== a && target[target[a]!] !== target[a]) target[a] = otherId;
  const out = membership.map((c) => (c < 0 ? -1 : target[c]!));
  const present = new Set<number>();
  for (const c of out) if (c >= 0) present.add(c);
  return { membership: out, other: otherId, count: present.size };
}

/** Small-cluster merge of a whole level (coarse levels and the final partition): islands → other. */
function mergeLevel(sg: WeightedGraph, sgNodes: Int32Array, membership: Int32Array, other: number, min: number): Built {
  const count = countOf(membership);
  const graph = clusterGraph(sg, sgNodes, membership, count);
  const fixed = new Set(other >= 0 ? [other] : []);
  return applyMerge(membership, mergeSmall(graph, sizesOf(membership, count), min, undefined, fixed), other);
}

/** One coarse level above `below`: Leiden on its cluster graph at the resolution whose count is nearest `target`. */
function coarsen(
  sg: WeightedGraph,
  sgNodes: Int32Array,
  below: Built,
  min: number,
  target: number,
  range: [number, number],
  options: HierarchyOptions,
  depth: number,
): Built {
  const count = countOf(below.membership);
  const graph = clusterGraph(sg, sgNodes, below.membership, count);
  let best: Built | null = null;
  let bestScore = Infinity;
  for (const [step, resolution] of options.resolutions.entries()) {
    const found = searchCommunities(graph, {
      resolution,
      rng: seededRng(deriveSeed(options.seed, 1000 + 100 * depth + step)),
      refine: true,
      maxIterations: 10,
    }).membership;
    // The other cluster below stays apart: it is the other cluster here too.
    const coarse = Int32Array.from(found);
    let other = -1;
    if (below.other >= 0) {
      other = countOf(found);
      coarse[below.other] = other;
    }
    const lifted = below.membership.map((c) => (c < 0 ? -1 : coarse[c]!));
    const built = mergeLevel(sg, sgNodes, lifted, other, min);
    const regular = built.count - (built.other >= 0 ? 1 : 0);
    const inRange = regular >= range[0] && regular <= range[1];
    const score = Math.abs(Math.log(Math.max(1, regular) / target)) - (inRange ? 1000 : 0);
    if (score < bestScore) {
      best = built;
      bestScore = score;
    }
    if (countOf(found) < target / 3) break; // lower resolutions only merge more
  }
  return best!;
}

/** Finer level: small clusters join a sibling (same parent), else the largest sibling; inside "other" nothing moves. */
function mergeFine(
  sg: WeightedGraph,
  sgNodes: Int32Array,
  membership: Int32Array,
  parentLevel: Built,
  min: number,
): Built {
  const count = countOf(membership);
  const parent = new Int32Array(count).fill(-1);
  membership.forEach((c, i) => c >= 0 && (parent[c] = parentLevel.membership[i]!));
  const sizes = sizesOf(membership, count);
  const fixed = new Set<number>();
  for (let c = 0; c < count; c++) if (parent[c] === parentLevel.other && parentLevel.other >= 0) fixed.add(c);
  const graph = clusterGraph(sg, sgNodes, membership, count);
  const merge = mergeSmall(graph, sizes, min, (a, b) => parent[a] === parent[b], fixed);
  // Islands within their parent: the largest sibling (by final size) takes them.
  const merged = Float64Array.from(sizes);
  for (let a = 0; a < count; a++) if (merge.target[a] !== a) merged[merge.target[a]!]! += merged[a]!;
  const largest = new Map<number, number>();
  for (let a = 0; a < count; a++) {
    if (merge.target[a] !== a || sizes[a] === 0) continue;
    const best = largest.get(parent[a]!);
    if (best === undefined || merged[a]! > merged[best]!) largest.set(parent[a]!, a);
  }
  for (const a of merge.islands) merge.target[a] = largest.get(parent[a]!) ?? a;
  for (let a = 0; a < count; a++) {
    let t = a;
    while (merge.target[t] !== t) t = merge.target[t]!;
    merge.target[a] = t;
  }
  // Inside the parent's "other" cluster: one "other" cluster here too.
  let other = -1;
  for (const c of fixed) {
    if (other === -1) other = c;
    merge.target[c] = other;
  }
  const out = membership.map((c) => (c < 0 ? -1 : merge.target[c]!));
  const present = new Set<number>();
  for (const c of out) if (c >= 0) present.add(c);
  return { membership: out, other, count: present.size };
}

/**
 * The map hierarchy, top first. `levels`: the search's partitions over projection nodes, final first
 * then finer, every search node assigned; `sgNodes`: the projection index of each search-graph node.
 */
export function mapHierarchy(
  sg: WeightedGraph,
  sgNodes: Int32Array,
  levels: readonly Int32Array[],
  options: HierarchyOptions,
): MapLevel[] {
  if (levels.length === 0) return [];
  const final = levels[0]!;
  const n = final.reduce((sum, c) => sum + (c >= 0 ? 1 : 0), 0);
  const maxCount = (depth: number) => options.topMax * options.ratio ** depth;
  const minSize = (depth: number) => Math.max(1, Math.ceil(n / maxCount(depth)));
  const finalCount = countOf(final);
  let depth = 0;
  while (finalCount > maxCount(depth)) depth += 1;
  const built: Built[] = [];
  let current = mergeLevel(sg, sgNodes, final, -1, minSize(depth));
  built.unshift(current);
  for (let d = depth - 1; d >= 0; d--) {
    const range: [number, number] = d === 0 ? [options.topMin, options.topMax] : [1, maxCount(d)];
    current = coarsen(sg, sgNodes, current, minSize(d), maxCount(d) / 2, range, options, d);
    built.unshift(current);
  }
  let parentLevel = built[built.length - 1]!;
  for (let f = 1; f < levels.length && built.length < options.maxLevels; f++) {
    const fine = mergeFine(sg, sgNodes, levels[f]!, parentLevel, minSize(built.length));
    if (fine.count < 1.1 * parentLevel.count) continue;
    built.push(fine);
    parentLevel = fine;
  }
  return built.slice(0, Math.max(1, options.maxLevels)).map((b, level) => ({
    membership: b.membership,
    other: b.other,
    minSize: minSize(level),
  }));
}
