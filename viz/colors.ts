/**
 * Colours of the map that only the map uses: dimming, edges, and the ring colour of each node type.
 * Cluster colours are schema/palette.ts's, shared with the reports and the graph exports.
 */
import type { NodeType } from "../schema/map.ts";

export const DIMMED_COLOR = "#e4e4ea";
/** Edge colour: fainter as the map gets denser, so thousands of links read as texture. */
export function edgeColor(edgeCount: number): string {
  const alpha = Math.min(0.5, Math.max(0.05, 0.5 * Math.sqrt(500 / Math.max(edgeCount, 1))));
  return `rgba(90, 90, 110, ${alpha.toFixed(3)})`;
}
export const EDGE_FOCUS_COLOR = "rgba(40, 40, 60, 0.7)";

/** Ring colour of each node type; papers have none. */
export const TYPE_COLORS: Readonly<Record<NodeType, string>> = {
  paper: "#ffffff",
  method: "#111827",
  dataset: "#b91c1c",
  hardware: "#6d28d9",
  task: "#047857",
  technique: "#b45309",
  metric: "#1d4ed8",
};
