/**
 * Named queries for clustering and layout (GUIDE §3): the paged projection read, the replacement of
 * the current clustering run, and node positions. Labels are spelled here, never taken from input.
 */
import type { Cluster, ClusterNode, ClusterRun, ConceptNode, PaperNode, Placement } from "../model.ts";
import { query } from "./query.ts";

/** `(Cluster {id: child})-[:PART_OF]->(Cluster {id: parent})`. */
export interface PartOfRow {
  child: ClusterNode["id"];
  parent: ClusterNode["id"];
}

/** A clustered node and its Cluster ids by level, level 0 (its `cluster` property) first. */
export interface MembershipRow {
  id: PaperNode["id"] | ConceptNode["id"];
  clusters: ClusterNode["id"][];
}

/** A placed node: the `x`, `y` and `size` the layout writes onto a Paper or Concept. */
export type PositionRow = Pick<PaperNode | ConceptNode, "id"> & Required<Pick<Placement, "x" | "y" | "size">>;

export const COUNT_PROJECTION = query<Record<string, never>, { papers: number; concepts: number }>(`
  CALL () { MATCH (p:Paper) RETURN count(p) AS papers }
  CALL () { MATCH (c:Concept) RETURN count(c) AS concepts }
  RETURN papers, concepts`);

/**
 * One page of papers (keyset on id) with their MENTIONS as parallel lists, their CITES targets, and
 * what links a paper that shares no concept: author ids, title, source files, year.
 */
export const READ_PAPER_PAGE = query<
  { after: string; limit: number },
  {
    id: string;
    cluster: string | null;
    conceptIds: string[];
    weights: number[];
    cites: string[];
    authors: string[];
    title: string;
    sources: string[];
    year: number | null;
  }
>(`
  MATCH (p:Paper) WHERE p.id > $after AND NOT coalesce(p.stub, false)
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  CALL (p) {
    MATCH (p)-[r:MENTIONS]->(c:Concept)
    RETURN collect(c.id) AS conceptIds, collect(coalesce(r.weight, r.count, 1)) AS weights
  }
  RETURN p.id AS id, p.cluster AS cluster, conceptIds, weights,
         COLLECT { MATCH (p)-[:CITES]->(q:Paper) RETURN q.id } AS cites,
         COLLECT { MATCH (p)-[:WRITTEN_BY]->(a:Author) RETURN a.id } AS authors,
         coalesce(p.title, '') AS title, coalesce(p.sources, []) AS sources, p.year AS year`);

export const READ_CONCEPT_PAGE = query<
  { after: string; limit: number },
  { id: string; name: string; type: string; cluster: string | null }
>(`
  MATCH (c:Concept) WHERE c.id > $after
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN c.id AS id, coalesce(c.name, c.id) AS name, coalesce(c.type, '') AS type, c.cluster AS cluster`);

export const READ_CURRENT_RUN = query<Record<string, never>, { run: ClusterRun }>(`
  MATCH (r:ClusterRun {current: true})
  RETURN r {.*} AS run
  ORDER BY r.createdAt DESC LIMIT 1`);

/**
 * A replacement runs in steps, each its own transaction so that a graph of any size fits the
 * server's transaction memory: retire the current run, delete the old clusters and memberships in
 * batches (auto-commit `CALL … IN TRANSACTIONS`), write the new run batch by batch, and only then
 * mark it current. A failure part-way leaves no current run, which `start` and the user see.
 */
export const RETIRE_CURRENT_RUN = query<{ at: string }, { retired: number }>(`
  OPTIONAL MATCH (r:ClusterRun {current: true})
  SET r.current = false, r.replacedAt = $at
  RETURN count(r) AS retired`);

/** Auto-commit only (CALL … IN TRANSACTIONS). */
export const DELETE_MEMBERSHIPS = query<Record<string, never>>(`
  MATCH ()-[r:IN_CLUSTER]->(:Cluster)
  CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`);

/** Auto-commit only. */
export const DELETE_CLUSTERS = query<Record<string, never>>(`
  MATCH (k:Cluster)
  CALL (k) { DETACH DELETE k } IN TRANSACTIONS OF 5000 ROWS`);

/** Auto-commit only. */
export const CLEAR_PAPER_CLUSTERS = query<Record<string, never>>(`
  MATCH (n:Paper) WHERE n.cluster IS NOT NULL
  CALL (n) { REMOVE n.cluster } IN TRANSACTIONS OF 20000 ROWS`);

/** Auto-commit only. */
export const CLEAR_CONCEPT_CLUSTERS = query<Record<string, never>>(`
  MATCH (n:Concept) WHERE n.cluster IS NOT NULL
  CALL (n) { REMOVE n.cluster } IN TRANSACTIONS OF 20000 ROWS`);

/** The last step of a replacement: the new run, fully written, becomes the current one. */
export const MAKE_RUN_CURRENT = query<{ id: string }, { id: string }>(`
  MATCH (r:ClusterRun {id: $id})
  SET r.current = true
  RETURN r.id AS id`);

/** Written with `current: false`; MAKE_RUN_CURRENT flips it once everything is in. */
export const CREATE_RUN = query<{ run: ClusterRun }, { id: string }>(`
  MERGE (r:ClusterRun {id: $run.id})
  SET r = $run
  REMOVE r.replacedAt
  RETURN r.id AS id`);

export const CREATE_CLUSTERS = query<{ clusters: Cluster[] }, { created: number }>(`
  UNWIND $clusters AS c
  CREATE (k:Cluster)
  SET k = c
  RETURN count(k) AS created`);

export const LINK_CLUSTERS = query<{ links: PartOfRow[] }, { linked: number }>(`
  UNWIND $links AS l
  MATCH (a:Cluster {id: l.child})
  MATCH (b:Cluster {id: l.parent})
  CREATE (a)-[:PART_OF]->(b)
  RETURN count(*) AS linked`);

type Assign = { rows: MembershipRow[] };

/** `cluster` = the top-level id; one IN_CLUSTER {level} per level. */
export const ASSIGN_PAPERS = query<Assign, { assigned: number }>(`
  UNWIND $rows AS row
  MATCH (n:Paper {id: row.id})
  SET n.cluster = row.clusters[0]
  WITH n, row
  UNWIND range(0, size(row.clusters) - 1) AS level
  MATCH (k:Cluster {id: row.clusters[level]})
  CREATE (n)-[:IN_CLUSTER {level: level}]->(k)
  RETURN count(*) AS assigned`);

export const ASSIGN_CONCEPTS = query<Assign, { assigned: number }>(`
  UNWIND $rows AS row
  MATCH (n:Concept {id: row.id})
  SET n.cluster = row.clusters[0]
  WITH n, row
  UNWIND range(0, size(row.clusters) - 1) AS level
  MATCH (k:Cluster {id: row.clusters[level]})
  CREATE (n)-[:IN_CLUSTER {level: level}]->(k)
  RETURN count(*) AS assigned`);

type Positions = { rows: PositionRow[] };

export const SET_PAPER_POSITIONS = query<Positions, { placed: number }>(`
  UNWIND $rows AS row
  MATCH (n:Paper {id: row.id})
  SET n.x = row.x, n.y = row.y, n.size = row.size
  RETURN count(n) AS placed`);

export const SET_CONCEPT_POSITIONS = query<Positions, { placed: number }>(`
  UNWIND $rows AS row
  MATCH (n:Concept {id: row.id})
  SET n.x = row.x, n.y = row.y, n.size = row.size
  RETURN count(n) AS placed`);

export const MARK_LAYOUT = query<{ at: string; iterations: number; seed: number }, { marked: number }>(`
  MATCH (r:ClusterRun {current: true})
  SET r.layoutAt = $at, r.layoutIterations = $iterations, r.layoutSeed = $seed
  RETURN count(r) AS marked`);

/** Cluster centres for the map: mean position of each top-level cluster's members. */
export const SET_CLUSTER_CENTRES = query<Record<string, never>, { placed: number }>(`
  MATCH (k:Cluster)<-[:IN_CLUSTER]-(n)
  WHERE n.x IS NOT NULL
  WITH k, avg(n.x) AS x, avg(n.y) AS y
  SET k.x = x, k.y = y
  RETURN count(k) AS placed`);
