/**
 * The single-file map: runner
 * ===========================
 * I/O around the pure cores: makes sure the offline page is built (viz/offline/, built with Vite
 * into viz/dist-offline when missing or stale, as `serve` does for the map), reads the map payload
 * (the served map's own reader and encoder, server/map/), the extras and the abstracts
 * (schema/cypher/offline.ts), compresses each with gzip and writes them into the page (page.ts).
 */
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type { Db } from "../../db/client.ts";
import { CLUSTER_LIST } from "../../schema/cypher/details.ts";
import { OFFLINE_CONCEPTS, OFFLINE_PAPERS, OFFLINE_PROPOSES } from "../../schema/cypher/offline.ts";
import { readMapInput } from "../../server/map/cache.ts";
import { encodeMap } from "../../server/map/encode.ts";
import { ensureOfflinePage } from "../../server/viz-bundle.ts";
import { decodeMap } from "../../viz/map-data.ts";
import { buildOfflineExtras, offlineAbstracts, type OfflineRows } from "./extras.ts";
import { assemblePage } from "./page.ts";

const gzip = promisify(zlib.gzip);

export interface HtmlExportOptions {
  /** Progress messages (building the page); quiet by default. */
  say?: (message: string) => void;
  /** When the file was written; now by default. */
  now?: () => Date;
}

/** Sizes of what went into the file, for the benchmark. */
export interface HtmlExportStats {
  nodes: number;
  edges: number;
  mapBytes: number;
  mapGzip: number;
  extrasBytes: number;
  extrasGzip: number;
  abstractsBytes: number;
  abstractsGzip: number;
  pageBytes: number;
}

export async function renderHtmlExport(
  db: Db,
  options: HtmlExportOptions = {},
): Promise<{ content: string; stats: HtmlExportStats }> {
  const template = await readFile(await ensureOfflinePage(options.say ?? (() => {})), "utf8");
  const { bytes, header } = encodeMap(await readMapInput(db));
  const cols = decodeMap(bytes.slice().buffer);
  const rows: OfflineRows = await db.readTransaction(async (tx) => ({
    papers: await tx.run(OFFLINE_PAPERS, {}),
    concepts: await tx.run(OFFLINE_CONCEPTS, {}),
    proposes: await tx.run(OFFLINE_PROPOSES, {}),
    clusters: await tx.run(CLUSTER_LIST, { level: null }),
  }));
  const paperType = header.nodeTypes.indexOf("paper");
  const nodes = { ids: cols.ids, labels: cols.labels, isPaper: (i: number) => cols.type[i] === paperType };
  const generatedAt = (options.now?.() ?? new Date()).toISOString();
  const json = Buffer.from(JSON.stringify(buildOfflineExtras(nodes, rows, generatedAt)), "utf8");
  const lines = Buffer.from(offlineAbstracts(nodes, rows.papers), "utf8");
  const [map, extras, abstracts] = await Promise.all([bytes, json, lines].map((b) => gzip(b, { level: 9 })));
  const content = assemblePage(
    template,
    { map: map!, extras: extras!, abstracts: abstracts! },
    { title: "PaperAtlas map" },
  );
  return {
    content,
    stats: {
      nodes: header.nodeCount,
      edges: header.edgeCounts.MENTIONS + header.edgeCounts.CITES,
      mapBytes: bytes.length,
      mapGzip: map!.length,
      extrasBytes: json.length,
      extrasGzip: extras!.length,
      abstractsBytes: lines.length,
      abstractsGzip: abstracts!.length,
      pageBytes: Buffer.byteLength(content, "utf8"),
    },
  };
}
