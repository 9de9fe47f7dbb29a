/**
 * The Express application: security headers, compression, the API table mounted under /api with
 * one error boundary, and the map bundle (viz/dist) served as static files.
 */
import path from "node:path";
import compression from "compression";
import express, { type Express } from "express";
import { apiNotFound, errorHandler } from "./http/errors.ts";
import { hostGuard, type Listening } from "./http/hosts.ts";
import { requestContext, securityHeaders } from "./http/middleware.ts";
import { buildHandlers, mountApi } from "./routes/index.ts";
import type { Deps } from "./routes/types.ts";

export interface AppOptions {
  /** Directory of the built map (index.html + assets/), or null to serve the API only. */
  vizDist: string | null;
  /** Where the server listens (known once it does), for the `Host` check. */
  listening: () => Listening;
  /** Extra `Host` names to answer to (config.allowedHosts). */
  allowedHosts: readonly string[];
}

function serveViz(app: Express, dist: string): void {
  app.use(
    "/assets",
    express.static(path.join(dist, "assets"), { immutable: true, maxAge: "365d", fallthrough: false, index: false }),
  );
  app.use(
    express.static(dist, {
      index: "index.html",
      maxAge: 0,
      setHeaders: (res) => res.setHeader("Cache-Control", "no-cache"),
    }),
  );
}

export function createApp(deps: Deps, options: AppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", "strong");
  app.set("query parser", "simple");
  app.use(requestContext(deps.logger));
  app.use(hostGuard(options.listening, options.allowedHosts));
  app.use(securityHeaders());
  // The map payload is compressed once when built; everything else is compressed per response.
  app.use(compression({ filter: (req, res) => req.path !== "/api/map" && compression.filter(req, res) }));
  app.use("/api", express.json({ limit: "64kb" }));
  const api = express.Router();
  mountApi(api, buildHandlers(deps));
  app.use(api);
  app.use("/api", apiNotFound);
  if (options.vizDist) serveViz(app, options.vizDist);
  app.use((req, _res, next) => apiNotFound(req, _res, next));
  app.use(errorHandler(deps.logger));
  return app;
}
