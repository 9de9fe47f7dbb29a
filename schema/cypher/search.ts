/**
 * Named queries for search: Neo4j's full-text indexes `paper_text` (title, abstract) and
 * `concept_text` (name, aliases), declared in constraints.ts. `$paperLucene` and `$conceptLucene`
 * are Lucene queries the server builds from the user's words with every special character escaped
 * (never raw input).
 */
import { clusterKeyOf } from "./map.ts";
import { query } from "./query.ts";

export interface SearchRow {
  id: string;
  kind: "paper" | "concept";
  type: string;
  label: string;
  score: number;
  cluster: string | null;
  year: number | null;
  paperCount: number | null;
}

export interface SearchParams {
  /** Lucene query for `paper_text` (fields title, abstract) and for `concept_text` (name, aliasText). */
  paperLucene: string;
  conceptLucene: string;
  /** How many hits each index returns; the server merges and cuts them (routes/search.ts). */
  fetch: number;
  /** Node types to keep, or null for all. */
  types: string[] | null;
}

export const SEARCH_NODES = query<SearchParams, SearchRow>(`
  CALL () {
    CALL db.index.fulltext.queryNodes('paper_text', $paperLucene, {limit: toInteger($fetch)}) YIELD node, score
    RETURN node.id AS id, 'paper' AS kind, 'paper' AS type, node.title AS label, score,
           node AS n, node.year AS year, null AS paperCount
    UNION ALL
    CALL db.index.fulltext.queryNodes('concept_text', $conceptLucene, {limit: toInteger($fetch)}) YIELD node, score
    RETURN node.id AS id, 'concept' AS kind, node.type AS type, node.name AS label, score,
           node AS n, null AS year, coalesce(node.paperCount, 0) AS paperCount
  }
  WITH id, kind, type, label, score, n, year, paperCount
  WHERE $types IS NULL OR type IN $types
  RETURN id, kind, type, label, score, ${clusterKeyOf("n")} AS cluster, year, paperCount`);
