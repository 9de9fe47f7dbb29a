/**
 * Reads the data `paperatlas export --format html` embedded in the page: a
 * `<script type="application/octet-stream">` block per part (schema/offline.ts), text from
 * `encodeText7` of gzip-compressed bytes, inflated by the browser's DecompressionStream. Each part
 * is read once, when first asked for: the map first (its block comes before the page's script, so
 * it is whole when the script runs), the extras (titles, names) when search first needs them, the
 * abstracts when details do — those two once the parser has read the rest of the page.
 */
import { OFFLINE_BLOCKS, OFFLINE_BYTES_ATTRIBUTE, decodeText7, type OfflineExtras } from "../../schema/offline.ts";

async function inflate(bytes: Uint8Array): Promise<ArrayBuffer> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer();
}

/**
 * Resolves once the parser is past the block of `key`: a block is whole once the element after it
 * exists (the extras are followed by the abstracts), the last one once the document is parsed.
 */
function parsed(key: keyof typeof OFFLINE_BLOCKS): Promise<void> {
  const next = key === "extras" ? OFFLINE_BLOCKS.abstracts : null;
  return new Promise((resolve) => {
    const check = () => {
      if (document.readyState !== "loading" || (next !== null && document.getElementById(next))) resolve();
      else setTimeout(check, 20);
    };
    check();
  });
}

async function readBlock(key: keyof typeof OFFLINE_BLOCKS): Promise<ArrayBuffer> {
  if (key !== "map") await parsed(key);
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
