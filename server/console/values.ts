/**
 * Neo4j values → JSON for the console's result table: nodes, relationships and paths become small
 * tagged objects, temporal and spatial values their ISO text, integers plain numbers.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from "neo4j-driver";
import type { Node, Path, Relationship } from "neo4j-driver";

export interface Collected {
  /** Ids (the `id` property) of Paper and Concept nodes seen in the values. */
  nodeIds: Set<string>;
}

function nodeJson(node: Node, seen: Collected): unknown {
  const properties = plainMap(node.properties as Record<string, unknown>, seen);
  const id = node.properties["id"];
  if (typeof id === "string" && (node.labels.includes("Paper") || node.labels.includes("Concept")))
    seen.nodeIds.add(id);
  return { kind: "node", id: typeof id === "string" ? id : node.elementId, labels: node.labels, properties };
}

function relJson(rel: Relationship, seen: Collected): unknown {
  return {
    kind: "relationship",
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    properties: plainMap(rel.properties as Record<string, unknown>, seen),
  };
}

function pathJson(path: Path, seen: Collected): unknown {
  const nodes = [path.start, ...path.segments.map((s) => s.end)].map((n) => nodeJson(n, seen));
  return { kind: "path", nodes, relationships: path.segments.map((s) => relJson(s.relationship, seen)) };
}

function plainMap(map: Record<string, unknown>, seen: Collected): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, toJson(v, seen)]));
}

function isTemporal(value: unknown): boolean {
  return (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value) ||
    isPoint(value)
  );
}

export function toJson(value: unknown, seen: Collected): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isNode(value)) return nodeJson(value, seen);
  if (isRelationship(value)) return relJson(value, seen);
  if (isPath(value)) return pathJson(value, seen);
  if (isTemporal(value)) return String(value);
  if (value instanceof Int8Array || value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (Array.isArray(value)) return value.map((v) => toJson(v, seen));
  if (typeof value === "object") return plainMap(value as Record<string, unknown>, seen);
  return String(value);
}

/** JSON parameters → driver values: whole numbers become Cypher integers (so `LIMIT $n` works). */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}
