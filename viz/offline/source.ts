/**
 * The offline data source
 * =======================
 * Pure: the decoded map payload (map-data.ts) and the page's `OfflineExtras` (schema/offline.ts)
 * → an index that answers what the served map asks the API for, in the API's own types
 * (schema/api.ts): node details (details.ts here), search (search.ts), cluster lists and details.
 * Neighbour lists come from the payload's MENTIONS and CITES, so the page carries each edge once.
 */
import type { ClusterRefT, ConceptRefT, PaperRefT } from "../../schema/api.ts";
import { MAP_FLAGS, type NodeType } from "../../schema/map.ts";
import type { OfflineExtras } from "../../schema/offline.ts";
import type { MapColumns } from "../map-data.ts";

/** Adjacency in both directions as offset arrays (CSR): `targets[offsets[i] .. offsets[i+1])`. */
export interface Adjacency {
  offsets: Uint32Array;
  targets: Uint32Array;
}

export interface OfflineCluster {
  ref: ClusterRefT;
  /** 0 for the top level; finer levels count up. */
  column: number;
  /** 1-based index in its level's table, as the payload's cluster columns hold it. */
  number: number;
  parent: string | null;
  topConcepts: string[];
  paperCount: number;
  conceptCount: number;
  modularity: number | null;
}

export interface OfflineSource {
  cols: MapColumns;
  extras: OfflineExtras;
  index: Map<string, number>;
  /** Per node: its row in `extras.papers` or `extras.concepts`. */
  row: Uint32Array;
  isPaper: Uint8Array;
  mentions: { out: Adjacency; in: Adjacency };
  cites: { out: Adjacency; in: Adjacency };
  proposes: { out: Adjacency; in: Adjacency };
  clusters: Map<string, OfflineCluster>;
  /** Clusters of each level, as the payload's tables list them (largest first). */
  levels: OfflineCluster[][];
}

function csr(n: number, source: ArrayLike<number>, target: ArrayLike<number>): Adjacency {
  const offsets = new Uint32Array(n + 1);
  for (let k = 0; k < source.length; k++) offsets[source[k]! + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Uint32Array(source.length);
  for (let k = 0; k < source.length; k++) targets[fill[source[k]!]!++] = target[k]!;
  return { offsets, targets };
}

function both(n: number, source: ArrayLike<number>, target: ArrayLike<number>) {
  return { out: csr(n, source, target), in: csr(n, target, source) };
}

export function neighbours(adj: Adjacency, i: number): Uint32Array {
  return adj.targets.subarray(adj.offsets[i]!, adj.offsets[i + 1]!);
}

function clusterTables(cols: MapColumns, extras: OfflineExtras): OfflineCluster[][] {
  const stats = new Map(extras.clusters.map((c) => [c.id, c]));
  const tables = [cols.header.clusters, ...(cols.header.levels ?? []).map((l) => l.clusters)];
  const levels = tables.map((table, column) =>
    table.map((c, k): OfflineCluster => {
      const s = stats.get(c.id);
      return {
        ref: { id: c.id, label: c.label, level: c.level, size: s?.size ?? c.size },
        column,
        number: k + 1,
        parent: null,
        topConcepts: s?.topConcepts ?? [],
        paperCount: s?.paperCount ?? 0,
        conceptCount: s?.conceptCount ?? 0,
        modularity: s?.modularity ?? null,
      };
    }),
  );
  (cols.header.levels ?? []).forEach((l, k) =>
    l.clusters.forEach((c, j) => {
      const parent = c.parent ? levels[k]![c.parent - 1] : undefined;
      levels[k + 1]![j]!.parent = parent?.ref.id ?? null;
    }),
  );
  return levels;
}

export function createOfflineSource(cols: MapColumns, extras: OfflineExtras): OfflineSource {
  const n = cols.ids.length;
  const isPaper = new Uint8Array(n);
  const row = new Uint32Array(n);
  let papers = 0;
  let concepts = 0;
  const paperType = cols.header.nodeTypes.indexOf("paper");
  for (let i = 0; i < n; i++) {
    isPaper[i] = cols.type[i] === paperType ? 1 : 0;
    row[i] = isPaper[i] ? papers++ : concepts++;
  }
  const proposeSource: number[] = [];
  const proposeTarget: number[] = [];
  for (let k = 0; k + 1 < extras.proposes.length; k += 2) {
    proposeSource.push(extras.proposes[k]!);
    proposeTarget.push(extras.proposes[k + 1]!);
  }
  const levels = clusterTables(cols, extras);
  const edges = (t: string) => cols.edges[t] ?? { source: new Uint32Array(0), target: new Uint32Array(0) };
  return {
    cols,
    extras,
    index: new Map(cols.ids.map((id, i) => [id, i])),
    row,
    isPaper,
    mentions: both(n, edges("MENTIONS").source, edges("MENTIONS").target),
    cites: both(n, edges("CITES").source, edges("CITES").target),
    proposes: both(n, proposeSource, proposeTarget),
    clusters: new Map(levels.flat().map((c) => [c.ref.id, c])),
    levels,
  };
}

// ---------- one node, as the API names it ----------

export function nodeType(src: OfflineSource, i: number): NodeType {
  return src.cols.header.nodeTypes[src.cols.type[i]!]!;
}

/** A paper's full title, a concept's full name. */
export function nodeName(src: OfflineSource, i: number): string {
  if (src.isPaper[i]) return src.extras.papers.title[src.row[i]!] ?? src.cols.labels[i]!;
  return src.extras.concepts.name[src.row[i]!] ?? src.cols.labels[i]!;
}

export function yearOf(src: OfflineSource, i: number): number | null {
  return src.cols.year[i] ? src.cols.year[i]! : null;
}

export function isStub(src: OfflineSource, i: number): boolean {
  return (src.cols.flags[i]! & MAP_FLAGS.stub) !== 0;
}

/** The node's top-level cluster. */
export function clusterOf(src: OfflineSource, i: number): OfflineCluster | null {
  const k = src.cols.cluster[i]!;
  return k === 0 ? null : (src.levels[0]![k - 1] ?? null);
}

export function paperRef(src: OfflineSource, i: number): PaperRefT {
  return {
    id: src.cols.ids[i]!,
    title: nodeName(src, i),
    year: yearOf(src, i),
    cluster: clusterOf(src, i)?.ref.id ?? null,
  };
}

export function conceptRef(src: OfflineSource, i: number): ConceptRefT {
  return {
    id: src.cols.ids[i]!,
    name: nodeName(src, i),
    type: nodeType(src, i) as ConceptRefT["type"],
    paperCount: src.cols.paperCount[i] ?? 0,
  };
}
