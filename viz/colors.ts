/** Colours: a categorical palette for clusters (largest first), ring colours for concept types. */
import type { NodeType } from "../schema/api.ts";

/** Twenty well-separated hues (Tableau 20 order, darker shades first). */
const PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
  "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#aec7e8",
]; // prettier-ignore

export const NO_CLUSTER_COLOR = "#a3a3ad";
export const DIMMED_COLOR = "#e4e4ea";
/** Edge colour: fainter as the map gets denser, so thousands of links read as texture. */
export function edgeColor(edgeCount: number): string {
  const alpha = Math.min(0.5, Math.max(0.05, 0.5 * Math.sqrt(500 / Math.max(edgeCount, 1))));
  return `rgba(90, 90, 110, ${alpha.toFixed(3)})`;
}
export const EDGE_FOCUS_COLOR = "rgba(40, 40, 60, 0.7)";

/** Colour of cluster `index` (0-based, clusters ordered largest first); golden-angle hues past the palette. */
export function clusterColor(index: number | null): string {
  if (index === null || index < 0) return NO_CLUSTER_COLOR;
  if (index < PALETTE.length) return PALETTE[index]!;
  const hue = Math.round((index * 137.508) % 360);
  return `hsl(${hue}, 55%, ${index % 2 ? 45 : 60}%)`;
}

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

export const TYPE_NAMES: Readonly<Record<NodeType, string>> = {
  paper: "Papers",
  method: "Methods",
  dataset: "Datasets",
  hardware: "Hardware",
  task: "Tasks",
  technique: "Techniques",
  metric: "Metrics",
};
