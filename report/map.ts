/**
 * Map picture data
 * ================
 * The positioned nodes `read.ts` sampled (the reported cluster's first, then the largest) → the
 * `ReportMap` the HTML writer draws: rounded points that name their top-level cluster by index in
 * `clusters`, and those clusters with the map's colour and, for the largest, a label position (the
 * centre `paperatlas layout` stored, else the mean of the cluster's points).
 */
import type { ReportClusterRow, ReportMapRow } from "../schema/cypher/report.ts";
import { clusterColor } from "../schema/palette.ts";
import type { ReportMapT } from "../schema/report.ts";
import { round } from "./stats.ts";

/** Top-level clusters labelled on the picture. */
export const MAP_LABELS = 12;

function centres(points: readonly ReportMapRow[]): Map<string, { x: number; y: number }> {
  const sums = new Map<string, { x: number; y: number; n: number }>();
  for (const p of points) {
    if (p.cluster === null) continue;
    const s = sums.get(p.cluster) ?? { x: 0, y: 0, n: 0 };
    s.x += p.x;
    s.y += p.y;
    s.n += 1;
    sums.set(p.cluster, s);
  }
  return new Map([...sums].map(([k, s]) => [k, { x: s.x / s.n, y: s.y / s.n }]));
}

/**
 * `colorIndex`: the map's colour order of top-level cluster ids (schema/palette.ts). Clusters with
 * points are listed largest first; a point of a cluster the rows do not know has no cluster.
 */
export function buildMap(
  map: { total: number; points: readonly ReportMapRow[] },
  clusters: readonly ReportClusterRow[],
  colorIndex: ReadonlyMap<string, number>,
): ReportMapT | null {
  if (map.points.length === 0) return null;
  const mean = centres(map.points);
  const listed = clusters
    .filter((c) => c.level === 0 && mean.has(c.id))
    .sort((a, b) => (colorIndex.get(a.id) ?? Infinity) - (colorIndex.get(b.id) ?? Infinity) || a.number - b.number);
  const position = new Map(listed.map((c, i) => [c.id, i]));
  const mapClusters = listed.map((c, i) => {
    const centre = typeof c.x === "number" && typeof c.y === "number" ? { x: c.x, y: c.y } : mean.get(c.id)!;
    const labelled = i < MAP_LABELS;
    return {
      id: c.id,
      number: c.number,
      label: c.label,
      color: clusterColor(colorIndex.get(c.id)),
      x: labelled ? round(centre.x, 2) : null,
      y: labelled ? round(centre.y, 2) : null,
    };
  });
  const points = map.points.map((p) => ({
    x: round(p.x, 2),
    y: round(p.y, 2),
    size: round(typeof p.size === "number" && p.size > 0 ? p.size : 1, 2),
    kind: p.kind,
    cluster: p.cluster === null ? null : (position.get(p.cluster) ?? null),
    focus: p.focus === true,
  }));
  return { total: map.total, shown: points.length, points, clusters: mapClusters };
}
