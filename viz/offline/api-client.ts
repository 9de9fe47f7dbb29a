/**
 * The offline map's `call` (swapped in for viz/api-client.ts by vite.config.ts): the same
 * signature, answered from the data embedded in the page (embedded.ts) instead of the server, so
 * the map's code runs unchanged. Routes that need the server (the Cypher console, reports, exports,
 * health) answer 404 NOT_FOUND, as an unknown route would.
 */
import type { Api, ApiRequest, RouteKey } from "../../schema/api.ts";
import { ApiError } from "../api-client.ts";
import { decodeMap } from "../map-data.ts";
import { clusterDetails, clusterList, nodeDetails } from "./details.ts";
import { embeddedAbstracts, embeddedExtras, embeddedMap } from "./embedded.ts";
import { search, searchText, type SearchText } from "./search.ts";
import { createOfflineSource, type OfflineSource } from "./source.ts";

export { ApiError };

let ready: Promise<{ src: OfflineSource; text: SearchText }> | null = null;

/** The index over the payload and the extras, built once, when search or details first need it. */
export function offlineSource(): Promise<{ src: OfflineSource; text: SearchText }> {
  ready ??= (async () => {
    const [payload, extras] = await Promise.all([embeddedMap(), embeddedExtras()]);
    const src = createOfflineSource(decodeMap(payload), extras);
    return { src, text: searchText(src) };
  })();
  return ready;
}

const notFound = (message: string) => new ApiError(404, { code: "NOT_FOUND", message });

type Handlers = { [K in RouteKey]?: (req: ApiRequest<K>) => Promise<Api[K]["res"]> };

const HANDLERS: Handlers = {
  "GET /api/map": () => embeddedMap(),
  "GET /api/search": async ({ query }) => {
    const { src, text } = await offlineSource();
    const limit = Number(query.limit ?? 10);
    return search(src, text, { q: query.q, limit: Number.isInteger(limit) ? limit : 10, types: query.types });
  },
  "GET /api/nodes/:id": async ({ params }) => {
    const [{ src }, abstracts] = await Promise.all([offlineSource(), embeddedAbstracts()]);
    const details = nodeDetails(src, params.id, abstracts);
    if (!details) throw notFound(`nodes: no paper or concept has id "${params.id}"`);
    return details;
  },
  "GET /api/clusters": async ({ query }) =>
    clusterList((await offlineSource()).src, query.level === undefined ? undefined : Number(query.level)),
  "GET /api/clusters/:id": async ({ params }) => {
    const details = clusterDetails((await offlineSource()).src, params.id);
    if (!details) throw notFound(`clusters: no cluster has id "${params.id}"`);
    return details;
  },
};

export async function call<K extends RouteKey>(
  route: K,
  req: ApiRequest<K>,
  _init: { signal?: AbortSignal } = {},
): Promise<Api[K]["res"]> {
  const handler = HANDLERS[route] as ((req: ApiRequest<K>) => Promise<Api[K]["res"]>) | undefined;
  if (!handler) throw notFound(`${route} needs the PaperAtlas server; this is the offline map`);
  return handler(req);
}
