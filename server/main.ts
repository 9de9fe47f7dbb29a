/**
 * PaperAtlas server
 * =================
 * `startServer(config, {port})` connects to Neo4j (applying the schema, whose full-text indexes
 * search needs), builds the map bundle if stale, listens, warms the map payload, and returns
 * `{url, close}`. `paperatlas serve` and `paperatlas start` call it; tests call it with port 0.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import pino, { type Logger } from "pino";
import { PROJECT_ROOT, type Config } from "../config/config.ts";
import { applySchema, connectDb, type Db } from "../db/client.ts";
import { CONSOLE_TRANSACTIONS } from "../schema/cypher/console.ts";
import { PaperAtlasError } from "../schema/errors.ts";
import { createApp } from "./app.ts";
import { createLanguageService, type LanguageService } from "./console/language.ts";
import { createConsolePool, type ConsolePool } from "./console/pool.ts";
import { DEFAULT_CONSOLE_LIMITS, type ConsoleLimits } from "./console/protocol.ts";
import { createFileCache, type FileCache } from "./files/cache.ts";
import { createMapCache, fingerprint } from "./map/cache.ts";
import { ensureVizBundle } from "./viz-bundle.ts";

export interface ServerOptions {
  port: number;
  /** Interface to listen on; 127.0.0.1 unless told, since the console reads the whole graph. */
  host?: string;
  logLevel?: string;
  /** Serve the map page (building it if stale); false serves the API only. */
  viz?: boolean;
  consoleLimits?: Partial<ConsoleLimits>;
  /** An open client to use instead of connecting; the caller closes it. */
  db?: Db;
  logger?: Logger;
  /** Build the map payload before returning, so the first page load is served from the cache. */
  warm?: boolean;
  /** Overview maps (server/map/overview.ts): the node threshold (default config.mapAggregateAbove) and tile cap. */
  overview?: { threshold?: number; tileCap?: number };
  /** Messages for a person (bundle build); stderr by default. */
  say?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new PaperAtlasError(
          "CONFIG_INVALID",
          `serve: cannot listen on ${host}:${port}: ${error.code ?? error.message}`,
          {
            where: `${host}:${port}`,
            hint:
              error.code === "EADDRINUSE"
                ? "another process uses the port: set PORT or pass --port"
                : "check --host and --port",
            cause: error,
          },
        ),
      );
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** The tags of the console transactions Neo4j still runs (see CONSOLE_TRANSACTIONS). */
async function runningConsoleTransactions(db: Db): Promise<string[]> {
  const result = await db.driver.executeQuery(CONSOLE_TRANSACTIONS, {}, { routing: "READ" });
  return (result.records[0]?.get("jobs") as string[] | undefined) ?? [];
}

export async function startServer(config: Config, options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? pino({ name: "paperatlas", level: options.logLevel ?? "info" }, pino.destination(2));
  const say = options.say ?? ((message: string) => process.stderr.write(`${message}\n`));
  const vizDist = options.viz === false ? null : await ensureVizBundle(say);
  const db = options.db ?? (await connectDb(config));
  let consolePool: ConsolePool | undefined;
  let files: FileCache | undefined;
  let language: LanguageService | undefined;
  try {
    await applySchema(db);
    const map = createMapCache(db, logger, {
      overview: { threshold: config.mapAggregateAbove, ...options.overview },
    });
    const consoleLimits = { ...DEFAULT_CONSOLE_LIMITS, ...options.consoleLimits };
    const target = { neo4jUri: db.uri, neo4jUser: config.neo4jUser, neo4jPassword: config.neo4jPassword };
    consolePool = createConsolePool(target, consoleLimits, () => runningConsoleTransactions(db));
    files = createFileCache(target, () => fingerprint(db));
    language = createLanguageService();
    const host = options.host ?? "127.0.0.1";
    const listening = { host, port: options.port };
    const app = createApp(
      { db, map, console: consolePool, files, language, version: packageVersion(), logger },
      { vizDist, listening: () => listening, allowedHosts: config.allowedHosts ?? [] },
    );
    const server = http.createServer(app);
    server.keepAliveTimeout = 30_000;
    // The console's workers load Neo4j's Cypher front end before the first query is taken.
    await Promise.all([consolePool.ready, language.ready]);
    const port = await listen(server, options.port, host);
    listening.port = port;
    const warming = map.get().catch((error: unknown) => logger.warn({ err: error }, "map payload warm-up failed"));
    if (options.warm) await warming;
    const shownHost = host === "127.0.0.1" || host === "0.0.0.0" || host === "::" ? "localhost" : host;
    return {
      url: `http://${shownHost}:${port}`,
      port,
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await consolePool?.close();
        await files?.close();
        await language?.close();
        if (!options.db) await db.close();
      },
    };
  } catch (error) {
    await consolePool?.close();
    await files?.close();
    await language?.close();
    if (!options.db) await db.close();
    throw error;
  }
}
