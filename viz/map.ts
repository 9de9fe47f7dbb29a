/**
 * The map renderer: the only module that imports Sigma (STYLE §12). It draws the graphology graph
 * with the pure reducers of reducers.ts, re-applying them when the view state changes; turns
 * pointer events into producers; keeps cluster labels at their clusters' centres; flies the camera;
 * and exports the view as PNG.
 */
import { createNodeBorderProgram } from "@sigma/node-border";
import Sigma from "sigma";
import { EdgeLineProgram, NodeCircleProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { Coordinates } from "sigma/types";
import type { EdgeAttrs, MapGraph, MapMeta, NodeAttrs } from "./graph.ts";
import { derive, edgeReducer, isVisible, nodeReducer, type Derived } from "./reducers.ts";
import { hover, select, setCamera, type ViewState } from "./state.ts";
import type { Store } from "./store.ts";

export interface MapView {
  flyToNode(id: string): void;
  zoomToCluster(id: string): void;
  resetCamera(): void;
  exportPng(): Promise<Blob>;
  /** Where a node is drawn, in CSS pixels of the map container (for tests and tooltips). */
  viewportPosition(id: string): Coordinates | null;
  kill(): void;
}

const NodeBorderProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.22, mode: "relative" }, color: { attribute: "borderColor" } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

/** Only these state fields change what is drawn; camera moves do not need the reducers again. */
function displayChanged(a: ViewState, b: ViewState): boolean {
  return a.filters !== b.filters || a.selection !== b.selection || a.hovered !== b.hovered || a.highlight !== b.highlight || a.showEdges !== b.showEdges;
}

type MapSettings = Settings<NodeAttrs, EdgeAttrs>;

/** The pure reducers in Sigma's setting types (their output is a subset of Sigma's display data). */
function reducerSettings(state: ViewState, d: Derived): Pick<MapSettings, "nodeReducer" | "edgeReducer"> {
  return {
    nodeReducer: nodeReducer(state, d) as MapSettings["nodeReducer"],
    edgeReducer: edgeReducer(state, d) as unknown as MapSettings["edgeReducer"],
  };
}

function createSigma(container: HTMLElement, graph: MapGraph, state: ViewState): Sigma<NodeAttrs, EdgeAttrs> {
  const d = derive(state, graph);
  const big = graph.order > 20_000;
  return new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    nodeProgramClasses: { circle: NodeCircleProgram, border: NodeBorderProgram },
    edgeProgramClasses: { line: EdgeLineProgram },
    defaultEdgeType: "line",
    zIndex: true,
    hideEdgesOnMove: big,
    labelRenderedSizeThreshold: big ? 10 : 7,
    labelDensity: 0.35,
    labelFont: "system-ui, sans-serif",
    labelSize: 12,
    minCameraRatio: 0.01,
    maxCameraRatio: 4,
    ...reducerSettings(state, d),
  });
}

/** Cluster labels drawn at once; the largest clusters get them. */
const MAX_CLUSTER_LABELS = 20;

/** Cluster labels: one absolutely positioned element per cluster, moved on every render. */
function clusterLabels(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: MapGraph, meta: MapMeta, container: HTMLElement) {
  const layer = document.createElement("div");
  layer.className = "cluster-labels";
  container.append(layer);
  let centres: { el: HTMLElement; x: number; y: number }[] = [];

  function recompute(state: ViewState): void {
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
    position();
  }

  function position(): void {
    for (const c of centres) {
      const p = sigma.graphToViewport({ x: c.x, y: c.y });
      c.el.style.left = `${p.x}px`;
      c.el.style.top = `${p.y}px`;
    }
  }

  sigma.on("afterRender", position);
  return { recompute, labels: () => centres.map((c) => ({ text: c.el.textContent ?? "", color: c.el.style.color, font: c.el.style.fontSize, ...sigma.graphToViewport(c) })) };
}

function wireEvents(sigma: Sigma<NodeAttrs, EdgeAttrs>, store: Store): void {
  sigma.on("enterNode", ({ node }) => store.update(hover(node)));
  sigma.on("leaveNode", () => store.update(hover(null)));
  sigma.on("clickNode", ({ node }) => store.update(select(node)));
  sigma.on("clickStage", () => store.update(select(null)));
  let timer: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on("updated", (c) => {
    clearTimeout(timer);
    timer = setTimeout(() => store.update(setCamera({ x: c.x, y: c.y, ratio: c.ratio })), 250);
  });
}

export function createMapView(container: HTMLElement, graph: MapGraph, meta: MapMeta, store: Store): MapView {
  const sigma = createSigma(container, graph, store.get());
  const initialCamera = store.get().camera;
  if (initialCamera) sigma.getCamera().setState(initialCamera);
  const labels = clusterLabels(sigma, graph, meta, container);
  labels.recompute(store.get());
  wireEvents(sigma, store);
  store.subscribe((state, previous) => {
    if (!displayChanged(state, previous)) return;
    sigma.setSettings(reducerSettings(state, derive(state, graph)));
    if (state.filters !== previous.filters) labels.recompute(state);
  });

  const camera = sigma.getCamera();
  // Camera coordinates are "framed" (the graph normalised to [0, 1]). Read them from the graph's own
  // positions (Sigma's display cache holds raw positions until its next render), through the last
  // render's matrix and its inverse: passing graphDimensions stops Sigma 3.0 from rebuilding the
  // inverse from the live camera, which does not match the forward matrix mid-animation.
  const framed = (p: { x: number; y: number }) =>
    sigma.viewportToFramedGraph(sigma.graphToViewport(p), { graphDimensions: sigma.getGraphDimensions() });
  // Sigma follows window resizes; panels opening (the console drawer) resize the map too.
  const resizeObserver = new ResizeObserver(() => sigma.scheduleRefresh());
  resizeObserver.observe(container);
  return {
    flyToNode(id) {
      if (!graph.hasNode(id)) return;
      const d = framed(graph.getNodeAttributes(id));
      void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.2) }, { duration: 500 });
    },
    zoomToCluster(id) {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity; // prettier-ignore
      graph.forEachNode((_, a) => {
        if (a.cluster !== id) return;
        const d = framed(a);
        [minX, maxX, minY, maxY] = [Math.min(minX, d.x), Math.max(maxX, d.x), Math.min(minY, d.y), Math.max(maxY, d.y)];
      });
      if (minX === Infinity) return;
      const ratio = Math.min(1.5, Math.max(0.02, Math.max(maxX - minX, maxY - minY) * 1.3));
      void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 600 });
    },
    resetCamera: () => void camera.animatedReset({ duration: 400 }),
    exportPng: () => exportPng(sigma, labels.labels()),
    viewportPosition(id) {
      if (!graph.hasNode(id)) return null;
      const a = graph.getNodeAttributes(id);
      return isVisible(a, store.get().filters) ? sigma.graphToViewport({ x: a.x, y: a.y }) : null;
    },
    kill: () => {
      resizeObserver.disconnect();
      sigma.kill();
    },
  };
}

/** Renders now and stacks Sigma's layers (WebGL and 2D) plus the cluster labels on one canvas. */
function exportPng(sigma: Sigma<NodeAttrs, EdgeAttrs>, labels: { text: string; color: string; font: string; x: number; y: number }[]): Promise<Blob> {
  sigma.refresh(); // synchronous: the WebGL buffers are readable until this task ends
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of Object.values(sigma.getCanvases())) ctx.drawImage(layer, 0, 0, out.width, out.height);
  ctx.scale(ratio, ratio);
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (const l of labels) {
    ctx.font = `600 ${l.font} system-ui, sans-serif`;
    ctx.lineWidth = 3;
    ctx.strokeStyle = "#ffffff";
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, l.x, l.y);
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("map: PNG export failed"))), "image/png"));
}
