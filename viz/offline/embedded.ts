/**
 * Reads the data `paperatlas export --format html` embedded in the page: a
 * `<script type="application/octet-stream">` block per part (schema/offline.ts), text from
 * `encodeText7` of gzip-compressed bytes, inflated by the browser's DecompressionStream. Each part
 * is read once, when first asked for: the map first, the extras (titles, names) when search first
 * needs them — both blocks come before the page's script, so they are whole when it runs — and the
 * abstracts when details do, once the parser has read the rest of the page.
 */
import { OFFLINE_BLOCKS, OFFLINE_BYTES_ATTRIBUTE, decodeText7, type OfflineExtras } from "../../schema/offline.ts";

async function inflate(bytes: Uint8Array): Promise<ArrayBuffer> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

/** Resolves once the document is parsed (the abstracts' block comes after the page's script). */
const parsed = (): Promise<void> =>
  document.readyState === "loading"
    ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", () => resolve(), { once: true }))
    : Promise.resolve();

async function readBlock(key: keyof typeof OFFLINE_BLOCKS): Promise<ArrayBuffer> {
  if (key === "abstracts") await parsed();
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

const cache: {
  map?: Promise<ArrayBuffer>;
  extras?: Promise<OfflineExtras>;
  abstracts?: Promise<string[]>;
} = {};

/** The map payload (`GET /api/map`'s bytes). */
export function embeddedMap(): Promise<ArrayBuffer> {
  return (cache.map ??= readBlock("map"));
}

/** The extras: titles, concept names and aliases, PROPOSES, clusters. */
export function embeddedExtras(): Promise<OfflineExtras> {
  return (cache.extras ??= readBlock("extras").then((b) => JSON.parse(new TextDecoder().decode(b)) as OfflineExtras));
}

/** The papers' abstracts, in the payload's order of papers. */
export function embeddedAbstracts(): Promise<string[]> {
  return (cache.abstracts ??= readBlock("abstracts").then((b) => new TextDecoder().decode(b).split("\n")));
}
