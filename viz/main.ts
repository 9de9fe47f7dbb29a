/**
 * PaperAtlas map entry point: reads the view from the URL, loads the map payload, builds the
 * graph, mounts the map and the panels, and writes the view back to the URL as it changes.
 */
import { call } from "./api-client.ts";
import { byId, debounce } from "./dom.ts";
import { addEdgesInBatches, buildGraph, type MapMeta } from "./graph.ts";
import { decodeMap } from "./map-data.ts";
import { createMapView, type MapView } from "./map.ts";
import { aggregateId, buildOverview, type Overview } from "./overview.ts";
import type { PanelContext } from "./panels/context.ts";
import { mountConsole } from "./panels/console.ts";
import { mountDetails } from "./panels/details.ts";
import { mountFilters } from "./panels/filters.ts";
import { mountLegend } from "./panels/legend.ts";
import { mountSearch } from "./panels/search.ts";
import { mountToolbar } from "./panels/toolbar.ts";
import { redirectNotice, resolveLinkedClusters, withResolvedClusters } from "./redirects.ts";
import { derive, nodeReducer } from "./reducers.ts";
import { createStore, type Store } from "./store.ts";
import { createTileLoader, type TileLoader } from "./tile-loader.ts";
import { decodeView, encodeView, type ViewDefaults } from "./url.ts";

/** The page's one-line banner: an error, or a notice (`kind`) such as where a saved link now leads. */
function showBanner(message: string, kind: "error" | "notice" = "error"): void {
  const banner = byId("banner");
  banner.textContent = message;
  banner.classList.toggle("notice", kind === "notice");
  banner.title = kind === "notice" ? "Click to dismiss" : "";
  banner.hidden = false;
  if (kind === "notice") banner.addEventListener("click", () => (banner.hidden = true), { once: true });
}

async function start(): Promise<void> {
  performance.mark("paperatlas:start");
  const payload = await call("GET /api/map", { query: {} });
  performance.mark("paperatlas:payload");
  const columns = decodeMap(payload);
  // Big maps paint their nodes first: Sigma draws a node-only copy while the edges go into the
  // model in batches (the page stays responsive), then switches to the model in one pass — adding
  // ~10^5 edges costs about as much again as everything else.
  const edgeTotal = Object.values(columns.header.edgeCounts).reduce((a, b) => a + b, 0);
  const deferEdges = edgeTotal > DEFER_EDGES_ABOVE;
  // A whole-map view of ~10^5 links is a hairball (and slow to draw without a GPU): big maps start
  // with links off — a node's own links still show when it is hovered or selected.
  // A map by week (the payload carries publication days, time.ts) reads week ranges from the URL.
  // A "since" naming no update of this map is dropped (url.ts).
  // A map too big to send whole opens as an overview: one aggregate per tile, whose nodes load as
  // the view zooms in (overview.ts, tiles.ts, tile-loader.ts); its links start off as on big maps.
  const overview = columns.header.overview ? buildOverview(columns) : null;
  const defaults: ViewDefaults = {
    showEdges: overview === null && edgeTotal <= HIDE_EDGES_ABOVE,
    timeUnit: columns.day ? "week" : "year",
    updates: (columns.header.updates ?? []).map((u) => u.run),
  };
  const { graph, nodesOnly, meta } = overview
    ? { ...overview, nodesOnly: null }
    : buildGraph(columns, { edges: !deferEdges });
  performance.mark("paperatlas:graph");
  // A link saved before an update may name a cluster gone since: it leads where the redirects say.
  const decoded = decodeView(location.search, defaults);
  const link = resolveLinkedClusters(decoded.filters.clusters, clusterIds(meta), columns.header.redirects);
  const store = createStore({ ...decoded, filters: withResolvedClusters(decoded.filters, link) });
  if (graph.order === 0) showBanner("The graph is empty: ingest some papers (`paperatlas ingest samples/hf-papers`).");
  let loader: TileLoader | null = null;
  const map = createMapView(byId("map"), graph, meta, store, {
    ...(nodesOnly ? { drawn: nodesOnly } : {}),
    ...(overview ? { bbox: columns.header.bbox, onAggregate: (id) => openAggregate(overview, map, id) } : {}),
  });
  performance.mark("paperatlas:sigma");
  if (overview) loader = wireTiles(overview, map, store);
  const ctx: PanelContext = { store, graph, meta, map };
  mountSearch(byId("search"), ctx);
  mountFilters(byId("filters"), byId("counts"), ctx);
  mountLegend(byId("legend"), ctx);
  mountDetails(byId("details"), ctx);
  mountConsole(byId("console"), ctx);
  mountToolbar(byId("toolbar"), ctx);
  const initial = store.get();
  if (initial.selection && !initial.camera && graph.hasNode(initial.selection)) map.flyToNode(initial.selection);

  const writeUrl = debounce(() => {
    const query = encodeView(store.get(), defaults);
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  }, 200);
  // The link as it now reads (a redirected or dropped cluster, an unknown update) is what gets shared.
  if (encodeView(store.get(), defaults) !== encodeView(decoded, defaults)) writeUrl();
  const notice = redirectNotice(link.redirected, (id) => clusterLabel(meta, id));
  if (notice !== null) showBanner(notice, "notice");
  store.subscribe((state, previous) => {
    if (
      state.hovered !== previous.hovered &&
      state.selection === previous.selection &&
      state.filters === previous.filters
    )
      return;
    writeUrl();
  });
  exposeForTests(ctx, loader);
  // First paint: the frame with the map has been produced, so the next frame's callback can run.
  // (One rAF is not enough: Sigma's draw calls return before the GPU — SwiftShader here — draws.)
  afterNextFrame(() => {
    performance.mark("paperatlas:first-paint");
    const ms = performance.getEntriesByName("paperatlas:first-paint")[0]?.startTime ?? 0;
    Object.assign(document.body.dataset, {
      ready: "true",
      nodes: String(graph.order),
      edges: String(graph.size),
      firstPaintMs: String(Math.round(ms)),
    });
    loader?.update(); // a link may open zoomed in
    if (!deferEdges) return;
    void (async () => {
      const batches = addEdgesInBatches(graph, columns, EDGE_BATCH);
      while (!batches.next().done) await new Promise((resolve) => setTimeout(resolve, 0));
      map.drawModel();
      afterNextFrame(() => {
        performance.mark("paperatlas:edges");
        document.body.dataset["edges"] = String(graph.size);
      });
    })();
  });
}

/**
 * An overview map's tiles follow the view: after each camera rest the loader plans what to hold;
 * a node selected (search, details, a link) that is not on the map yet gets its tile loaded, then
 * the camera flies to it.
 */
function wireTiles(overview: Overview, map: MapView, store: Store): TileLoader {
  const loader = createTileLoader(overview, {
    view: () => map.viewRect(),
    pinnedNodes: () => [store.get().selection],
    changed: () => map.graphChanged(),
    batch: (change) => map.batch(change),
  });
  const reach = (id: string | null) => {
    if (id === null || overview.graph.hasNode(id)) return;
    void loader.ensureNode(id).then((there) => {
      if (there && store.get().selection === id) map.flyToNode(id);
    });
  };
  store.subscribe((state, previous) => {
    if (state.camera !== previous.camera) loader.update();
    if (state.selection !== previous.selection) reach(state.selection);
  });
  reach(store.get().selection);
  return loader;
}

/** A click on an aggregate flies into its tile (the loader then fetches its nodes). */
function openAggregate(overview: Overview, map: MapView, node: string): void {
  const tile = overview.tiles.find((t) => aggregateId(t.id) === node);
  if (tile) map.flyToBox(tile.bbox);
}

/** The ids of the clusters of every level. */
function clusterIds(meta: MapMeta): Set<string> {
  return new Set([...meta.clusters, ...meta.fineClusters].map((c) => c.id));
}

function clusterLabel(meta: MapMeta, id: string): string {
  return [...meta.clusters, ...meta.fineClusters].find((c) => c.id === id)?.label ?? id;
}

function afterNextFrame(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(callback));
}

/** Maps with more edges than this paint their nodes before adding the edges. */
const DEFER_EDGES_ABOVE = 20_000;
/** Edges added between two turns of the page. */
const EDGE_BATCH = 15_000;
/** Maps with more edges than this open with links switched off. */
const HIDE_EDGES_ABOVE = 50_000;

/**
 * A read-only window onto the view for browser tests and the curious: where a node is drawn, the
 * state, the labels drawn in the last frame (boxes in CSS pixels of the map), the camera ratio, a
 * node's time and the colours the reducers give it in the current state, and the time scale.
 */
function exposeForTests(ctx: PanelContext, loader: TileLoader | null): void {
  const api = Object.freeze({
    /** Nodes in the graph Sigma draws, and how many of them are aggregates (overview maps). */
    graphNodes: () => {
      let aggregates = 0;
      ctx.graph.forEachNode((_, a) => void (a.aggregate && aggregates++));
      return { total: ctx.graph.order, aggregates };
    },
    tiles: () => loader?.held() ?? [],
    viewportPosition: (id: string) => ctx.map.viewportPosition(id),
    state: () => structuredClone(ctx.store.get()),
    neighbours: (id: string) => (ctx.graph.hasNode(id) ? ctx.graph.neighbors(id) : []),
    labels: () => ctx.map.drawnLabels(),
    clusterLabelPosition: (id: string) => ctx.map.clusterLabelPosition(id),
    cameraRatio: () => ctx.map.cameraRatio(),
    drawnNodes: () => ctx.map.drawnNodes(),
    nodeLod: (id: string) => (ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, "lod") : null),
    nodeDisplay: (id: string) => {
      if (!ctx.graph.hasNode(id)) return null;
      const s = ctx.store.get();
      const a = ctx.graph.getNodeAttributes(id);
      const d = { ...a, ...nodeReducer(s, derive(s, ctx.graph))(id, a) };
      return { color: d.color, borderColor: d.borderColor, hidden: d.hidden === true, time: a.time };
    },
    timeScale: () => (ctx.meta.time ? { ...ctx.meta.time } : null),
  });
  Object.defineProperty(window, "paperatlas", { value: api });
}

start().catch((error: unknown) => {
  showBanner(`The map could not load: ${error instanceof Error ? error.message : String(error)}`);
  document.body.dataset["ready"] = "error";
});
