/**
 * Named queries of `paperatlas report --since` and of the map's update data: the clustering runs
 * (their `basedOn` chain and lineage), the current clusters, and what the updates of a window added
 * (`addedIn` = one of `$runs` on papers and concepts, schema/model/cluster.ts Placement).
 */
import type { ClusterRun, ConceptType } from "../model.ts";
import { query } from "./query.ts";

/** Every clustering run, as the update history reads it (atlas/update/lineage.ts RunRecord). */
export interface RunRow extends Pick<ClusterRun, "id" | "createdAt" | "current"> {
  basedOn: string | null;
  addedPapers: number | null;
  addedConcepts: number | null;
  movedNodes: number | null;
  lineage: string | null;
  /** JSON `{[clusterId]: [size, paperCount]}` of the clusters the update replaced (absent on older runs). */
  sizesBefore: string | null;
}

export const READ_RUNS = query<Record<string, never>, RunRow>(`
  MATCH (r:ClusterRun)
  RETURN r.id AS id, toString(r.createdAt) AS createdAt, coalesce(r.current, false) AS current,
         r.basedOn AS basedOn, r.addedPapers AS addedPapers, r.addedConcepts AS addedConcepts,
         r.movedNodes AS movedNodes, r.lineage AS lineage, r.sizesBefore AS sizesBefore
  ORDER BY createdAt, id`);

/** Every cluster id now (the map's redirects lead only to these). */
export const READ_CLUSTER_IDS = query<Record<string, never>, { id: string }>(`
  MATCH (k:Cluster) RETURN k.id AS id ORDER BY id`);

/** A current cluster as the report names it. */
export interface SinceClusterRow {
  id: string;
  level: number;
  number: number;
  label: string;
  size: number;
  paperCount: number;
  parent: string | null;
  from: string[] | null;
}

export const SINCE_CLUSTERS = query<Record<string, never>, SinceClusterRow>(`
  MATCH (k:Cluster)
  RETURN k.id AS id, coalesce(k.level, 0) AS level, coalesce(k.number, 0) AS number, coalesce(k.label, k.id) AS label,
         coalesce(k.size, 0) AS size, coalesce(k.paperCount, 0) AS paperCount, k.parent AS parent, k.from AS from
  ORDER BY level, number, id`);

/** A paper the window added, with its cluster on every level (top first). */
export interface SincePaperRow {
  id: string;
  title: string;
  published: string | null;
  addedIn: string;
  clusters: string[];
}

export const SINCE_PAPERS = query<{ runs: string[] }, SincePaperRow>(`
  MATCH (p:Paper) WHERE p.addedIn IN $runs
  RETURN p.id AS id, coalesce(p.title, p.id) AS title, p.published AS published, p.addedIn AS addedIn,
         COLLECT { MATCH (p)-[r:IN_CLUSTER]->(k:Cluster) RETURN k.id ORDER BY r.level } AS clusters
  ORDER BY id`);

/** Nodes the window added, per cluster they are in now (every level). */
export const SINCE_ADDED_BY_CLUSTER = query<{ runs: string[] }, { id: string; nodes: number; papers: number }>(`
  MATCH (n)-[:IN_CLUSTER]->(k:Cluster) WHERE n.addedIn IN $runs AND (n:Paper OR n:Concept)
  RETURN k.id AS id, count(n) AS nodes, count(CASE WHEN n:Paper THEN 1 END) AS papers
  ORDER BY id`);

/** Concepts the window added. */
export const SINCE_ADDED_CONCEPTS = query<{ runs: string[] }, { concepts: number }>(`
  MATCH (c:Concept) WHERE c.addedIn IN $runs RETURN count(c) AS concepts`);

/** A concept the added papers mention, with how many papers mention it from before the window and in it. */
export interface SinceConceptRow {
  id: string;
  name: string;
  type: ConceptType;
  added: number;
  before: number;
  isNew: boolean;
}

/** Concepts mentioned by at least `$minAdded` added papers; `before` counts papers (stubs left out) from before the window. */
export const SINCE_CONCEPTS = query<{ runs: string[]; minAdded: number }, SinceConceptRow>(`
  MATCH (p:Paper)-[:MENTIONS]->(c:Concept) WHERE p.addedIn IN $runs
  WITH c, count(DISTINCT p) AS added WHERE added >= $minAdded
  RETURN c.id AS id, coalesce(c.name, c.id) AS name, c.type AS type, added,
         COUNT { MATCH (q:Paper)-[:MENTIONS]->(c)
                 WHERE NOT coalesce(q.stub, false) AND NOT coalesce(q.addedIn, '') IN $runs } AS before,
         coalesce(c.addedIn, '') IN $runs AS isNew
  ORDER BY id`);
