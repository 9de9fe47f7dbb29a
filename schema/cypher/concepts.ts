/** Named queries for concepts, mentions and inferred citations (GUIDE §3, §4). */
import { CONCEPT_LABELS, CONCEPT_TYPES, type ConceptType } from "../model.ts";
import { query, type Query } from "./query.ts";

export interface ConceptRow {
  id: string;
  name: string;
  aliases: string[];
}

export interface MentionRow {
  paperId: string;
  conceptId: string;
  count: number;
  inTitle: boolean;
  weight: number;
}

type UpsertConcepts = Query<{ concepts: ConceptRow[] }, { upserted: number }>;

/**
 * One upsert per concept type: labels cannot be parameters, so each type gets its own statement,
 * spelled from the fixed label table (never from input).
 */
export const UPSERT_CONCEPTS: Readonly<Record<ConceptType, UpsertConcepts>> = Object.fromEntries(
  CONCEPT_TYPES.map((type) => [
    type,
    query<{ concepts: ConceptRow[] }, { upserted: number }>(`
      UNWIND $concepts AS c
      MERGE (n:Concept {id: c.id})
      ON CREATE SET n.name = c.name, n.type = '${type}', n.aliases = []
      SET n:${CONCEPT_LABELS[type]}
      WITH n, c, reduce(acc = coalesce(n.aliases, []), a IN c.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
      SET n.aliases = aliases, n.aliasText = reduce(s = '', a IN aliases | s + ' ' + a)
      RETURN count(n) AS upserted`),
  ]),
) as Record<ConceptType, UpsertConcepts>;

/** Clears what extraction wrote for these papers, so re-extracting a changed paper replaces it. */
export const CLEAR_EXTRACTION = query<{ ids: string[] }, { cleared: number }>(`
  MATCH (p:Paper)-[r:MENTIONS|PROPOSES]->(:Concept) WHERE p.id IN $ids
  DELETE r
  RETURN count(r) AS cleared`);

export const CREATE_MENTIONS = query<{ mentions: MentionRow[] }, { created: number }>(`
  UNWIND $mentions AS m
  MATCH (p:Paper {id: m.paperId})
  MATCH (c:Concept {id: m.conceptId})
  MERGE (p)-[r:MENTIONS]->(c)
  SET r.count = m.count, r.inTitle = m.inTitle, r.weight = m.weight
  RETURN count(r) AS created`);

/** MENTIONS of papers that had none (just created by the load): CREATE, one row per (paper, concept). */
export const CREATE_NEW_MENTIONS = query<{ mentions: MentionRow[] }, { created: number }>(`
  UNWIND $mentions AS m
  MATCH (p:Paper {id: m.paperId})
  MATCH (c:Concept {id: m.conceptId})
  CREATE (p)-[r:MENTIONS {count: m.count, inTitle: m.inTitle, weight: m.weight}]->(c)
  RETURN count(r) AS created`);

export const CREATE_PROPOSES = query<{ proposals: { paperId: string; conceptId: string }[] }, { created: number }>(`
  UNWIND $proposals AS m
  MATCH (p:Paper {id: m.paperId})
  MATCH (c:Concept {id: m.conceptId}) WHERE c:Method
  MERGE (p)-[r:PROPOSES]->(c)
  RETURN count(r) AS created`);

/** Concepts nobody mentions any more (after re-extraction) go. */
export const DELETE_ORPHAN_CONCEPTS = query<Record<string, never>, { deleted: number }>(`
  MATCH (c:Concept) WHERE NOT (c)<-[:MENTIONS]-(:Paper)
  DETACH DELETE c
  RETURN count(*) AS deleted`);

export const SET_CONCEPT_PAPER_COUNTS = query<Record<string, never>, { concepts: number }>(`
  MATCH (c:Concept)
  SET c.paperCount = COUNT { (c)<-[:MENTIONS]-(:Paper) }
  RETURN count(c) AS concepts`);

/**
 * `(A)-[:CITES {source:'inferred'}]->(B)` when A names a method B proposes (GUIDE §3). Rebuilt
 * whole each time, so a changed paper never leaves a stale inference behind.
 */
export const REBUILD_INFERRED_CITATIONS = query<Record<string, never>, { cites: number }>(`
  CALL () {
    MATCH (:Paper)-[r:CITES {source: 'inferred'}]->(:Paper)
    DELETE r
  }
  MATCH (a:Paper)-[:MENTIONS]->(m:Method)<-[:PROPOSES]-(b:Paper)
  WHERE a <> b AND NOT (a)-[:PROPOSES]->(m)
  WITH a, b, collect(m.name) AS methods
  MERGE (a)-[r:CITES {source: 'inferred'}]->(b)
  SET r.evidence = methods[0], r.methods = methods
  RETURN count(r) AS cites`);
