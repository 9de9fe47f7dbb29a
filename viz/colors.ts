/**
 * Colours of the map that only the map uses: dimming, the focus edge, and the ring colour of each node
 * type. Cluster and edge colours are schema/palette.ts's, shared with the reports and the graph exports.
 */
import type { NodeType } from "../schema/map.ts";

export const DIMMED_COLOR = "#e4e4ea";
/** Edge colour, shared with the GEXF export (schema/palette.ts). */
export { edgeColor } from "../schema/palette.ts";
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
