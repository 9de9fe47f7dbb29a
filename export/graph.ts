/**
 * Export graph
 * ============
 * `buildExportGraph(rows)`: the papers, concepts, MENTIONS and CITES `read.ts` fetched → a directed
 * graphology graph whose attributes are what Gephi needs to show the map: `label`, `type`, the
 * top-level `cluster` (id, number, label), on each finer level L its cluster id and label
 * (`clusterL`, `clusterLabelL`), `color` (the map's colour of the cluster, schema/palette.ts),
 * `size`, `x`, `y`; papers add `year` and `stub`, concepts `paperCount`. Edges carry `type`
 * (MENTIONS or CITES) and `weight`. Pure and deterministic: nodes and edges in id order, edge keys
 * from that order, decimals rounded.
 */
import { DirectedGraph } from "graphology";
import type {
  ExportClusterRow,
  ExportEdgeRow,
  ExportFinerClusterRow,
  ExportNodeRow,
  ExportPaperRow,
} from "../schema/cypher/export.ts";
import { clusterColor, clusterColorOrder, UNCLUSTERED_COLOR } from "../schema/palette.ts";

export interface ExportRows {
  nodes: ExportNodeRow[];
  edges: ExportEdgeRow[];
  clusters: ExportClusterRow[];
  /** Clusters of levels 1, 2, …; absent or empty: the top level only. */
  finerClusters?: ExportFinerClusterRow[];
  /** Titles, abstracts, authors and ids: read only for an exporter that is `bibliographic`. */
  papers?: ExportPaperRow[];
}

/** Attribute names of a finer level's cluster id and label: `cluster1`, `clusterLabel1`, … */
export type LevelAttribute = `cluster${number}` | `clusterLabel${number}`;
export const levelAttributes = (level: number): [`cluster${number}`, `clusterLabel${number}`] => [
  `cluster${level}`,
  `clusterLabel${level}`,
];

export interface ExportNodeAttributes {
  label: string;
  type: string;
  cluster?: string;
  clusterNumber?: number;
  clusterLabel?: string;
  color: string;
  size: number;
  x?: number;
  y?: number;
  year?: number;
  paperCount?: number;
  stub?: boolean;
  /** The node's cluster on each finer level L (L = 1, 2, …): `clusterL` its id, `clusterLabelL` its label. */
  [level: LevelAttribute]: string;
}

export interface ExportEdgeAttributes {
  /** RELATED: a link a VOSviewer import brought that is neither a mention nor a citation. */
  type: "MENTIONS" | "CITES" | "RELATED";
  weight: number;
}

export interface ExportGraphAttributes {
  title: string;
  creator: string;
  description: string;
}

export type ExportGraph = DirectedGraph<ExportNodeAttributes, ExportEdgeAttributes, ExportGraphAttributes>;

const round = (n: number, places: number): number => {
  const f = 10 ** places;
  const r = Math.round(n * f) / f;
  return r === 0 ? 0 : r;
};

/** Drops the characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/F). */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The map's colour order: clusters by how many nodes they hold (schema/palette.ts). */
function colorOrder(nodes: readonly ExportNodeRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of nodes) if (n.cluster) counts.set(n.cluster, (counts.get(n.cluster) ?? 0) + 1);
  return clusterColorOrder([...counts].map(([id, count]) => ({ id, count })));
}

function nodeAttributes(
  row: ExportNodeRow,
  clusters: Map<string, ExportClusterRow>,
  finer: Map<string, ExportFinerClusterRow>,
  colors: Map<string, number>,
): ExportNodeAttributes {
  const cluster = row.cluster ? clusters.get(row.cluster) : undefined;
  const number = cluster?.number ?? null;
  const attrs: ExportNodeAttributes = {
    label: xmlSafe(row.label),
    type: row.type,
    color: row.cluster ? clusterColor(colors.get(row.cluster)) : UNCLUSTERED_COLOR,
    size: round(typeof row.size === "number" && row.size > 0 ? row.size : 1, 3),
  };
  if (row.cluster) {
    attrs.cluster = row.cluster;
    if (number !== null) attrs.clusterNumber = number;
    attrs.clusterLabel = xmlSafe(cluster?.label ?? row.cluster);
  }
  for (const id of row.finerClusters ?? []) {
    const level = finer.get(id);
    if (level === undefined) continue;
    const [idKey, labelKey] = levelAttributes(level.level);
    attrs[idKey] = id;
    attrs[labelKey] = xmlSafe(level.label);
  }
  if (typeof row.x === "number" && typeof row.y === "number") {
    attrs.x = round(row.x, 3);
    attrs.y = round(row.y, 3);
  }
  if (row.type === "paper") {
    if (typeof row.year === "number") attrs.year = row.year;
    attrs.stub = row.stub;
  } else if (typeof row.paperCount === "number") {
    attrs.paperCount = row.paperCount;
  }
  return attrs;
}

export function buildExportGraph(rows: ExportRows, meta: Partial<ExportGraphAttributes> = {}): ExportGraph {
  const graph: ExportGraph = new DirectedGraph();
  graph.replaceAttributes({
    title: meta.title ?? "PaperAtlas graph",
    creator: meta.creator ?? "PaperAtlas",
    description:
      meta.description ?? "Papers and the concepts they mention (MENTIONS), and citations between papers (CITES).",
  });
  const clusters = new Map(rows.clusters.map((c) => [c.id, c]));
  const finer = new Map((rows.finerClusters ?? []).map((c) => [c.id, c]));
  const colors = colorOrder(rows.nodes);
  for (const row of [...rows.nodes].sort((a, b) => byKey(a.id, b.id))) {
    if (!graph.hasNode(row.id)) graph.addNode(row.id, nodeAttributes(row, clusters, finer, colors));
  }
  const edges = [...rows.edges].sort(
    (a, b) => byKey(a.type, b.type) || byKey(a.source, b.source) || byKey(a.target, b.target),
  );
  let i = 0;
  for (const e of edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
    graph.addDirectedEdgeWithKey(`e${i++}`, e.source, e.target, { type: e.type, weight: round(e.weight, 4) });
  }
  return graph;
}
