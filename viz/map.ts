/**
 * The map renderer: with its WebGL programs (map-programs.ts), the only module that imports Sigma (STYLE §12). It draws the graphology graph
 * with the pure reducers of reducers.ts, re-applying them when the view state changes; turns
 * pointer events into producers; keeps cluster labels at their clusters' centres; flies the camera;
 * and exports the view as PNG.
 */
import { DirectedGraph } from "graphology";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { CameraState, Coordinates, DisplayData } from "sigma/types";
import type { EdgeAttrs, MapGraph, MapMeta, NodeAttrs } from "./graph.ts";
import { DEFAULT_LOD } from "./lod.ts";
import { LodEdgeProgram, RingNodeProgram } from "./map-programs.ts";
import { createRegionLayer, regionRaster } from "./regions.ts";
import { createLabelLayer, type ClusterLabel, type DrawnLabel, type LabelFilter } from "./labels.ts";
import { clustersShown, derive, edgeReducer, isVisible, labelShown, nodeReducer, type Derived } from "./reducers.ts";
import { hover, select, setCamera, setHighlight, type ViewState } from "./state.ts";
import type { Store } from "./store.ts";
import type { TileView } from "./tiles.ts";
import { coreExtent } from "./extent.ts";

export interface MapView {
  flyToNode(id: string): void;
  zoomToCluster(id: string): void;
  resetCamera(): void;
  exportPng(): Promise<Blob>;
  /** Where a node is drawn, in CSS pixels of the map container (for tests and tooltips). */
  viewportPosition(id: string): Coordinates | null;
  /** The labels drawn in the last frame, with their boxes in CSS pixels of the map (for tests). */
  drawnLabels(): DrawnLabel[];
  /** Where a cluster's label is anchored, in CSS pixels of the map container (shown or not). */
  clusterLabelPosition(id: string): Coordinates | null;
  /** The camera's current ratio (1 = the whole graph in view; smaller is closer). */
  cameraRatio(): number;
  /** Nodes the last frame sent to the GPU (the level of detail's choice; for tests). */
  drawnNodes(): number;
  /** Draws the model graph, when the view was created drawing a stand-in (`options.drawn`). */
  drawModel(): void;
  /** The view in graph units and the graph units per pixel (null before the first render). */
  viewRect(): TileView | null;
  /** Flies the camera to show a box of graph coordinates [minX, minY, maxX, maxY]. */
  flyToBox(box: readonly [number, number, number, number]): void;
  /** Nodes came or went (an overview map's tiles): labels are planned again, reducers re-applied. */
  graphChanged(): void;
  /**
   * Runs `change` (many nodes dropped) with Sigma detached from the graph, then draws it once:
   * Sigma re-indexes the whole graph on every node or edge dropped, which made letting go of a
   * 20,000-node tile take minutes (additions it takes in one by one, cheaply).
   */
  batch(change: () => void): void;
  kill(): void;
}

const { minRatio: MIN_RATIO, maxRatio: MAX_RATIO } = DEFAULT_LOD;
// ---------- the view ----------

/** A hover dims the map once the pointer has rested on a node this long with the camera still. */
export const HOVER_REST_MS = 300;
/** Discs are drawn ratio^-NODE_GROWTH times their size at camera ratio `ratio`. */
const NODE_GROWTH = 0.1;
/** The regions follow a filter change once the filters have rested this long. */
const REGION_REPAINT_MS = 200;
/** Maps with more nodes than this plan labels and paint regions after their first paint. */
const DEFER_LAYERS_ABOVE = 20_000;

/** Only these state fields change what is drawn; camera moves do not need the reducers again. */
function displayChanged(a: ViewState, b: ViewState): boolean {
  return (
    a.filters !== b.filters ||
    a.selection !== b.selection ||
    a.hovered !== b.hovered ||
    a.highlight !== b.highlight ||
    a.showEdges !== b.showEdges ||
    a.colorMode !== b.colorMode
  );
}

type MapSettings = Settings<NodeAttrs, EdgeAttrs>;

interface Reducers {
  nodes: ReturnType<typeof nodeReducer>;
  edges: ReturnType<typeof edgeReducer>;
}

/**
 * The pure reducers in Sigma's setting types (their output is a subset of Sigma's display data),
 * reading the current ones through `current`: a state change swaps them and asks Sigma for exactly
 * the refresh it needs (see `createMapView`), instead of a new setting, which always reprocesses all.
 */
function reducerSettings(current: () => Reducers): Pick<MapSettings, "nodeReducer" | "edgeReducer" | "zIndex"> {
  return {
    // Nodes are drawn in order of their level of detail (the buffer then holds what a zoom shows as
    // one suffix, and the larger nodes on top), lit nodes above them all by their reducer's tier.
    // The graph holds the nodes in that order already (graph.ts), so sorting is about linear.
    zIndex: true,
    // Sigma hands reducers a fresh copy of the attributes, so merging into it is safe.
    nodeReducer: (node, attrs) => {
      const out = Object.assign(attrs, current().nodes(node, attrs)) as NodeAttrs & { zIndex?: number };
      out.zIndex = (out.zIndex ?? 0) * 10 + Math.min(out.lod, 2 * MAX_RATIO);
      return out;
    },
    edgeReducer: (edge, attrs) => Object.assign(attrs, current().edges(edge, attrs)) as Partial<DisplayData>,
  };
}

const reducersOf = (state: ViewState, d: Derived): Reducers => ({
  nodes: nodeReducer(state, d),
  edges: edgeReducer(state, d),
});

/**
 * The nodes a filter change shows or hides, when that is all it changes (no edges drawn, nothing
 * lit before or after): Sigma then repaints just those nodes in place. Null: refresh everything.
 * A year-slider step on the arXiv map crosses a few thousand papers of ~10^5 nodes.
 */
function filterOnlyChange(graph: MapGraph, state: ViewState, previous: ViewState, d: Derived): string[] | null {
  const same =
    state.selection === previous.selection &&
    state.hovered === previous.hovered &&
    state.highlight === previous.highlight &&
    state.showEdges === previous.showEdges &&
    state.colorMode === previous.colorMode;
  const calm = !state.showEdges && d.focus === null && d.highlight.size === 0 && previous.highlight.length === 0;
  if (!same || !calm || previous.hovered !== null || previous.selection !== null) return null;
  const changed: string[] = [];
  graph.forEachNode((node, attrs) => {
    if (isVisible(attrs, state.filters) !== isVisible(attrs, previous.filters)) changed.push(node);
  });
  return changed;
}

function createSigma(
  container: HTMLElement,
  drawn: MapGraph,
  graph: MapGraph,
  current: () => Reducers,
): Sigma<NodeAttrs, EdgeAttrs> {
  const big = graph.order > 20_000;
  return new Sigma<NodeAttrs, EdgeAttrs>(drawn, container, {
    nodeProgramClasses: { ring: RingNodeProgram },
    defaultNodeType: "ring",
    edgeProgramClasses: { line: LodEdgeProgram },
    defaultEdgeType: "line",
    hideEdgesOnMove: big,
    // Labels are drawn by zoom threshold (labels.ts) after each render; Sigma still draws the
    // hovered and highlighted nodes' labels, with these settings.
    renderLabels: false,
    labelFont: "system-ui, sans-serif",
    labelSize: 12,
    minCameraRatio: MIN_RATIO,
    maxCameraRatio: MAX_RATIO,
    // Discs grow gently as you zoom in (Sigma's default, the square root, makes them 10× larger at
    // the closest zoom, where they cover each other); the level of detail fills the room instead.
    zoomToSizeRatioFunction: (ratio) => ratio ** NODE_GROWTH,
    ...reducerSettings(current),
  });
}

/**
 * Without a GPU, the browser composites every full-size layer on the CPU at every frame (about 5 ms
 * each for a 1400 × 900 map here), drawn on or not: layers with nothing to show this state are
 * taken out of the picture. Edge labels are never drawn; the edges only while links are on or a
 * node is focused; the hover layers only while something is lit (a hover that has not rested draws
 * nothing there anyway, by design). The mouse layer only catches events: transparent, it is
 * skipped by the compositor and still hit.
 */
function quietLayers(sigma: Sigma<NodeAttrs, EdgeAttrs>, state: ViewState, d: Derived): void {
  const canvases = sigma.getCanvases();
  const show = (name: string, on: boolean) => {
    const canvas = canvases[name];
    if (canvas) canvas.style.display = on ? "" : "none";
  };
  const lit = d.focus !== null || d.highlight.size > 0 || state.selection !== null;
  show("edgeLabels", false);
  show("edges", state.showEdges || d.focus !== null);
  show("hovers", lit);
  show("hoverNodes", lit);
  if (canvases["mouse"]) canvases["mouse"].style.opacity = "0";
}

/**
 * Calm interaction: hovering dims the map only once the pointer has rested on a node for
 * HOVER_REST_MS with the camera still; any camera move (wheel, drag, animation) cancels a pending
 * hover and lifts one already shown. A click focuses a node; a click on empty space or Escape
 * clears the focus and the highlight.
 */
function wireEvents(
  sigma: Sigma<NodeAttrs, EdgeAttrs>,
  store: Store,
  onAggregate: (id: string) => void = () => undefined,
): () => void {
  const aggregate = (node: string) => sigma.getGraph().getNodeAttribute(node, "aggregate") === true;
  let rest: ReturnType<typeof setTimeout> | undefined;
  const calm = () => {
    clearTimeout(rest);
    if (store.get().hovered !== null) store.update(hover(null));
  };
  sigma.on("enterNode", ({ node }) => {
    clearTimeout(rest);
    // An aggregate (a whole tile of an overview map) has no neighbours to light: a click opens it.
    if (!aggregate(node)) rest = setTimeout(() => store.update(hover(node)), HOVER_REST_MS);
  });
  sigma.on("leaveNode", calm);
  sigma.on("clickNode", ({ node }) => (aggregate(node) ? onAggregate(node) : store.update(select(node))));
  const clear = () => {
    calm();
    store.update((s) => setHighlight([])(select(null)(s)));
  };
  sigma.on("clickStage", clear);
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (e.key !== "Escape" || target?.closest("input, textarea, select, [contenteditable]")) return;
    clear();
  };
  document.addEventListener("keydown", onKey);
  let timer: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on("updated", (c) => {
    calm();
    clearTimeout(timer);
    timer = setTimeout(() => {
      store.update(setCamera({ x: c.x, y: c.y, ratio: c.ratio }));
      sigma.scheduleRender(); // the camera is still: draw the picking pass the moves skipped
    }, 250);
  });
  return () => document.removeEventListener("keydown", onKey);
}

/** Screen pixels per graph unit: in the last render, or through the camera state given. */
function pixelsPerUnit(sigma: Sigma<NodeAttrs, EdgeAttrs>, cameraState?: CameraState): number {
  const override = cameraState ? { cameraState } : {};
  const a = sigma.graphToViewport({ x: 0, y: 0 }, override);
  const b = sigma.graphToViewport({ x: 1, y: 0 }, override);
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/**
 * The layers drawn with the graph: regions under Sigma's canvases, labels by zoom threshold over
 * them, both redrawn after each render and following the view state. Planning labels and painting
 * regions costs ~10 ms per 1,000 nodes: big maps do it after their first paint, small ones before.
 */
function wireLayers(
  sigma: Sigma<NodeAttrs, EdgeAttrs>,
  container: HTMLElement,
  graph: MapGraph,
  meta: MapMeta,
  store: Store,
) {
  // The cluster labels' layer sits beside Sigma's container, which Sigma empties when killed.
  const labels = createLabelLayer(container.parentElement ?? container, graph, meta, {
    minRatio: MIN_RATIO,
    maxRatio: MAX_RATIO,
  });
  // Regions go under Sigma's layers: the first child of its container.
  const regions = createRegionLayer(container, graph, meta);
  let ready = false;
  let faded = store.get().colorMode === "time";
  /** Top-level names go inside their regions (of all nodes, so they do not move with the filters). */
  let anchors: Map<string, Coordinates> | undefined;
  let clusters = clustersShown(graph, store.get().filters);
  const initial = derive(store.get(), graph);
  let shown: LabelFilter = {
    node: labelShown(store.get(), initial),
    lod: initial.focus === null && initial.highlight.size === 0,
    cluster: (id) => clusters.has(id),
  };
  let stale = false;
  const draw = () => {
    if (!ready) return;
    // Graph units per pixel at ratio 1 (fixed for one viewport size; labels are planned for it),
    // measured through a camera at rest. The ratio to draw for is read from the last render's
    // matrix, not the camera: mid-animation the camera has often moved on since that render.
    const unitsPerPixel = 1 / pixelsPerUnit(sigma, { x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    const measured = 1 / (unitsPerPixel * pixelsPerUnit(sigma));
    if (!Number.isFinite(measured) || measured <= 0) return;
    // Rounding must not hide a label at the camera's bounds (thresholds reach MAX_RATIO exactly).
    const ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, measured));
    const planned = labels.planned();
    if (stale || planned === null || Math.abs(planned - unitsPerPixel) > 1e-6 * unitsPerPixel) {
      stale = false;
      labels.plan(unitsPerPixel, anchors);
    }
    const { width, height } = sigma.getDimensions();
    const toViewport = (p: Coordinates) => sigma.graphToViewport(p);
    regions.draw(toViewport, faded, ratio);
    const level = String(regions.shownLevel());
    if (document.body.dataset["regionLevel"] !== level) document.body.dataset["regionLevel"] = level;
    const ctx = sigma.getCanvases()["labels"]!.getContext("2d")!;
    labels.draw(ctx, { ratio, width, height, toViewport }, shown);
  };
  const start = () => {
    ready = true;
    const all = regionRaster(
      graph,
      meta.clusters.map((c) => c.id),
      () => true,
    );
    anchors = new Map();
    all?.anchors.forEach((p, k) => p && anchors!.set(all.clusters[k]!, p));
    regions.update((a) => isVisible(a, store.get().filters));
    draw();
    document.body.dataset["labels"] = "ready";
  };
  sigma.on("afterRender", draw);
  if (graph.order <= DEFER_LAYERS_ABOVE) start();
  else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
  /** The view state changed (Sigma redraws, and the layers with it). */
  let repaint: ReturnType<typeof setTimeout> | undefined;
  const follow = (state: ViewState, previous: ViewState, d: Derived) => {
    if (state.filters !== previous.filters) {
      clusters = clustersShown(graph, state.filters);
      // Repainting the regions costs a pass over every node and a blur per cluster: a slider
      // dragged across the years repaints them once it rests, not at every step.
      clearTimeout(repaint);
      if (ready)
        repaint = setTimeout(
          () => (regions.update((a) => isVisible(a, state.filters)), sigma.scheduleRender()),
          REGION_REPAINT_MS,
        );
    }
    // Cluster regions fade under a focus, and under the time overlay (whose colours are not theirs).
    faded = d.focus !== null || d.highlight.size > 0 || state.colorMode === "time";
    shown = {
      node: labelShown(state, d),
      lod: d.focus === null && d.highlight.size === 0,
      cluster: (id) => clusters.has(id),
    };
  };
  /** Nodes came or went: plan the labels again at the next frame, with the clusters now shown. */
  const replan = () => void ((clusters = clustersShown(graph, store.get().filters)), (stale = true));
  return { labels, regions, follow, replan };
}

/**
 * The map view of `graph`, the model every reducer, label and position reads. `options.drawn` lets
 * Sigma draw a stand-in first (big maps: a copy holding the nodes only, while the edges go into the
 * model); `drawModel()` then switches Sigma to the model in one pass.
 */
export interface MapViewOptions {
  /** A stand-in Sigma draws first (see createMapView). */
  drawn?: MapGraph;
  /** A fixed frame for the camera (an overview map, whose nodes come and go): the whole map's extent. */
  bbox?: { minX: number; minY: number; maxX: number; maxY: number } | null;
  /** A click on an aggregate node (overview maps). */
  onAggregate?: (id: string) => void;
}

export function createMapView(
  container: HTMLElement,
  graph: MapGraph,
  meta: MapMeta,
  store: Store,
  options: MapViewOptions = {},
): MapView {
  let reducers = reducersOf(store.get(), derive(store.get(), graph));
  const sigma = createSigma(container, options.drawn ?? graph, graph, () => reducers);
  const b = options.bbox;
  if (b) sigma.setCustomBBox({ x: [b.minX, b.maxX], y: [b.minY, b.maxY] });
  quietLayers(sigma, store.get(), derive(store.get(), graph));
  const initialCamera = store.get().camera;
  if (initialCamera) sigma.getCamera().setState(initialCamera);
  const { labels, regions, follow, replan } = wireLayers(sigma, container, graph, meta, store);
  const unwire = wireEvents(sigma, store, options.onAggregate);
  store.subscribe((state, previous) => {
    if (!displayChanged(state, previous)) return;
    const d = derive(state, graph);
    follow(state, previous, d);
    quietLayers(sigma, state, d);
    reducers = reducersOf(state, d);
    const changed = filterOnlyChange(graph, state, previous, d);
    // Nodes keep their place in the draw buffer (visibility is not part of its order), so a
    // filter step repaints them in place; anything else reprocesses the whole graph.
    if (changed && sigma.getGraph() === graph)
      sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true, schedule: true });
    else sigma.scheduleRefresh();
  });
  // Sigma follows window resizes; panels opening (the console drawer) resize the map too.
  // (The observer also fires once on observe(): only a real change of size needs a refresh.)
  const resizeObserver = new ResizeObserver(([entry]) => {
    const { width, height } = sigma.getDimensions();
    if (entry && (Math.round(entry.contentRect.width) !== width || Math.round(entry.contentRect.height) !== height))
      sigma.scheduleRefresh();
  });
  resizeObserver.observe(container);

  // Camera coordinates are "framed" (the graph normalised to [0, 1]). Read them from the graph's own
  // positions (Sigma's display cache holds raw positions until its next render), through the last
  // render's matrix and its inverse: passing graphDimensions stops Sigma 3.0 from rebuilding the
  // inverse from the live camera, which does not match the forward matrix mid-animation.
  const framed = (p: Coordinates) =>
    sigma.viewportToFramedGraph(sigma.graphToViewport(p), { graphDimensions: sigma.getGraphDimensions() });

  return {
    flyToNode(id) {
      if (!graph.hasNode(id)) return;
      const d = framed(graph.getNodeAttributes(id));
      const camera = sigma.getCamera();
      void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.2) }, { duration: 500 });
    },
    resetCamera: () => void sigma.getCamera().animatedReset({ duration: 400 }),
    exportPng: () => exportPng(sigma, labels.current(), regions.canvas),
    drawnLabels: () => labels.drawn(),
    clusterLabelPosition(id) {
      const anchor = labels.clusterAnchor(id);
      return anchor ? sigma.graphToViewport(anchor) : null;
    },
    cameraRatio: () => sigma.getCamera().getState().ratio,
    // Sigma keeps its program instances to itself; ours records what it drew.
    drawnNodes: () =>
      (sigma as unknown as { nodePrograms: Record<string, RingNodeProgram> }).nodePrograms["ring"]!.drawn,
    viewportPosition(id) {
      if (!graph.hasNode(id)) return null;
      const a = graph.getNodeAttributes(id);
      return isVisible(a, store.get().filters) ? sigma.graphToViewport({ x: a.x, y: a.y }) : null;
    },
    drawModel() {
      reducers = reducersOf(store.get(), derive(store.get(), graph)); // e.g. edge alpha by count
      sigma.setGraph(graph);
    },
    ...boxes(sigma, framed, graph),
    batch: (change) => batch(sigma, graph, change),
    graphChanged() {
      const d = derive(store.get(), graph);
      reducers = reducersOf(store.get(), d);
      quietLayers(sigma, store.get(), d);
      replan();
      sigma.scheduleRefresh();
    },
    kill: () => {
      unwire();
      resizeObserver.disconnect();
      sigma.kill();
    },
  };
}

/** MapView.batch: `change` with Sigma on an empty stand-in, then the graph drawn once. */
function batch(sigma: Sigma<NodeAttrs, EdgeAttrs>, graph: MapGraph, change: () => void): void {
  if (sigma.getGraph() !== graph) return change(); // already detached (a batch within a batch)
  sigma.setGraph(new DirectedGraph<NodeAttrs, EdgeAttrs>());
  try {
    change();
  } finally {
    sigma.setGraph(graph);
  }
}

/** Camera moves to boxes of the graph: a cluster's, a tile's; and the view as a box (an overview map's tiles). */
function boxes(
  sigma: Sigma<NodeAttrs, EdgeAttrs>,
  framed: (p: Coordinates) => Coordinates,
  graph: MapGraph,
): Pick<MapView, "viewRect" | "flyToBox" | "zoomToCluster"> {
  return {
    zoomToCluster(id) {
      // The core of the cluster's nodes (or an overview's discs): a few strays do not widen the frame.
      const xs: number[] = [];
      const ys: number[] = [];
      graph.forEachNode((_, a) => {
        if (a.cluster !== id) return;
        const d = framed(a);
        xs.push(d.x);
        ys.push(d.y);
      });
      const core = coreExtent(xs, ys);
      if (core === null) return;
      const [minX, minY, maxX, maxY] = core;
      const ratio = Math.min(1.5, Math.max(0.02, Math.max(maxX - minX, maxY - minY) * 1.3));
      void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 600 });
    },
    viewRect() {
      const { width, height } = sigma.getDimensions();
      const ppu = pixelsPerUnit(sigma);
      if (!(width > 0 && height > 0 && ppu > 0)) return null;
      const a = sigma.viewportToGraph({ x: 0, y: 0 });
      const b = sigma.viewportToGraph({ x: width, y: height });
      const [minX, maxX] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
      const [minY, maxY] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
      return { minX, minY, maxX, maxY, unitsPerPixel: 1 / ppu, ratio: sigma.getCamera().ratio };
    },
    flyToBox([minX, minY, maxX, maxY]) {
      const a = framed({ x: minX, y: minY });
      const b = framed({ x: maxX, y: maxY });
      const ratio = Math.min(MAX_RATIO, Math.max(MIN_RATIO, Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y)) * 1.2));
      void sigma.getCamera().animate({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, ratio }, { duration: 500 });
    },
  };
}

/** Renders now and stacks Sigma's layers (WebGL and 2D) plus the cluster labels on one canvas. */
function exportPng(
  sigma: Sigma<NodeAttrs, EdgeAttrs>,
  labels: ClusterLabel[],
  under: HTMLCanvasElement,
): Promise<Blob> {
  sigma.refresh(); // synchronous: the WebGL buffers are readable until this task ends
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of [under, ...Object.values(sigma.getCanvases())]) ctx.drawImage(layer, 0, 0, out.width, out.height);
  ctx.scale(ratio, ratio);
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (const l of labels) {
    ctx.font = l.font;
    ctx.lineWidth = 3;
    ctx.strokeStyle = "#ffffff";
    ctx.strokeText(l.text, l.x, l.y);
    ctx.fillStyle = l.color;
    ctx.fillText(l.text, l.x, l.y);
  }
  return new Promise((resolve, reject) =>
    out.toBlob((b) => (b ? resolve(b) : reject(new Error("map: PNG export failed"))), "image/png"),
  );
}
