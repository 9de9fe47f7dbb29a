/** Graph statistics: node counts by label, relationship counts by type. */
import type { Db } from "./client.ts";
import { COUNT_NODES_BY_LABEL, COUNT_RELATIONSHIPS_BY_TYPE } from "../schema/cypher/papers.ts";

export interface GraphStats {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function readStats(db: Db): Promise<GraphStats> {
  const nodes = await db.read(COUNT_NODES_BY_LABEL, {});
  const relationships = await db.read(COUNT_RELATIONSHIPS_BY_TYPE, {});
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.label, row.count])),
    relationships: Object.fromEntries(relationships.map((row) => [row.type, row.count])),
  };
}
