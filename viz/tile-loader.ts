/**
 * Loads and lets go of an overview map's tiles (overview.ts) as the view moves: after each camera
 * rest it asks `planTiles` (tiles.ts) what the view wants, fetches those tiles
 * (`GET /api/map/tile`), swaps each aggregate for its nodes, and puts the aggregate back for a
 * tile it lets go. `ensureNode` loads the tile of a node picked in search or details, so any
 * node can be selected and flown to at any zoom. The tile of the selection is never let go.
 */
import { call } from "./api-client.ts";
import type { MapGraph } from "./graph.ts";
import { decodeMap } from "./map-data.ts";
import { addTile, aggregateId, removeTile, type Overview } from "./overview.ts";
import { DEFAULT_TILE_OPTIONS, planTiles, type TileOptions, type TileView } from "./tiles.ts";

export interface TileLoader {
  /** Plans for the current view: fetches the tiles it wants, lets go of others past the budget. */
  update(): void;
  /** Puts node `id` on the map (loading its tile); true once it is there. */
  ensureNode(id: string): Promise<boolean>;
  /** Tiles whose nodes are on the map. */
  held(): string[];
}

interface Held {
  ids: string[];
}

export function createTileLoader(
  overview: Overview,
  hooks: {
    /** The view in graph units, or null before the map has drawn. */
    view: () => TileView | null;
    /** Nodes whose tiles must stay (the selection). */
    pinnedNodes: () => (string | null)[];
    /** The graph changed (labels to plan again, reducers to apply). */
    changed: () => void;
    /** Runs a change of many nodes so the renderer takes it in once (MapView.batch). */
    batch: (change: () => void) => void;
  },
  options: TileOptions = DEFAULT_TILE_OPTIONS,
): TileLoader {
  const { graph, meta, frame, aggregates } = overview;
  const held = new Map<string, Held>();
  const loading = new Map<string, Promise<void>>();
  /** The tile each held node came with. */
  const tileOf = new Map<string, string>();

  function put(cols: ReturnType<typeof decodeMap>): string | null {
    const tile = cols.header.tile?.cluster;
    if (!tile) return null;
    // Sigma takes in added nodes and edges one by one cheaply; drops are batched (evict). A tile
    // held already adds only what it lacks: the node a search asked for beyond the tile's cap.
    const ids = addTile(graph, cols, meta, frame);
    if (held.has(tile) && ids.length === 0) return tile;
    if (graph.hasNode(aggregateId(tile))) graph.dropNode(aggregateId(tile));
    for (const id of ids) tileOf.set(id, tile);
    held.set(tile, { ids: [...(held.get(tile)?.ids ?? []), ...ids] });
    report(graph, held);
    hooks.changed();
    return tile;
  }

  function fetchTile(tile: string): Promise<void> {
    let pending = loading.get(tile);
    if (pending) return pending;
    pending = call("GET /api/map/tile", { query: { cluster: tile } })
      .then((bytes) => void put(decodeMap(bytes)))
      .catch((error: unknown) => console.warn(`map: tile ${tile} could not load`, error))
      .finally(() => {
        loading.delete(tile);
        loader.update();
      });
    loading.set(tile, pending);
    return pending;
  }

  function evict(tile: string): void {
    const h = held.get(tile);
    if (!h) return;
    const attrs = aggregates.get(tile);
    hooks.batch(() => {
      removeTile(graph, h.ids);
      if (attrs && !graph.hasNode(aggregateId(tile))) graph.addNode(aggregateId(tile), attrs);
    });
    for (const id of h.ids) tileOf.delete(id);
    held.delete(tile);
    report(graph, held);
    hooks.changed();
  }

  const loader: TileLoader = {
    update() {
      const view = hooks.view();
      if (!view) return;
      const resident = new Set([...held.keys(), ...loading.keys()]);
      const pinned = new Set(
        hooks.pinnedNodes().flatMap((id) => (id !== null && tileOf.has(id) ? [tileOf.get(id)!] : [])),
      );
      const plan = planTiles(overview.tiles, view, resident, pinned, options);
      if (plan.evict.length > 0) hooks.batch(() => plan.evict.forEach(evict));
      // Two at a time, most wanted first; each arrival plans again (the view may have moved on).
      for (const tile of plan.load.slice(0, Math.max(0, CONCURRENT - loading.size))) void fetchTile(tile);
    },
    async ensureNode(id) {
      if (graph.hasNode(id)) return true;
      try {
        const cols = decodeMap(await call("GET /api/map/tile", { query: { node: id } }));
        put(cols);
      } catch (error) {
        console.warn(`map: the tile of ${id} could not load`, error);
      }
      return graph.hasNode(id);
    },
    held: () => [...held.keys()],
  };
  return loader;
}

/** Tiles fetched at once. */
const CONCURRENT = 2;

/** For tests and the curious: tiles held and the nodes on the map. */
function report(graph: MapGraph, held: Map<string, Held>): void {
  Object.assign(document.body.dataset, { tiles: String(held.size), nodes: String(graph.order) });
}
