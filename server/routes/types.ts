/** What a route handler is: the validated request in, the typed response (or a binary reply) out. */
import type { Logger } from "pino";
import type { API, Api, ApiParsed, RouteKey } from "../../schema/api.ts";
import type { Db } from "../../db/client.ts";
import type { LanguageService } from "../console/language.ts";
import type { ConsolePool } from "../console/pool.ts";
import type { FileCache } from "../files/cache.ts";
import type { MapCache, MapPayload } from "../map/cache.ts";

export interface Deps {
  db: Db;
  map: MapCache;
  /** Runs console queries on worker threads, bounded in number, time and bytes. */
  console: ConsolePool;
  /** Checks console queries as they are typed (the editor's inline errors). */
  language: LanguageService;
  /** Exports and report files, built off the event loop once per graph state. */
  files: FileCache;
  version: string;
  logger: Logger;
}

/** A binary answer: the route layer picks the encoding the client accepts and honours ETags. */
export interface BinaryReply {
  payload: MapPayload;
}

/** A file to download: sent with its media type and `Content-Disposition: attachment`. */
export interface FileReply {
  file: { name: string; contentType: string; content: string | Buffer };
}

export type HandlerResult<K extends RouteKey> = (typeof API)[K]["res"] extends "binary"
  ? BinaryReply
  : (typeof API)[K]["res"] extends "file"
    ? FileReply
    : Api[K]["res"];

export interface RequestContext {
  requestId: string;
}

export type Handler<K extends RouteKey> = (req: ApiParsed<K>, ctx: RequestContext) => Promise<HandlerResult<K>>;

/** Every route of the table, implemented: leaving one out does not compile. */
export type Handlers = { [K in RouteKey]: Handler<K> };
