/**
 * Which label shows from which zoom: the map's labels — cluster names of every level in the
 * payload and node labels — with their text, font, box and zoom threshold (label-zoom.ts). Order
 * of placement: top-level regions (largest first), then each finer level, then nodes (largest
 * first). Finer levels and nodes are capped so that the full extent (camera ratio 1) shows only
 * top-level names: level L from ratio CLUSTER_CAP^L, nodes from one step below the finest level.
 * Pure: the caller passes the text measure (a canvas in the page) and sigma's scale.
 */
import type { MapGraph, MapMeta, NodeAttrs } from "./graph.ts";
import { labelThresholds, type LabelCandidate } from "./label-zoom.ts";

export const LABEL_FONT_FAMILY = "system-ui, sans-serif";
/** Node labels longer than this are cut with an ellipsis (details and hover show the full text). */
export const NODE_LABEL_CHARS = 40;
/** Each finer level's names may show from this factor of the coarser level's largest ratio. */
export const CLUSTER_CAP = 0.55;
/** Space kept free around every label box, in pixels (left + right, top + bottom). */
const PAD_X = 8;
const PAD_Y = 2;
const LINE_HEIGHT = 1.25;

export interface PlannedLabel {
  kind: "cluster" | "node";
  /** Cluster id or node id. */
  id: string;
  text: string;
  /** CSS font shorthand the label is drawn (and measured) with. */
  font: string;
  fontPx: number;
  color: string;
  /** Anchor (the box's centre) in graph coordinates. */
  x: number;
  y: number;
  /** The box kept free, in screen pixels. */
  w: number;
  h: number;
  level: number;
  /** Shown while the camera ratio is at most this; 0 = never. */
  threshold: number;
  /** The node's attributes (node labels only), to test filters without a lookup. */
  attrs: NodeAttrs | null;
}

export interface PlanOptions {
  /** Graph units per screen pixel at camera ratio 1 (sigma: ratio / getGraphToViewportRatio()). */
  unitsPerPixel: number;
  minRatio: number;
  maxRatio: number;
  /** Text width in pixels of `text` drawn in `font`. */
  measure: (text: string, font: string) => number;
  /** Where cluster names go, by cluster id (regions.ts: inside the region); else the members' mean. */
  anchors?: ReadonlyMap<string, { x: number; y: number }>;
}

export function truncate(text: string, max = NODE_LABEL_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

interface ClusterCentre {
  x: number;
  y: number;
  n: number;
}

/** Mean position of each cluster's members (every level a node belongs to). */
function clusterCentres(graph: MapGraph): Map<string, ClusterCentre> {
  const sums = new Map<string, ClusterCentre>();
  graph.forEachNode((_, a) => {
    for (const id of a.clusters) {
      const s = sums.get(id) ?? { x: 0, y: 0, n: 0 };
      s.x += a.x;
      s.y += a.y;
      s.n++;
      sums.set(id, s);
    }
  });
  return sums;
}

/** Every label with its threshold, in order of placement (most important first). */
export function planLabels(graph: MapGraph, meta: MapMeta, o: PlanOptions): PlannedLabel[] {
  const centres = clusterCentres(graph);
  const clusters = [...meta.clusters, ...meta.fineClusters]
    .filter((c) => (centres.get(c.id)?.n ?? 0) > 0)
    .sort((a, b) => a.level - b.level || b.size - a.size || (a.id < b.id ? -1 : 1));
  const largest = new Map<number, number>();
  for (const c of clusters) largest.set(c.level, Math.max(largest.get(c.level) ?? 1, centres.get(c.id)!.n));
  const finest = clusters.reduce((m, c) => Math.max(m, c.level), 0);
  const plan: PlannedLabel[] = clusters.map((c) => {
    const s = centres.get(c.id)!;
    const at = o.anchors?.get(c.id) ?? { x: s.x / s.n, y: s.y / s.n };
    const share = Math.sqrt(s.n / largest.get(c.level)!);
    const fontPx = Math.round(c.level === 0 ? 13 + 7 * share : 11 + 3 * share);
    const font = `600 ${fontPx}px ${LABEL_FONT_FAMILY}`;
    return {
      kind: "cluster",
      id: c.id,
      text: c.label,
      font,
      fontPx,
      color: c.color,
      x: at.x,
      y: at.y,
      w: Math.ceil(o.measure(c.label, font)) + PAD_X,
      h: Math.ceil(fontPx * LINE_HEIGHT) + PAD_Y,
      level: c.level,
      threshold: c.level === 0 ? Infinity : CLUSTER_CAP ** c.level,
      attrs: null,
    };
  });
  const nodes: { id: string; a: NodeAttrs }[] = [];
  graph.forEachNode((id, a) => {
    if (a.label) nodes.push({ id, a });
  });
  nodes.sort((p, q) => q.a.size - p.a.size || q.a.paperCount - p.a.paperCount || (p.id < q.id ? -1 : 1));
  const nodeCap = CLUSTER_CAP ** (finest + 1);
  for (const { id, a } of nodes) {
    const fontPx = a.kind === "paper" ? 11 : 12;
    const font = `400 ${fontPx}px ${LABEL_FONT_FAMILY}`;
    const text = truncate(a.label);
    plan.push({
      kind: "node",
      id,
      text,
      font,
      fontPx,
      color: "#333333",
      x: a.x,
      y: a.y,
      w: Math.ceil(o.measure(text, font)) + PAD_X,
      h: Math.ceil(fontPx * LINE_HEIGHT) + PAD_Y,
      level: -1,
      threshold: nodeCap,
      attrs: a,
    });
  }
  const candidates: LabelCandidate[] = plan.map((l) => ({ x: l.x, y: l.y, w: l.w, h: l.h, cap: l.threshold }));
  const t = labelThresholds(candidates, o);
  plan.forEach((l, i) => (l.threshold = t[i]!));
  return plan;
}
