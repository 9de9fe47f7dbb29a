/**
 * Constraints and indexes of the graph model (GUIDE §3), applied idempotently at every start:
 * each statement says IF NOT EXISTS, so applying them twice changes nothing.
 */
export const CONSTRAINTS: readonly string[] = [
  "CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT author_id IF NOT EXISTS FOR (n:Author) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (n:Cluster) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT source_sha256 IF NOT EXISTS FOR (n:Source) REQUIRE n.sha256 IS UNIQUE",
];

export const INDEXES: readonly string[] = [
  "CREATE INDEX paper_year IF NOT EXISTS FOR (n:Paper) ON (n.year)",
  // Identity across sources: the load finds a paper by any of its identifiers or its title's hash.
  "CREATE INDEX paper_arxiv_id IF NOT EXISTS FOR (n:Paper) ON (n.arxivId)",
  "CREATE INDEX paper_doi IF NOT EXISTS FOR (n:Paper) ON (n.doi)",
  "CREATE INDEX paper_openalex_id IF NOT EXISTS FOR (n:Paper) ON (n.openalexId)",
  "CREATE INDEX paper_s2_id IF NOT EXISTS FOR (n:Paper) ON (n.s2Id)",
  "CREATE INDEX paper_title_hash IF NOT EXISTS FOR (n:Paper) ON (n.titleHash)",
  "CREATE INDEX concept_name IF NOT EXISTS FOR (n:Concept) ON (n.name)",
  "CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract]",
  "CREATE FULLTEXT INDEX concept_text IF NOT EXISTS FOR (n:Concept) ON EACH [n.name, n.aliasText]",
];

/** Everything `applySchema` runs, constraints first (an index cannot precede its constraint's backing index). */
export const SCHEMA_STATEMENTS: readonly string[] = [...CONSTRAINTS, ...INDEXES];
