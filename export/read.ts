/**
 * Export reader
 * =============
 * Neo4j I/O only: every paper and concept, the MENTIONS and CITES between them, and the top-level
 * clusters and those of the finer levels, in one read transaction (schema/cypher/export.ts).
 */
import type { Db } from "../db/client.ts";
import {
  EXPORT_CLUSTERS,
  EXPORT_CONCEPTS,
  EXPORT_EDGES,
  EXPORT_FINER_CLUSTERS,
  EXPORT_PAPERS,
} from "../schema/cypher/export.ts";
import type { ExportRows } from "./graph.ts";

export async function readExportRows(db: Db): Promise<ExportRows> {
  return db.readTransaction(async (tx) => ({
    nodes: [...(await tx.run(EXPORT_PAPERS, {})), ...(await tx.run(EXPORT_CONCEPTS, {}))],
    edges: await tx.run(EXPORT_EDGES, {}),
    clusters: await tx.run(EXPORT_CLUSTERS, {}),
    finerClusters: await tx.run(EXPORT_FINER_CLUSTERS, {}),
  }));
}
