/**
 * The offline map's data
 * ======================
 * What `paperatlas export --format html` embeds in the single-file map (export/html/) and what the
 * offline build of the map (viz/offline/) reads back: the map payload (`MapHeader`, unchanged) and
 * `OfflineExtras` — what the served map asks the API for (full titles, paper metadata, concept
 * names and aliases, PROPOSES, cluster summaries) — as JSON, and the papers' abstracts as UTF-8
 * lines (most of the bytes, read only when a details panel first needs them), each
 * gzip-compressed and written as text by `encodeText7` in a `<script type="application/octet-stream">` block. Zod-free, so the
 * browser bundle carries it; the codec is pure and shared by the writer and the reader.
 */

/** Element ids of the embedded blocks, and the attribute that holds each block's byte length. */
export const OFFLINE_BLOCKS = {
  map: "paperatlas-map",
  extras: "paperatlas-extras",
  abstracts: "paperatlas-abstracts",
} as const;
export const OFFLINE_BYTES_ATTRIBUTE = "data-bytes";

/**
 * Everything the offline map needs besides the map payload and the abstracts. Columns follow the
 * payload's node order: `papers.*[k]` is the k-th paper node of the payload (and the abstracts
 * block's k-th line), `concepts.*[k]` the k-th concept node.
 */
export interface OfflineExtras {
  format: "paperatlas-offline/1";
  /** When the file was written (ISO 8601), shown in the page's footer. */
  generatedAt: string;
  papers: {
    title: string[];
    published: (string | null)[];
    authorCount: (number | null)[];
    organization: (string | null)[];
    upvotes: (number | null)[];
    /** `""` when the paper's id is its arXiv id (most are), null when it has none. */
    arxivId: (string | null)[];
    links: string[][];
  };
  concepts: {
    /** Null when the map label is the full name (names longer than the label cut are rare). */
    name: (string | null)[];
    aliases: string[][];
  };
  /** PROPOSES as flat pairs of payload node indices: paper, concept, paper, concept, … */
  proposes: number[];
  /** Every cluster of every level as the clustering wrote it (`GET /api/clusters`). */
  clusters: {
    id: string;
    /** As the clustering counted it (the payload's cluster table counts the map's nodes). */
    size: number;
    topConcepts: string[];
    paperCount: number;
    conceptCount: number;
    modularity: number | null;
  }[];
}

/**
 * Bytes → text that HTML carries verbatim inside a raw-text element: 7 bits per character, so 8/7
 * of the bytes instead of base64's 4/3. A `<` (which could start `</script>` or `<!--`), CR (the
 * parser turns it into LF) and NUL (the parser replaces it) are written as U+0100 + the value
 * instead, two bytes of UTF-8, which 3 values in 128 cost.
 */
export function encodeText7(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = "";
  let acc = 0;
  let bits = 0;
  const emit = (v: number) => {
    chunk += String.fromCharCode(v === 0 || v === 13 || v === 60 ? 0x100 + v : v);
    if (chunk.length >= 8192) {
      out.push(chunk);
      chunk = "";
    }
  };
  for (let i = 0; i < bytes.length; i++) {
    acc = (acc << 8) | bytes[i]!;
    bits += 8;
    while (bits >= 7) {
      bits -= 7;
      emit((acc >> bits) & 0x7f);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) emit((acc << (7 - bits)) & 0x7f);
  out.push(chunk);
  return out.join("");
}

/** The inverse of `encodeText7`; `byteLength` drops the last character's padding bits. */
export function decodeText7(text: string, byteLength: number): Uint8Array {
  const out = new Uint8Array(byteLength);
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < text.length && j < byteLength; i++) {
    const code = text.charCodeAt(i);
    acc = (acc << 7) | (code >= 0x100 ? code - 0x100 : code);
    bits += 7;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  return out;
}
