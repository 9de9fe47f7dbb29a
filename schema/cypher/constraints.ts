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
  "CREATE INDEX concept_name IF NOT EXISTS FOR (n:Concept) ON (n.name)",
  "CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract]",
  "CREATE FULLTEXT INDEX concept_text IF NOT EXISTS FOR (n:Concept) ON EACH [n.name, n.aliasText]",
];

/** Everything `applySchema` runs, constraints first (an index cannot precede its constraint's backing index). */
export const SCHEMA_STATEMENTS: readonly string[] = [...CONSTRAINTS, ...INDEXES];
