/**
 * Clustering of the paper–concept graph
 * =====================================
 * Projection → search graph → best of `runs` seeded Leiden (or Louvain) searches → a hierarchy of
 * nested partitions over every node of the projection:
 *  - the search's final partition and the finer ones it aggregated by; nodes left out of the
 *    search (too rare or too common concepts) join, top level first, the cluster their neighbours
 *    weigh most in, staying nested;
 *  - hierarchy.ts turns them into levels made for a map: coarse levels above the final partition
 *    (8–30 regions at the top), a minimum size per level, small islands in one "other" cluster;
 *  - nodes with no link at all form one "unlinked" cluster on every level;
 *  - clusters are numbered by size, largest first, ties by first node, then the "other" and the
 *    "unlinked" cluster: same input and seed, same numbers.
 * References: Blondel et al. 2008; Traag, Waltman & van Eck 2019 (see leiden.ts).
 */
import { modularity } from "../projection/csr.ts";
import { searchGraph, type Projection, type SearchGraph } from "../projection/projection.ts";
import { deriveSeed, seededRng } from "../projection/rng.ts";
import { DEFAULT_HIERARCHY, mapHierarchy } from "./hierarchy.ts";
import { searchCommunities, type SearchResult } from "./leiden.ts";

export type Algorithm = "leiden" | "louvain";

export interface ClusterOptions {
  /** γ of the modularity; > 1 gives more, smaller clusters. */
  resolution: number;
  seed: number;
  /** Independent seeded searches; the one with the highest modularity wins. */
  runs: number;
  algorithm: Algorithm;
  /** Leiden iterations at most per run (each starts from the previous partition). */
  maxIterations: number;
  /** Levels kept at most, the final partition and the coarsest of the finer ones. */
  maxLevels: number;
}

export const DEFAULT_CLUSTER_OPTIONS: Readonly<ClusterOptions> = {
  resolution: 1,
  seed: 42,
  runs: 1,
  algorithm: "leiden",
  maxIterations: 10,
  maxLevels: 4,
};

export interface ClusterLevel {
  /** 0 = top. */
  level: number;
  /** Cluster of each projection node (projection order), -1 when unassigned. */
  membership: Int32Array;
  count: number;
  /** Nodes per cluster, attached ones included. */
  sizes: Int32Array;
  /** For level > 0: the cluster of level − 1 each cluster is part of. */
  parent: Int32Array | null;
  /** Modularity (γ = 1) of this level on the search graph. */
  modularity: number;
  /** Number of the level's "other" cluster (small islands) and "unlinked" cluster (no link at all), or -1. */
  other: number;
  unlinked: number;
  /** Smallest size of the level's clusters, "other" and "unlinked" excepted. */
  minSize: number;
}

export interface RunOutcome {
  seed: number;
  quality: number;
  modularity: number;
  count: number;
  iterations: number;
}

export interface Clustering {
  /** Projection node keys: the order of every membership array. */
  keys: string[];
  levels: ClusterLevel[];
  /** Top level's modularity at γ = 1, and its quality at the chosen γ. */
  modularity: number;
  quality: number;
  runs: RunOutcome[];
  searchNodes: number;
  searchEdges: number;
  attached: number;
  /** Nodes with no link at all, in the "unlinked" cluster. */
  unassigned: number;
}

/** Runs the search `runs` times with derived seeds; keeps the best (the first on ties). */
export function bestOfRuns(sg: SearchGraph, options: ClusterOptions, onRun?: (run: RunOutcome) => void) {
  let best: SearchResult | null = null;
  const runs: RunOutcome[] = [];
  for (let r = 0; r < Math.max(1, options.runs); r++) {
    const seed = deriveSeed(options.seed, r);
    const result = searchCommunities(sg.graph, {
      resolution: options.resolution,
      rng: seededRng(seed),
      refine: options.algorithm === "leiden",
      maxIterations: options.algorithm === "leiden" ? options.maxIterations : 1,
    });
    const outcome = {
      seed,
      quality: result.quality,
      modularity: options.resolution === 1 ? result.quality : modularity(sg.graph, result.membership),
      count: result.count,
      iterations: result.iterations,
    };
    runs.push(outcome);
    onRun?.(outcome);
    if (best === null || result.quality > best.quality) best = result;
  }
  return { best: best as SearchResult, runs };
}

/**
 * The partitions kept as levels, coarsest (final) first: a finer partition is kept only if it has at
 * least 10% more clusters than the last one kept (nested partitions with about as many clusters
 * are near copies), and at most `maxLevels` of them.
 */
function hierarchy(result: SearchResult, maxLevels: number): Int32Array[] {
  const parts = [result.membership, ...[...result.levels].reverse()];
  const kept: Int32Array[] = [];
  let lastCount = 0;
  for (const part of parts) {
    const count = part.reduce((max, c) => Math.max(max, c + 1), 0);
    if (kept.length > 0 && count < 1.1 * lastCount) continue;
    kept.push(part);
    lastCount = count;
    if (kept.length === maxLevels) break;
  }
  return kept;
}

function strongest(weights: Map<number, number>): number {
  let best = -1;
  let bestWeight = -Infinity;
  for (const [c, w] of weights) {
    if (w > bestWeight || (w === bestWeight && c < best)) {
      best = c;
      bestWeight = w;
    }
  }
  return best;
}

/** Gives unassigned nodes the clusters their assigned neighbours weigh most in, level by level. */
function attach(projection: Projection, keys: string[], levels: Int32Array[]): number {
  const g = projection.graph;
  const index = new Map(keys.map((k, i) => [k, i]));
  let attached = 0;
  for (let round = 0; round < 5 && levels.length > 0; round++) {
    const top = levels[0]!;
    const found: [number, number[]][] = [];
    for (let v = 0; v < keys.length; v++) {
      if (top[v] !== -1) continue;
      let neighbours: [number, number][] = [];
      g.forEachEdge(keys[v]!, (_e, attr, s, t) => {
        const u = index.get(s === keys[v] ? t : s)!;
        if (top[u] !== -1) neighbours.push([u, attr.raw]);
      });
      if (neighbours.length === 0) continue;
      const chosen: number[] = [];
      for (const level of levels) {
        const weights = new Map<number, number>();
        for (const [u, w] of neighbours) weights.set(level[u]!, (weights.get(level[u]!) ?? 0) + w);
        const c = strongest(weights);
        chosen.push(c);
        neighbours = neighbours.filter(([u]) => level[u] === c);
      }
      found.push([v, chosen]);
    }
    if (found.length === 0) break;
    for (const [v, chosen] of found) chosen.forEach((c, l) => (levels[l]![v] = c));
    attached += found.length;
  }
  return attached;
}

/**
 * Renumbers a level by cluster size (largest first, ties by first node), then `last` (the "other"
 * and "unlinked" clusters, in that order) after them, and counts sizes.
 */
function bySize(
  membership: Int32Array,
  last: readonly number[],
): { membership: Int32Array; count: number; sizes: Int32Array; rank: Int32Array } {
  const span = membership.reduce((max, c) => Math.max(max, c + 1), 0);
  const sizes = new Int32Array(span);
  const first = new Int32Array(span).fill(-1);
  membership.forEach((c, i) => {
    if (c < 0) return;
    sizes[c]! += 1;
    if (first[c] === -1) first[c] = i;
  });
  const tail = (c: number) => (last.includes(c) ? 1 + last.indexOf(c) : 0);
  const order = Array.from({ length: span }, (_, c) => c)
    .filter((c) => sizes[c]! > 0)
    .sort((a, b) => tail(a) - tail(b) || sizes[b]! - sizes[a]! || first[a]! - first[b]!);
  const rank = new Int32Array(span).fill(-1);
  order.forEach((c, r) => (rank[c] = r));
  return {
    membership: membership.map((c) => (c < 0 ? -1 : rank[c]!)),
    count: order.length,
    sizes: Int32Array.from(order, (c) => sizes[c]!),
    rank,
  };
}

export function clusterProjection(
  projection: Projection,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  onRun?: (run: RunOutcome) => void,
): Clustering {
  const sg = searchGraph(projection);
  const keys = projection.graph.nodes();
  const searched = sg.graph.n > 0 ? bestOfRuns(sg, options, onRun) : null;
  const parts = searched ? hierarchy(searched.best, Infinity) : [];
  const position = new Map(keys.map((k, i) => [k, i]));
  const sgNodes = Int32Array.from(sg.keys, (key) => position.get(key)!);
  const arrays = parts.map((part) => {
    const out = new Int32Array(keys.length).fill(-1);
    sgNodes.forEach((v, i) => (out[v] = part[i]!));
    return out;
  });
  const attached = attach(projection, keys, arrays);
  const mapLevels = mapHierarchy(sg.graph, sgNodes, arrays, {
    ...DEFAULT_HIERARCHY,
    maxLevels: options.maxLevels,
    seed: options.seed,
  });
  const unassigned = mapLevels.length > 0 ? mapLevels[0]!.membership.filter((c) => c < 0).length : keys.length;
  const levels: ClusterLevel[] = mapLevels.map((mapLevel, level) => {
    let membership = mapLevel.membership;
    let unlinked = -1;
    if (unassigned > 0) {
      unlinked = membership.reduce((max, c) => Math.max(max, c + 1), 0);
      membership = membership.map((c) => (c < 0 ? unlinked : c));
    }
    const ranked = bySize(
      membership,
      [mapLevel.other, unlinked].filter((c) => c >= 0),
    );
    return {
      level,
      membership: ranked.membership,
      count: ranked.count,
      sizes: ranked.sizes,
      parent: null,
      modularity: modularity(
        sg.graph,
        Int32Array.from(sgNodes, (v) => ranked.membership[v]!),
      ),
      other: mapLevel.other >= 0 ? ranked.rank[mapLevel.other]! : -1,
      unlinked: unlinked >= 0 ? ranked.rank[unlinked]! : -1,
      minSize: mapLevel.minSize,
    };
  });
  for (let l = 1; l < levels.length; l++) {
    const above = levels[l - 1]!.membership;
    const parent = new Int32Array(levels[l]!.count).fill(-1);
    levels[l]!.membership.forEach((c, i) => {
      if (c >= 0) parent[c] = above[i]!;
    });
    levels[l]!.parent = parent;
  }
  return {
    keys,
    levels,
    modularity: levels[0]?.modularity ?? 0,
    quality: searched?.best.quality ?? 0,
    runs: searched?.runs ?? [],
    searchNodes: sg.graph.n,
    searchEdges: sg.edges.source.length,
    attached,
    unassigned,
  };
}
