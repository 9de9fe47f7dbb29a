/**
 * Named queries of `paperatlas update` (GUIDE §2): read back the current clustering (clusters,
 * finest-level members) and positions, then write only what changed — the clusters (upserted by
 * id), PART_OF, the memberships of new and moved nodes, the positions of new nodes.
 */
import type { ClusterNode, ConceptNode, PaperNode } from "../model.ts";
import type { MembershipRow } from "./clusters.ts";
import { query } from "./query.ts";

/** A stored cluster as an update reads it. */
export interface StoredClusterRow {
  id: ClusterNode["id"];
  level: number;
  number: number;
  parent: string | null;
  other: boolean;
  unlinked: boolean;
  /** Papers and concepts in the cluster, and its papers (null on a cluster written without them). */
  size: number | null;
  paperCount: number | null;
}

export const READ_CLUSTERS = query<Record<string, never>, StoredClusterRow>(`
  MATCH (k:Cluster)
  RETURN k.id AS id, k.level AS level, k.number AS number, k.parent AS parent,
         coalesce(k.other, false) AS other, coalesce(k.unlinked, false) AS unlinked,
         k.size AS size, k.paperCount AS paperCount
  ORDER BY k.id`);

/** The members of each cluster of one level (the finest, for an update). */
export const READ_LEVEL_MEMBERS = query<{ level: number }, { cluster: string; members: string[] }>(`
  MATCH (k:Cluster {level: $level})<-[:IN_CLUSTER {level: $level}]-(n)
  RETURN k.id AS cluster, collect(n.id) AS members`);

/** A stored position. */
export interface StoredPositionRow {
  id: PaperNode["id"] | ConceptNode["id"];
  x: number;
  y: number;
  size: number | null;
}

export const READ_PAPER_POSITIONS = query<{ after: string; limit: number }, StoredPositionRow>(`
  MATCH (n:Paper) WHERE n.id > $after AND n.x IS NOT NULL AND n.y IS NOT NULL
  WITH n ORDER BY n.id LIMIT toInteger($limit)
  RETURN n.id AS id, n.x AS x, n.y AS y, n.size AS size`);

export const READ_CONCEPT_POSITIONS = query<{ after: string; limit: number }, StoredPositionRow>(`
  MATCH (n:Concept) WHERE n.id > $after AND n.x IS NOT NULL AND n.y IS NOT NULL
  WITH n ORDER BY n.id LIMIT toInteger($limit)
  RETURN n.id AS id, n.x AS x, n.y AS y, n.size AS size`);

/** Clusters by id: a kept id updates its node in place (its IN_CLUSTER links stay), a new one is created. */
export const UPSERT_CLUSTERS = query<{ clusters: ClusterNode[] }, { upserted: number }>(`
  UNWIND $clusters AS c
  MERGE (k:Cluster {id: c.id})
  SET k = c
  RETURN count(k) AS upserted`);

/** Clusters whose id is gone, with their links. */
export const DELETE_CLUSTERS_EXCEPT = query<{ keep: string[] }, { deleted: number }>(`
  MATCH (k:Cluster) WHERE NOT k.id IN $keep
  DETACH DELETE k
  RETURN count(*) AS deleted`);

export const DELETE_PART_OF = query<Record<string, never>, { deleted: number }>(`
  MATCH (:Cluster)-[r:PART_OF]->(:Cluster)
  DELETE r
  RETURN count(r) AS deleted`);

type Reassign = { rows: MembershipRow[]; run: string | null };

/** New or moved nodes of one label: IN_CLUSTER links replaced, `cluster` set; `addedIn` on new ones when `run` is set. */
const reassign = (label: "Paper" | "Concept") =>
  query<Reassign & { added: string[] }, { assigned: number }>(`
  UNWIND $rows AS row
  MATCH (n:${label} {id: row.id})
  CALL (n) { MATCH (n)-[r:IN_CLUSTER]->(:Cluster) DELETE r }
  SET n.cluster = row.clusters[0],
      n.addedIn = CASE WHEN row.id IN $added THEN $run ELSE n.addedIn END
  WITH n, row
  UNWIND range(0, size(row.clusters) - 1) AS level
  MATCH (k:Cluster {id: row.clusters[level]})
  CREATE (n)-[:IN_CLUSTER {level: level}]->(k)
  RETURN count(*) AS assigned`);

// One statement per label, so each MATCH uses its label's uniqueness index.
export const REASSIGN_PAPERS = reassign("Paper");
export const REASSIGN_CONCEPTS = reassign("Concept");

/** Where the ingested files came from (`start` updates the atlas when its sample folder gains a file). */
export const READ_SOURCE_PATHS = query<Record<string, never>, { path: string }>(`
  MATCH (s:Source) WHERE s.paperCount IS NOT NULL
  RETURN s.path AS path ORDER BY path`);
