/**
 * Layout runner
 * =============
 * Neo4j I/O around the pure layout: read the projection the current clustering run used (same
 * thresholds, each node's stored `cluster`), lay it out, and write x, y and size on every Paper and
 * Concept (in batches), then each cluster's centre and the layout's parameters on the current
 * ClusterRun.
 */
import type { Db } from "../../db/client.ts";
import {
  MARK_LAYOUT,
  SET_CLUSTER_CENTRES,
  SET_CONCEPT_POSITIONS,
  SET_PAPER_POSITIONS,
  type PositionRow,
} from "../../schema/cypher/clusters.ts";
import { currentClusterRun } from "../cluster/run.ts";
import { projectionOptionsOf, readProjection } from "../projection/read.ts";
import { DEFAULT_LAYOUT_OPTIONS, layoutProjection, type LayoutOptions } from "./layout.ts";

export interface LayoutProgress {
  phase: "read" | "layout" | "write";
  done: number;
  total: number;
}

export interface RunLayoutOptions extends Partial<LayoutOptions> {
  now?: () => Date;
  pageSize?: number;
  batchSize?: number;
  onProgress?: (progress: LayoutProgress) => void;
}

export interface LayoutSummary {
  nodes: number;
  forceNodes: number;
  forceEdges: number;
  barnesHut: boolean;
  iterations: number;
  seed: number;
  attached: number;
  /** Nodes linked to nothing, gathered in one spot beside the map. */
  unlinked: number;
  overlapIterations: number;
  overlapsLeft: number;
  /** Clustering run whose clusters seeded the layout, or null when there was none. */
  runId: string | null;
  timings: { readMs: number; forceMs: number; placeMs: number; overlapMs: number; writeMs: number; totalMs: number };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const round = (v: number): number => Math.round(v * 1000) / 1000;

export async function runLayout(db: Db, options: RunLayoutOptions = {}): Promise<LayoutSummary> {
  const now = options.now ?? (() => new Date());
  const progress = (phase: LayoutProgress["phase"], done: number, total: number) =>
    options.onProgress?.({ phase, done, total });
  const settings: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, ...definedOnly(options) };
  const t0 = now().getTime();
  const run = await currentClusterRun(db);
  const projection = await readProjection(db, projectionOptionsOf(run), options.pageSize ?? 5000, (d, t) =>
    progress("read", d, t),
  );
  const t1 = now().getTime();
  progress("layout", 0, projection.graph.order);
  const layout = layoutProjection(projection, settings, undefined, () => now().getTime());
  const papers: PositionRow[] = [];
  const concepts: typeof papers = [];
  layout.keys.forEach((id, i) => {
    const row = { id, x: round(layout.x[i]!), y: round(layout.y[i]!), size: layout.size[i]! };
    (projection.graph.getNodeAttribute(id, "kind") === "paper" ? papers : concepts).push(row);
  });
  const t2 = now().getTime();
  const batch = options.batchSize ?? 5000;
  // One transaction per batch: positions are idempotent, and any graph size fits the server's memory.
  let done = 0;
  for (const rows of chunks(papers, batch)) {
    await db.write(SET_PAPER_POSITIONS, { rows });
    progress("write", (done += rows.length), layout.keys.length);
  }
  for (const rows of chunks(concepts, batch)) {
    await db.write(SET_CONCEPT_POSITIONS, { rows });
    progress("write", (done += rows.length), layout.keys.length);
  }
  await db.write(SET_CLUSTER_CENTRES, {});
  await db.write(MARK_LAYOUT, { at: now().toISOString(), iterations: settings.iterations, seed: settings.seed });
  const t3 = now().getTime();
  return {
    nodes: layout.keys.length,
    forceNodes: layout.forceNodes,
    forceEdges: layout.forceEdges,
    barnesHut: layout.barnesHut,
    iterations: settings.iterations,
    seed: settings.seed,
    attached: layout.attached,
    unlinked: layout.unlinked,
    overlapIterations: layout.overlap.iterations,
    overlapsLeft: layout.overlap.overlaps,
    runId: run?.id ?? null,
    timings: { readMs: t1 - t0, ...layout.timings, writeMs: t3 - t2, totalMs: t3 - t0 },
  };
}

function definedOnly(options: RunLayoutOptions): Partial<LayoutOptions> {
  const keys = [
    "iterations",
    "seed",
    "barnesHutAbove",
    "overlapIterations",
    "spacing",
    "crossClusterWeight",
    "clusterPull",
  ] as const;
  return Object.fromEntries(keys.filter((k) => options[k] !== undefined).map((k) => [k, options[k]]));
}
