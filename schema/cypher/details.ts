/**
 * Named queries for node and cluster details (issue 6): a paper with its concepts and citations,
 * a concept with its papers and co-occurring concepts, and clusters. Lists are bounded so a hub
 * (a concept named by thousands of papers) answers as fast as a leaf.
 */
import { clusterKeyOf, clusterRefOf } from "./map.ts";
import { query } from "./query.ts";

/** How many of a concept's papers (most relevant first) its paper list and co-occurrence count read. */
export const COOCCURRENCE_SAMPLE = 1000;

const PAPER_REF = (v: string) => `${v} {.id, title: coalesce(${v}.title, ${v}.id), .year, cluster: ${clusterKeyOf(v)}}`;
const CONCEPT_REF = (v: string, extra = "") =>
  `${v} {.id, name: coalesce(${v}.name, ${v}.id), .type, paperCount: coalesce(${v}.paperCount, 0)${extra}}`;

export interface ClusterRefRow {
  id: string;
  label: string;
  level: number;
  size: number;
}
export interface PaperRefRow {
  id: string;
  title: string;
  year: number | null;
  cluster: string | null;
}
export interface ConceptRefRow {
  id: string;
  name: string;
  type: string;
  paperCount: number;
}

/** Which kind of node an id names, if any. */
export const NODE_KIND = query<{ id: string }, { kind: "paper" | "concept" }>(`
  CALL () {
    MATCH (p:Paper {id: $id}) RETURN 'paper' AS kind
    UNION ALL
    MATCH (c:Concept {id: $id}) RETURN 'concept' AS kind
  }
  RETURN kind LIMIT 1`);

export interface PaperDetailsRow {
  paper: Record<string, unknown>;
  cluster: ClusterRefRow | null;
  concepts: ConceptRefRow[];
  proposes: ConceptRefRow[];
  citesTotal: number;
  cites: PaperRefRow[];
  citedByTotal: number;
  citedBy: PaperRefRow[];
}

export const PAPER_DETAILS = query<{ id: string; limit: number }, PaperDetailsRow>(`
  MATCH (p:Paper {id: $id})
  RETURN p {.*} AS paper,
    ${clusterRefOf("p")} AS cluster,
    COLLECT { MATCH (p)-[m:MENTIONS]->(k:Concept) WITH k, m ORDER BY coalesce(m.weight, 0) DESC, k.name
              RETURN ${CONCEPT_REF("k")} } AS concepts,
    COLLECT { MATCH (p)-[:PROPOSES]->(k:Concept) RETURN ${CONCEPT_REF("k")} } AS proposes,
    COUNT { MATCH (p)-[:CITES]->(q:Paper) WHERE q <> p RETURN DISTINCT q } AS citesTotal,
    COLLECT { MATCH (p)-[:CITES]->(q:Paper) WHERE q <> p WITH DISTINCT q ORDER BY q.year DESC, q.id LIMIT toInteger($limit)
              RETURN ${PAPER_REF("q")} } AS cites,
    COUNT { MATCH (p)<-[:CITES]-(q:Paper) WHERE q <> p RETURN DISTINCT q } AS citedByTotal,
    COLLECT { MATCH (p)<-[:CITES]-(q:Paper) WHERE q <> p WITH DISTINCT q ORDER BY q.year DESC, q.id LIMIT toInteger($limit)
              RETURN ${PAPER_REF("q")} } AS citedBy`);

export interface ConceptDetailsRow {
  concept: Record<string, unknown>;
  cluster: ClusterRefRow | null;
  paperTotal: number;
  papers: PaperRefRow[];
  proposedBy: PaperRefRow[];
  cooccurring: (ConceptRefRow & { count: number })[];
}

export const CONCEPT_DETAILS = query<{ id: string; limit: number }, ConceptDetailsRow>(`
  MATCH (k:Concept {id: $id})
  CALL (k) {
    MATCH (k)<-[m:MENTIONS]-(p:Paper)
    WITH p ORDER BY coalesce(m.weight, 0) DESC, p.id LIMIT ${COOCCURRENCE_SAMPLE}
    RETURN collect(p) AS sample
  }
  RETURN k {.*} AS concept,
    ${clusterRefOf("k")} AS cluster,
    coalesce(k.paperCount, COUNT { (k)<-[:MENTIONS]-(:Paper) }) AS paperTotal,
    [p IN sample[0..toInteger($limit)] | ${PAPER_REF("p")}] AS papers,
    COLLECT { MATCH (k)<-[:PROPOSES]-(p:Paper) WITH p ORDER BY p.id LIMIT toInteger($limit) RETURN ${PAPER_REF("p")} } AS proposedBy,
    COLLECT { UNWIND sample AS p
              MATCH (p)-[:MENTIONS]->(o:Concept) WHERE o <> k
              WITH o, count(*) AS count ORDER BY count DESC, o.id LIMIT 20
              RETURN ${CONCEPT_REF("o", ", count: count")} } AS cooccurring`);

export interface ClusterRow {
  id: string;
  label: string;
  level: number;
  size: number;
  topConcepts: string[];
  paperCount: number;
  conceptCount: number;
  modularity: number | null;
}

const CLUSTER_FIELDS = `c.id AS id, coalesce(c.label, c.id) AS label, coalesce(c.level, 0) AS level,
    coalesce(c.size, 0) AS size, [x IN coalesce(c.topConcepts, []) | toString(x)] AS topConcepts,
    coalesce(c.paperCount, COUNT { (c)<-[:IN_CLUSTER]-(:Paper) }) AS paperCount,
    coalesce(c.conceptCount, COUNT { (c)<-[:IN_CLUSTER]-(:Concept) }) AS conceptCount,
    c.modularity AS modularity`;

export const CLUSTER_LIST = query<{ level: number | null }, ClusterRow>(`
  MATCH (c:Cluster) WHERE $level IS NULL OR c.level = $level
  RETURN ${CLUSTER_FIELDS}
  ORDER BY size DESC, id`);

export interface ClusterDetailsRow extends ClusterRow {
  parent: ClusterRefRow | null;
  children: ClusterRefRow[];
  papers: PaperRefRow[];
  concepts: ConceptRefRow[];
}

const CLUSTER_REF = "{.id, label: coalesce(x.label, x.id), level: coalesce(x.level, 0), size: coalesce(x.size, 0)}";

export const CLUSTER_DETAILS = query<{ id: string; limit: number }, ClusterDetailsRow>(`
  MATCH (c:Cluster {id: $id})
  RETURN ${CLUSTER_FIELDS},
    COLLECT { MATCH (c)-[:PART_OF]->(x:Cluster) RETURN x ${CLUSTER_REF} LIMIT 1 }[0] AS parent,
    COLLECT { MATCH (c)<-[:PART_OF]-(x:Cluster) WITH x ORDER BY x.size DESC, x.id RETURN x ${CLUSTER_REF} } AS children,
    COLLECT { MATCH (c)<-[:IN_CLUSTER]-(p:Paper)
              WITH p, COUNT { (p)<-[:CITES]-(:Paper) } AS cited ORDER BY cited DESC, coalesce(p.upvotes, 0) DESC, p.id
              LIMIT toInteger($limit) RETURN ${PAPER_REF("p")} } AS papers,
    COLLECT { MATCH (c)<-[:IN_CLUSTER]-(k:Concept) WITH k ORDER BY coalesce(k.paperCount, 0) DESC, k.id
              LIMIT toInteger($limit) RETURN ${CONCEPT_REF("k")} } AS concepts`);
