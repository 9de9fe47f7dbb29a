/**
 * Saved links after an update (issue 15): a cluster id in a link's cluster filter that the map no
 * longer has is replaced by the cluster the payload's `redirects` lead it to (`MapHeader.redirects`,
 * each update's lineage followed to now), or dropped when no redirect names it. Pure: main.ts
 * applies the result to the decoded view, rewrites the URL and shows the notices.
 */
import type { Filters } from "./state.ts";

export interface Redirect {
  from: string;
  to: string;
}

export interface LinkResolution {
  /** The link's cluster filter with every id a cluster of the map (order kept, no duplicates). */
  clusters: string[];
  /** Ids replaced: the gone id, the id it now leads to. */
  redirected: Redirect[];
  /** Ids neither on the map nor redirected. */
  dropped: string[];
}

/**
 * `known`: the ids of the clusters of every level on the map; `redirects` from the payload. A
 * redirect whose target is not on the map either counts as no redirect.
 */
export function resolveLinkedClusters(
  clusters: readonly string[],
  known: ReadonlySet<string>,
  redirects: readonly Redirect[] = [],
): LinkResolution {
  const to = new Map(redirects.map((r) => [r.from, r.to]));
  const out: string[] = [];
  const redirected: Redirect[] = [];
  const dropped: string[] = [];
  for (const id of clusters) {
    let now: string | undefined = id;
    if (!known.has(id)) {
      now = to.get(id);
      if (now === undefined || !known.has(now)) {
        dropped.push(id);
        continue;
      }
      redirected.push({ from: id, to: now });
    }
    if (!out.includes(now)) out.push(now);
  }
  return { clusters: out, redirected, dropped };
}

/** The filters with the link's clusters resolved; the same object back when nothing changed. */
export function withResolvedClusters(filters: Filters, resolution: LinkResolution): Filters {
  const same =
    resolution.clusters.length === filters.clusters.length &&
    resolution.clusters.every((c, i) => c === filters.clusters[i]);
  return same ? filters : { ...filters, clusters: resolution.clusters };
}

/** The one-line notice for the reader, or null when no id was redirected (dropped ids go quietly). */
export function redirectNotice(redirected: readonly Redirect[], labelOf: (id: string) => string): string | null {
  if (redirected.length === 0) return null;
  if (redirected.length === 1) return `A cluster in this link merged into ${labelOf(redirected[0]!.to)}.`;
  const names = [...new Set(redirected.map((r) => labelOf(r.to)))];
  return `${redirected.length} clusters in this link have changed; now shown: ${names.join(", ")}.`;
}
