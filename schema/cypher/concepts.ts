/** Named queries for concepts, mentions and inferred citations (GUIDE §3, §4). */
import { CONCEPT_LABELS, CONCEPT_TYPES, type ConceptNode, type MentionsRel, type PaperNode } from "../model.ts";
import { query } from "./query.ts";

/** A concept as extraction gives it (its type is the statement's label). */
export type ConceptRow = Pick<ConceptNode, "id" | "name" | "aliases">;

/** `(Paper {id: paperId})-[:MENTIONS {count, inTitle, weight}]->(Concept {id: conceptId})`. */
export type MentionRow = { paperId: PaperNode["id"]; conceptId: ConceptNode["id"] } & MentionsRel;

/** `(Paper {id: paperId})-[:PROPOSES]->(Method {id: conceptId})`. */
export type ProposesRow = Pick<MentionRow, "paperId" | "conceptId">;

/** A concept as the load writes it: `aliasText` joins the aliases for the full-text index. */
export type NewConceptRow = ConceptRow & Pick<ConceptNode, "aliasText">;

/** The stored aliases of these concepts, for the load to tell new concepts and new aliases apart. */
export const FIND_CONCEPT_ALIASES = query<{ ids: string[] }, { id: string; aliases: string[] }>(`
  MATCH (c:Concept) WHERE c.id IN $ids
  RETURN c.id AS id, coalesce(c.aliases, []) AS aliases`);

/** A concept the load creates, with its type (which gives its label). */
export type TypedConceptRow = NewConceptRow & Pick<ConceptNode, "type">;

/** The label of each type as a Cypher map literal, spelled from the fixed label table (never from input). */
const LABEL_OF_TYPE = `{${CONCEPT_TYPES.map((type) => `${type}: '${CONCEPT_LABELS[type]}'`).join(", ")}}`;

/**
 * Concepts the graph does not have yet (FIND_CONCEPT_ALIASES said so in the same transaction):
 * CREATE with every property at once, no MERGE lock-and-check, every type in one statement (the
 * type's label is looked up in the fixed table; a type not in it fails the statement).
 */
export const CREATE_CONCEPTS = query<{ concepts: TypedConceptRow[] }, { created: number }>(`
  UNWIND $concepts AS c
  CREATE (n:Concept:$(${LABEL_OF_TYPE}[c.type]))
  SET n.id = c.id, n.name = c.name, n.type = c.type, n.aliases = c.aliases, n.aliasText = c.aliasText
  RETURN count(n) AS created`);

/** Stored concepts that gained aliases: the merged list (stored order, then the new ones). */
export const SET_CONCEPT_ALIASES = query<{ concepts: NewConceptRow[] }, { updated: number }>(`
  UNWIND $concepts AS c
  MATCH (n:Concept {id: c.id})
  SET n.aliases = c.aliases, n.aliasText = c.aliasText
  RETURN count(n) AS updated`);

/**
 * Concepts nobody mentions any more (after re-extraction) go; a term a VOSviewer map brought
 * (ingest/vosviewer/), linked by RELATED and mentioned by no paper, stays.
 */
export const DELETE_ORPHAN_CONCEPTS = query<Record<string, never>, { deleted: number }>(`
  MATCH (c:Concept) WHERE NOT (c)<-[:MENTIONS]-(:Paper) AND NOT (c)-[:RELATED]-()
  DETACH DELETE c
  RETURN count(*) AS deleted`);

/** Papers that mention each concept; a map's term no paper mentions keeps the count the map gave. */
export const SET_CONCEPT_PAPER_COUNTS = query<Record<string, never>, { concepts: number }>(`
  MATCH (c:Concept)
  WITH c, COUNT { (c)<-[:MENTIONS]-(:Paper) } AS mentioned
  SET c.paperCount = CASE WHEN mentioned = 0 AND (c)-[:RELATED]-() THEN coalesce(c.paperCount, 0) ELSE mentioned END
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
