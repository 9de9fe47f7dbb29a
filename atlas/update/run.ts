/**
 * Update runner
 * =============
 * `paperatlas update <files…>`: ingest (ingest/run.ts, the same rules as `paperatlas ingest`), then
 * read back the current clustering run, its finest-level members and the stored positions, update
 * the clustering (../cluster/update.ts) and place the new nodes (../layout/place.ts), and write only
 * what changed: a new current ClusterRun (with `basedOn` and the lineage), the Cluster nodes upserted
 * by id with their centres, PART_OF, the memberships of new and moved nodes, the positions of new
 * nodes and the sizes that changed. With no new node nothing is written at all.
 */
import type { Db } from "../../db/client.ts";
import { runIngest, type IngestOptions, type IngestSummary } from "../../ingest/run.ts";
import { CREATE_RUN, LINK_CLUSTERS, MAKE_RUN_CURRENT, RETIRE_CURRENT_RUN } from "../../schema/cypher/clusters.ts";
import type { MembershipRow, PartOfRow, PositionRow } from "../../schema/cypher/clusters.ts";
import {
  DELETE_CLUSTERS_EXCEPT,
  DELETE_PART_OF,
  READ_CLUSTERS,
  READ_CONCEPT_POSITIONS,
  READ_LEVEL_MEMBERS,
  READ_PAPER_POSITIONS,
  REASSIGN_CONCEPTS,
  REASSIGN_PAPERS,
  UPSERT_CLUSTERS,
  type StoredPositionRow,
} from "../../schema/cypher/update.ts";
import { SET_CONCEPT_POSITIONS, SET_PAPER_POSITIONS } from "../../schema/cypher/clusters.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { ClusterLineage, ClusterNode, ClusterRun } from "../../schema/model.ts";
import { DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from "../cluster/cluster.ts";
import { labelClusters } from "../cluster/labels.ts";
import { clusterId, clusterRecords, fingerprint, runIdFor } from "../cluster/records.ts";
import { currentClusterRun } from "../cluster/run.ts";
import {
  DEFAULT_UPDATE,
  previousChains,
  updateClustering,
  type PreviousClustering,
  type UpdateOptions,
} from "../cluster/update.ts";
import { DEFAULT_PLACE_OPTIONS, placeNewNodes } from "../layout/place.ts";
import type { Projection } from "../projection/projection.ts";
import { projectionOptionsOf, readProjection } from "../projection/read.ts";

export interface RunUpdateOptions {
  now?: () => Date;
  ingest?: Omit<IngestOptions, "now">;
  refine?: UpdateOptions["refine"];
  /** Iterations of the local force pass over the new nodes. */
  placeIterations?: number;
  pageSize?: number;
  batchSize?: number;
  onPhase?: (phase: string) => void;
}

export interface UpdateSummary {
  ingest: IngestSummary | null;
  /** False when nothing was new: no run written, nothing changed. */
  changed: boolean;
  previousRunId: string;
  runId: string;
  addedPapers: number;
  addedConcepts: number;
  movedNodes: number;
  clusterCounts: number[];
  lineage: ClusterLineage[];
  placed: { fromNeighbours: number; fromCluster: number; beside: number; overlapsLeft: number };
  timings: { ingestMs: number; readMs: number; clusterMs: number; placeMs: number; writeMs: number; totalMs: number };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function readPrevious(db: Db, levels: number): Promise<{ previous: PreviousClustering; sizesBefore: string }> {
  const clusters = await db.read(READ_CLUSTERS, {});
  const finest = new Map<string, string>();
  for (const row of await db.read(READ_LEVEL_MEMBERS, { level: levels - 1 }))
    for (const id of row.members) finest.set(id, row.cluster);
  // What `report --since` compares the clusters with (ClusterRun.sizesBefore).
  const sizes = Object.fromEntries(clusters.map((c) => [c.id, [c.size ?? 0, c.paperCount ?? 0]]));
  return { previous: { levels, clusters, finest }, sizesBefore: JSON.stringify(sizes) };
}

async function readPositions(db: Db, pageSize: number): Promise<Map<string, StoredPositionRow>> {
  const out = new Map<string, StoredPositionRow>();
  for (const q of [READ_PAPER_POSITIONS, READ_CONCEPT_POSITIONS]) {
    for (let after = ""; ;) {
      const page = await db.read(q, { after, limit: pageSize });
      for (const row of page) if (!out.has(row.id)) out.set(row.id, row);
      if (page.length < pageSize) break;
      after = page[page.length - 1]!.id;
    }
  }
  return out;
}

function clusterOptionsOf(run: ClusterRun): ClusterOptions {
  return {
    ...DEFAULT_CLUSTER_OPTIONS,
    // An imported run (a VOSviewer file) was never searched: update searches with the defaults.
    ...(run.algorithm === "imported"
      ? {}
      : {
          algorithm: run.algorithm,
          resolution: run.resolution,
          seed: run.seed,
          runs: run.runs,
          maxLevels: run.levels,
        }),
  };
}

/** The update's run id: the previous run and the grown graph, so the same sequence gives the same ids. */
function updateRunId(previous: ClusterRun, projection: Projection, options: ClusterOptions): string {
  return `u${fingerprint([previous.id, runIdFor(projection, options)]).slice(0, 12)}`;
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

/** Cluster centres: the mean position of each cluster's members (what SET_CLUSTER_CENTRES computes). */
function centres(levels: { membership: Int32Array; count: number }[], x: Float64Array, y: Float64Array) {
  return levels.map((level) => {
    const sx = new Float64Array(level.count);
    const sy = new Float64Array(level.count);
    const n = new Float64Array(level.count);
    level.membership.forEach((c, v) => {
      if (c < 0) return;
      sx[c]! += x[v]!;
      sy[c]! += y[v]!;
      n[c]! += 1;
    });
    return Array.from({ length: level.count }, (_, c) => (n[c]! > 0 ? [sx[c]! / n[c]!, sy[c]! / n[c]!] : null));
  });
}

interface State {
  run: ClusterRun;
  projection: Projection;
  previous: PreviousClustering;
  /** ClusterRun.sizesBefore of the update. */
  sizesBefore: string;
  positions: Map<string, StoredPositionRow>;
}

/** What an update writes, computed without touching the database. */
interface Plan {
  run: ClusterRun;
  clusters: ClusterNode[];
  partOf: PartOfRow[];
  /** New nodes and previous nodes whose cluster changed on some level. */
  papers: MembershipRow[];
  concepts: MembershipRow[];
  added: Set<string>;
  /** New nodes' positions, and the sizes that changed (known positions written back unchanged). */
  paperPositions: PositionRow[];
  conceptPositions: PositionRow[];
  lineage: ClusterLineage[];
  placed: UpdateSummary["placed"];
  timings: { clusterMs: number; placeMs: number };
}

/** New nodes' positions, and known nodes whose size changed (their stored position written back as it was). */
function positionRows(
  projection: Projection,
  keys: readonly string[],
  stored: readonly (StoredPositionRow | undefined)[],
  placed: { x: Float64Array; y: Float64Array; size: Float64Array },
) {
  const paperPositions: PositionRow[] = [];
  const conceptPositions: PositionRow[] = [];
  keys.forEach((id, v) => {
    const was = stored[v];
    if (was && was.size === placed.size[v]) return;
    const row = was
      ? { id, x: was.x, y: was.y, size: placed.size[v]! }
      : { id, x: round(placed.x[v]!), y: round(placed.y[v]!), size: placed.size[v]! };
    (projection.graph.getNodeAttribute(id, "kind") === "paper" ? paperPositions : conceptPositions).push(row);
  });
  return { paperPositions, conceptPositions };
}

function plan(state: State, options: RunUpdateOptions, createdAt: string): Plan {
  const { run, projection, previous, positions } = state;
  const t0 = performance.now();
  const clusterOptions = clusterOptionsOf(run);
  const runId = updateRunId(run, projection, clusterOptions);
  const update = updateClustering(projection, previous, (level, k) => clusterId(runId, level, k), {
    ...DEFAULT_UPDATE,
    resolution: run.resolution,
    seed: run.seed,
    ...(options.refine ? { refine: options.refine } : {}),
  });
  const { clustering, ids } = update;
  const labels = labelClusters(projection, clustering.keys, clustering.levels);
  const t1 = performance.now();
  const keys = clustering.keys;
  const stored = keys.map((k) => positions.get(k));
  const finest = clustering.levels[clustering.levels.length - 1]!;
  const placed = placeNewNodes(
    projection,
    keys,
    {
      x: stored.map((p) => p?.x ?? 0),
      y: stored.map((p) => p?.y ?? 0),
      known: Uint8Array.from(stored, (p) => (p ? 1 : 0)),
    },
    (v) => ids[0]![clustering.levels[0]!.membership[v]!] ?? null,
    (v) => ids[finest.level]![finest.membership[v]!] ?? null,
    { ...DEFAULT_PLACE_OPTIONS, seed: run.layoutSeed ?? DEFAULT_PLACE_OPTIONS.seed, ...iterations(options) },
  );
  const t2 = performance.now();
  const records = clusterRecords(
    projection,
    clustering,
    labels,
    clusterOptions,
    { id: runId, createdAt, elapsedMs: Math.round(t2 - t0) },
    (level, c) => ids[level]![c]!,
  );
  const lineage: ClusterLineage[] = update.carried.map((c, level) => ({
    level,
    merges: c.merges,
    splits: c.splits,
    created: c.ids.filter((_id, k) => !c.kept[k]),
    redirects: c.redirects,
  }));
  const added = new Set(update.newNodes);
  const addedPapers = update.newNodes.filter((k) => projection.graph.getNodeAttribute(k, "kind") === "paper").length;
  const centre = centres(clustering.levels, placed.x, placed.y);
  const chain = previousChains(previous);
  const changed = (row: MembershipRow) =>
    added.has(row.id) || chain.get(previous.finest.get(row.id) ?? "")?.join("\n") !== row.clusters.join("\n");
  const { paperPositions, conceptPositions } = positionRows(projection, keys, stored, placed);
  return {
    run: {
      ...records.run,
      basedOn: run.id,
      addedPapers,
      addedConcepts: update.newNodes.length - addedPapers,
      movedNodes: update.moved,
      lineage: JSON.stringify(lineage),
      sizesBefore: state.sizesBefore,
      ...(run.layoutAt === undefined ? {} : { layoutAt: run.layoutAt }),
      ...(run.layoutIterations === undefined ? {} : { layoutIterations: run.layoutIterations }),
      ...(run.layoutSeed === undefined ? {} : { layoutSeed: run.layoutSeed }),
    },
    clusters: records.clusters.map((c) => {
      const at = centre[c.level]![c.number];
      return {
        ...c,
        from: update.carried[c.level]!.from[c.number]!,
        ...(at ? { x: round(at[0]!), y: round(at[1]!) } : {}),
      };
    }),
    partOf: records.partOf,
    papers: records.papers.filter(changed),
    concepts: records.concepts.filter(changed),
    added,
    paperPositions,
    conceptPositions,
    lineage,
    placed: {
      fromNeighbours: placed.fromNeighbours,
      fromCluster: placed.fromCluster,
      beside: placed.beside,
      overlapsLeft: placed.overlapsLeft,
    },
    timings: { clusterMs: t1 - t0, placeMs: t2 - t1 },
  };
}

/** Writes a plan step by step; the new run becomes current last (a failure part-way leaves no current run). */
async function write(db: Db, p: Plan, batch: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.run(RETIRE_CURRENT_RUN, { at: p.run.createdAt });
    await tx.run(CREATE_RUN, { run: { ...p.run, current: false } });
  });
  await db.write(DELETE_CLUSTERS_EXCEPT, { keep: p.clusters.map((c) => c.id) });
  for (const rows of chunks(p.clusters, batch)) await db.write(UPSERT_CLUSTERS, { clusters: rows });
  await db.write(DELETE_PART_OF, {});
  for (const rows of chunks(p.partOf, batch)) await db.write(LINK_CLUSTERS, { links: rows });
  const rowsPer = Math.max(1, Math.floor(batch / Math.max(1, p.run.levels)));
  for (const [q, rows] of [
    [REASSIGN_PAPERS, p.papers],
    [REASSIGN_CONCEPTS, p.concepts],
  ] as const) {
    for (const part of chunks(rows, rowsPer))
      await db.write(q, { rows: part, run: p.run.id, added: part.filter((r) => p.added.has(r.id)).map((r) => r.id) });
  }
  for (const rows of chunks(p.paperPositions, batch)) await db.write(SET_PAPER_POSITIONS, { rows });
  for (const rows of chunks(p.conceptPositions, batch)) await db.write(SET_CONCEPT_POSITIONS, { rows });
  await db.write(MAKE_RUN_CURRENT, { id: p.run.id });
}

async function readState(db: Db, pageSize: number): Promise<State> {
  const run = await currentClusterRun(db);
  if (run === null) {
    throw new PaperAtlasError("PREREQUISITE_MISSING", "update: the graph has no current clustering run to update", {
      hint: "run `paperatlas build <inputs…>` (or `cluster` then `layout`) once first",
    });
  }
  const projection = await readProjection(db, projectionOptionsOf(run), pageSize);
  const { previous, sizesBefore } = await readPrevious(db, run.levels);
  const positions = await readPositions(db, pageSize);
  return { run, projection, previous, sizesBefore, positions };
}

export async function runUpdate(db: Db, inputs: string[], options: RunUpdateOptions = {}): Promise<UpdateSummary> {
  const now = options.now ?? (() => new Date());
  const phase = options.onPhase ?? (() => undefined);
  const t0 = performance.now();
  phase("ingest");
  const ingest = inputs.length > 0 ? await runIngest(db, inputs, { ...options.ingest, now }) : null;
  const t1 = performance.now();
  phase("read");
  const state = await readState(db, options.pageSize ?? 20000);
  const t2 = performance.now();
  const unchanged = state.projection.graph.everyNode((k) => state.previous.finest.has(k) && state.positions.has(k));
  const summary = {
    ingest,
    changed: !unchanged,
    previousRunId: state.run.id,
    runId: state.run.id,
    addedPapers: 0,
    addedConcepts: 0,
    movedNodes: 0,
    clusterCounts: state.run.clusterCounts,
    lineage: [] as ClusterLineage[],
    placed: { fromNeighbours: 0, fromCluster: 0, beside: 0, overlapsLeft: 0 },
    timings: { ingestMs: t1 - t0, readMs: t2 - t1, clusterMs: 0, placeMs: 0, writeMs: 0, totalMs: t2 - t0 },
  };
  if (unchanged) return summary;
  phase("cluster");
  const p = plan(state, options, now().toISOString());
  const t3 = performance.now();
  phase("write");
  await write(db, p, options.batchSize ?? 5000);
  const t4 = performance.now();
  return {
    ...summary,
    runId: p.run.id,
    addedPapers: p.run.addedPapers ?? 0,
    addedConcepts: p.run.addedConcepts ?? 0,
    movedNodes: p.run.movedNodes ?? 0,
    clusterCounts: p.run.clusterCounts,
    lineage: p.lineage,
    placed: p.placed,
    timings: { ...summary.timings, ...p.timings, writeMs: t4 - t3, totalMs: t4 - t0 },
  };
}

function iterations(options: RunUpdateOptions): { iterations?: number } {
  return options.placeIterations === undefined ? {} : { iterations: options.placeIterations };
}
