/**
 * Queries of the bulk first load (ingest/bulk): the emptiness check before it, and the fix-ups
 * after neo4j-admin's import for what CSV cannot say.
 */
import { query } from "./query.ts";

/** Any node at all: a bulk load replaces the whole database, so it only runs on an empty one. */
export const ANY_NODE = query<Record<string, never>, { found: boolean }>(`
  MATCH (n) RETURN true AS found LIMIT 1`);

/**
 * The importer cannot write an empty list (an empty array field is no property); the transactional
 * load stores `[]`. Auto-commit statements (CALL … IN TRANSACTIONS), run in their own session.
 */
export const FILL_EMPTY_LISTS: readonly string[] = [
  `MATCH (p:Paper) WHERE p.links IS NULL OR p.sources IS NULL OR p.occurrences IS NULL
   CALL (p) {
     SET p.links = coalesce(p.links, []), p.sources = coalesce(p.sources, []), p.occurrences = coalesce(p.occurrences, [])
   } IN TRANSACTIONS OF 20000 ROWS`,
  `MATCH (c:Concept) WHERE c.aliases IS NULL
   CALL (c) { SET c.aliases = [] } IN TRANSACTIONS OF 20000 ROWS`,
];

/** Waits for every index the schema just created to be populated (seconds). */
export const AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)";
