/**
 * Named queries for cluster reports (issue 7): the corpus overview, the clusters of the current
 * run, each reported cluster's papers (with links inside and outside it), its most-mentioned
 * concepts per type, the concepts its label is made of, the links between clusters of one level,
 * and a sample of positioned nodes for the map picture. `report/read.ts` runs them in one read
 * transaction; `report/data.ts` builds the report from their rows. `$cluster` null = every cluster
 * of `$level`.
 */
import type { Cluster, RelType } from "../model.ts";
import { query } from "./query.ts";

export interface ReportCorpusRow {
  papers: number;
  stubs: number;
  mentions: number;
  cites: number;
}

export const REPORT_CORPUS = query<Record<string, never>, ReportCorpusRow>(`
  CALL () { MATCH (p:Paper) WHERE NOT coalesce(p.stub, false) RETURN count(p) AS papers }
  CALL () { MATCH (p:Paper) WHERE coalesce(p.stub, false) RETURN count(p) AS stubs }
  CALL () { MATCH (:Paper)-[r:MENTIONS]->(:Concept) RETURN count(r) AS mentions }
  CALL () { MATCH (:Paper)-[r:CITES]->(:Paper) RETURN count(r) AS cites }
  RETURN papers, stubs, mentions, cites`);

export const REPORT_CONCEPT_TYPES = query<Record<string, never>, { type: string | null; count: number }>(`
  MATCH (c:Concept)
  RETURN c.type AS type, count(*) AS count
  ORDER BY type`);

export const REPORT_YEARS = query<Record<string, never>, { year: number | null; papers: number }>(`
  MATCH (p:Paper) WHERE NOT coalesce(p.stub, false)
  RETURN p.year AS year, count(*) AS papers
  ORDER BY year`);

export interface ReportSourceRow {
  name: string;
  format: string;
  paperCount: number;
  ingestedAt: string | null;
}

export const REPORT_SOURCES = query<Record<string, never>, ReportSourceRow>(`
  MATCH (s:Source)
  RETURN coalesce(s.name, s.path, s.sha256) AS name, coalesce(s.format, '') AS format,
         coalesce(s.paperCount, COUNT { (s)<-[:FROM]-(:Paper) }) AS paperCount, s.ingestedAt AS ingestedAt
  ORDER BY name, ingestedAt`);

/** A stored cluster as the report reads it: counts from IN_CLUSTER, a position when laid out. */
export type ReportClusterRow = Pick<
  Cluster,
  "id" | "level" | "number" | "label" | "size" | "paperCount" | "conceptCount" | "topConcepts"
> & {
  parent: string | null;
  x: number | null;
  y: number | null;
};

/** Every cluster of the current clustering, each level, with member counts taken from IN_CLUSTER. */
export const REPORT_CLUSTERS = query<Record<string, never>, ReportClusterRow>(`
  MATCH (c:Cluster)
  WITH c, COUNT { (c)<-[:IN_CLUSTER]-(:Paper) } AS paperCount, COUNT { (c)<-[:IN_CLUSTER]-(:Concept) } AS conceptCount
  RETURN c.id AS id, coalesce(c.level, 0) AS level, coalesce(c.number, 0) AS number, coalesce(c.label, c.id) AS label,
         coalesce(c.size, paperCount + conceptCount) AS size, paperCount, conceptCount,
         [x IN coalesce(c.topConcepts, []) | toString(x)] AS topConcepts,
         coalesce(c.parent, COLLECT { MATCH (c)-[:PART_OF]->(p:Cluster) RETURN p.id }[0]) AS parent,
         c.x AS x, c.y AS y
  ORDER BY level, number, id`);

export interface ReportPaperRow {
  cluster: string;
  id: string;
  title: string;
  year: number | null;
  published: string | null;
  upvotes: number | null;
  internalLinks: number;
  externalLinks: number;
  linkedClusters: number;
}

/** The papers of the reported clusters, each with its links inside and outside its cluster. */
export const REPORT_PAPERS = query<{ level: number; cluster: string | null }, ReportPaperRow>(`
  MATCH (k:Cluster {level: $level}) WHERE $cluster IS NULL OR k.id = $cluster
  MATCH (k)<-[:IN_CLUSTER]-(p:Paper)
  CALL (p, k) {
    OPTIONAL MATCH (p)-[:MENTIONS|CITES]-(n)-[:IN_CLUSTER]->(o:Cluster {level: $level}) WHERE n <> p
    RETURN count(CASE WHEN o = k THEN 1 END) AS internalLinks, count(CASE WHEN o <> k THEN 1 END) AS externalLinks,
           count(DISTINCT CASE WHEN o <> k THEN o END) AS linkedClusters
  }
  RETURN k.id AS cluster, p.id AS id, coalesce(p.title, p.id) AS title, p.year AS year, p.published AS published,
         p.upvotes AS upvotes, internalLinks, externalLinks, linkedClusters
  ORDER BY cluster, id`);

export interface ReportConceptRow {
  cluster: string;
  id: string;
  name: string;
  type: string | null;
  /** The cluster's papers that mention the concept. */
  paperIds: string[];
  corpusPapers: number;
  member: boolean;
}

/** Per reported cluster and concept type, the `$perType` concepts most of the cluster's papers mention. */
export const REPORT_CONCEPTS = query<{ level: number; cluster: string | null; perType: number }, ReportConceptRow>(`
  MATCH (k:Cluster {level: $level}) WHERE $cluster IS NULL OR k.id = $cluster
  CALL (k) {
    MATCH (k)<-[:IN_CLUSTER]-(p:Paper)-[:MENTIONS]->(c:Concept)
    WITH c, p ORDER BY p.id
    WITH c, collect(p.id) AS paperIds
    ORDER BY size(paperIds) DESC, c.id
    WITH c.type AS type, collect({c: c, paperIds: paperIds})[0..toInteger($perType)] AS top
    UNWIND top AS t
    WITH t.c AS c, t.paperIds AS paperIds
    RETURN c.id AS id, coalesce(c.name, c.id) AS name, c.type AS type, paperIds,
           coalesce(c.paperCount, COUNT { (c)<-[:MENTIONS]-(:Paper) }) AS corpusPapers,
           EXISTS { (c)-[:IN_CLUSTER]->(k) } AS member
  }
  RETURN k.id AS cluster, id, name, type, paperIds, corpusPapers, member
  ORDER BY cluster, type, id`);

export interface ReportLabelConceptRow {
  cluster: string;
  /** Place in the label, 0 first. */
  position: number;
  id: string;
  name: string;
  type: string | null;
  /** The naming score stored with the cluster (`Cluster.labelScores`). */
  score: number;
  /** The cluster's papers that mention the concept. */
  papers: number;
  corpusPapers: number;
}

/** Per reported cluster, the concepts its label is made of (`labelConceptIds`) with their stored scores. */
export const REPORT_LABEL_CONCEPTS = query<{ level: number; cluster: string | null }, ReportLabelConceptRow>(`
  MATCH (k:Cluster {level: $level}) WHERE $cluster IS NULL OR k.id = $cluster
  WITH k, coalesce(k.labelConceptIds, []) AS ids, coalesce(k.labelScores, []) AS scores
  UNWIND range(0, size(ids) - 1) AS position
  MATCH (c:Concept {id: ids[position]})
  RETURN k.id AS cluster, position, c.id AS id, coalesce(c.name, c.id) AS name, c.type AS type,
         toFloat(coalesce(scores[position], 0)) AS score,
         COUNT { (c)<-[:MENTIONS]-(:Paper)-[:IN_CLUSTER]->(k) } AS papers,
         coalesce(c.paperCount, COUNT { (c)<-[:MENTIONS]-(:Paper) }) AS corpusPapers
  ORDER BY cluster, position`);

export interface ReportLinkRow {
  source: string;
  target: string;
  type: Extract<RelType, "MENTIONS" | "CITES">;
  links: number;
  weight: number;
}

/** Relationships between clusters of one level, counted once each, by the clusters of their two ends. */
export const REPORT_LINKS = query<{ level: number; cluster: string | null }, ReportLinkRow>(`
  MATCH (a:Cluster {level: $level})<-[:IN_CLUSTER]-(x)-[r:MENTIONS|CITES]->(y)-[:IN_CLUSTER]->(b:Cluster {level: $level})
  WHERE a <> b AND ($cluster IS NULL OR a.id = $cluster OR b.id = $cluster)
  RETURN a.id AS source, b.id AS target, type(r) AS type, count(r) AS links, round(sum(toFloat(coalesce(r.weight, 1))), 6) AS weight
  ORDER BY source, target, type`);

export interface ReportMapRow {
  x: number;
  y: number;
  size: number | null;
  kind: "paper" | "concept";
  /** The node's top-level Cluster id, or null. */
  cluster: string | null;
  focus: boolean;
}

/** Positioned nodes for the map picture: the reported cluster's first, then the largest. */
export const REPORT_MAP = query<{ cluster: string | null; limit: number }, ReportMapRow>(`
  MATCH (n) WHERE (n:Paper OR n:Concept) AND n.x IS NOT NULL AND n.y IS NOT NULL
  WITH n, $cluster IS NOT NULL AND EXISTS { (n)-[:IN_CLUSTER]->(:Cluster {id: $cluster}) } AS focus
  ORDER BY focus DESC, coalesce(n.size, 1) DESC, n.id
  LIMIT toInteger($limit)
  RETURN toFloat(n.x) AS x, toFloat(n.y) AS y, n.size AS size, CASE WHEN n:Paper THEN 'paper' ELSE 'concept' END AS kind,
         COLLECT { MATCH (n)-[:IN_CLUSTER]->(k:Cluster {level: 0}) RETURN k.id }[0] AS cluster, focus`);

export const REPORT_MAP_TOTAL = query<Record<string, never>, { total: number }>(`
  MATCH (n) WHERE (n:Paper OR n:Concept) AND n.x IS NOT NULL AND n.y IS NOT NULL
  RETURN count(n) AS total`);

/** The cluster a report names, if it exists. */
export const REPORT_CLUSTER_LEVEL = query<{ id: string }, { level: number }>(`
  MATCH (c:Cluster {id: $id})
  RETURN coalesce(c.level, 0) AS level`);
