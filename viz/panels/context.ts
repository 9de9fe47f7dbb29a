/** What every panel gets: the store (read state, call producers), the graph, and the map's actions. */
import type { MapGraph, MapMeta } from "../graph.ts";
import type { MapView } from "../map.ts";
import { select } from "../state.ts";
import type { Store } from "../store.ts";

export interface PanelContext {
  store: Store;
  graph: MapGraph;
  meta: MapMeta;
  map: MapView;
}

/** Selects a node and flies to it when it is on the map. */
export function focusNode(ctx: PanelContext, id: string): void {
  ctx.store.update(select(id));
  if (ctx.graph.hasNode(id)) ctx.map.flyToNode(id);
}
