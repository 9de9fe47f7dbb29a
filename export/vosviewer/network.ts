/**
 * Export graph → VOSviewer network
 * ================================
 * `toVosNetwork(graph)`: the export graph (graph.ts) as VOSviewer's items, links and clusters
 * (schema/vosviewer.ts), which `json.ts` and `map.ts` write. Pure and deterministic.
 * - Items keep the graph's id order; VOSviewer ids are 1…n in that order (map and network files
 *   need positive integers). Our id goes into the description and, for arXiv ids and DOIs, the url.
 * - Clusters are numbered 1, 2, … in the map's colour order (largest first, schema/palette.ts), so
 *   cluster n has the map's n-th colour; past VOS_MAX_CLUSTER an item is left in no cluster.
 * - Links are undirected: a→b and b→a become one link whose strength is the sum of their weights.
 * - Weights: Documents (1 for a paper, its paper count for a concept), Links (distinct neighbours),
 *   Total link strength. Score: Avg. pub. year (a paper's year; for a concept, the mean year of
 *   the papers linked to it), absent without a year.
 */
import { clusterColorOrder } from "../../schema/palette.ts";
import {
  VOS_MAX_CLUSTER,
  type VosCluster,
  type VosItem,
  type VosLink,
  type VosNetwork,
} from "../../schema/vosviewer.ts";
import type { ExportGraph } from "../graph.ts";

const round = (n: number, places: number): number => {
  const f = 10 ** places;
  const r = Math.round(n * f) / f;
  return r === 0 ? 0 : r;
};

/** A link to the paper for arXiv ids (`2401.00005`, `cs/0101001`) and DOIs; none otherwise. */
function paperUrl(id: string): string | undefined {
  if (/^\d{4}\.\d{4,5}(v\d+)?$/.test(id) || /^[a-z-]+(\.[A-Z]{2})?\/\d{7}$/.test(id))
    return `https://arxiv.org/abs/${id}`;
  if (/^10\.\d{4,9}\/\S+$/.test(id)) return `https://doi.org/${id}`;
  return undefined;
}

/** Top-level (or chosen level) cluster ids → VOSviewer numbers 1…, in the map's colour order. */
function clusterNumbers(graph: ExportGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, a) => {
    if (a.cluster !== undefined) counts.set(a.cluster, (counts.get(a.cluster) ?? 0) + 1);
  });
  const numbers = new Map<string, number>();
  for (const [id, index] of clusterColorOrder([...counts].map(([id, count]) => ({ id, count })))) {
    if (index < VOS_MAX_CLUSTER) numbers.set(id, index + 1);
  }
  return numbers;
}

export function toVosNetwork(graph: ExportGraph): VosNetwork {
  const ids = new Map<string, number>();
  graph.forEachNode((key) => ids.set(key, ids.size + 1));
  const numbers = clusterNumbers(graph);

  // Undirected links, strengths summed over both directions.
  const strengths = new Map<string, VosLink>();
  graph.forEachEdge((_edge, attrs, source, target) => {
    const [a, b] = [ids.get(source)!, ids.get(target)!].sort((x, y) => x - y) as [number, number];
    const key = `${a} ${b}`;
    const link = strengths.get(key);
    if (link) link.strength = round(link.strength + attrs.weight, 4);
    else strengths.set(key, { source_id: a, target_id: b, strength: attrs.weight });
  });
  const links = [...strengths.values()].sort(
    (x, y) => (x.source_id as number) - (y.source_id as number) || (x.target_id as number) - (y.target_id as number),
  );

  const items: VosItem[] = [];
  const clusters = new Map<number, VosCluster>();
  graph.forEachNode((key, a) => {
    const neighbours = graph.neighbors(key);
    let strength = 0;
    graph.forEachEdge(key, (_edge, attrs) => (strength += attrs.weight));
    const years = a.type === "paper" ? [] : neighbours.flatMap((n) => graph.getNodeAttribute(n, "year") ?? []);
    const year =
      a.type === "paper" ? a.year : years.length > 0 ? years.reduce((s, y) => s + y, 0) / years.length : undefined;
    const item: VosItem = {
      id: ids.get(key)!,
      label: a.label,
      description: `${a.type}${a.year !== undefined ? ` · ${a.year}` : ""} · ${key}`,
      weights: {
        Documents: a.type === "paper" ? 1 : (a.paperCount ?? neighbours.length),
        Links: neighbours.length,
        "Total link strength": round(strength, 4),
      },
      scores: year !== undefined ? { "Avg. pub. year": round(year, 2) } : {},
    };
    const url = a.type === "paper" ? paperUrl(key) : undefined;
    if (url) item.url = url;
    if (a.x !== undefined && a.y !== undefined) Object.assign(item, { x: a.x, y: a.y });
    const number = a.cluster !== undefined ? numbers.get(a.cluster) : undefined;
    if (number !== undefined) {
      item.cluster = number;
      if (!clusters.has(number))
        clusters.set(number, { cluster: number, label: a.clusterLabel ?? a.cluster!, color: a.color });
    }
    items.push(item);
  });

  return {
    title: graph.getAttribute("title"),
    items,
    links,
    clusters: [...clusters.values()].sort((x, y) => x.cluster - y.cluster),
  };
}
