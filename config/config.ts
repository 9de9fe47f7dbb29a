/**
 * Configuration
 * =============
 * One type, its defaults and a pure loader (STYLE §6). `loadConfig(env)` takes the environment as
 * an argument so tests pass plain objects; the CLI and the server call it once at start.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PaperAtlasError } from "../schema/errors.ts";

/** The project root: config/ sits one level below it. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface LocalNeo4jConfig {
  /** Where the Maven-fetched server lives (jars, conf, data, logs, pid). Ignored by git. */
  home: string;
  version: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** How long `db start` waits for Bolt before giving up, in ms. */
  startTimeoutMs: number;
}

export interface Config {
  /** Bolt URL of the server every command talks to. */
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  /** True when NEO4J_URI was given: an external server, so nothing local is started. */
  external: boolean;
  port: number;
  /**
   * Extra `Host` header names the server answers to (PAPERATLAS_ALLOWED_HOSTS, comma-separated),
   * for a deployment behind a name. Without them, a server on loopback answers only to
   * localhost, 127.0.0.1 and [::1]: a page using DNS rebinding cannot reach the API.
   */
  allowedHosts: string[];
  local: LocalNeo4jConfig;
  /** The sample corpus `npm start` ingests when the graph is empty. */
  sampleCorpus: string;
  /**
   * Maps of more papers and concepts than this open as an overview of clusters whose nodes load as
   * the view zooms in (PAPERATLAS_MAP_AGGREGATE_ABOVE, default 200,000; server/map/overview.ts).
   */
  mapAggregateAbove: number;
}

export type Env = Record<string, string | undefined>;

/** The local server's password when none is given; it only ever listens on 127.0.0.1. */
export const DEFAULT_LOCAL_PASSWORD = "paperatlas-local";
export const NEO4J_VERSION = "5.26.12";

function fail(key: string, expected: string, got: string): never {
  throw new PaperAtlasError("CONFIG_INVALID", `config: ${key}: expected ${expected}, got "${got}"`, {
    hint: `fix or unset ${key}`,
  });
}

function port(env: Env, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) fail(key, "a port number from 1 to 65535", raw);
  return value;
}

function memorySize(env: Env, key: string, fallback: string): string {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  if (!/^[0-9]{1,6}[kmgKMG]$/.test(raw)) fail(key, "a size such as 512m or 2g", raw);
  return raw.toLowerCase();
}

function positiveInt(env: Env, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) fail(key, "a positive whole number", raw);
  return value;
}

function password(env: Env, external: boolean): string {
  const file = env["NEO4J_PASSWORD_FILE"];
  if (file !== undefined && file !== "") {
    try {
      return readFileSync(file, "utf8").trim();
    } catch (cause) {
      throw new PaperAtlasError("CONFIG_INVALID", `config: NEO4J_PASSWORD_FILE: cannot read "${file}"`, {
        cause,
        hint: "point it at a readable file holding the password",
      });
    }
  }
  const given = env["NEO4J_PASSWORD"];
  if (given !== undefined && given !== "") return given;
  if (external) {
    throw new PaperAtlasError(
      "CONFIG_INVALID",
      "config: NEO4J_PASSWORD: expected a password with NEO4J_URI, got none",
      {
        hint: "set NEO4J_PASSWORD (or NEO4J_PASSWORD_FILE) for the server NEO4J_URI names",
      },
    );
  }
  return DEFAULT_LOCAL_PASSWORD;
}

function allowedHosts(env: Env): string[] {
  const raw = env["PAPERATLAS_ALLOWED_HOSTS"] ?? "";
  const hosts = raw
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== "");
  for (const host of hosts) {
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/.test(host)) {
      fail("PAPERATLAS_ALLOWED_HOSTS", "comma-separated host names without scheme or port", raw);
    }
  }
  return hosts;
}

export function loadConfig(env: Env): Config {
  const uri = env["NEO4J_URI"];
  const external = uri !== undefined && uri !== "";
  if (external && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(uri))
    fail("NEO4J_URI", "a bolt:// or neo4j:// URL", uri);
  const boltPort = port(env, "PAPERATLAS_NEO4J_BOLT_PORT", 7687);
  const local: LocalNeo4jConfig = {
    home: path.resolve(env["PAPERATLAS_NEO4J_HOME"] || path.join(PROJECT_ROOT, ".neo4j")),
    version: NEO4J_VERSION,
    boltPort,
    httpPort: port(env, "PAPERATLAS_NEO4J_HTTP_PORT", 7474),
    heap: memorySize(env, "PAPERATLAS_NEO4J_HEAP", "1g"),
    pageCache: memorySize(env, "PAPERATLAS_NEO4J_PAGECACHE", "512m"),
    startTimeoutMs: positiveInt(env, "PAPERATLAS_NEO4J_START_TIMEOUT_MS", 120_000),
  };
  return {
    neo4jUri: external ? uri : `bolt://127.0.0.1:${boltPort}`,
    neo4jUser: env["NEO4J_USER"] || "neo4j",
    neo4jPassword: password(env, external),
    external,
    port: port(env, "PORT", 3000),
    allowedHosts: allowedHosts(env),
    local,
    sampleCorpus: path.resolve(env["PAPERATLAS_SAMPLE_CORPUS"] || path.join(PROJECT_ROOT, "samples", "hf-papers")),
    mapAggregateAbove: positiveInt(env, "PAPERATLAS_MAP_AGGREGATE_ABOVE", 200_000),
  };
}
