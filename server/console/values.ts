/**
 * Neo4j values → JSON for the console's result table: nodes, relationships and paths become small
 * tagged objects, temporal and spatial values their ISO text, integers plain numbers. A budget
 * bounds the result's size: long strings are cut, and what does not fit is left out (`truncated`).
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
  /**
   * What the result may still take, in JSON characters (about bytes): values past it become null
   * and list elements past it are dropped, with `truncated` set. Absent: no bound.
   */
  budget?: { left: number; maxString: number; truncated: boolean };
}

/** Charges `n` characters to the budget; false when it is spent (and marks the result truncated). */
function charge(seen: Collected, n: number): boolean {
  const budget = seen.budget;
  if (!budget) return true;
  if (budget.left < n) {
    budget.truncated = true;
    budget.left = 0;
    return false;
  }
  budget.left -= n;
  return true;
}

/** A string within the per-value bound, cut with an ellipsis (and the result marked truncated) past it. */
function boundedString(text: string, seen: Collected): string | null {
  const max = seen.budget?.maxString ?? Infinity;
  const kept = text.length > max ? `${text.slice(0, max)}…` : text;
  if (kept !== text) seen.budget!.truncated = true;
  return charge(seen, kept.length + 2) ? kept : null;
}

function nodeJson(node: Node, seen: Collected): unknown {
  if (!charge(seen, 64)) return null;
  const properties = plainMap(node.properties as Record<string, unknown>, seen);
  const id = node.properties["id"];
  if (typeof id === "string" && (node.labels.includes("Paper") || node.labels.includes("Concept")))
    seen.nodeIds.add(id);
  return { kind: "node", id: typeof id === "string" ? id : node.elementId, labels: node.labels, properties };
}

function relJson(rel: Relationship, seen: Collected): unknown {
  if (!charge(seen, 96)) return null;
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
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(map)) {
    if (!charge(seen, k.length + 4)) break;
    out[k] = toJson(v, seen);
  }
  return out;
}

function list(values: readonly unknown[], seen: Collected): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (!charge(seen, 1)) break;
    out.push(toJson(v, seen));
  }
  return out;
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
  if (typeof value === "number") {
    if (!charge(seen, 8)) return null;
    return Number.isFinite(value) ? value : String(value);
  }
  if (typeof value === "string") return boundedString(value, seen);
  if (typeof value === "boolean") return charge(seen, 5) ? value : null;
  if (typeof value === "bigint") return charge(seen, 8) ? Number(value) : null;
  if (neo4j.isInt(value)) return charge(seen, 8) ? (value as { toNumber(): number }).toNumber() : null;
  if (isNode(value)) return nodeJson(value, seen);
  if (isRelationship(value)) return relJson(value, seen);
  if (isPath(value)) return pathJson(value, seen);
  if (isTemporal(value)) return boundedString(String(value), seen);
  if (value instanceof Int8Array || value instanceof Uint8Array) return boundedString(`<${value.length} bytes>`, seen);
  if (Array.isArray(value)) return list(value, seen);
  if (typeof value === "object") return plainMap(value as Record<string, unknown>, seen);
  return boundedString(String(value), seen);
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
