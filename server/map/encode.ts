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
  type MapEdgeType,
  type MapHeader,
  type MapSectionEncoding,
} from "../../schema/api.ts";
import type { MapAdjacencyRow, MapClusterRow, MapMembershipRow, MapNodeRow } from "../../schema/cypher/map.ts";
import { ByteWriter } from "./bytes.ts";

export interface MapInput {
  nodes: MapNodeRow[];
  edges: Record<MapEdgeType, MapAdjacencyRow[]>;
  clusters: MapClusterRow[];
  /** Members of finer-level clusters (level > 0); absent or empty for one level. */
  fine?: MapMembershipRow[];
}

/** Labels longer than this are cut with an ellipsis; the full title is one details request away. */
export const MAX_LABEL_LENGTH = 120;
const QUANT = 32767;

function cleanLabel(label: string | null, id: string): string {
  const text = (label ?? id).replace(/\s+/g, " ").trim();
  return text.length > MAX_LABEL_LENGTH ? `${text.slice(0, MAX_LABEL_LENGTH - 1)}…` : text;
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
      return { id, label: c?.label ?? `cluster ${id}`, level: c?.level ?? 0, size: count };
    });
}

type ClusterEntry = MapHeader["clusters"][number];

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
  const labels = new Map(known.map((c) => [c.id, c.label]));
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
    const clusters: ClusterEntry[] = list.slice(0, 65535).map((c, k) => {
      for (const i of c.members) if (column[i] === 0) column[i] = k + 1;
      return { id: c.id, label: labels.get(c.id) ?? `cluster ${c.id}`, level, size: c.members.length };
    });
    levels.push({ level, clusters });
    columns.push(column);
  }
  return { levels, columns };
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

interface Section {
  name: string;
  encoding: MapSectionEncoding;
  bytes: Uint8Array;
}

const raw16 = (a: Uint16Array | Int16Array) => {
  const out = new DataView(new ArrayBuffer(a.length * 2));
  a.forEach((v, i) => out.setUint16(i * 2, v & 0xffff, true)); // little-endian, whatever the platform
  return new Uint8Array(out.buffer);
};

function nodeSections(nodes: MapNodeRow[], header: Omit<MapHeader, "sections">, size: number[]): Section[] {
  const n = nodes.length;
  const type = new Uint8Array(n), flags = new Uint8Array(n), sizeQ = new Uint8Array(n); // prettier-ignore
  const cluster = new Uint16Array(n), year = new Uint16Array(n), paperCount = new Uint16Array(n); // prettier-ignore
  const x = new Int16Array(n), y = new Int16Array(n); // prettier-ignore
  const clusterIndex = new Map(header.clusters.map((c, i) => [c.id, i + 1]));
  const b = header.bbox;
  nodes.forEach((node, i) => {
    type[i] = (NODE_TYPES as readonly string[]).indexOf(node.type!);
    cluster[i] = node.cluster === null ? 0 : (clusterIndex.get(node.cluster) ?? 0);
    const positioned = b !== null && finite(node.x) && finite(node.y);
    if (positioned) {
      x[i] = quantise(node.x!, b.minX, b.maxX);
      y[i] = quantise(node.y!, b.minY, b.maxY);
    }
    flags[i] = (positioned ? MAP_FLAGS.hasPosition : 0) | (node.stub ? MAP_FLAGS.stub : 0);
    sizeQ[i] = Math.max(1, Math.round((255 * size[i]!) / header.sizeMax));
    year[i] = finite(node.year) ? node.year : 0;
    paperCount[i] = Math.min(65535, finite(node.paperCount) ? node.paperCount : 0);
  });
  const utf8 = (list: string[]) => new TextEncoder().encode(list.join("\n"));
  const raw = raw16;
  return [
    { name: "ids", encoding: "utf8-lines", bytes: utf8(nodes.map((node) => node.id.replace(/\n/g, " "))) },
    { name: "labels", encoding: "utf8-lines", bytes: utf8(nodes.map((node) => cleanLabel(node.label, node.id))) },
    { name: "type", encoding: "u8", bytes: type },
    { name: "cluster", encoding: "u16", bytes: raw(cluster) },
    { name: "x", encoding: "i16", bytes: raw(x) },
    { name: "y", encoding: "i16", bytes: raw(y) },
    { name: "size", encoding: "u8", bytes: sizeQ },
    { name: "year", encoding: "u16", bytes: raw(year) },
    { name: "paperCount", encoding: "u16", bytes: raw(paperCount) },
    { name: "flags", encoding: "u8", bytes: flags },
  ];
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
  const nodes = keptNodes(input.nodes);
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
  };
  const sections = [
    ...nodeSections(nodes, base, size),
    ...fine.levels.map((l, k): Section => ({
      name: `cluster.${l.level}`,
      encoding: "u16",
      bytes: raw16(fine.columns[k]!),
    })),
    ...MAP_EDGE_TYPES.flatMap((t) => edgeSections(t, lists[t])),
  ];
  const header: MapHeader = {
    ...base,
    sections: sections.map((s) => ({ name: s.name, encoding: s.encoding, byteLength: s.bytes.byteLength })),
  };
  return { bytes: assemble(header, sections), header };
}

function assemble(header: MapHeader, sections: Section[]): Uint8Array {
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
