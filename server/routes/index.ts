/**
 * The API table implemented (STYLE §4): `buildHandlers` returns one handler per key of `API`, as a
 * mapped type, so a route missing here is a compile error; `mountApi` registers each with its
 * zod validation and sends JSON, or the binary map with ETag and a precompressed encoding.
 */
import type { Request, Response, Router } from "express";
import { API, type RouteKey, type RouteSpec } from "../../schema/api.ts";
import { clusterHandler, clusterListHandler } from "./clusters.ts";
import { cypherCheckHandler, cypherHandler, cypherSchemaHandler } from "./cypher.ts";
import { healthHandler, openApiHandler, statsHandler } from "./meta.ts";
import { nodeHandler } from "./nodes.ts";
import { searchHandler } from "./search.ts";
import { exportHandler, reportHandler } from "./reports.ts";
import type { BinaryReply, Deps, FileReply, Handlers, RequestContext } from "./types.ts";
import { parseRequest, type ParsedRequest } from "./validate.ts";

export function buildHandlers(deps: Deps): Handlers {
  return {
    "GET /api/health": healthHandler(deps),
    "GET /api/stats": statsHandler(deps),
    "GET /api/map": async () => ({ payload: await deps.map.get() }),
    "GET /api/map/tile": async ({ query }) => ({
      payload: await deps.map.tile({ cluster: query.cluster, node: query.node }),
    }),
    "GET /api/search": searchHandler(deps),
    "GET /api/nodes/:id": nodeHandler(deps),
    "GET /api/clusters": clusterListHandler(deps),
    "GET /api/clusters/:id": clusterHandler(deps),
    "POST /api/cypher": cypherHandler(deps),
    "POST /api/cypher/check": cypherCheckHandler(deps),
    "GET /api/cypher/schema": cypherSchemaHandler(deps),
    "GET /api/report": reportHandler(deps),
    "GET /api/export": exportHandler(deps),
    "GET /api/openapi.json": openApiHandler(deps),
  };
}

/** Sends the precompressed payload the client accepts (brotli, then gzip, then raw). */
function sendBinary(req: Request, res: Response, reply: BinaryReply): void {
  const { payload } = reply;
  res.setHeader("ETag", payload.etag);
  res.setHeader("Cache-Control", "no-cache");
  res.setHeader("Vary", "Accept-Encoding");
  if (req.get("if-none-match") === payload.etag) {
    res.status(304).end();
    return;
  }
  const accepts = req.get("accept-encoding") ?? "";
  const [encoding, body] = /\bbr\b/.test(accepts)
    ? ["br", payload.br]
    : /\bgzip\b/.test(accepts)
      ? ["gzip", payload.gzip]
      : [null, payload.raw];
  res.setHeader("Content-Type", "application/vnd.paperatlas.map");
  if (encoding) res.setHeader("Content-Encoding", encoding);
  res.setHeader("X-Map-Nodes", String(payload.header.nodeCount));
  res.setHeader("X-Map-Edges", String(payload.header.edgeCounts.MENTIONS + payload.header.edgeCounts.CITES));
  res.setHeader("X-Map-Raw-Bytes", String(payload.raw.length));
  res.status(200).end(body);
}

/** Sends a download: its media type, an attachment disposition with an ASCII-safe name, no caching. */
function sendFile(res: Response, { file }: FileReply): void {
  const name = file.name.replace(/[^A-Za-z0-9._-]/g, "_");
  res.setHeader("Content-Type", file.contentType);
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`);
  res.setHeader("Cache-Control", "no-store");
  res.status(200).send(file.content);
}

type AnyHandler = (req: ParsedRequest, ctx: RequestContext) => Promise<unknown>;

export function mountApi(router: Router, handlers: Handlers): void {
  for (const key of Object.keys(API) as RouteKey[]) {
    const [method, path] = key.split(" ") as ["GET" | "POST", string];
    const spec: RouteSpec = API[key];
    // The table pairs each key with its handler; the key's types are checked by `Handlers`.
    const handler = handlers[key] as unknown as AnyHandler;
    router[method === "GET" ? "get" : "post"](path, async (req, res) => {
      const parsed = parseRequest(key, spec, req);
      const out = await handler(parsed, { requestId: String(res.locals["requestId"]) });
      if (spec.res === "binary") sendBinary(req, res, out as BinaryReply);
      else if (spec.res === "file") sendFile(res, out as FileReply);
      else res.json(out);
    });
  }
}
