/**
 * Export reader
 * =============
 * Neo4j I/O only: every paper and concept, the MENTIONS and CITES between them, the top-level
 * clusters and those of the finer levels, in one read transaction (schema/cypher/export.ts). With
 * `level` > 0, the clusters of that level of the hierarchy stand as the export's clusters, and each
 * node's cluster is its cluster at that level (the VOSviewer exports' `--level`).
 */
import type { Db } from "../db/client.ts";
import {
  EXPORT_CLUSTERS,
  EXPORT_CONCEPTS,
  EXPORT_EDGES,
  EXPORT_FINER_CLUSTERS,
  EXPORT_LEVEL_CLUSTERS,
  EXPORT_LEVEL_MEMBERS,
  EXPORT_PAPERS,
} from "../schema/cypher/export.ts";
import { PaperAtlasError } from "../schema/errors.ts";
import type { ExportRows } from "./graph.ts";

export async function readExportRows(db: Db, options: { level?: number } = {}): Promise<ExportRows> {
  const level = options.level ?? 0;
  const rows = await db.readTransaction(async (tx) => {
    const nodes = [...(await tx.run(EXPORT_PAPERS, {})), ...(await tx.run(EXPORT_CONCEPTS, {}))];
    const edges = await tx.run(EXPORT_EDGES, {});
    const finerClusters = await tx.run(EXPORT_FINER_CLUSTERS, {});
    if (level === 0) return { nodes, edges, clusters: await tx.run(EXPORT_CLUSTERS, {}), finerClusters };
    const members = new Map((await tx.run(EXPORT_LEVEL_MEMBERS, { level })).map((m) => [m.id, m.cluster]));
    return {
      nodes: nodes.map((n) => ({ ...n, cluster: members.get(n.id) ?? null })),
      edges,
      clusters: await tx.run(EXPORT_LEVEL_CLUSTERS, { level }),
      finerClusters,
    };
  });
  if (level > 0 && rows.clusters.length === 0) {
    throw new PaperAtlasError("BAD_REQUEST", `export: the clustering has no level ${level}`, {
      hint: "pass a level the clustering wrote (0 is the top level; see paperatlas cluster)",
    });
  }
  return rows;
}
