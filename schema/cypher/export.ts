/**
 * Named queries for graph exports (issue 7): every paper and concept with what the map draws
 * (type, label, top-level cluster, position, size) and its clusters on the finer levels (issue 17),
 * and the MENTIONS, CITES and RELATED (links a VOSviewer import brought) between them, with weights.
 * `export/read.ts` runs them in one read transaction; `export/graph.ts` builds the graph.
 */
import type { RelType } from "../model.ts";
import { query } from "./query.ts";

export interface ExportNodeRow {
  id: string;
  label: string;
  type: string;
  /** The node's top-level Cluster id, or null. */
  cluster: string | null;
  /** The node's Cluster ids on the finer levels (1, 2, …), coarsest first; empty when unclustered. */
  finerClusters: string[];
  x: number | null;
  y: number | null;
  size: number | null;
  year: number | null;
  paperCount: number | null;
  stub: boolean;
}

const FINER_CLUSTERS = (v: string) =>
  `COLLECT { MATCH (${v})-[:IN_CLUSTER]->(k:Cluster) WHERE k.level > 0 RETURN k.id ORDER BY k.level }`;

const TOP_CLUSTER = (v: string) =>
  `coalesce(COLLECT { MATCH (${v})-[:IN_CLUSTER]->(k:Cluster {level: 0}) RETURN k.id }[0], toString(${v}.cluster))`;

export const EXPORT_PAPERS = query<Record<string, never>, ExportNodeRow>(`
  MATCH (n:Paper)
  RETURN n.id AS id, coalesce(n.title, n.id) AS label, 'paper' AS type, ${TOP_CLUSTER("n")} AS cluster, ${FINER_CLUSTERS("n")} AS finerClusters,
         n.x AS x, n.y AS y, n.size AS size, n.year AS year, null AS paperCount, coalesce(n.stub, false) AS stub
  ORDER BY id`);

export const EXPORT_CONCEPTS = query<Record<string, never>, ExportNodeRow>(`
  MATCH (n:Concept)
  RETURN n.id AS id, coalesce(n.name, n.id) AS label, coalesce(n.type, 'concept') AS type, ${TOP_CLUSTER("n")} AS cluster, ${FINER_CLUSTERS("n")} AS finerClusters,
         n.x AS x, n.y AS y, n.size AS size, null AS year, n.paperCount AS paperCount, false AS stub
  ORDER BY id`);

export interface ExportEdgeRow {
  source: string;
  target: string;
  type: Extract<RelType, "MENTIONS" | "CITES" | "RELATED">;
  weight: number;
}

export const EXPORT_EDGES = query<Record<string, never>, ExportEdgeRow>(`
  CALL () {
    MATCH (a:Paper)-[r:MENTIONS]->(b:Concept)
    RETURN a.id AS source, b.id AS target, 'MENTIONS' AS type, toFloat(coalesce(r.weight, r.count, 1)) AS weight
    UNION ALL
    MATCH (a:Paper)-[r:CITES]->(b:Paper) WHERE a <> b
    RETURN a.id AS source, b.id AS target, 'CITES' AS type, 1.0 AS weight
    UNION ALL
    MATCH (a)-[r:RELATED]->(b) WHERE (a:Paper OR a:Concept) AND (b:Paper OR b:Concept) AND a <> b
    RETURN a.id AS source, b.id AS target, 'RELATED' AS type, toFloat(coalesce(r.strength, 1)) AS weight
  }
  RETURN source, target, type, max(weight) AS weight
  ORDER BY type DESC, source, target`);

export interface ExportClusterRow {
  id: string;
  number: number;
  label: string;
}

export const EXPORT_CLUSTERS = query<Record<string, never>, ExportClusterRow>(`
  MATCH (c:Cluster) WHERE coalesce(c.level, 0) = 0
  RETURN c.id AS id, coalesce(c.number, 0) AS number, coalesce(c.label, c.id) AS label
  ORDER BY number, id`);

export interface ExportFinerClusterRow extends ExportClusterRow {
  /** 1, 2, …: finer the higher (schema/model/cluster.ts). */
  level: number;
}

/** The clusters below the top level, for the per-level node attributes of the exports. */
export const EXPORT_FINER_CLUSTERS = query<Record<string, never>, ExportFinerClusterRow>(`
  MATCH (c:Cluster) WHERE c.level > 0
  RETURN c.id AS id, c.level AS level, coalesce(c.number, 0) AS number, coalesce(c.label, c.id) AS label
  ORDER BY level, number, id`);

/** A node's cluster at one level of the hierarchy (0 = top), for exports of a finer level. */
export interface ExportMemberRow {
  id: string;
  cluster: string;
}

export const EXPORT_LEVEL_MEMBERS = query<{ level: number }, ExportMemberRow>(`
  MATCH (n)-[r:IN_CLUSTER]->(k:Cluster) WHERE (n:Paper OR n:Concept) AND coalesce(k.level, r.level) = $level
  RETURN n.id AS id, min(k.id) AS cluster
  ORDER BY id`);

export const EXPORT_LEVEL_CLUSTERS = query<{ level: number }, ExportClusterRow>(`
  MATCH (c:Cluster) WHERE coalesce(c.level, 0) = $level
  RETURN c.id AS id, coalesce(c.number, 0) AS number, coalesce(c.label, c.id) AS label
  ORDER BY number, id`);

/** A paper as a bibliographic exporter writes it (WoS plain text): what a record and a CR line need. */
export interface ExportPaperRow {
  id: string;
  title: string;
  abstract: string;
  published: string | null;
  year: number | null;
  doi: string | null;
  arxivId: string | null;
  stub: boolean;
  /** Author names in WRITTEN_BY position order. */
  authors: string[];
}

export const EXPORT_BIBLIOGRAPHY = query<Record<string, never>, ExportPaperRow>(`
  MATCH (p:Paper)
  RETURN p.id AS id, coalesce(p.title, '') AS title, coalesce(p.abstract, '') AS abstract,
         p.published AS published, p.year AS year, p.doi AS doi, p.arxivId AS arxivId,
         coalesce(p.stub, false) AS stub,
         COLLECT { MATCH (p)-[w:WRITTEN_BY]->(a:Author) WITH a, w ORDER BY w.position RETURN a.name } AS authors
  ORDER BY id`);
