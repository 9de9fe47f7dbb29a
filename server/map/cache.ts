/**
 * The map payload, built once and kept: rows read in one read transaction, encoded (encode.ts),
 * compressed with brotli and gzip once, with an ETag. A cheap fingerprint (node and relationship
 * counts) is checked on each request and a change rebuilds; after `maxAgeMs` the payload is rebuilt
 * in the background while the old one is still served (layout runs change only positions).
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { Logger } from "pino";
import { resolveRedirects, updateChain } from "../../atlas/update/lineage.ts";
import type { Db } from "../../db/client.ts";
import type { MapHeader } from "../../schema/api.ts";
import {
  MAP_CITES,
  MAP_CLUSTERS,
  MAP_CONCEPTS,
  MAP_FINE_MEMBERS,
  MAP_FINGERPRINT,
  MAP_MENTIONS,
  MAP_PAPERS,
} from "../../schema/cypher/map.ts";
import { READ_CLUSTER_IDS, READ_RUNS } from "../../schema/cypher/since.ts";
import { encodeMap, type MapInput } from "./encode.ts";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface MapPayload {
  header: MapHeader;
  raw: Buffer;
  br: Buffer;
  gzip: Buffer;
  etag: string;
  fingerprint: string;
  builtAt: number;
  buildMs: number;
}

export interface MapCache {
  get(): Promise<MapPayload>;
}

export async function readMapInput(db: Db): Promise<MapInput> {
  return db.readTransaction(async (tx) => {
    // The updates since the build and where the cluster ids they removed lead (saved links).
    const { updates } = updateChain(await tx.run(READ_RUNS, {}));
    const existing = new Set((await tx.run(READ_CLUSTER_IDS, {})).map((r) => r.id));
    return {
      nodes: [...(await tx.run(MAP_PAPERS, {})), ...(await tx.run(MAP_CONCEPTS, {}))],
      edges: { MENTIONS: await tx.run(MAP_MENTIONS, {}), CITES: await tx.run(MAP_CITES, {}) },
      clusters: await tx.run(MAP_CLUSTERS, {}),
      fine: await tx.run(MAP_FINE_MEMBERS, {}),
      updates: updates.map((u) => ({
        run: u.id,
        at: u.createdAt,
        papers: u.addedPapers ?? 0,
        concepts: u.addedConcepts ?? 0,
      })),
      redirects: resolveRedirects(updates, existing),
    };
  });
}

export async function fingerprint(db: Db): Promise<string> {
  const [row] = await db.read(MAP_FINGERPRINT, {});
  return row ? `${row.nodes}/${row.relationships}/${row.clusters}` : "empty";
}

export async function buildMapPayload(db: Db, now: () => number = Date.now): Promise<MapPayload> {
  const t0 = now();
  const print = await fingerprint(db);
  const { bytes, header } = encodeMap(await readMapInput(db));
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [br, gz] = await Promise.all([
    brotli(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }),
    gzip(raw, { level: 9 }),
  ]);
  const etag = `"map-${createHash("sha256").update(raw).digest("base64url").slice(0, 22)}"`;
  return { header, raw, br, gzip: gz, etag, fingerprint: print, builtAt: now(), buildMs: now() - t0 };
}

export function createMapCache(
  db: Db,
  logger: Logger,
  options: { maxAgeMs?: number; now?: () => number } = {},
): MapCache {
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  let current: MapPayload | null = null;
  let building: Promise<MapPayload> | null = null;

  function rebuild(): Promise<MapPayload> {
    building ??= buildMapPayload(db, now)
      .then((payload) => {
        current = payload;
        const edges = payload.header.edgeCounts.MENTIONS + payload.header.edgeCounts.CITES;
        logger.info(
          { nodes: payload.header.nodeCount, edges, bytes: payload.br.length, ms: payload.buildMs },
          "map payload built",
        );
        return payload;
      })
      .finally(() => {
        building = null;
      });
    return building;
  }

  return {
    async get() {
      if (!current) return rebuild();
      if ((await fingerprint(db)) !== current.fingerprint) return rebuild();
      if (now() - current.builtAt > maxAgeMs) {
        rebuild().catch((error: unknown) => logger.error({ err: error }, "map rebuild failed"));
      }
      return current;
    },
  };
}
