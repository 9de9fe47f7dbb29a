/**
 * Map payload encoder
 * ===================
 * Pure core: rows of papers, concepts, adjacency lists and clusters in, the binary map payload
 * (`MapHeader` in schema/api.ts) out. Columns per node (ids, labels, type, cluster, quantised x/y,
 * size, year, paper count, flags) and delta-coded adjacency lists per edge type, so the compressed
 * payload costs a few bytes per edge. `viz/map-data.ts` decodes it.
 */
import {
  MAP_EDGE_TYPES,
  MAP_FLAGS,
  NODE_TYPES,
  type MapClusterEntry,
  type MapEdgeType,
  type MapHeader,
  type MapSectionEncoding,
} from "../../schema/api.ts";
import type { MapAdjacencyRow, MapClusterRow, MapMembershipRow, MapNodeRow } from "../../schema/cypher/map.ts";
import { foldPlainName } from "../../schema/concept-name.ts";
import { ByteWriter } from "./bytes.ts";
import { hilbertIndex } from "./hilbert.ts";

export interface MapInput {
  nodes: MapNodeRow[];
  edges: Record<MapEdgeType, MapAdjacencyRow[]>;
  clusters: MapClusterRow[];
  /** Members of finer-level clusters (level > 0); absent or empty for one level. */
  fine?: MapMembershipRow[];
  /** The updates since the build, oldest first, and where gone cluster ids lead (`MapHeader.updates`, `redirects`). */
  updates?: NonNullable<MapHeader["updates"]>;
  redirects?: NonNullable<MapHeader["redirects"]>;
  /** A tile of an overview map: its cluster (`MapHeader.tile`). */
  tile?: MapHeader["tile"];
}

/** Labels longer than this are cut with an ellipsis; the full title is one details request away. */
export const MAX_LABEL_LENGTH = 120;
/** A paper's map label: its title's name before a colon, else its first words up to this length. */
export const PAPER_LABEL_LENGTH = 40;
const QUANT = 32767;

function cleanLabel(node: MapNodeRow): string {
  const text = (node.label ?? node.id).replace(/\s+/g, " ").trim();
  if (node.type === "paper") return paperLabel(text);
  return text.length > MAX_LABEL_LENGTH ? `${text.slice(0, MAX_LABEL_LENGTH - 1)}…` : text;
}

/**
 * A short label for a paper: "LLaMA: Open and Efficient Foundation Language Models" is "LLaMA" on
 * the map (titles often lead with their method's name), anything else its first words. Short labels
 * leave room for more of them at each zoom and keep the payload small; details show the title.
 */
export function paperLabel(title: string): string {
  const colon = title.indexOf(": ");
  if (colon >= 3 && colon <= 40) return title.slice(0, colon);
  if (title.length <= PAPER_LABEL_LENGTH) return title;
  const space = title.lastIndexOf(" ", PAPER_LABEL_LENGTH - 1);
  return `${title.slice(0, space >= 24 ? space : PAPER_LABEL_LENGTH - 1)}…`;
}

/**
 * A concept's id is left out (an empty line) when the map can rebuild it from the type and label
 * sent, `${type}:${foldPlainName(label)}` (schema/concept-name.ts): most concept ids are, and ids
 * cost as much as labels.
 */
export function elidedId(type: string, id: string, label: string): string {
  if (type === "paper") return id;
  const folded = foldPlainName(label);
  return folded !== null && id === `${type}:${folded}` ? "" : id;
}

const finite = (v: number | null): v is number => typeof v === "number" && Number.isFinite(v);

/** Nodes whose type the map knows, first occurrence of each id kept. */
function keptNodes(rows: MapNodeRow[]): MapNodeRow[] {
  const seen = new Set<string>();
  const types = new Set<string>(NODE_TYPES);
  return rows.filter((n) => {
    if (seen.has(n.id) || !types.has(n.type ?? "")) return false;
    seen.add(n.id);
    return true;
  });
}

/** Sorted, de-duplicated target indices per source index, self-loops and unknown ids dropped. */
function adjacency(rows: MapAdjacencyRow[], index: Map<string, number>, n: number): number[][] {
  const lists: number[][] = Array.from({ length: n }, () => []);
  for (const row of rows) {
    const s = index.get(row.source);
    if (s === undefined) continue;
    const list = lists[s]!;
    for (const t of row.targets) {
      const ti = index.get(t);
      if (ti !== undefined && ti !== s) list.push(ti);
    }
  }
  for (const list of lists) {
    list.sort((a, b) => a - b);
    let w = 0;
    for (let r = 0; r < list.length; r++) if (r === 0 || list[r] !== list[r - 1]) list[w++] = list[r]!;
    list.length = w;
  }
  return lists;
}

function clusterTable(nodes: MapNodeRow[], rows: MapClusterRow[]): MapHeader["clusters"] {
  const known = new Map(rows.map((c) => [c.id, c]));
  const counts = new Map<string, number>();
  for (const n of nodes) if (n.cluster !== null) counts.set(n.cluster, (counts.get(n.cluster) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id, count]) => {
      const c = known.get(id);
      return { id, label: c?.label ?? `cluster ${id}`, level: c?.level ?? 0, size: count, ...clusterFlags(c) };
    });
}

/** The "Other" and "Unlinked" flags of a cluster row, present only when set (schema/model Cluster). */
function clusterFlags(c: MapClusterRow | undefined): Pick<MapClusterEntry, "other" | "unlinked"> {
  return { ...(c?.other === true ? { other: true } : {}), ...(c?.unlinked === true ? { unlinked: true } : {}) };
}

/**
 * Finer levels: per level, its clusters (largest first, as map nodes count them) and a column of
 * 1 + cluster index per node. A node in two clusters of one level keeps the larger one.
 */
function fineLevels(
  rows: MapMembershipRow[],
  known: MapClusterRow[],
  index: Map<string, number>,
  n: number,
): { levels: NonNullable<MapHeader["levels"]>; columns: Uint16Array[] } {
  const rowOf = new Map(known.map((c) => [c.id, c]));
  const byLevel = new Map<number, { id: string; members: number[] }[]>();
  for (const row of rows) {
    const members = [...new Set(row.members.map((m) => index.get(m)).filter((i) => i !== undefined))];
    if (members.length === 0 || !(row.level > 0)) continue;
    byLevel.set(row.level, [...(byLevel.get(row.level) ?? []), { id: row.cluster, members }]);
  }
  const levels: NonNullable<MapHeader["levels"]> = [];
  const columns: Uint16Array[] = [];
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const list = byLevel.get(level)!.sort((a, b) => b.members.length - a.members.length || (a.id < b.id ? -1 : 1));
    const column = new Uint16Array(n);
    const clusters: MapClusterEntry[] = list.slice(0, 65535).map((c, k) => {
      for (const i of c.members) if (column[i] === 0) column[i] = k + 1;
      const row = rowOf.get(c.id);
      return { id: c.id, label: row?.label ?? `cluster ${c.id}`, level, size: c.members.length, ...clusterFlags(row) };
    });
    levels.push({ level, clusters });
    columns.push(column);
  }
  return { levels, columns };
}

/**
 * Nodes by type, then along a Hilbert curve over their quantised positions, unplaced ones last in
 * their order: neighbours in the list are neighbours on the map, so positions (delta-coded),
 * clusters, types and edge-target gaps compress well.
 */
function spatialOrder(nodes: MapNodeRow[]): MapNodeRow[] {
  const b = bboxOf(nodes);
  const type = nodes.map((n) => (NODE_TYPES as readonly (string | null)[]).indexOf(n.type));
  const key = nodes.map((n) =>
    b !== null && finite(n.x) && finite(n.y)
      ? hilbertIndex(quantise(n.x, b.minX, b.maxX) + QUANT, quantise(n.y, b.minY, b.maxY) + QUANT)
      : Infinity,
  );
  return Array.from(nodes.keys())
    .sort((a, c) => type[a]! - type[c]! || key[a]! - key[c]! || a - c)
    .map((i) => nodes[i]!);
}

function bboxOf(nodes: MapNodeRow[]): MapHeader["bbox"] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity; // prettier-ignore
  for (const n of nodes) {
    if (!finite(n.x) || !finite(n.y)) continue;
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  return minX === Infinity ? null : { minX, minY, maxX, maxY };
}

function quantise(v: number, min: number, max: number): number {
  return max === min ? 0 : Math.round(((v - min) / (max - min)) * 2 * QUANT) - QUANT;
}

/** Size to draw: the stored `size` when layout set one, else paper count (concepts) or degree. */
function sizes(nodes: MapNodeRow[], degree: Uint32Array): number[] {
  return nodes.map((n, i) => {
    if (finite(n.size) && n.size > 0) return n.size;
    if (n.type !== "paper" && finite(n.paperCount)) return Math.max(1, n.paperCount);
    return Math.max(1, degree[i]!);
  });
}

export interface Section {
  name: string;
  encoding: MapSectionEncoding;
  bytes: Uint8Array;
}

/** Each value minus its predecessor, wrapping like int16 arithmetic (decoded by a running sum). */
const delta16 = (a: Int16Array) => Int16Array.from(a, (v, i) => v - (i > 0 ? a[i - 1]! : 0));

/** Int16 values as two planes, every high byte then every low byte: small deltas compress better. */
const planes16 = (a: Int16Array) => {
  const out = new Uint8Array(a.length * 2);
  a.forEach((v, i) => {
    out[i] = (v >> 8) & 0xff;
    out[a.length + i] = v & 0xff;
  });
  return out;
};

const raw16 = (a: Uint16Array | Int16Array) => {
  const out = new DataView(new ArrayBuffer(a.length * 2));
  a.forEach((v, i) => out.setUint16(i * 2, v & 0xffff, true)); // little-endian, whatever the platform
  return new Uint8Array(out.buffer);
};

/** Column `cluster`: 1 + the index of each node's top-level cluster in the header's table, 0 for none. */
function topColumn(nodes: MapNodeRow[], clusters: MapHeader["clusters"]): Uint16Array {
  const clusterIndex = new Map(clusters.map((c, i) => [c.id, i + 1]));
  return Uint16Array.from(nodes, (node) => (node.cluster === null ? 0 : (clusterIndex.get(node.cluster) ?? 0)));
}

/**
 * Where the levels nest — every cluster of a finer level lies in one cluster of the level above, as
 * the hierarchy builds them — the finer column says the coarser one: each finer cluster gets its
 * `parent` (1 + index in the coarser table) and the coarser column is left out (decodeMap rebuilds
 * it). Returns which columns to send: [top, level 1, …]; the finest is always sent.
 */
function nestLevels(columns: Uint16Array[], levels: NonNullable<MapHeader["levels"]>): boolean[] {
  const send = columns.map((_, k) => k === columns.length - 1);
  for (let k = columns.length - 1; k >= 1; k--) {
    const parents = parentsOf(columns[k]!, columns[k - 1]!, levels[k - 1]!.clusters.length);
    if (parents === null) {
      send[k - 1] = true;
      continue;
    }
    levels[k - 1]!.clusters.forEach((c, j) => (c.parent = parents[j]!));
  }
  return send;
}

/** Each child cluster's one parent (1-based, 0 none), or null when some node breaks the nesting. */
function parentsOf(child: Uint16Array, parent: Uint16Array, count: number): Uint16Array | null {
  const out = new Int32Array(count).fill(-1);
  for (let i = 0; i < child.length; i++) {
    const c = child[i]!;
    if (c === 0) {
      if (parent[i] !== 0) return null;
      continue;
    }
    if (out[c - 1] === -1) out[c - 1] = parent[i]!;
    else if (out[c - 1] !== parent[i]) return null;
  }
  return Uint16Array.from(out, (p) => Math.max(0, p));
}

/** Column `added`: 1 + the index in `updates` of the update that added each node, 0 for the build's; null with no update. */
function addedColumn(nodes: MapNodeRow[], updates: MapHeader["updates"]): Uint16Array | null {
  if (!updates || updates.length === 0) return null;
  const index = new Map(updates.map((u, i) => [u.run, i + 1]));
  return Uint16Array.from(nodes, (node) => index.get(node.addedIn ?? "") ?? 0);
}

function nodeSections(
  nodes: MapNodeRow[],
  header: Omit<MapHeader, "sections">,
  size: number[],
  cluster: Uint16Array | null,
): Section[] {
  const added = addedColumn(nodes, header.updates);
  const latest = header.updates?.length ?? 0;
  const n = nodes.length;
  const type = new Uint8Array(n), flags = new Uint8Array(n), sizeQ = new Uint8Array(n); // prettier-ignore
  const year = new Uint16Array(n), paperCount = new Uint16Array(n); // prettier-ignore
  const x = new Int16Array(n), y = new Int16Array(n); // prettier-ignore
  const b = header.bbox;
  nodes.forEach((node, i) => {
    type[i] = (NODE_TYPES as readonly string[]).indexOf(node.type!);
    const positioned = b !== null && finite(node.x) && finite(node.y);
    if (positioned) {
      x[i] = quantise(node.x!, b.minX, b.maxX);
      y[i] = quantise(node.y!, b.minY, b.maxY);
    }
    flags[i] =
      (positioned ? MAP_FLAGS.hasPosition : 0) |
      (node.stub ? MAP_FLAGS.stub : 0) |
      (latest > 0 && added?.[i] === latest ? MAP_FLAGS.addedLatest : 0);
    sizeQ[i] = Math.max(1, Math.round((255 * size[i]!) / header.sizeMax));
    year[i] = finite(node.year) ? node.year : 0;
    paperCount[i] = Math.min(65535, finite(node.paperCount) ? node.paperCount : 0);
  });
  const utf8 = (list: string[]) => new TextEncoder().encode(list.join("\n"));
  const labels = nodes.map(cleanLabel);
  const raw = raw16;
  return [
    {
      name: "ids",
      encoding: "utf8-lines",
      bytes: utf8(nodes.map((node, i) => elidedId(node.type!, node.id.replace(/\n/g, " "), labels[i]!))),
    },
    { name: "labels", encoding: "utf8-lines", bytes: utf8(labels) },
    { name: "type", encoding: "u8", bytes: type },
    { name: "x", encoding: "i16-delta", bytes: planes16(delta16(x)) },
    { name: "y", encoding: "i16-delta", bytes: planes16(delta16(y)) },
    { name: "size", encoding: "u8", bytes: sizeQ },
    { name: "year", encoding: "u16", bytes: raw(year) },
    { name: "paperCount", encoding: "u16", bytes: raw(paperCount) },
    { name: "flags", encoding: "u8", bytes: flags },
    ...(cluster ? [{ name: "cluster", encoding: "u16" as const, bytes: raw(cluster) }] : []),
    ...(added ? [{ name: "added", encoding: "u16" as const, bytes: raw(added) }] : []),
  ];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a full `YYYY-MM-DD` date (schema/model PublishedDate), else null. */
export function dayOf(published: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published ?? "");
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? Math.floor(ms / DAY_MS) : null;
}

/**
 * The `day` column (MapHeader): papers' full publication dates, sent only when the papers' years
 * span at most two calendar years — a daily listing, whose time overlay goes by week — and some
 * paper has a full date. Null otherwise (the overlay goes by year, and the payload stays small).
 */
function daySection(nodes: MapNodeRow[]): Section | null {
  let minYear = Infinity, maxYear = -Infinity; // prettier-ignore
  for (const n of nodes) {
    if (n.type !== "paper" || !finite(n.year)) continue;
    [minYear, maxYear] = [Math.min(minYear, n.year), Math.max(maxYear, n.year)];
  }
  if (minYear === Infinity || maxYear - minYear > 1) return null;
  const day = new Uint16Array(nodes.length);
  let any = false;
  nodes.forEach((n, i) => {
    const d = n.type === "paper" ? dayOf(n.published) : null;
    if (d === null || d < 0 || d >= 65535) return;
    day[i] = d + 1;
    any = true;
  });
  return any ? { name: "day", encoding: "u16", bytes: raw16(day) } : null;
}

function edgeSections(type: MapEdgeType, lists: number[][]): Section[] {
  const counts = new ByteWriter(lists.length);
  const targets = new ByteWriter(lists.length * 4);
  for (const list of lists) {
    counts.varint(list.length);
    let previous = 0;
    for (const t of list) {
      targets.varint(t - previous);
      previous = t;
    }
  }
  return [
    { name: `edges.${type}.counts`, encoding: "varint", bytes: counts.bytes() },
    { name: `edges.${type}.targets`, encoding: "varint", bytes: targets.bytes() },
  ];
}

/** Encodes the map graph; byte-identical output for identical input. */
export function encodeMap(input: MapInput): { bytes: Uint8Array; header: MapHeader } {
  const nodes = spatialOrder(keptNodes(input.nodes));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const degree = new Uint32Array(nodes.length);
  const lists = {} as Record<MapEdgeType, number[][]>;
  const edgeCounts = {} as Record<MapEdgeType, number>;
  for (const type of MAP_EDGE_TYPES) {
    lists[type] = adjacency(input.edges[type], index, nodes.length);
    edgeCounts[type] = 0;
    lists[type].forEach((list, s) => {
      edgeCounts[type] += list.length;
      degree[s]! += list.length;
      for (const t of list) degree[t]! += 1;
    });
  }
  const size = sizes(nodes, degree);
  const fine = fineLevels(input.fine ?? [], input.clusters, index, nodes.length);
  const base: Omit<MapHeader, "sections"> = {
    format: "paperatlas-map/1",
    nodeCount: nodes.length,
    edgeCounts,
    nodeTypes: NODE_TYPES,
    clusters: clusterTable(nodes, input.clusters),
    bbox: bboxOf(nodes),
    sizeMax: size.reduce((a, b) => Math.max(a, b), 1),
    ...(fine.levels.length > 0 ? { levels: fine.levels } : {}),
    ...(input.updates && input.updates.length > 0 ? { updates: input.updates } : {}),
    ...(input.redirects && input.redirects.length > 0 ? { redirects: input.redirects } : {}),
    ...(input.tile ? { tile: input.tile } : {}),
  };
  const columns = [topColumn(nodes, base.clusters), ...fine.columns];
  const send = nestLevels(columns, fine.levels);
  const day = daySection(nodes);
  const sections = [
    ...nodeSections(nodes, base, size, send[0] ? columns[0]! : null),
    ...(day ? [day] : []),
    ...fine.levels.flatMap((l, k): Section[] =>
      send[k + 1] ? [{ name: `cluster.${l.level}`, encoding: "u16", bytes: raw16(fine.columns[k]!) }] : [],
    ),
    ...MAP_EDGE_TYPES.flatMap((t) => edgeSections(t, lists[t])),
  ];
  const header: MapHeader = {
    ...base,
    sections: sections.map((s) => ({ name: s.name, encoding: s.encoding, byteLength: s.bytes.byteLength })),
  };
  return { bytes: assemble(header, sections), header };
}

/** The payload's bytes: magic, header length, header JSON, then the sections, each padded to 4 bytes. */
export function assemble(header: MapHeader, sections: Section[]): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new ByteWriter(64 + json.length + sections.reduce((a, s) => a + s.bytes.byteLength + 3, 0));
  out.raw(new TextEncoder().encode("PAM1"));
  out.u32(json.length);
  out.raw(json);
  out.align4();
  for (const s of sections) {
    out.raw(s.bytes);
    out.align4();
  }
  return out.bytes();
}
