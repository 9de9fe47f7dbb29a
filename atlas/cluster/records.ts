/**
 * Clustering → stored records
 * ===========================
 * Pure conversion of a clustering and its labels into what `run.ts` writes: the ClusterRun
 * properties, one Cluster per cluster and level, PART_OF links, and each node's cluster ids by
 * level. The run id is a hash of the parameters and the search graph (STYLE §2: ids from content).
 */
import type { MembershipRow, PartOfRow } from "../../schema/cypher/clusters.ts";
import type { Cluster, ClusterRun } from "../../schema/model.ts";
import type { Projection } from "../projection/projection.ts";
import type { ClusterLevel, ClusterOptions, Clustering } from "./cluster.ts";
import type { ClusterLabel } from "./labels.ts";

/** 64-bit FNV-1a over strings, as 16 hex digits (two 32-bit lanes with different offsets). */
export function fingerprint(parts: Iterable<string>): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193 + 2);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x01000195);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

function* graphParts(projection: Projection, options: ClusterOptions): Generator<string> {
  yield JSON.stringify({
    ...options,
    ...projection.options,
    maxPapers: Number.isFinite(projection.options.maxPapers) ? projection.options.maxPapers : null,
  });
  const g = projection.graph;
  for (const key of g.nodes()) yield key;
  for (const edge of g.edges())
    yield `${g.source(edge)}|${g.target(edge)}|${g.getEdgeAttribute(edge, "weight").toFixed(9)}`;
}

export function runIdFor(projection: Projection, options: ClusterOptions): string {
  return `r${fingerprint(graphParts(projection, options)).slice(0, 12)}`;
}

export interface ClusterRecords {
  run: ClusterRun;
  clusters: Cluster[];
  partOf: PartOfRow[];
  /** Cluster ids of each clustered node, level 0 first. */
  papers: MembershipRow[];
  concepts: MembershipRow[];
}

/** Names of the clusters that are not topics: small islands together, and nodes that share nothing. */
export const OTHER_LABEL = "Other";
export const UNLINKED_LABEL = "Unlinked";

export const clusterId = (run: string, level: number, number: number): string => `${run}:${level}:${number}`;

export interface RunFacts {
  id: string;
  createdAt: string;
  elapsedMs: number;
}

/** One Cluster record: the "Other" and "Unlinked" clusters take their fixed names and no label concepts. */
function clusterOf(
  level: ClusterLevel,
  c: number,
  label: ClusterLabel,
  ids: { id: string; run: string; parent: string | undefined },
): Cluster {
  const other = c === level.other;
  const unlinked = c === level.unlinked;
  const named = other || unlinked ? [] : label.named;
  return {
    id: ids.id,
    run: ids.run,
    level: level.level,
    number: c,
    label: unlinked ? UNLINKED_LABEL : other ? OTHER_LABEL : label.label,
    size: level.sizes[c]!,
    paperCount: label.papers,
    conceptCount: label.concepts,
    topConcepts: label.top.map((t) => t.name),
    topConceptIds: label.top.map((t) => t.id),
    labelConceptIds: named.map((t) => t.id),
    labelScores: named.map((t) => t.score),
    topMethods: label.byType.method,
    topDatasets: label.byType.dataset,
    topHardware: label.byType.hardware,
    topTasks: label.byType.task,
    topTechniques: label.byType.technique,
    topMetrics: label.byType.metric,
    modularity: level.modularity,
    ...(ids.parent === undefined ? {} : { parent: ids.parent }),
    ...(other ? { other: true as const } : {}),
    ...(unlinked ? { unlinked: true as const } : {}),
  };
}

export function clusterRecords(
  projection: Projection,
  clustering: Clustering,
  labels: ClusterLabel[][],
  options: ClusterOptions,
  facts: RunFacts,
  idOf: (level: number, number: number) => string = (level, number) => clusterId(facts.id, level, number),
): ClusterRecords {
  const runId = facts.id;
  const clusters: Cluster[] = [];
  const partOf: PartOfRow[] = [];
  for (const level of clustering.levels) {
    for (let c = 0; c < level.count; c++) {
      const id = idOf(level.level, c);
      const parentNumber = level.parent?.[c];
      const parent = parentNumber === undefined ? undefined : idOf(level.level - 1, parentNumber);
      if (parent !== undefined) partOf.push({ child: id, parent });
      clusters.push(clusterOf(level, c, labels[level.level]![c]!, { id, run: runId, parent }));
    }
  }
  const papers: ClusterRecords["papers"] = [];
  const concepts: ClusterRecords["concepts"] = [];
  clustering.keys.forEach((key, i) => {
    if ((clustering.levels[0]?.membership[i] ?? -1) < 0) return; // only without any level
    const ids = clustering.levels.map((level) => idOf(level.level, level.membership[i]!));
    const kind = projection.graph.getNodeAttribute(key, "kind");
    (kind === "paper" ? papers : concepts).push({ id: key, clusters: ids });
  });
  const maxPapers = projection.options.maxPapers;
  const run: ClusterRun = {
    id: runId,
    current: true,
    createdAt: facts.createdAt,
    algorithm: options.algorithm,
    resolution: options.resolution,
    seed: options.seed,
    runs: options.runs,
    minPapers: projection.options.minPapers,
    maxPapers: Number.isFinite(maxPapers) ? maxPapers : null,
    citesWeight: projection.options.citesWeight,
    weighting: "tf-idf",
    modularity: clustering.modularity,
    quality: clustering.quality,
    levels: clustering.levels.length,
    clusterCounts: clustering.levels.map((l) => l.count),
    papers: projection.papers,
    concepts: projection.concepts,
    searchNodes: clustering.searchNodes,
    searchEdges: clustering.searchEdges,
    unassigned: clustering.unassigned,
    elapsedMs: facts.elapsedMs,
  };
  return { run, clusters, partOf, papers, concepts };
}
