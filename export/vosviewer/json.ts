/**
 * VOSviewer JSON exporter
 * =======================
 * Export graph → VOSviewer JSON, the file type VOSviewer Online and VOSviewer 1.6.16+ open:
 * `network.items[]` (`id`, `label`, `description`, `url`, `x`, `y`, `cluster`, `weights`, `scores`),
 * `network.links[]` (`source_id`, `target_id`, `strength`), `network.clusters[]` (`cluster`,
 * `label`: our cluster names), `config.color_schemes.cluster_colors[]` (`cluster`, `color`: the
 * map's colours) and `info.title`. Keys in that order, two-space indent: the same graph gives the
 * same bytes.
 */
import type { ExportGraph } from "../graph.ts";
import { toVosNetwork } from "./network.ts";

export function writeVosviewerJson(graph: ExportGraph): string {
  const network = toVosNetwork(graph);
  const document = {
    config: {
      color_schemes: {
        cluster_colors: network.clusters.map((c) => ({ cluster: c.cluster, color: c.color })),
      },
    },
    info: { title: network.title, description: graph.getAttribute("description") },
    network: {
      items: network.items.map((item) => ({
        id: item.id,
        label: item.label,
        description: item.description,
        url: item.url,
        x: item.x,
        y: item.y,
        cluster: item.cluster,
        weights: item.weights,
        scores: item.scores,
      })),
      links: network.links,
      clusters: network.clusters.map((c) => ({ cluster: c.cluster, label: c.label })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
