/**
 * The Cypher console's policy data (issue 6): which procedures a console query may call and which
 * plan operators are refused even in a read-only plan because they reach outside the graph or the
 * database (files, URLs, server settings, other sessions).
 */

/** Read-only procedures that only look at this database's graph and schema. */
export const CONSOLE_ALLOWED_PROCEDURES: readonly string[] = [
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
  "db.index.vector.queryNodes",
];

/** Plan operators refused whatever the query type: they read files/URLs or server internals. */
export const CONSOLE_REFUSED_OPERATORS: readonly string[] = [
  "LoadCSV",
  "ShowSettings",
  "ShowTransactions",
  "TerminateTransactions",
  "ShowServers",
  "ShowDatabases",
  "ShowUsers",
  "ShowRoles",
  "ShowPrivileges",
];

/** Summary query types the console accepts: `r` (read only). `rw`, `w` and `s` are refused. */
export const CONSOLE_QUERY_TYPES: readonly string[] = ["r"];
