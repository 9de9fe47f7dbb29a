/**
 * Clustering update
 * =================
 * The previous clustering (each node's finest cluster and the clusters' PART_OF chain) + the
 * projection of a graph that has grown → a clustering of every node on the same levels, with ids
 * carried over (carry.ts), instead of a search from scratch:
 *  1. finest level: every search node starts in its previous cluster; new nodes (and nodes that
 *     were linked to nothing before) start alone. Leiden's local moving (leiden.ts `moveNodes`)
 *     then visits only the movable nodes — the new ones, and with `refine: "neighbours"` the
 *     previous nodes they link to — so a new node joins the cluster its neighbours weigh most in,
 *     or stays with other new nodes as a new cluster;
 *  2. new nodes left out of the search (rare concepts) join the cluster their neighbours weigh most
 *     in; new nodes linked to nothing join the Unlinked cluster;
 *  3. a new cluster smaller than the level's minimum size joins the neighbouring cluster it shares
 *     most weight with (hierarchy.ts `mergeSmall`; previous clusters never merge away);
 *  4. coarser levels, finest first: a previous cluster keeps its previous parent; a new cluster
 *     becomes a new cluster of the level above if it is as large as that level's minimum size,
 *     else joins the cluster of the level above its neighbours weigh most in (an island: the
 *     level's Other cluster). So every level nests in the one above (PART_OF stays a tree);
 *  5. on every level, ids are matched by overlap with the previous ids (carry.ts); clusters that
 *     keep an id keep their number, new ones are numbered after them, largest first.
 * Previous nodes outside the movable set keep their clusters on every level. Deterministic for a
 * given seed; with no new node, nothing moves and every id is kept.
 */
import { aggregate, modularity, type WeightedGraph } from "../projection/csr.ts";
import { searchGraph, type Projection } from "../projection/projection.ts";
import { deriveSeed, seededRng, type Rng } from "../projection/rng.ts";
import { carryIds, type Carried } from "./carry.ts";
import type { ClusterLevel, Clustering } from "./cluster.ts";
import { DEFAULT_HIERARCHY, mergeSmall } from "./hierarchy.ts";
import { moveNodes } from "./leiden.ts";

/** A cluster of the previous run, as stored. */
export interface PreviousCluster {
  id: string;
  level: number;
  number: number;
  parent: string | null;
  other: boolean;
  unlinked: boolean;
}

export interface PreviousClustering {
  /** Number of levels (0 = top). */
  levels: number;
  clusters: readonly PreviousCluster[];
  /** Finest-level cluster id of each node clustered before; a node not in it is new. */
  finest: ReadonlyMap<string, string>;
}

export interface UpdateOptions {
  resolution: number;
  seed: number;
  /** Which nodes local moving may move: only new ones, or also the previous nodes they link to. */
  refine: "new" | "neighbours";
  /** Clusters at most on the top level, × `ratio` each level down (the minimum sizes follow, as in hierarchy.ts). */
  topMax: number;
  ratio: number;
}

export const DEFAULT_UPDATE: Readonly<UpdateOptions> = {
  resolution: 1,
  seed: 42,
  refine: "new",
  topMax: DEFAULT_HIERARCHY.topMax,
  ratio: DEFAULT_HIERARCHY.ratio,
};

export interface ClusterUpdate {
  clustering: Clustering;
  /** Id of each cluster, per level (index = cluster number). */
  ids: string[][];
  /** What became of the previous clusters, per level. */
  carried: Carried[];
  /** Nodes with no previous cluster. */
  newNodes: string[];
  /** Previous nodes whose finest cluster changed. */
  moved: number;
}

const NEW = "+";
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function strongest(weights: Map<string, number>): string | null {
  let best: string | null = null;
  let bestWeight = -Infinity;
  for (const [label, w] of weights) {
    if (w > bestWeight || (w === bestWeight && best !== null && label < best)) {
      best = label;
      bestWeight = w;
    }
  }
  return best;
}

/** Each previous finest cluster's chain of ids, top first. */
export function previousChains(previous: PreviousClustering): Map<string, string[]> {
  const byId = new Map(previous.clusters.map((c) => [c.id, c]));
  const out = new Map<string, string[]>();
  for (const c of previous.clusters) {
    if (c.level !== previous.levels - 1) continue;
    const chain: string[] = [];
    for (let k: PreviousCluster | undefined = c; k !== undefined; k = k.parent ? byId.get(k.parent) : undefined)
      chain.unshift(k.id);
    out.set(c.id, chain);
  }
  return out;
}

interface Context {
  projection: Projection;
  keys: string[];
  index: Map<string, number>;
  sg: ReturnType<typeof searchGraph>;
  sgNodes: Int32Array;
}

/**
 * Louvain's aggregation, restricted: the communities local moving left are collapsed into nodes and
 * those that are new (number ≥ `fixed`) moved again, so new communities can merge with each other
 * or join a previous one; previous communities stay where they are.
 */
function mergeNewCommunities(g: WeightedGraph, membership: Int32Array, fixed: number, resolution: number, rng: Rng) {
  for (let pass = 0; pass < 5; pass++) {
    const span = membership.reduce((max, c) => Math.max(max, c + 1), 0);
    if (span <= fixed) return;
    const graph = aggregate(g, membership, span);
    const movable = new Uint8Array(span);
    for (let c = fixed; c < span; c++) movable[c] = 1;
    const communities = Int32Array.from({ length: span }, (_, c) => c);
    if (moveNodes(graph, communities, resolution, rng, movable) === 0) return;
    for (let i = 0; i < membership.length; i++) membership[i] = communities[membership[i]!]!;
  }
}

/** Step 1: local moving of the movable nodes from the previous finest partition. */
function refineFinest(ctx: Context, finest: (string | null)[], options: UpdateOptions): string[] {
  const { sg, sgNodes } = ctx;
  const n = sg.graph.n;
  const oldLabels = [...new Set(Array.from(sgNodes, (v) => finest[v]).filter((l): l is string => l !== null))].sort(
    byString,
  );
  const number = new Map(oldLabels.map((l, i) => [l, i]));
  const membership = new Int32Array(n);
  const movable = new Uint8Array(n);
  let next = oldLabels.length;
  for (let i = 0; i < n; i++) {
    const label = finest[sgNodes[i]!];
    if (label === null || label === undefined) {
      membership[i] = next++;
      movable[i] = 1;
    } else membership[i] = number.get(label)!;
  }
  if (options.refine === "neighbours") {
    const g = sg.graph;
    for (let i = 0; i < n; i++) {
      if (finest[sgNodes[i]!] !== null) continue;
      for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) movable[g.neighbours[e]!] = 1;
    }
  }
  if (next > oldLabels.length || options.refine === "neighbours") {
    const rng = seededRng(deriveSeed(options.seed, 7));
    moveNodes(sg.graph, membership, options.resolution, rng, movable);
    mergeNewCommunities(sg.graph, membership, oldLabels.length, options.resolution, rng);
  }
  const out = finest.map((l) => l ?? "");
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    out[sgNodes[i]!] = c < oldLabels.length ? oldLabels[c]! : `${NEW}${c}`;
  }
  return out;
}

/** Step 2: unlabelled nodes join the label their labelled neighbours weigh most in (rounds). */
function attachNew(ctx: Context, labels: string[]): void {
  const g = ctx.projection.graph;
  for (let round = 0; round < 5; round++) {
    const found: [number, string][] = [];
    ctx.keys.forEach((key, v) => {
      if (labels[v] !== "") return;
      const weights = new Map<string, number>();
      g.forEachEdge(key, (_e, attr, s, t) => {
        const l = labels[ctx.index.get(s === key ? t : s)!]!;
        if (l !== "") weights.set(l, (weights.get(l) ?? 0) + attr.raw);
      });
      const best = strongest(weights);
      if (best !== null) found.push([v, best]);
    });
    if (found.length === 0) return;
    for (const [v, l] of found) labels[v] = l;
  }
}

function sizesOf(labels: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  return sizes;
}

/** Step 3: new clusters below `min` join their strongest neighbour (previous clusters count as full-size). */
function mergeNewSmall(ctx: Context, labels: string[], min: number, other: string | null): void {
  const all = [...sizesOf(labels).keys()].sort(byString);
  const number = new Map(all.map((l, i) => [l, i]));
  const graph = aggregate(
    ctx.sg.graph,
    Int32Array.from(ctx.sgNodes, (v) => number.get(labels[v]!)!),
    all.length,
  );
  const size = sizesOf(labels);
  // Previous clusters and the Unlinked one never merge away: they count as full-size.
  const fixed = (l: string) => !l.startsWith(NEW) || l.startsWith(`${NEW}unlinked`);
  const sizes = all.map((l) => (fixed(l) ? Math.max(min, size.get(l)!) : size.get(l)!));
  const merged = mergeSmall(graph, sizes, min);
  const target = all.map((_l, i) => all[merged.target[i]!]!);
  for (const i of merged.islands) if (other !== null) target[i] = other;
  const into = new Map(all.map((l, i) => [l, target[i]!]));
  for (let v = 0; v < labels.length; v++) labels[v] = into.get(labels[v]!)!;
}

/** Step 4: the parent of each label of `below`, given the previous parents and the level's minimum size. */
function parentsOf(
  ctx: Context,
  below: readonly string[],
  previousParent: ReadonlyMap<string, string>,
  min: number,
  other: string | null,
  level: number,
): Map<string, string> {
  const up = new Map<string, string>();
  const members = new Map<string, number[]>();
  below.forEach((l, v) => {
    if (previousParent.has(l)) up.set(l, previousParent.get(l)!);
    else if (members.has(l)) members.get(l)!.push(v);
    else members.set(l, [v]);
  });
  const pending = [...members].sort((a, b) => b[1].length - a[1].length || a[1][0]! - b[1][0]!);
  const g = ctx.projection.graph;
  while (pending.length > 0) {
    let progress = false;
    for (let p = 0; p < pending.length; p++) {
      const [label, nodes] = pending[p]!;
      let parent: string | null = nodes.length >= min ? `${NEW}${level}:${label}` : null;
      if (parent === null) {
        const weights = new Map<string, number>();
        for (const v of nodes) {
          g.forEachEdge(ctx.keys[v]!, (_e, attr, s, t) => {
            const u = ctx.index.get(s === ctx.keys[v] ? t : s)!;
            const to = up.get(below[u]!);
            if (below[u] !== label && to !== undefined) weights.set(to, (weights.get(to) ?? 0) + attr.weight);
          });
        }
        parent = strongest(weights);
      }
      if (parent === null) continue;
      up.set(label, parent);
      pending.splice(p--, 1);
      progress = true;
    }
    if (!progress) {
      // Islands: the level's Other cluster, else a cluster of their own.
      for (const [label] of pending) up.set(label, other ?? `${NEW}${level}:${label}`);
      break;
    }
  }
  return up;
}

/** Dense numbering of one level: previous clusters by previous number, then new ones by size (largest first). */
function numberLevel(labels: readonly string[], previousNumber: ReadonlyMap<string, number>) {
  const size = sizesOf(labels);
  const first = new Map<string, number>();
  labels.forEach((l, v) => first.has(l) || first.set(l, v));
  const order = [...size.keys()].sort((a, b) => {
    const pa = previousNumber.get(a);
    const pb = previousNumber.get(b);
    if (pa !== undefined && pb !== undefined) return pa - pb;
    if (pa !== undefined) return -1;
    if (pb !== undefined) return 1;
    return size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!;
  });
  const number = new Map(order.map((l, i) => [l, i]));
  return { order, membership: Int32Array.from(labels, (l) => number.get(l)!) };
}

/** Step 5: each level numbered, its ids carried over by overlap, sizes, parents and flags. */
function finishLevels(
  ctx: Context,
  labels: readonly string[][],
  before: readonly (string | null)[],
  previous: PreviousClustering,
  freshId: (level: number, k: number) => string,
  minSize: (level: number) => number,
): { levels: ClusterLevel[]; ids: string[][]; carried: Carried[] } {
  const { sg, sgNodes } = ctx;
  const chain = previousChains(previous);
  const prevById = new Map(previous.clusters.map((c) => [c.id, c]));
  const prevNumber = new Map(previous.clusters.map((c) => [c.id, c.number]));
  const carried: Carried[] = [];
  const ids: string[][] = [];
  const levels: ClusterLevel[] = [];
  for (let level = 0; level < labels.length; level++) {
    const { order, membership } = numberLevel(labels[level]!, prevNumber);
    const previousIds = before.map((l) => (l === null ? null : (chain.get(l)?.[level] ?? null)));
    const carry = carryIds(previousIds, membership, order.length, (k) => freshId(level, k));
    carried.push(carry);
    ids.push(carry.ids);
    const sizes = new Int32Array(order.length);
    for (const c of membership) sizes[c]! += 1;
    const flag = (test: (c: PreviousCluster) => boolean, label: string) =>
      order.findIndex((l, c) => l === label || (prevById.has(carry.ids[c]!) && test(prevById.get(carry.ids[c]!)!)));
    const parent = level === 0 ? null : new Int32Array(order.length).fill(-1);
    if (parent) membership.forEach((c, v) => (parent[c] = levels[level - 1]!.membership[v]!));
    levels.push({
      level,
      membership,
      count: order.length,
      sizes,
      parent,
      modularity: modularity(
        sg.graph,
        Int32Array.from(sgNodes, (v) => membership[v]!),
      ),
      other: flag((c) => c.other, "\0"),
      unlinked: flag((c) => c.unlinked, `${NEW}unlinked:${level}`),
      minSize: minSize(level),
    });
  }
  return { levels, ids, carried };
}

export function updateClustering(
  projection: Projection,
  previous: PreviousClustering,
  freshId: (level: number, k: number) => string,
  options: UpdateOptions = DEFAULT_UPDATE,
): ClusterUpdate {
  const keys = projection.graph.nodes();
  const index = new Map(keys.map((k, i) => [k, i]));
  const sg = searchGraph(projection);
  const sgNodes = Int32Array.from(sg.keys, (key) => index.get(key)!);
  const ctx: Context = { projection, keys, index, sg, sgNodes };
  const L = previous.levels;
  const prevById = new Map(previous.clusters.map((c) => [c.id, c]));
  const unlinkedAt = (level: number) =>
    previous.clusters.find((c) => c.level === level && c.unlinked)?.id ?? `${NEW}unlinked:${level}`;
  const otherAt = (level: number) => previous.clusters.find((c) => c.level === level && c.other)?.id ?? null;
  const inSearch = new Uint8Array(keys.length);
  for (const v of sgNodes) inSearch[v] = 1;
  // A node linked to nothing before but in the search now starts again like a new node.
  const before = keys.map((key) => previous.finest.get(key) ?? null);
  const start = before.map((l, v) => (l !== null && prevById.get(l)?.unlinked && inSearch[v] ? null : l));
  const newNodes = keys.filter((_k, v) => before[v] === null);
  const finest = refineFinest(ctx, start, options);
  attachNew(ctx, finest);
  for (let v = 0; v < keys.length; v++) if (finest[v] === "") finest[v] = unlinkedAt(L - 1);
  const n = keys.length;
  const maxCount = (level: number) => options.topMax * options.ratio ** level;
  const minSize = (level: number) => Math.max(1, Math.ceil(n / maxCount(level)));
  if (newNodes.length > 0) mergeNewSmall(ctx, finest, minSize(L - 1), otherAt(L - 1));
  const labels: string[][] = new Array<string[]>(L);
  labels[L - 1] = finest;
  for (let level = L - 2; level >= 0; level--) {
    const previousParent = new Map<string, string>();
    for (const c of previous.clusters) if (c.level === level + 1 && c.parent) previousParent.set(c.id, c.parent);
    previousParent.set(unlinkedAt(level + 1), unlinkedAt(level));
    const up = parentsOf(ctx, labels[level + 1]!, previousParent, minSize(level), otherAt(level), level);
    labels[level] = labels[level + 1]!.map((l) => up.get(l)!);
  }
  const { levels, ids, carried } = finishLevels(ctx, labels, before, previous, freshId, minSize);
  const moved = keys.filter((_k, v) => before[v] !== null && before[v] !== finest[v]).length;
  const finestLevel = levels[L - 1];
  const unlinked = levels[0] && levels[0].unlinked >= 0 ? levels[0].sizes[levels[0].unlinked]! : 0;
  return {
    clustering: {
      keys,
      levels,
      modularity: levels[0]?.modularity ?? 0,
      quality: finestLevel
        ? modularity(
            sg.graph,
            Int32Array.from(sgNodes, (v) => finestLevel.membership[v]!),
            options.resolution,
          )
        : 0,
      runs: [],
      searchNodes: sg.graph.n,
      searchEdges: sg.edges.source.length,
      attached: keys.length - sg.graph.n - unlinked,
      unassigned: unlinked,
    },
    ids,
    carried,
    newNodes,
    moved,
  };
}

/** The previous clustering as an update reads it back: the clusters and each node's finest cluster. */
export function previousOf(clustering: Clustering, ids: readonly (readonly string[])[]): PreviousClustering {
  const L = clustering.levels.length;
  const clusters: PreviousCluster[] = clustering.levels.flatMap((level) =>
    Array.from({ length: level.count }, (_, c) => ({
      id: ids[level.level]![c]!,
      level: level.level,
      number: c,
      parent: level.parent ? ids[level.level - 1]![level.parent[c]!]! : null,
      other: c === level.other,
      unlinked: c === level.unlinked,
    })),
  );
  const finest = new Map<string, string>();
  const last = clustering.levels[L - 1];
  if (last)
    clustering.keys.forEach((key, v) => last.membership[v]! >= 0 && finest.set(key, ids[L - 1]![last.membership[v]!]!));
  return { levels: L, clusters, finest };
}
