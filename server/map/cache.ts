/**
 * The map payload, built once and kept: rows read in one read transaction, encoded (encode.ts),
 * compressed with brotli and gzip once, with an ETag. A cheap fingerprint (node and relationship
 * counts) is checked on each request and a change rebuilds; after `maxAgeMs` the payload is rebuilt
 * in the background while the old one is still served (layout runs change only positions).
 * A graph of more papers and concepts than the overview threshold gets an overview instead
 * (overview.ts), and its tiles are built on request and kept, the last `maxTiles` used.
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
  MAP_CLUSTER_EXTENTS,
  MAP_CLUSTER_POSITIONS,
  MAP_CLUSTERS,
  MAP_CONCEPTS,
  MAP_FINE_MEMBERS,
  MAP_FINGERPRINT,
  MAP_MENTIONS,
  MAP_NODE_COUNT,
  MAP_PAPERS,
  MAP_TILE_CITES,
  MAP_TILE_FINE_MEMBERS,
  MAP_TILE_MENTIONS,
  MAP_TILE_NODES,
  MAP_TILE_OF_NODE,
} from "../../schema/cypher/map.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { READ_CLUSTER_IDS, READ_RUNS } from "../../schema/cypher/since.ts";
import { encodeMap, type MapInput } from "./encode.ts";
import { chooseTileLevel, DEFAULT_OVERVIEW, encodeOverview, inCell, splitCluster, type TileCell } from "./overview.ts";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export interface MapPayload {
  header: MapHeader;
  /** An overview's cells by tile id (server-side: the region each covers). */
  cells?: ReadonlyMap<string, TileCell>;
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
  /** One tile of an overview map, by its cluster or by a node in it (at the overview's tile level). */
  tile(req: { cluster?: string | undefined; node?: string | undefined }): Promise<MapPayload>;
}

export interface MapCacheOptions {
  maxAgeMs?: number;
  now?: () => number;
  overview?: Partial<OverviewSettings>;
  /** Tiles kept built (least recently used dropped first). */
  maxTiles?: number;
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

export interface OverviewSettings {
  /** Maps of more papers and concepts than this open as an overview (MapHeader.overview). */
  threshold: number;
  /** Most nodes one tile carries. */
  tileCap: number;
}

/** Compresses an encoded payload once (brotli 9, gzip 9) and names it with an ETag. */
async function pack(bytes: Uint8Array, header: MapHeader, print: string, t0: number, now: () => number) {
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

export async function buildMapPayload(
  db: Db,
  now: () => number = Date.now,
  overview: OverviewSettings = DEFAULT_OVERVIEW,
): Promise<MapPayload> {
  const t0 = now();
  const print = await fingerprint(db);
  const nodeCount = (await db.read(MAP_NODE_COUNT, {}))[0]?.nodes ?? 0;
  if (nodeCount <= overview.threshold) {
    const { bytes, header } = encodeMap(await readMapInput(db));
    return pack(bytes, header, print, t0, now);
  }
  const rows = await db.read(MAP_CLUSTER_EXTENTS, {});
  // Clusters of the tile level too big for one tile are split by position into cells that fit.
  const level = chooseTileLevel(rows, overview.tileCap);
  const cells = new Map<string, TileCell[]>();
  for (const r of rows.filter((r) => r.level === level && r.members > overview.tileCap)) {
    const [at] = await db.read(MAP_CLUSTER_POSITIONS, { cluster: r.id });
    cells.set(r.id, splitCluster(r.id, at?.xs ?? [], at?.ys ?? [], overview.tileCap));
  }
  const { bytes, header } = encodeOverview(rows, { nodeCount, ...overview }, cells);
  const payload = await pack(bytes, header, print, t0, now);
  return { ...payload, cells: new Map([...cells.values()].flat().map((c) => [c.id, c])) };
}

/**
 * One cluster's tile: its `cap` largest members (and the members among `include`, which a tile
 * asked for by node carries even when the cap leaves them out), the edges between them and their
 * finer clusters.
 */
export async function buildTilePayload(
  db: Db,
  cluster: string,
  cap: number,
  print: string,
  now: () => number = Date.now,
  include: readonly string[] = [],
  cell: TileCell | null = null,
): Promise<MapPayload> {
  const t0 = now();
  const input = await db.readTransaction(async (tx): Promise<MapInput> => {
    const nodes = await tx.run(MAP_TILE_NODES, { cluster, limit: cap, include: [...include], box: cell?.box ?? null });
    const papers = nodes.filter((n) => n.type === "paper").map((n) => n.id);
    return {
      nodes,
      edges: {
        MENTIONS: await tx.run(MAP_TILE_MENTIONS, { ids: papers }),
        CITES: await tx.run(MAP_TILE_CITES, { ids: papers }),
      },
      clusters: await tx.run(MAP_CLUSTERS, {}),
      fine: await tx.run(MAP_TILE_FINE_MEMBERS, { cluster }),
      // A cell knows its members' count; a whole cluster's tile is truncated when it hit the cap.
      tile: { cluster: cell?.id ?? cluster, truncated: cell ? cell.members > cap : nodes.length >= cap },
    };
  });
  if (input.nodes.length === 0)
    throw new PaperAtlasError("NOT_FOUND", `map: no cluster "${cluster}" with papers or concepts`, {
      hint: "take tile ids from the map's overview (MapHeader.overview.tiles)",
    });
  const { bytes, header } = encodeMap(input);
  return pack(bytes, header, print, t0, now);
}

export function createMapCache(db: Db, logger: Logger, options: MapCacheOptions = {}): MapCache {
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const overview: OverviewSettings = { ...DEFAULT_OVERVIEW, ...options.overview };
  const maxTiles = options.maxTiles ?? 64;
  /** Built tiles by cluster id, least recently used first (a Map keeps insertion order). */
  const tiles = new Map<string, Promise<MapPayload>>();
  let current: MapPayload | null = null;
  let building: Promise<MapPayload> | null = null;

  function rebuild(): Promise<MapPayload> {
    building ??= buildMapPayload(db, now, overview)
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
    async tile(req) {
      const print = await fingerprint(db);
      const payload = current ?? (await rebuild());
      let cluster = req.cluster;
      /** The tile is a cell of a capped cluster: its region. */
      let cell = cluster === undefined ? null : (payload.cells?.get(cluster) ?? null);
      if (cell) cluster = cell.cluster;
      /** A node asked for whose tile has more members than it carries: its tile carries it too. */
      let include: string[] = [];
      if (cluster === undefined) {
        const map = payload.header.overview;
        const level = map?.tileLevel ?? 0;
        const [row] = await db.read(MAP_TILE_OF_NODE, { id: req.node ?? "", level });
        if (!row)
          throw new PaperAtlasError(
            "NOT_FOUND",
            `map: no paper or concept "${req.node}" in a cluster of level ${level}`,
            {
              hint: "search for the node (GET /api/search) and use its id",
            },
          );
        cluster = row.cluster;
        const { x, y } = row;
        cell =
          x === null || y === null
            ? null
            : ([...(payload.cells?.values() ?? [])].find((c) => c.cluster === row.cluster && inCell(c.box, x, y)) ??
              null);
        const tile = map?.tiles.find((t) => t.id === (cell?.id ?? row.cluster));
        if (tile === undefined || tile.size > tile.nodes) include = [req.node!];
      }
      const key = [print, cell?.id ?? cluster, ...include].join("\u0000");
      let built = tiles.get(key);
      if (built) tiles.delete(key); // re-inserted below: most recently used last
      built ??= buildTilePayload(db, cluster, overview.tileCap, print, now, include, cell);
      tiles.set(key, built);
      built.catch(() => tiles.delete(key));
      for (const old of tiles.keys()) {
        if (tiles.size <= maxTiles) break;
        tiles.delete(old);
      }
      return built;
    },
  };
}
