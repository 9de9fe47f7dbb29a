/**
 * The map renderer: the only module that imports Sigma (STYLE §12). It draws the graphology graph
 * with the pure reducers of reducers.ts, re-applying them when the view state changes; turns
 * pointer events into producers; keeps cluster labels at their clusters' centres; flies the camera;
 * and exports the view as PNG.
 */
import Sigma from "sigma";
import { EdgeLineProgram, NodeProgram, type ProgramInfo } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { CameraState, Coordinates, DisplayData, NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";
import type { EdgeAttrs, MapGraph, MapMeta, NodeAttrs } from "./graph.ts";
import { createRegionLayer, regionRaster } from "./regions.ts";
import { createLabelLayer, type ClusterLabel, type DrawnLabel, type LabelFilter } from "./labels.ts";
import { clustersShown, derive, edgeReducer, isVisible, labelShown, nodeReducer, type Derived } from "./reducers.ts";
import { hover, select, setCamera, setHighlight, type ViewState } from "./state.ts";
import type { Store } from "./store.ts";

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
  /** Draws the model graph, when the view was created drawing a stand-in (`options.drawn`). */
  drawModel(): void;
  kill(): void;
}

// ---------- the node program ----------
// Every node is one point sprite: a disc in its fill colour with a ring in its `borderColor` (the
// concept type's colour; papers' ring is their fill, so they read as plain discs). Sigma's triangle
// programs draw ~5× slower than points in software WebGL (headless Chromium's SwiftShader), which
// decides the first paint of an arXiv-sized map. The shaders follow sigma's NodePointProgram.

const RING_RATIO = 0.28;
const NODE_VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_ring;
attribute vec2 a_position;
attribute float a_size;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform mat3 u_matrix;
varying vec4 v_color;
varying vec4 v_ring;
varying float v_border;
const float bias = 255.0 / 254.0;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
  gl_PointSize = a_size / u_sizeRatio * u_pixelRatio * 2.0;
  v_border = (0.5 / a_size) * u_sizeRatio;
  #ifdef PICKING_MODE
  v_color = a_id;
  v_ring = a_id;
  #else
  v_color = a_color;
  v_ring = a_ring;
  #endif
  v_color.a *= bias;
  v_ring.a *= bias;
}`;
const NODE_FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying vec4 v_ring;
varying float v_border;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
void main(void) {
  float r = length(gl_PointCoord - vec2(0.5, 0.5));
  float dist = 0.5 - r;
  #ifdef PICKING_MODE
  gl_FragColor = dist > v_border ? v_color : transparent;
  #else
  vec4 inside = r > 0.5 * (1.0 - ${RING_RATIO.toFixed(3)}) ? v_ring : v_color;
  float t = dist > v_border ? 1.0 : (dist > 0.0 ? dist / v_border : 0.0);
  gl_FragColor = mix(transparent, inside, t);
  #endif
}`;
const NODE_UNIFORMS = ["u_sizeRatio", "u_pixelRatio", "u_matrix"] as const;
type NodeUniform = (typeof NODE_UNIFORMS)[number];

class RingNodeProgram extends NodeProgram<NodeUniform, NodeAttrs, EdgeAttrs> {
  getDefinition() {
    const { UNSIGNED_BYTE, FLOAT, POINTS } = WebGLRenderingContext;
    return {
      VERTICES: 1,
      VERTEX_SHADER_SOURCE: NODE_VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: NODE_FRAGMENT_SHADER,
      METHOD: POINTS,
      UNIFORMS: NODE_UNIFORMS,
      ATTRIBUTES: [
        { name: "a_position", size: 2, type: FLOAT },
        { name: "a_size", size: 1, type: FLOAT },
        { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_ring", size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: "a_id", size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
    };
  }

  processVisibleItem(nodeIndex: number, start: number, data: NodeDisplayData): void {
    const ring = (data as NodeDisplayData & { borderColor?: string }).borderColor ?? data.color;
    const a = this.array;
    a[start] = data.x;
    a[start + 1] = data.y;
    a[start + 2] = data.size;
    a[start + 3] = floatColor(data.color);
    a[start + 4] = floatColor(ring);
    a[start + 5] = nodeIndex;
  }

  setUniforms(
    { sizeRatio, pixelRatio, matrix }: RenderParams,
    { gl, uniformLocations }: ProgramInfo<NodeUniform>,
  ): void {
    gl.uniform1f(uniformLocations.u_pixelRatio, pixelRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, matrix);
  }
}

// ---------- the view ----------

/** A hover dims the map once the pointer has rested on a node this long with the camera still. */
export const HOVER_REST_MS = 300;
const MIN_RATIO = 0.01;
/** Maps with more nodes than this plan labels and paint regions after their first paint. */
const DEFER_LAYERS_ABOVE = 20_000;
const MAX_RATIO = 4;

/** Only these state fields change what is drawn; camera moves do not need the reducers again. */
function displayChanged(a: ViewState, b: ViewState): boolean {
  return (
    a.filters !== b.filters ||
    a.selection !== b.selection ||
    a.hovered !== b.hovered ||
    a.highlight !== b.highlight ||
    a.showEdges !== b.showEdges
  );
}

type MapSettings = Settings<NodeAttrs, EdgeAttrs>;

/** The pure reducers in Sigma's setting types (their output is a subset of Sigma's display data). */
function reducerSettings(state: ViewState, d: Derived): Pick<MapSettings, "nodeReducer" | "edgeReducer" | "zIndex"> {
  const nodes = nodeReducer(state, d);
  const edges = edgeReducer(state, d);
  return {
    // Ordering by zIndex only matters when some nodes are dimmed; sorting ~10^5 items is not free.
    zIndex: d.focus !== null || d.highlight.size > 0,
    // Sigma hands reducers a fresh copy of the attributes, so merging into it is safe.
    nodeReducer: (node, attrs) => Object.assign(attrs, nodes(node, attrs)),
    edgeReducer: (edge, attrs) => Object.assign(attrs, edges(edge, attrs)) as Partial<DisplayData>,
  };
}

function createSigma(
  container: HTMLElement,
  drawn: MapGraph,
  graph: MapGraph,
  state: ViewState,
): Sigma<NodeAttrs, EdgeAttrs> {
  const d = derive(state, graph);
  const big = graph.order > 20_000;
  return new Sigma<NodeAttrs, EdgeAttrs>(drawn, container, {
    nodeProgramClasses: { ring: RingNodeProgram },
    defaultNodeType: "ring",
    edgeProgramClasses: { line: EdgeLineProgram },
    defaultEdgeType: "line",
    hideEdgesOnMove: big,
    // Labels are drawn by zoom threshold (labels.ts) after each render; Sigma still draws the
    // hovered and highlighted nodes' labels, with these settings.
    renderLabels: false,
    labelFont: "system-ui, sans-serif",
    labelSize: 12,
    minCameraRatio: MIN_RATIO,
    maxCameraRatio: MAX_RATIO,
    ...reducerSettings(state, d),
  });
}

/**
 * Calm interaction: hovering dims the map only once the pointer has rested on a node for
 * HOVER_REST_MS with the camera still; any camera move (wheel, drag, animation) cancels a pending
 * hover and lifts one already shown. A click focuses a node; a click on empty space or Escape
 * clears the focus and the highlight.
 */
function wireEvents(sigma: Sigma<NodeAttrs, EdgeAttrs>, store: Store): () => void {
  let rest: ReturnType<typeof setTimeout> | undefined;
  const calm = () => {
    clearTimeout(rest);
    if (store.get().hovered !== null) store.update(hover(null));
  };
  sigma.on("enterNode", ({ node }) => {
    clearTimeout(rest);
    rest = setTimeout(() => store.update(hover(node)), HOVER_REST_MS);
  });
  sigma.on("leaveNode", calm);
  sigma.on("clickNode", ({ node }) => store.update(select(node)));
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
    timer = setTimeout(() => store.update(setCamera({ x: c.x, y: c.y, ratio: c.ratio })), 250);
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
  let faded = false;
  /** Top-level names go inside their regions (of all nodes, so they do not move with the filters). */
  let anchors: Map<string, Coordinates> | undefined;
  let clusters = clustersShown(graph, store.get().filters);
  let shown: LabelFilter = {
    node: labelShown(store.get(), derive(store.get(), graph)),
    cluster: (id) => clusters.has(id),
  };
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
    if (planned === null || Math.abs(planned - unitsPerPixel) > 1e-6 * unitsPerPixel)
      labels.plan(unitsPerPixel, anchors);
    const { width, height } = sigma.getDimensions();
    const toViewport = (p: Coordinates) => sigma.graphToViewport(p);
    regions.draw(toViewport, faded);
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
  const follow = (state: ViewState, previous: ViewState, d: Derived) => {
    if (state.filters !== previous.filters) {
      clusters = clustersShown(graph, state.filters);
      if (ready) regions.update((a) => isVisible(a, state.filters));
    }
    faded = d.focus !== null || d.highlight.size > 0;
    shown = { node: labelShown(state, d), cluster: (id) => clusters.has(id) };
  };
  return { labels, regions, follow };
}

/**
 * The map view of `graph`, the model every reducer, label and position reads. `options.drawn` lets
 * Sigma draw a stand-in first (big maps: a copy holding the nodes only, while the edges go into the
 * model); `drawModel()` then switches Sigma to the model in one pass.
 */
export function createMapView(
  container: HTMLElement,
  graph: MapGraph,
  meta: MapMeta,
  store: Store,
  options: { drawn?: MapGraph } = {},
): MapView {
  const sigma = createSigma(container, options.drawn ?? graph, graph, store.get());
  const initialCamera = store.get().camera;
  if (initialCamera) sigma.getCamera().setState(initialCamera);
  const { labels, regions, follow } = wireLayers(sigma, container, graph, meta, store);
  const unwire = wireEvents(sigma, store);
  store.subscribe((state, previous) => {
    if (!displayChanged(state, previous)) return;
    const d = derive(state, graph);
    follow(state, previous, d);
    sigma.setSettings(reducerSettings(state, d));
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
    zoomToCluster(id) {
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity; // prettier-ignore
      graph.forEachNode((_, a) => {
        if (a.cluster !== id) return;
        const d = framed(a);
        [minX, maxX, minY, maxY] = [Math.min(minX, d.x), Math.max(maxX, d.x), Math.min(minY, d.y), Math.max(maxY, d.y)];
      });
      if (minX === Infinity) return;
      const ratio = Math.min(1.5, Math.max(0.02, Math.max(maxX - minX, maxY - minY) * 1.3));
      void sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 600 });
    },
    resetCamera: () => void sigma.getCamera().animatedReset({ duration: 400 }),
    exportPng: () => exportPng(sigma, labels.current(), regions.canvas),
    drawnLabels: () => labels.drawn(),
    clusterLabelPosition(id) {
      const anchor = labels.clusterAnchor(id);
      return anchor ? sigma.graphToViewport(anchor) : null;
    },
    cameraRatio: () => sigma.getCamera().getState().ratio,
    viewportPosition(id) {
      if (!graph.hasNode(id)) return null;
      const a = graph.getNodeAttributes(id);
      return isVisible(a, store.get().filters) ? sigma.graphToViewport({ x: a.x, y: a.y }) : null;
    },
    drawModel() {
      sigma.setSettings(reducerSettings(store.get(), derive(store.get(), graph))); // e.g. edge alpha by count
      sigma.setGraph(graph);
    },
    kill: () => {
      unwire();
      resizeObserver.disconnect();
      sigma.kill();
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
