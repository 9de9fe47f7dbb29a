/**
 * GEXF exporter
 * =============
 * Export graph → GEXF 1.3 text with graphology-gexf. Colour, size and position go into the `viz`
 * namespace (viz:color r/g/b, viz:size, viz:position), so Gephi opens the graph coloured and laid
 * out like the map; `type`, `cluster`, `clusterNumber`, `clusterLabel`, `year`, `paperCount` and
 * `stub` become node attributes (for Gephi's partition and filters), the edge type the edge `kind`.
 */
import { write } from "graphology-gexf";
import type { ExportEdgeAttributes, ExportGraph, ExportNodeAttributes } from "./graph.ts";

type Scalar = string | number | boolean;

/** `#rrggbb` → `rgb(r,g,b)`, which the writer turns into viz:color r, g and b (read by every Gephi). */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}

function formatNode(_key: string, attrs: ExportNodeAttributes) {
  const { label, color, size, x, y, ...rest } = attrs;
  const attributes: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(rest)) if (value !== undefined) attributes[name] = value;
  const viz: { color: string; size: number; x?: number; y?: number } = { color: rgb(color), size };
  if (x !== undefined && y !== undefined) Object.assign(viz, { x, y });
  return { label, viz, attributes };
}

function formatEdge(_key: string, attrs: ExportEdgeAttributes) {
  return { weight: attrs.weight, kind: attrs.type, attributes: { type: attrs.type } };
}

export function writeGexf(graph: ExportGraph): string {
  return write(graph, { version: "1.3", pretty: true, formatNode, formatEdge });
}
