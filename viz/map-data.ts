/**
 * Map payload decoder: the bytes of `GET /api/map` (MapHeader in schema/api.ts) → typed columns
 * and edge pairs. Pure; the inverse of server/map/encode.ts, and tested against it.
 */
import type { MapHeader } from "../schema/api.ts";
import { foldPlainName } from "../schema/concept-name.ts";
import type { MapEdgeType } from "../schema/map.ts";

export interface MapColumns {
  header: MapHeader;
  ids: string[];
  labels: string[];
  type: Uint8Array;
  cluster: Uint16Array;
  x: Int16Array;
  y: Int16Array;
  size: Uint8Array;
  year: Uint16Array;
  paperCount: Uint16Array;
  flags: Uint8Array;
  /** 1 + days since 1970-01-01 of each paper's publication date, 0 for none; null when not sent (MapHeader). */
  day: Uint16Array | null;
  /** 1 + the index in `header.updates` of the update that added each node, 0 for the build's (all 0 with no update). */
  added: Uint16Array;
  /** Finer cluster levels: per level, 1 + the index in `header.levels[k].clusters` per node, 0 for none. */
  fine: Uint16Array[];
  /** Per edge type: sources and targets as parallel arrays of node indices. */
  edges: Record<string, { source: Uint32Array; target: Uint32Array }>;
}

function readVarints(bytes: Uint8Array, count: number | null): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < bytes.length && (count === null || out.length < count)) {
    let value = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++]!;
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    out.push(value);
  }
  return out;
}

function little16<T extends Uint16Array | Int16Array>(
  bytes: Uint8Array,
  Ctor: new (n: number) => T,
  signed: boolean,
): T {
  const out = new Ctor(bytes.byteLength / 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = signed ? view.getInt16(i * 2, true) : view.getUint16(i * 2, true);
  return out;
}

/**
 * The cluster columns, top level first: each one sent, or rebuilt from the level below through its
 * clusters' `parent` (the encoder leaves out a column that nesting makes redundant).
 */
function clusterColumns(header: MapHeader, section: (name: string) => Uint8Array | undefined): Uint16Array[] {
  const levels = header.levels ?? [];
  const names = ["cluster", ...levels.map((l) => `cluster.${l.level}`)];
  const columns = names.map((name) => {
    const bytes = section(name);
    return bytes ? little16(bytes, Uint16Array, false) : null;
  });
  for (let k = columns.length - 2; k >= 0; k--) {
    if (columns[k] !== null) continue;
    const child = columns[k + 1] ?? new Uint16Array(header.nodeCount);
    const parents = levels[k]!.clusters.map((c) => c.parent ?? 0);
    columns[k] = child.map((c) => (c === 0 ? 0 : parents[c - 1]!));
  }
  return columns.map((c) => c ?? new Uint16Array(header.nodeCount));
}

/** An int16 column as its section's encoding stored it: plain, or byte planes of deltas to sum up. */
function column16(header: MapHeader, name: string, bytes: Uint8Array): Int16Array {
  if (header.sections.find((s) => s.name === name)?.encoding !== "i16-delta") return little16(bytes, Int16Array, true);
  const n = bytes.length / 2;
  const values = new Int16Array(n);
  // Int16Array stores modulo 2^16, as the encoder's wrapping deltas need.
  for (let i = 0; i < n; i++) values[i] = ((bytes[i]! << 8) | bytes[n + i]!) + (i > 0 ? values[i - 1]! : 0);
  return values;
}

function adjacency(counts: Uint8Array, targets: Uint8Array, n: number) {
  const degree = readVarints(counts, n);
  const deltas = readVarints(targets, null);
  const source = new Uint32Array(deltas.length);
  const target = new Uint32Array(deltas.length);
  let k = 0;
  for (let s = 0; s < n; s++) {
    let previous = 0;
    for (let j = 0; j < (degree[s] ?? 0); j++) {
      previous += deltas[k]!;
      source[k] = s;
      target[k] = previous;
      k++;
    }
  }
  return { source, target };
}

export function decodeMap(buffer: ArrayBuffer): MapColumns {
  const all = new Uint8Array(buffer);
  if (new TextDecoder().decode(all.subarray(0, 4)) !== "PAM1") throw new Error("map: not a PaperAtlas map payload");
  const headerLength = new DataView(buffer).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(all.subarray(8, 8 + headerLength))) as MapHeader;
  if (header.format !== "paperatlas-map/1") throw new Error(`map: unknown format ${String(header.format)}`);
  const sections = new Map<string, Uint8Array>();
  let offset = 8 + headerLength;
  for (const s of header.sections) {
    offset += (4 - (offset % 4)) % 4;
    sections.set(s.name, all.subarray(offset, offset + s.byteLength));
    offset += s.byteLength;
  }
  const get = (name: string) => sections.get(name) ?? new Uint8Array(0);
  const lines = (name: string) => (header.nodeCount === 0 ? [] : new TextDecoder().decode(get(name)).split("\n"));
  const n = header.nodeCount;
  const edges: MapColumns["edges"] = {};
  for (const type of Object.keys(header.edgeCounts) as MapEdgeType[]) {
    edges[type] = adjacency(get(`edges.${type}.counts`), get(`edges.${type}.targets`), n);
  }
  const columns = clusterColumns(header, (name) => sections.get(name));
  const labels = lines("labels");
  const type = get("type").slice();
  // An empty id is a concept's `${type}:${foldPlainName(label)}` (server/map/encode.ts elidedId).
  const ids = lines("ids").map((id, i) => id || `${header.nodeTypes[type[i]!]}:${foldPlainName(labels[i]!)}`);
  return {
    header,
    ids,
    labels,
    type,
    cluster: columns[0]!,
    x: column16(header, "x", get("x")),
    y: column16(header, "y", get("y")),
    size: get("size").slice(),
    year: little16(get("year"), Uint16Array, false),
    paperCount: little16(get("paperCount"), Uint16Array, false),
    flags: get("flags").slice(),
    day: sections.has("day") ? little16(get("day"), Uint16Array, false) : null,
    added: sections.has("added") ? little16(get("added"), Uint16Array, false) : new Uint16Array(n),
    fine: columns.slice(1),
    edges,
  };
}
