/**
 * Export reader
 * =============
 * Neo4j I/O only: every paper and concept, the MENTIONS and CITES between them, and the top-level
 * clusters, in one read transaction (schema/cypher/export.ts); with `bibliographic`, each paper's
 * title, abstract, ids and authors too.
 */
import type { Db } from "../db/client.ts";
import {
  EXPORT_BIBLIOGRAPHY,
  EXPORT_CLUSTERS,
  EXPORT_CONCEPTS,
  EXPORT_EDGES,
  EXPORT_PAPERS,
} from "../schema/cypher/export.ts";
import type { ExportRows } from "./graph.ts";

export async function readExportRows(db: Db, options: { bibliographic?: boolean } = {}): Promise<ExportRows> {
  return db.readTransaction(async (tx) => ({
    nodes: [...(await tx.run(EXPORT_PAPERS, {})), ...(await tx.run(EXPORT_CONCEPTS, {}))],
    edges: await tx.run(EXPORT_EDGES, {}),
    clusters: await tx.run(EXPORT_CLUSTERS, {}),
    ...(options.bibliographic === true ? { papers: await tx.run(EXPORT_BIBLIOGRAPHY, {}) } : {}),
  }));
}
