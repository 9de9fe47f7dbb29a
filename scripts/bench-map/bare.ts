/**
 * bench:map's baseline: the same map payload drawn by a bare Sigma with its default settings and
 * programs — the nodes at the positions, sizes and cluster colours the map uses, and the edges
 * only with `?edges=1` (on the arXiv map, a bare Sigma with its ~10^5 edges does not survive).
 * Sets `document.body.dataset.ready` after its first frame, and exposes the Sigma for the bench.
 */
import { DirectedGraph } from "graphology";
import Sigma from "sigma";
import { clusterColor } from "../../schema/palette.ts";
import { buildGraph } from "../../viz/graph.ts";
import { decodeMap } from "../../viz/map-data.ts";

performance.mark("bare:start");
const columns = decodeMap(await (await fetch("/api/map")).arrayBuffer());
const withEdges = new URLSearchParams(location.search).get("edges") === "1";
const { graph: model } = buildGraph(columns, { edges: withEdges });
const graph = new DirectedGraph();
model.forEachNode((id, a) =>
  graph.addNode(id, { x: a.x, y: a.y, size: a.size, label: a.label, color: clusterColor(a.clusterIndex) }),
);
if (withEdges) model.forEachEdge((_, __, source, target) => graph.mergeEdge(source, target));
const sigma = new Sigma(graph, document.getElementById("map")!);
Object.defineProperty(window, "bareSigma", { value: sigma });
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    performance.mark("bare:first-paint");
    const ms = performance.getEntriesByName("bare:first-paint")[0]?.startTime ?? 0;
    Object.assign(document.body.dataset, { ready: "true", firstPaintMs: String(Math.round(ms)) });
  }),
);
