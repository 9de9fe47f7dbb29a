/**
 * Cluster ids carried over by overlap
 * ===================================
 * After an update, each cluster of the new partition of a level gets an id: the id of the previous
 * cluster that kept most of its members in it (a strict majority of those still in the graph), else
 * a fresh one. When several previous clusters have their majority in the same new cluster (a merge),
 * it keeps the id of the one it shares most members with; ties go to the smaller id, so the result
 * never depends on the order of the input. What happened is returned as data: the previous clusters
 * each new one came from, merges, splits (a previous cluster whose members now sit in two or more
 * clusters, each with at least `splitShare` of them), and for every id that is gone the cluster that
 * holds most of its members (where a saved link to it should lead).
 * References: the "keeps most of its members" rule is the one the GUIDE (§3) states for `Cluster.id`.
 */

export interface CarryOptions {
  /** Share of a previous cluster's members a new cluster must hold to count as a split part. */
  splitShare: number;
}

export const DEFAULT_CARRY: Readonly<CarryOptions> = { splitShare: 0.2 };

export interface Carried {
  /** Id of each new cluster (index = cluster number). */
  ids: string[];
  /** Whether the cluster kept a previous id. */
  kept: boolean[];
  /** For each new cluster, the previous clusters that gave it members, most members first. */
  from: string[][];
  /** A new cluster that holds the majority of two or more previous clusters. */
  merges: { into: string; from: string[] }[];
  /** A previous cluster whose members now sit in several clusters (each ≥ `splitShare` of them). */
  splits: { from: string; into: string[] }[];
  /** Each previous id that is no longer used, and the cluster that now holds most of its members. */
  redirects: { from: string; to: string }[];
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `previous[i]`: the id node i had on this level before (null: a new node); `membership[i]`: its
 * cluster now (0..count − 1, or −1 for none); `fresh(k)`: the id of the k-th cluster that keeps no
 * previous id (numbered in cluster order).
 */
export function carryIds(
  previous: readonly (string | null)[],
  membership: ArrayLike<number>,
  count: number,
  fresh: (k: number) => string,
  options: CarryOptions = DEFAULT_CARRY,
): Carried {
  const overlap: Map<string, number>[] = Array.from({ length: count }, () => new Map());
  const oldSize = new Map<string, number>();
  for (let i = 0; i < previous.length; i++) {
    const old = previous[i];
    const c = membership[i]!;
    if (old === null || old === undefined || c < 0) continue;
    oldSize.set(old, (oldSize.get(old) ?? 0) + 1);
    const m = overlap[c]!;
    m.set(old, (m.get(old) ?? 0) + 1);
  }
  const from = overlap.map((m) => [...m].sort((a, b) => b[1] - a[1] || byString(a[0], b[0])));
  // Where most of each previous cluster went (ties: lower cluster number).
  const home = new Map<string, { cluster: number; count: number }>();
  from.forEach((list, c) => {
    for (const [old, n] of list) {
      const best = home.get(old);
      if (best === undefined || n > best.count) home.set(old, { cluster: c, count: n });
    }
  });
  const ids: string[] = new Array<string>(count);
  const kept: boolean[] = new Array<boolean>(count).fill(false);
  const merges: Carried["merges"] = [];
  for (let c = 0; c < count; c++) {
    // `from` is sorted by overlap then id, so the first majority holder is the one the rules pick.
    const majority = from[c]!.filter(([old, n]) => 2 * n > oldSize.get(old)!).map(([old]) => old);
    if (majority.length > 0) {
      ids[c] = majority[0]!;
      kept[c] = true;
    }
    if (majority.length > 1) merges.push({ into: "", from: majority });
  }
  let k = 0;
  for (let c = 0; c < count; c++) if (!kept[c]) ids[c] = fresh(k++);
  let m = 0;
  for (let c = 0; c < count; c++) {
    const majority = from[c]!.filter(([old, n]) => 2 * n > oldSize.get(old)!);
    if (majority.length > 1) merges[m++]!.into = ids[c]!;
  }
  const splits: Carried["splits"] = [];
  const redirects: Carried["redirects"] = [];
  const used = new Set(ids);
  for (const old of [...oldSize.keys()].sort(byString)) {
    const size = oldSize.get(old)!;
    const parts: number[] = [];
    from.forEach((list, c) => {
      const n = list.find(([o]) => o === old)?.[1] ?? 0;
      if (n > 0 && n >= options.splitShare * size) parts.push(c);
    });
    if (parts.length > 1) splits.push({ from: old, into: parts.map((c) => ids[c]!) });
    if (!used.has(old)) redirects.push({ from: old, to: ids[home.get(old)!.cluster]! });
  }
  return { ids, kept, from: from.map((list) => list.map(([old]) => old)), merges, splits, redirects };
}
