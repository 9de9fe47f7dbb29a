/**
 * Cluster palette
 * ===============
 * The cluster colours, declared once for every stage, so a cluster has the same colour on the map
 * (viz/graph.ts), in the reports (report/) and in the graph exports (export/): twenty Tableau hues
 * for the twenty largest top-level clusters, then golden-angle hues. Colours are indexed by the
 * map's cluster order, `clusterColorOrder`: largest first by member count, ties by id (the cluster
 * table of the map payload, server/map/encode.ts). Every colour is `#rrggbb`, which Sigma's WebGL
 * programs, GEXF, GraphML and SVG all read.
 */

/** The map's twenty cluster colours (Tableau 20 order, darker shades first), largest cluster first. */
// prettier-ignore
export const CLUSTER_PALETTE: readonly string[] = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
  "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#aec7e8",
];

/** Colour of papers and concepts in no cluster. */
export const UNCLUSTERED_COLOR = "#a3a3ad";

/** `hsl(h, s%, l%)` as `#rrggbb`. */
export function hslToHex(h: number, s: number, l: number): string {
  const sat = s / 100;
  const light = l / 100;
  const a = sat * Math.min(light, 1 - light);
  const channel = (n: number): string => {
    const k = (n + h / 30) % 12;
    const value = light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/**
 * The colour of the cluster at `index` of the map's order, as `#rrggbb`: the palette for the first
 * twenty, then hue `index · 137.508°` at 55 % saturation and 45 % / 60 % lightness (odd / even), as
 * the map draws them. A null or negative index (no cluster) gives UNCLUSTERED_COLOR.
 */
export function clusterColor(index: number | null | undefined): string {
  if (index === null || index === undefined || !Number.isInteger(index) || index < 0) return UNCLUSTERED_COLOR;
  if (index < CLUSTER_PALETTE.length) return CLUSTER_PALETTE[index]!;
  return hslToHex(Math.round((index * 137.508) % 360), 55, index % 2 ? 45 : 60);
}

/**
 * The map's colour order of top-level clusters: `count` = papers and concepts in the cluster; the
 * largest gets index 0, ties go to the smaller id. Returns id → index.
 */
export function clusterColorOrder(clusters: Iterable<{ id: string; count: number }>): Map<string, number> {
  const sorted = [...clusters].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return new Map(sorted.map((c, i) => [c.id, i]));
}

/**
 * The map's edge colour: grey, fainter as the graph gets denser (alpha 0.5 down to 0.05), so
 * thousands of links read as texture. The GEXF export writes it as `viz:color` with `a`.
 */
export function edgeColor(edgeCount: number): string {
  const alpha = Math.min(0.5, Math.max(0.05, 0.5 * Math.sqrt(500 / Math.max(edgeCount, 1))));
  return `rgba(90, 90, 110, ${alpha.toFixed(3)})`;
}
