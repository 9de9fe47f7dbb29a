/**
 * GEXF exporter
 * =============
 * Export graph → GEXF 1.3 text with graphology-gexf. Colour, size and position go into the `viz`
 * namespace (viz:color r/g/b/a, viz:size, viz:position), so Gephi opens the graph coloured and laid
 * out like the map: nodes in their cluster's colour, opaque (`a="1"`), edges in the map's grey with
 * the map's alpha for a graph of this many edges (schema/palette.ts `edgeColor`). `type`, `cluster`,
 * `clusterNumber`, `clusterLabel`, the finer levels' `clusterL` and `clusterLabelL`, `year`,
 * `paperCount` and `stub` become declared node attributes (for Gephi's partition and filters), the
 * edge type the edge `kind` and an edge attribute.
 */
import { write } from "graphology-gexf";
import { edgeColor } from "../schema/palette.ts";
import type { ExportEdgeAttributes, ExportGraph, ExportNodeAttributes } from "./graph.ts";

type Scalar = string | number | boolean;

/** `#rrggbb` → `rgba(r,g,b,1)`, which the writer turns into viz:color r, g, b and a (GEXF 1.3 viz). */
function rgba(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r},${g},${b},1)`;
}

function formatNode(_key: string, attrs: ExportNodeAttributes) {
  const { label, color, size, x, y, ...rest } = attrs;
  const attributes: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(rest)) if (value !== undefined) attributes[name] = value;
  const viz: { color: string; size: number; x?: number; y?: number } = { color: rgba(color), size };
  if (x !== undefined && y !== undefined) Object.assign(viz, { x, y });
  return { label, viz, attributes };
}

export function writeGexf(graph: ExportGraph): string {
  const color = edgeColor(graph.size);
  const formatEdge = (_key: string, attrs: ExportEdgeAttributes) => ({
    weight: attrs.weight,
    kind: attrs.type,
    viz: { color },
    attributes: { type: attrs.type },
  });
  return write(graph, { version: "1.3", pretty: true, formatNode, formatEdge });
}
