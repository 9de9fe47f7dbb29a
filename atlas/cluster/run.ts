/**
 * Cluster runner
 * ==============
 * Neo4j I/O around the pure core: read the projection (`../projection/read.ts`), search, label,
 * and replace the current clustering run (old Cluster nodes, IN_CLUSTER and `cluster` properties
 * go, the new ones come in batches, the new run becomes current last; the old ClusterRun stays as
 * a record). Returns a summary.
 */
import { toPaperAtlasError, type Db } from "../../db/client.ts";
import {
  ASSIGN_CONCEPTS,
  ASSIGN_PAPERS,
  CLEAR_CONCEPT_CLUSTERS,
  CLEAR_PAPER_CLUSTERS,
  CREATE_CLUSTERS,
  CREATE_RUN,
  DELETE_CLUSTERS,
  LINK_CLUSTERS,
  MAKE_RUN_CURRENT,
  DELETE_MEMBERSHIPS,
  READ_CURRENT_RUN,
  RETIRE_CURRENT_RUN,
} from "../../schema/cypher/clusters.ts";
import type { Query } from "../../schema/cypher/query.ts";
import type { ClusterRun } from "../../schema/model.ts";
import { DEFAULT_PROJECTION, type ProjectionOptions } from "../projection/projection.ts";
import { readProjection } from "../projection/read.ts";
import { clusterProjection, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions, type RunOutcome } from "./cluster.ts";
import { labelClusters } from "./labels.ts";
import { clusterRecords, runIdFor, type ClusterRecords } from "./records.ts";

export type ClusterPhase = "read" | "search" | "label" | "write";

export interface ClusterProgress {
  phase: ClusterPhase;
  done: number;
  total: number;
}

export interface RunClusterOptions extends Partial<ClusterOptions>, Partial<ProjectionOptions> {
  now?: () => Date;
  pageSize?: number;
  batchSize?: number;
  onProgress?: (progress: ClusterProgress) => void;
  onRun?: (run: RunOutcome) => void;
}

export interface LevelSummary {
  level: number;
  clusters: number;
  modularity: number;
  largest: { id: string; label: string; size: number }[];
}

export interface ClusterSummary {
  runId: string;
  options: ClusterOptions & { minPapers: number; maxPapers: number | null; citesWeight: number };
  papers: number;
  concepts: number;
  mentions: number;
  cites: number;
  excludedConcepts: number;
  searchNodes: number;
  searchEdges: number;
  attached: number;
  unassigned: number;
  modularity: number;
  quality: number;
  runs: RunOutcome[];
  levels: LevelSummary[];
  timings: { readMs: number; searchMs: number; labelMs: number; writeMs: number; totalMs: number };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function currentClusterRun(db: Db): Promise<ClusterRun | null> {
  const [row] = await db.read(READ_CURRENT_RUN, {});
  return row?.run ?? null;
}

/** Runs a statement in an auto-commit transaction (what `CALL … IN TRANSACTIONS` needs). */
async function autoCommit(db: Db, q: Query<Record<string, never>, object>): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run(q.text);
  } catch (error) {
    throw toPaperAtlasError(error, db.uri);
  } finally {
    await session.close();
  }
}

/** Replaces the current run step by step (see RETIRE_CURRENT_RUN): any graph size fits. */
async function writeRecords(
  db: Db,
  records: ClusterRecords,
  at: string,
  batchSize: number,
  progress: (done: number) => void,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run(RETIRE_CURRENT_RUN, { at });
    await tx.run(CREATE_RUN, { run: { ...records.run, current: false } });
  });
  for (const q of [DELETE_MEMBERSHIPS, DELETE_CLUSTERS, CLEAR_PAPER_CLUSTERS, CLEAR_CONCEPT_CLUSTERS])
    await autoCommit(db, q);
  for (const batch of chunks(records.clusters, batchSize)) await db.write(CREATE_CLUSTERS, { clusters: batch });
  for (const batch of chunks(records.partOf, batchSize)) await db.write(LINK_CLUSTERS, { links: batch });
  let done = 0;
  // A node brings one IN_CLUSTER per level: smaller batches keep each transaction small.
  const rows = Math.max(1, Math.floor(batchSize / Math.max(1, records.run.levels)));
  for (const batch of chunks(records.papers, rows)) {
    await db.write(ASSIGN_PAPERS, { rows: batch });
    progress((done += batch.length));
  }
  for (const batch of chunks(records.concepts, rows)) {
    await db.write(ASSIGN_CONCEPTS, { rows: batch });
    progress((done += batch.length));
  }
  await db.write(MAKE_RUN_CURRENT, { id: records.run.id });
}

function resolveOptions(options: RunClusterOptions): { cluster: ClusterOptions; projection: ProjectionOptions } {
  return {
    cluster: {
      resolution: options.resolution ?? DEFAULT_CLUSTER_OPTIONS.resolution,
      seed: options.seed ?? DEFAULT_CLUSTER_OPTIONS.seed,
      runs: options.runs ?? DEFAULT_CLUSTER_OPTIONS.runs,
      algorithm: options.algorithm ?? DEFAULT_CLUSTER_OPTIONS.algorithm,
      maxIterations: options.maxIterations ?? DEFAULT_CLUSTER_OPTIONS.maxIterations,
      maxLevels: options.maxLevels ?? DEFAULT_CLUSTER_OPTIONS.maxLevels,
    },
    projection: {
      minPapers: options.minPapers ?? DEFAULT_PROJECTION.minPapers,
      maxPapers: options.maxPapers ?? DEFAULT_PROJECTION.maxPapers,
      citesWeight: options.citesWeight ?? DEFAULT_PROJECTION.citesWeight,
    },
  };
}

export async function runCluster(db: Db, options: RunClusterOptions = {}): Promise<ClusterSummary> {
  const now = options.now ?? (() => new Date());
  const progress = (phase: ClusterPhase, done: number, total: number) => options.onProgress?.({ phase, done, total });
  const resolved = resolveOptions(options);
  const t0 = now().getTime();
  const projection = await readProjection(db, resolved.projection, options.pageSize ?? 5000, (d, t) =>
    progress("read", d, t),
  );
  const t1 = now().getTime();
  const runs = Math.max(1, resolved.cluster.runs);
  progress("search", 0, runs);
  const clustering = clusterProjection(projection, resolved.cluster, (run) => {
    options.onRun?.(run);
    progress("search", 0, runs);
  });
  const t2 = now().getTime();
  const labels = labelClusters(projection, clustering.keys, clustering.levels);
  const t3 = now().getTime();
  const id = runIdFor(projection, resolved.cluster);
  const records = clusterRecords(projection, clustering, labels, resolved.cluster, {
    id,
    createdAt: now().toISOString(),
    elapsedMs: t3 - t0,
  });
  const toWrite = records.papers.length + records.concepts.length;
  progress("write", 0, toWrite);
  await writeRecords(db, records, records.run.createdAt, options.batchSize ?? 5000, (done) =>
    progress("write", done, toWrite),
  );
  const t4 = now().getTime();
  return {
    runId: id,
    options: { ...resolved.cluster, ...resolved.projection, maxPapers: records.run.maxPapers },
    papers: projection.papers,
    concepts: projection.concepts,
    mentions: projection.mentions,
    cites: projection.cites,
    excludedConcepts: projection.excludedConcepts,
    searchNodes: clustering.searchNodes,
    searchEdges: clustering.searchEdges,
    attached: clustering.attached,
    unassigned: clustering.unassigned,
    modularity: clustering.modularity,
    quality: clustering.quality,
    runs: clustering.runs,
    levels: clustering.levels.map((level) => ({
      level: level.level,
      clusters: level.count,
      modularity: level.modularity,
      largest: records.clusters
        .filter((c) => c.level === level.level && c.number < 5)
        .map((c) => ({ id: c.id, label: c.label, size: c.size })),
    })),
    timings: { readMs: t1 - t0, searchMs: t2 - t1, labelMs: t3 - t2, writeMs: t4 - t3, totalMs: t4 - t0 },
  };
}
