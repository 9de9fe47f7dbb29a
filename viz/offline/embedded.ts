/**
 * Reads the data `paperatlas export --format html` embedded in the page: a
 * `<script type="application/octet-stream">` block per part (schema/offline.ts), text from
 * `encodeText7` of gzip-compressed bytes, inflated by the browser's DecompressionStream. Each part
 * is read once, when first asked for: the map first, the extras (titles, abstracts) when search or
 * details first need them.
 */
import { OFFLINE_BLOCKS, OFFLINE_BYTES_ATTRIBUTE, decodeText7, type OfflineExtras } from "../../schema/offline.ts";

async function inflate(bytes: Uint8Array): Promise<ArrayBuffer> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

async function readBlock(key: keyof typeof OFFLINE_BLOCKS): Promise<ArrayBuffer> {
  const el = document.getElementById(OFFLINE_BLOCKS[key]);
  const length = Number(el?.getAttribute(OFFLINE_BYTES_ATTRIBUTE));
  if (!el || !Number.isInteger(length))
    throw new Error(
      `this page carries no map data (${OFFLINE_BLOCKS[key]}): write it with paperatlas export --format html`,
    );
  const text = el.textContent ?? "";
  // The text is not needed once decoded; dropping it frees as much memory as the file's size.
  el.textContent = "";
  return inflate(decodeText7(text, length));
}

const cache: Partial<Record<keyof typeof OFFLINE_BLOCKS, Promise<ArrayBuffer>>> = {};

/** The map payload (`GET /api/map`'s bytes). */
export function embeddedMap(): Promise<ArrayBuffer> {
  return (cache.map ??= readBlock("map"));
}

/** The extras: titles, abstracts, concept names and aliases, PROPOSES, clusters. */
export async function embeddedExtras(): Promise<OfflineExtras> {
  const buffer = await (cache.extras ??= readBlock("extras"));
  return JSON.parse(new TextDecoder().decode(buffer)) as OfflineExtras;
}
