/** `GET /api/clusters` and `GET /api/clusters/:id`. */
import { readRows } from "../read.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { CLUSTER_DETAILS, CLUSTER_LIST, type ClusterRow } from "../../schema/cypher/details.ts";
import type { ClusterSummaryT, ConceptRefT } from "../../schema/api.ts";
import { conceptRef, paperRef } from "./nodes.ts";
import type { Deps, Handler } from "./types.ts";

const CLUSTER_LIST_LIMIT = 25;

function summary(row: ClusterRow): ClusterSummaryT {
  const { id, label, level, size, topConcepts, paperCount, conceptCount } = row;
  return { id, label, level, size, topConcepts, paperCount, conceptCount };
}

export function clusterListHandler(deps: Deps): Handler<"GET /api/clusters"> {
  return async ({ query }) => {
    const rows = await readRows(deps.db, CLUSTER_LIST, { level: query.level ?? null });
    return { clusters: rows.map(summary) };
  };
}

export function clusterHandler(deps: Deps): Handler<"GET /api/clusters/:id"> {
  return async ({ params }) => {
    const [row] = await readRows(deps.db, CLUSTER_DETAILS, { id: params.id, limit: CLUSTER_LIST_LIMIT });
    if (!row) {
      throw new PaperAtlasError("NOT_FOUND", `clusters: no cluster has id "${params.id}"`, {
        hint: "GET /api/clusters lists them",
      });
    }
    return {
      cluster: { ...summary(row), modularity: typeof row.modularity === "number" ? row.modularity : null },
      parent: row.parent,
      children: row.children,
      papers: row.papers.map(paperRef),
      concepts: row.concepts.map(conceptRef).filter((c): c is ConceptRefT => c !== null),
    };
  };
}
