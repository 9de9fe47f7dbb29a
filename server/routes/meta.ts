/** Health, stats and the OpenAPI document. */
import { readRows } from "../read.ts";
import { readStats } from "../../db/stats.ts";
import { PING } from "../../schema/cypher/map.ts";
import { openApiDocument } from "../openapi.ts";
import type { Deps, Handler } from "./types.ts";

export function healthHandler(deps: Deps): Handler<"GET /api/health"> {
  return async () => {
    const t0 = performance.now();
    await readRows(deps.db, PING, {});
    return {
      status: "ok",
      version: deps.version,
      neo4j: { latencyMs: Math.round((performance.now() - t0) * 10) / 10 },
    };
  };
}

export function statsHandler(deps: Deps): Handler<"GET /api/stats"> {
  return () => readStats(deps.db);
}

export function openApiHandler(deps: Deps): Handler<"GET /api/openapi.json"> {
  const document = openApiDocument(deps.version);
  return async () => document;
}
