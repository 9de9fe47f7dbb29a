/**
 * The map's labels, drawn by zoom threshold (label-plan.ts): cluster names as elements of a layer
 * over the map, node labels on a 2D canvas (Sigma's label layer, which map.ts hands over after
 * each render). A label is drawn when the camera ratio is at most its threshold, its anchor is in
 * view, and the view state shows it (filters; with a focus or a highlight, only the lit nodes).
 * Thresholds are planned once per viewport scale, so what shows at one zoom never overlaps and
 * stays shown as you zoom in. Renderer-agnostic: map.ts passes the camera and the projection.
 */
import type { MapGraph, MapMeta, NodeAttrs } from "./graph.ts";
import { planLabels, type PlannedLabel } from "./label-plan.ts";

type ToViewport = (p: { x: number; y: number }) => { x: number; y: number };

/** A cluster label as drawn now (for the PNG export). */
export interface ClusterLabel {
  text: string;
  color: string;
  font: string;
  x: number;
  y: number;
}

/** A label as drawn in the last frame, its box in CSS pixels of the map (for tests). */
export interface DrawnLabel {
  kind: "cluster" | "node";
  id: string;
  text: string;
  /** The anchor: the node's or the cluster centre's position in the viewport. */
  ax: number;
  ay: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** The planned box (kept free, in pixels) and zoom threshold. */
  w: number;
  h: number;
  threshold: number;
}

export interface LabelView {
  ratio: number;
  width: number;
  height: number;
  toViewport: ToViewport;
}

export interface LabelFilter {
  node: (id: string, attrs: NodeAttrs) => boolean;
  /** Node labels follow the level of detail (a node not drawn at this zoom has no label), except
   * while a focus or highlight shows its few lit nodes at any zoom. */
  lod: boolean;
  cluster: (id: string) => boolean;
}

export interface LabelLayer {
  /** Plans every label's threshold for this scale (graph units per pixel at ratio 1). */
  plan(unitsPerPixel: number, anchors?: ReadonlyMap<string, { x: number; y: number }>): void;
  /** The scale the labels were planned for, or null before the first plan. */
  planned(): number | null;
  /** Draws node labels on `ctx` and places the cluster labels, for this view. */
  draw(ctx: CanvasRenderingContext2D, view: LabelView, show: LabelFilter): void;
  current(): ClusterLabel[];
  /** What the last draw showed; boxes measured from the drawn text and the cluster elements. */
  drawn(): DrawnLabel[];
  /** Where a cluster's label is anchored, in graph coordinates (null: it has no label). */
  clusterAnchor(id: string): { x: number; y: number } | null;
}

/** Node labels whose anchor lies this far outside the view are still drawn (their text may reach in). */
const MARGIN = 120;

interface Placed {
  label: PlannedLabel;
  el: HTMLElement;
}
interface DrawnNode {
  l: PlannedLabel;
  x: number;
  y: number;
}

function clusterElement(label: PlannedLabel): HTMLElement {
  const el = document.createElement("div");
  el.className = "cluster-label";
  el.textContent = label.text;
  el.dataset["cluster"] = label.id;
  el.dataset["level"] = String(label.level);
  el.style.color = label.color;
  el.style.font = label.font;
  el.style.lineHeight = "1.2";
  el.hidden = true;
  return el;
}

function placeClusters(clusters: Placed[], view: LabelView, show: LabelFilter): void {
  for (const { label, el } of clusters) {
    const p = view.toViewport(label);
    const visible =
      label.threshold >= view.ratio &&
      p.x >= 0 &&
      p.x <= view.width &&
      p.y >= 0 &&
      p.y <= view.height &&
      show.cluster(label.id);
    el.hidden = !visible;
    if (!visible) continue;
    el.style.left = `${p.x}px`;
    el.style.top = `${p.y}px`;
  }
}

/** Draws the node labels shown at this view (`nodes` sorted by threshold, largest first). */
function drawNodes(ctx: CanvasRenderingContext2D, nodes: PlannedLabel[], view: LabelView, show: LabelFilter) {
  const drawn: DrawnNode[] = [];
  ctx.save();
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
  let font = "";
  // Sorted by threshold: the labels shown at this ratio are a prefix.
  for (const l of nodes) {
    if (l.threshold < view.ratio) break;
    if (show.lod && l.attrs!.lod < view.ratio) continue;
    const p = view.toViewport(l);
    if (p.x < -MARGIN || p.x > view.width + MARGIN || p.y < -MARGIN || p.y > view.height + MARGIN) continue;
    if (!show.node(l.id, l.attrs!)) continue;
    if (font !== l.font) ctx.font = font = l.font;
    ctx.strokeText(l.text, p.x, p.y);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, p.x, p.y);
    drawn.push({ l, x: p.x, y: p.y });
  }
  ctx.restore();
  return drawn;
}

/** The boxes of what was drawn: node labels measured as drawn, cluster names from their elements. */
function measureDrawn(
  ctx: CanvasRenderingContext2D | null,
  nodes: DrawnNode[],
  clusters: Placed[],
  layer: HTMLElement,
  view: LabelView | null,
): DrawnLabel[] {
  const out: DrawnLabel[] = [];
  const planned = (l: PlannedLabel) => ({
    kind: l.kind,
    id: l.id,
    text: l.text,
    w: l.w,
    h: l.h,
    threshold: l.threshold,
  });
  if (ctx) {
    ctx.save();
    for (const { l, x, y } of nodes) {
      ctx.font = l.font;
      const m = ctx.measureText(l.text);
      const [x0, x1] = [x - m.width / 2, x + m.width / 2];
      const [y0, y1] = [y - m.actualBoundingBoxAscent, y + m.actualBoundingBoxDescent];
      out.push({ ...planned(l), ax: x, ay: y, x0, x1, y0, y1 });
    }
    ctx.restore();
  }
  const origin = layer.getBoundingClientRect();
  for (const { label, el } of clusters) {
    if (el.hidden || !view) continue;
    const r = el.getBoundingClientRect();
    const p = view.toViewport(label);
    const [x0, x1, y0, y1] = [r.left - origin.left, r.right - origin.left, r.top - origin.top, r.bottom - origin.top];
    out.push({ ...planned(label), ax: p.x, ay: p.y, x0, x1, y0, y1 });
  }
  return out;
}

export function createLabelLayer(
  layerParent: HTMLElement,
  graph: MapGraph,
  meta: MapMeta,
  camera: { minRatio: number; maxRatio: number },
): LabelLayer {
  const layer = document.createElement("div");
  layer.className = "cluster-labels";
  layerParent.append(layer);
  const measureCtx = document.createElement("canvas").getContext("2d")!;
  const measure = (text: string, font: string) => {
    measureCtx.font = font;
    return measureCtx.measureText(text).width;
  };
  let scale: number | null = null;
  let clusters: Placed[] = [];
  let nodes: PlannedLabel[] = [];
  let last: { ctx: CanvasRenderingContext2D | null; nodes: DrawnNode[]; view: LabelView | null } = {
    ctx: null,
    nodes: [],
    view: null,
  };

  return {
    plan(unitsPerPixel, anchors) {
      scale = unitsPerPixel;
      const t0 = performance.now();
      const all = planLabels(graph, meta, { unitsPerPixel, ...camera, measure, ...(anchors ? { anchors } : {}) });
      document.body.dataset["labelPlanMs"] = String(Math.round(performance.now() - t0));
      nodes = all.filter((l) => l.kind === "node" && l.threshold > 0).sort((a, b) => b.threshold - a.threshold);
      clusters = all
        .filter((l) => l.kind === "cluster" && l.threshold > 0)
        .map((label) => ({ label, el: clusterElement(label) }));
      layer.replaceChildren(...clusters.map((c) => c.el));
    },
    planned: () => scale,
    draw(ctx, view, show) {
      placeClusters(clusters, view, show);
      last = { ctx, nodes: drawNodes(ctx, nodes, view, show), view };
    },
    drawn: () => measureDrawn(last.ctx, last.nodes, clusters, layer, last.view),
    clusterAnchor: (id) => {
      const c = clusters.find((k) => k.label.id === id);
      return c ? { x: c.label.x, y: c.label.y } : null;
    },
    current: () =>
      clusters
        .filter((c) => !c.el.hidden)
        .map((c) => ({
          text: c.label.text,
          color: c.label.color,
          font: c.label.font,
          x: parseFloat(c.el.style.left),
          y: parseFloat(c.el.style.top),
        })),
  };
}
