/**
 * Update history
 * ==============
 * Pure: the `ClusterRun` records in, the chain of updates that led to the current run and what it
 * did to cluster ids out. `updateChain` follows `basedOn` from the current run back to the build
 * (the run `paperatlas cluster` wrote); `resolveRedirects` follows each run's `redirects` forward,
 * so an id that went in one update and whose successor went in a later one still leads to a
 * cluster that exists now (where a saved map link should open). A full rebuild starts a new chain:
 * the ids before it are not carried, so they get no redirect.
 */
import type { RunRow } from "../../schema/cypher/since.ts";
import type { ClusterLineage } from "../../schema/model.ts";

/** A `ClusterRun` as the history needs it (`lineage` still JSON, as stored): the row READ_RUNS returns. */
export type RunRecord = RunRow;

/** An update of the chain, its lineage parsed. */
export interface UpdateRecord extends Omit<RunRecord, "lineage" | "sizesBefore" | "basedOn"> {
  basedOn: string;
  lineage: ClusterLineage[];
  /** Cluster id → [size, paperCount] before this update; null when the run did not record it. */
  sizesBefore: Map<string, [number, number]> | null;
}

export interface UpdateChain {
  /** The current run, or null when the graph has none. */
  current: RunRecord | null;
  /** The run the first update of the chain was based on (the build); the current run when no update followed it. */
  base: RunRecord | null;
  /** The updates from the build to the current run, oldest first (empty when the current run is the build). */
  updates: UpdateRecord[];
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** `ClusterRun.lineage` parsed; anything unreadable counts as no lineage. */
export function parseLineage(text: string | null): ClusterLineage[] {
  const value = parseJson(text);
  if (!Array.isArray(value)) return [];
  return value
    .filter((l): l is Record<string, unknown> => typeof l === "object" && l !== null)
    .map((l) => ({
      level: typeof l["level"] === "number" ? l["level"] : 0,
      merges: Array.isArray(l["merges"]) ? (l["merges"] as ClusterLineage["merges"]) : [],
      splits: Array.isArray(l["splits"]) ? (l["splits"] as ClusterLineage["splits"]) : [],
      created: Array.isArray(l["created"]) ? (l["created"] as string[]) : [],
      redirects: Array.isArray(l["redirects"]) ? (l["redirects"] as ClusterLineage["redirects"]) : [],
    }));
}

function parseSizes(text: string | null): Map<string, [number, number]> | null {
  const value = parseJson(text);
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const out = new Map<string, [number, number]>();
  for (const [id, pair] of Object.entries(value)) {
    if (Array.isArray(pair) && typeof pair[0] === "number" && typeof pair[1] === "number")
      out.set(id, [pair[0], pair[1]]);
  }
  return out;
}

/** The current run and the updates that led to it from the last build, oldest first. */
export function updateChain(runs: readonly RunRecord[]): UpdateChain {
  const byId = new Map(runs.map((r) => [r.id, r]));
  const current =
    runs
      .filter((r) => r.current)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))[0] ?? null;
  const updates: UpdateRecord[] = [];
  const seen = new Set<string>();
  let run = current;
  while (run !== null && run.basedOn !== null && !seen.has(run.id)) {
    seen.add(run.id);
    updates.push({
      ...run,
      basedOn: run.basedOn,
      lineage: parseLineage(run.lineage),
      sizesBefore: parseSizes(run.sizesBefore),
    });
    run = byId.get(run.basedOn) ?? null;
  }
  updates.reverse();
  const base = updates.length === 0 ? current : (byId.get(updates[0]!.basedOn) ?? null);
  return { current, base, updates };
}

/**
 * Every cluster id gone in the given updates (oldest first) and the cluster a link to it should
 * lead to now: each run's redirect is followed through the later runs' redirects. Ids whose chain
 * ends at a cluster that does not exist (a lineage older than the current clusters) are left out.
 * Sorted by id.
 */
export function resolveRedirects(
  updates: readonly { lineage: readonly ClusterLineage[] }[],
  existing: ReadonlySet<string>,
): { from: string; to: string }[] {
  const target = new Map<string, string>();
  const pointing = new Map<string, Set<string>>();
  const point = (from: string, to: string) => {
    target.set(from, to);
    let set = pointing.get(to);
    if (!set) pointing.set(to, (set = new Set()));
    set.add(from);
  };
  for (const update of updates) {
    for (const level of update.lineage) {
      for (const { from, to } of level.redirects) {
        if (from === to) continue;
        const earlier = pointing.get(from);
        pointing.delete(from);
        for (const old of earlier ?? []) point(old, to);
        point(from, to);
      }
    }
  }
  return [...target]
    .filter(([from, to]) => existing.has(to) && !existing.has(from))
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([from, to]) => ({ from, to }));
}
