/**
 * VOSviewer map and network files
 * ===============================
 * Export graph → VOSviewer's two tab-separated files:
 * - the map file: header `id label x y cluster weight<Documents> weight<Links>
 *   weight<Total link strength> score<Avg. pub. year> description url`, one item a line, clusters
 *   1–1000 (an empty cell for an item in no cluster or without a position or year);
 * - the network file: no header, `id1 id2 strength` a line, each undirected pair once.
 * VOSviewer reads both by column name and tab, with no quoting, so tabs and line breaks inside a
 * label or description are written as spaces (the only change a round trip can show).
 */
import { VOS_SCORES, VOS_WEIGHTS, type VosItem, type VosNetwork } from "../../schema/vosviewer.ts";
import type { ExportGraph } from "../graph.ts";
import { toVosNetwork } from "./network.ts";

/** One TSV cell: tabs and line breaks (which would split the row) become spaces. */
const cell = (value: string | number | undefined): string =>
  value === undefined ? "" : String(value).replace(/[\t\r\n]+/g, " ");

export const MAP_COLUMNS: readonly string[] = [
  "id",
  "label",
  "x",
  "y",
  "cluster",
  ...VOS_WEIGHTS.map((w) => `weight<${w}>`),
  ...VOS_SCORES.map((s) => `score<${s}>`),
  "description",
  "url",
];

function row(item: VosItem): string {
  return [
    item.id,
    item.label,
    item.x,
    item.y,
    item.cluster,
    ...VOS_WEIGHTS.map((w) => item.weights[w]),
    ...VOS_SCORES.map((s) => item.scores[s]),
    item.description,
    item.url,
  ]
    .map(cell)
    .join("\t");
}

export function writeVosMapFile(network: VosNetwork): string {
  return [MAP_COLUMNS.join("\t"), ...network.items.map(row)].join("\n") + "\n";
}

export function writeVosNetworkFile(network: VosNetwork): string {
  return network.links.map((l) => `${l.source_id}\t${l.target_id}\t${l.strength}\n`).join("");
}

export const writeVosviewerMap = (graph: ExportGraph): string => writeVosMapFile(toVosNetwork(graph));
export const writeVosviewerNetwork = (graph: ExportGraph): string => writeVosNetworkFile(toVosNetwork(graph));
