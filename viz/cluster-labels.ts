/**
 * Cluster labels at their clusters' centres: one absolutely positioned element per cluster (the
 * largest ones, none overlapping another), in a layer over the map. Centres are the mean position of each cluster's visible
 * nodes, recomputed when the filters change; positions follow the camera on every render.
 * Renderer-agnostic: map.ts passes the graph → viewport conversion.
 */
import type { MapGraph, MapMeta } from "./graph.ts";
import { isVisible } from "./reducers.ts";
import type { ViewState } from "./state.ts";

/** Cluster labels drawn at once; the largest clusters get them. */
export const MAX_CLUSTER_LABELS = 20;

type ToViewport = (p: { x: number; y: number }) => { x: number; y: number };

export interface ClusterLabel {
  text: string;
  color: string;
  font: string;
  x: number;
  y: number;
}

export interface ClusterLabels {
  recompute(state: ViewState, toViewport: ToViewport): void;
  position(toViewport: ToViewport): void;
  /** The labels where they are drawn now, for the PNG export. */
  current(toViewport: ToViewport): ClusterLabel[];
}

export function createClusterLabels(layerParent: HTMLElement, graph: MapGraph, meta: MapMeta): ClusterLabels {
  const layer = document.createElement("div");
  layer.className = "cluster-labels";
  layerParent.append(layer);
  let centres: { el: HTMLElement; x: number; y: number }[] = [];

  /** Places labels largest cluster first, hiding any that would overlap one already placed. */
  function position(toViewport: ToViewport): void {
    const placed: { x0: number; y0: number; x1: number; y1: number }[] = [];
    for (const c of centres) {
      const p = toViewport(c);
      const font = parseFloat(c.el.style.fontSize) || 12;
      const halfW = ((c.el.textContent ?? "").length * font * 0.56) / 2;
      const box = { x0: p.x - halfW, y0: p.y - font * 0.6, x1: p.x + halfW, y1: p.y + font * 0.6 };
      const clash = placed.some((b) => box.x0 < b.x1 && box.x1 > b.x0 && box.y0 < b.y1 && box.y1 > b.y0);
      c.el.hidden = clash;
      if (clash) continue;
      placed.push(box);
      c.el.style.left = `${p.x}px`;
      c.el.style.top = `${p.y}px`;
    }
  }

  function recompute(state: ViewState, toViewport: ToViewport): void {
    const sums = new Map<string, { x: number; y: number; n: number }>();
    graph.forEachNode((_, a) => {
      if (a.cluster === null || !isVisible(a, state.filters)) return;
      const s = sums.get(a.cluster) ?? { x: 0, y: 0, n: 0 };
      s.x += a.x;
      s.y += a.y;
      s.n++;
      sums.set(a.cluster, s);
    });
    const shown = meta.clusters.filter((c) => (sums.get(c.id)?.n ?? 0) > 0).slice(0, MAX_CLUSTER_LABELS);
    const largest = Math.max(1, ...shown.map((c) => sums.get(c.id)!.n));
    centres = shown.map((c) => {
      const s = sums.get(c.id)!;
      const el = document.createElement("div");
      el.className = "cluster-label";
      el.textContent = c.label;
      el.dataset["cluster"] = c.id;
      el.style.color = c.color;
      el.style.fontSize = `${Math.round(11 + 7 * Math.sqrt(s.n / largest))}px`;
      return { el, x: s.x / s.n, y: s.y / s.n };
    });
    layer.replaceChildren(...centres.map((c) => c.el));
    position(toViewport);
  }

  return {
    recompute,
    position,
    current: (toViewport) =>
      centres
        .filter((c) => !c.el.hidden)
        .map((c) => ({
          text: c.el.textContent ?? "",
          color: c.el.style.color,
          font: c.el.style.fontSize,
          ...toViewport(c),
        })),
  };
}
