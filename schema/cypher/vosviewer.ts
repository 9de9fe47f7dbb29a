/**
 * Named queries for a VOSviewer import (ingest/vosviewer/): a map's items as papers and concepts
 * with their positions, its links as MENTIONS, CITES or RELATED with their strengths, and its
 * clusters as the current ClusterRun. Everything MERGEs on ids, so importing the same file again
 * writes the same values; `ingest/vosviewer/run.ts` runs them in one write transaction. What the
 * file carries (positions, clusters, strengths) is set; what it does not (a title already stored,
 * an abstract) is kept: names, titles and years are written only on nodes the import creates.
 */
import type { Cluster, ClusterNode, ClusterRun, ConceptNode, ConceptType, PaperNode } from "../model.ts";
import { CONCEPT_LABELS, CONCEPT_TYPES } from "../model.ts";
import { query, type Query } from "./query.ts";

/** A map item that is a paper: what a new Paper node gets, and the position the file gives it. */
export type VosPaperRow = Pick<PaperNode, "id" | "title" | "titleHash" | "year" | "published" | "arxivId" | "doi"> & {
  x: number | null;
  y: number | null;
};

/** A map item that is a concept (the type picks the statement, so it is not a row field). */
export type VosConceptRow = Pick<ConceptNode, "id" | "name"> & {
  paperCount: number | null;
  x: number | null;
  y: number | null;
};

export interface VosMentionRow {
  paperId: string;
  conceptId: string;
  weight: number;
}

export interface VosCiteRow {
  source: string;
  target: string;
}

export interface VosRelatedRow {
  source: string;
  target: string;
  strength: number;
}

/** A node's imported cluster (level 0 only: a VOSviewer map has one level). */
export interface VosMemberRow {
  id: string;
  cluster: Cluster["id"];
}

/** The Paper or Concept with this id, by the two id indexes (a label-less match would scan every node). */
const NODE = (v: string, id: string) =>
  `OPTIONAL MATCH (${v}p:Paper {id: ${id}}) OPTIONAL MATCH (${v}c:Concept {id: ${id}})
  WITH *, coalesce(${v}p, ${v}c) AS ${v} WHERE ${v} IS NOT NULL`;

/** New papers get the fields every Paper has (empty where the file says nothing); all get x and y. */
export const MERGE_VOS_PAPERS = query<{ papers: VosPaperRow[]; file: string }, { merged: number }>(`
  UNWIND $papers AS p
  MERGE (n:Paper {id: p.id})
  ON CREATE SET n.title = p.title, n.titleHash = p.titleHash, n.year = p.year, n.published = p.published,
                n.arxivId = p.arxivId, n.doi = p.doi, n.abstract = '', n.links = [], n.sources = [$file],
                n.occurrences = [], n.stub = false
  SET n.x = p.x, n.y = p.y
  RETURN count(n) AS merged`);

type MergeConcepts = Query<{ concepts: VosConceptRow[] }, { merged: number }>;

/** One statement per type: labels cannot be parameters, so each is spelled from the fixed label table. */
export const MERGE_VOS_CONCEPTS: Readonly<Record<ConceptType, MergeConcepts>> = Object.fromEntries(
  CONCEPT_TYPES.map((type) => [
    type,
    query<{ concepts: VosConceptRow[] }, { merged: number }>(`
      UNWIND $concepts AS c
      MERGE (n:Concept {id: c.id})
      ON CREATE SET n:${CONCEPT_LABELS[type]}, n.name = c.name, n.type = '${type}', n.aliases = [c.name],
                    n.aliasText = c.name, n.paperCount = c.paperCount
      SET n.x = c.x, n.y = c.y
      RETURN count(n) AS merged`),
  ]),
) as Record<ConceptType, MergeConcepts>;

/** A concept the file gave no paper count: the papers that now mention it. */
export const COUNT_VOS_CONCEPT_PAPERS = query<{ ids: string[] }, { counted: number }>(`
  MATCH (c:Concept) WHERE c.id IN $ids AND c.paperCount IS NULL
  SET c.paperCount = COUNT { (:Paper)-[:MENTIONS]->(c) }
  RETURN count(c) AS counted`);

export const MERGE_VOS_MENTIONS = query<{ mentions: VosMentionRow[] }, { merged: number }>(`
  UNWIND $mentions AS m
  MATCH (p:Paper {id: m.paperId})
  MATCH (c:Concept {id: m.conceptId})
  MERGE (p)-[r:MENTIONS]->(c)
  ON CREATE SET r.count = toInteger(round(m.weight)), r.inTitle = false
  SET r.weight = m.weight
  RETURN count(r) AS merged`);

/**
 * A paper–paper link of our own export: one CITES per direction it stands for. A pair already
 * linked by a citation either way gets no new one (the file cannot say which way it points).
 */
export const MERGE_VOS_CITES = query<{ cites: VosCiteRow[]; both: boolean }, { merged: number }>(`
  UNWIND $cites AS c
  MATCH (a:Paper {id: c.source})
  MATCH (b:Paper {id: c.target})
  WITH a, b WHERE $both OR NOT EXISTS { (a)-[:CITES]-(b) }
  MERGE (a)-[r:CITES {source: 'vosviewer'}]->(b)
  WITH a, b, r
  CALL (a, b) {
    WITH a, b WHERE $both
    MERGE (b)-[:CITES {source: 'vosviewer'}]->(a)
  }
  RETURN count(r) AS merged`);

/** Undirected: MERGE without a direction finds the pair whichever way it was written. */
export const MERGE_VOS_RELATED = query<{ links: VosRelatedRow[] }, { merged: number }>(`
  UNWIND $links AS l
  ${NODE("a", "l.source")}
  ${NODE("b", "l.target")}
  MERGE (a)-[r:RELATED]-(b)
  SET r.strength = l.strength
  RETURN count(r) AS merged`);

/**
 * The imported run becomes the only current one: other runs are retired (kept as a record, as
 * `paperatlas cluster` keeps them) and every Cluster not of this run goes, with its IN_CLUSTER and
 * PART_OF. Re-importing the same file finds its run current and changes nothing.
 */
export const REPLACE_WITH_VOS_RUN = query<{ run: ClusterRun; at: string }, { id: string }>(`
  OPTIONAL MATCH (old:ClusterRun {current: true}) WHERE old.id <> $run.id
  SET old.current = false, old.replacedAt = $at
  WITH count(old) AS retired
  OPTIONAL MATCH (k:Cluster) WHERE k.run IS NULL OR k.run <> $run.id
  DETACH DELETE k
  WITH count(k) AS deleted
  MERGE (r:ClusterRun {id: $run.id})
  WITH r, coalesce(r.createdAt, $run.createdAt) AS createdAt, coalesce(r.layoutAt, $run.layoutAt) AS layoutAt
  SET r = $run
  SET r.createdAt = createdAt, r.layoutAt = layoutAt, r.current = true
  RETURN r.id AS id`);

/** With their centres (computed from the file's positions, plan.ts). */
export const MERGE_VOS_CLUSTERS = query<{ clusters: ClusterNode[] }, { merged: number }>(`
  UNWIND $clusters AS c
  MERGE (k:Cluster {id: c.id})
  SET k = c
  RETURN count(k) AS merged`);

/** Every paper or concept not in the file's clusters loses its `cluster`; the members get theirs. */
export const ASSIGN_VOS_MEMBERS = query<{ members: VosMemberRow[] }, { assigned: number }>(`
  CALL () {
    MATCH (n) WHERE (n:Paper OR n:Concept) AND n.cluster IS NOT NULL
    REMOVE n.cluster
  }
  UNWIND $members AS m
  ${NODE("n", "m.id")}
  MATCH (k:Cluster {id: m.cluster})
  SET n.cluster = k.id
  MERGE (n)-[:IN_CLUSTER {level: 0}]->(k)
  RETURN count(n) AS assigned`);
