/**
 * The whole graph as sorted plain data, for tests that compare two ways of building it (the bulk
 * load against the transactional one): every node with its labels and every property with its
 * Neo4j type (`valueType`: INTEGER and FLOAT, an empty list and a missing one are told apart), every
 * relationship by type and end keys with the same. `ignore` leaves properties out by name (a
 * Source's `ingestedAt` is the time of the run).
 */
import type { Db } from "../db/client.ts";
import { rows } from "./neo4j.ts";

export interface GraphDump {
  nodes: string[];
  relationships: string[];
  counts: Record<string, number>;
}

type Props = [string, string, unknown][];

function props(list: Props, ignore: ReadonlySet<string>, normalize?: (key: string, value: unknown) => unknown): string {
  return list
    .filter(([key]) => !ignore.has(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, type, value]) => `${key}:${type}=${JSON.stringify(normalize ? normalize(key, value) : value)}`)
    .join(" ");
}

export async function dumpGraph(
  db: Db,
  options: { ignore?: readonly string[]; normalize?: (key: string, value: unknown) => unknown } = {},
): Promise<GraphDump> {
  const ignore = new Set(options.ignore ?? []);
  const nodes = await rows(
    db,
    `MATCH (n) RETURN labels(n) AS labels, [k IN keys(n) | [k, valueType(n[k]), n[k]]] AS props`,
  );
  const rels = await rows(
    db,
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, coalesce(a.id, a.sha256) AS from, coalesce(b.id, b.sha256) AS to,
            [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props`,
  );
  const counts: Record<string, number> = {};
  const nodeLines = nodes.map((n) => {
    const labels = [...(n["labels"] as string[])].sort().join(":");
    counts[labels] = (counts[labels] ?? 0) + 1;
    return `(${labels} ${props(n["props"] as Props, ignore, options.normalize)})`;
  });
  const relLines = rels.map((r) => {
    const type = String(r["type"]);
    counts[type] = (counts[type] ?? 0) + 1;
    return `(${String(r["from"])})-[:${type} ${props(r["props"] as Props, ignore, options.normalize)}]->(${String(r["to"])})`;
  });
  return { nodes: nodeLines.sort(), relationships: relLines.sort(), counts };
}

/** Lines in one dump and not the other, a few of each, for a readable failure. */
export function dumpDifference(
  a: readonly string[],
  b: readonly string[],
  max = 10,
): { onlyA: string[]; onlyB: string[] } {
  const setA = new Set(a);
  const setB = new Set(b);
  return {
    onlyA: a.filter((x) => !setB.has(x)).slice(0, max),
    onlyB: b.filter((x) => !setA.has(x)).slice(0, max),
  };
}
