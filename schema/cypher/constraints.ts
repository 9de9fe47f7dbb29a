/**
 * Constraints and indexes of the graph model (GUIDE §3), applied idempotently at every start:
 * each statement says IF NOT EXISTS, so applying them twice changes nothing.
 */
import type { Label, NodeProps } from "../model.ts";
import { query } from "./query.ts";

/** A full-text index over stored properties of one label (a misspelt property is a compile error). */
type FullTextIndex = {
  [L in Label]: { name: string; label: L; properties: readonly (keyof NodeProps[L] & string)[] };
}[Label];

export const CONSTRAINTS: readonly string[] = [
  "CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT author_id IF NOT EXISTS FOR (n:Author) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT source_sha256 IF NOT EXISTS FOR (n:Source) REQUIRE n.sha256 IS UNIQUE",
];

/**
 * Full-text indexes for search. Eventually consistent: a commit hands its text to Lucene's own
 * thread instead of indexing it inline, so a bulk load's writes and its text indexing overlap on
 * two cores (bench:ingest). Writers that must be searchable at once run AWAIT_TEXT_INDEXES after.
 */
export const FULLTEXT_INDEXES = [
  { name: "paper_text", label: "Paper", properties: ["title", "abstract"] },
  { name: "concept_text", label: "Concept", properties: ["name", "aliasText"] },
] as const satisfies readonly FullTextIndex[];

/** Waits until every eventually consistent full-text index has taken in all committed writes. */
export const AWAIT_TEXT_INDEXES = query<Record<string, never>>(
  "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()",
);

/** Full-text indexes a store made before they were eventually consistent: dropped, then made anew. */
export const FIND_STALE_FULLTEXT_INDEXES = `
  SHOW FULLTEXT INDEXES YIELD name, options
  WHERE name IN $names AND options.indexConfig['fulltext.eventually_consistent'] <> true
  RETURN name`;

export const INDEXES: readonly string[] = [
  "CREATE INDEX paper_year IF NOT EXISTS FOR (n:Paper) ON (n.year)",
  // Identity across sources: the load finds a paper by any of its identifiers or its title's hash.
  "CREATE INDEX paper_arxiv_id IF NOT EXISTS FOR (n:Paper) ON (n.arxivId)",
  "CREATE INDEX paper_doi IF NOT EXISTS FOR (n:Paper) ON (n.doi)",
  "CREATE INDEX paper_openalex_id IF NOT EXISTS FOR (n:Paper) ON (n.openalexId)",
  "CREATE INDEX paper_s2_id IF NOT EXISTS FOR (n:Paper) ON (n.s2Id)",
  "CREATE INDEX paper_title_hash IF NOT EXISTS FOR (n:Paper) ON (n.titleHash)",
  "CREATE INDEX concept_name IF NOT EXISTS FOR (n:Concept) ON (n.name)",
  ...FULLTEXT_INDEXES.map(
    ({ name, label, properties }) =>
      `CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON EACH [${properties.map((p) => `n.${p}`).join(", ")}] ` +
      "OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}}",
  ),
];

/** Everything `applySchema` runs, constraints first (an index cannot precede its constraint's backing index). */
export const SCHEMA_STATEMENTS: readonly string[] = [...CONSTRAINTS, ...INDEXES];
