/**
 * The Cypher console's policy data: which parts of Cypher a console query may use (grammar rules
 * of Neo4j's Cypher 5 grammar, as `@neo4j-cypher/language-support` names them), which functions
 * and procedures it may call, which plan operators are refused even in a read-only plan, and the
 * bounds checked before Neo4j sees the query. server/console/ enforces them.
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

/**
 * Cypher's built-in functions that compute on values or read the graph the query matched
 * (compared case-insensitively). Left out: `file()` and `linenumber()` (LOAD CSV's), `graph.*`
 * (other databases), and every plugin namespace (`apoc.*`, `gds.*`), some of which fetch URLs.
 */
// prettier-ignore
export const CONSOLE_ALLOWED_FUNCTIONS: readonly string[] = [
  "abs", "acos", "all", "any", "asin", "atan", "atan2", "avg", "btrim", "ceil", "char_length", "character_length",
  "coalesce", "collect", "cos", "cot", "count", "date", "date.realtime", "date.statement", "date.transaction",
  "date.truncate", "datetime", "datetime.fromepoch", "datetime.fromepochmillis", "datetime.realtime",
  "datetime.statement", "datetime.transaction", "datetime.truncate", "db.nameFromElementId", "degrees", "duration",
  "duration.between", "duration.inDays", "duration.inMonths", "duration.inSeconds", "e", "elementId", "endNode",
  "exists", "exp", "floor", "haversin", "head", "id", "isEmpty", "isNaN", "keys", "labels", "last", "left", "length",
  "localdatetime", "localdatetime.realtime", "localdatetime.statement", "localdatetime.transaction",
  "localdatetime.truncate", "localtime", "localtime.realtime", "localtime.statement", "localtime.transaction",
  "localtime.truncate", "log", "log10", "lower", "ltrim", "max", "min", "nodes", "none", "normalize", "nullIf",
  "percentileCont", "percentileDisc", "pi", "point", "point.distance", "point.withinBBox", "properties", "radians",
  "rand", "randomUUID", "range", "reduce", "relationships", "replace", "reverse", "right", "round", "rtrim", "sign",
  "sin", "single", "size", "split", "sqrt", "startNode", "stdev", "stdevp", "substring", "sum", "tail", "tan", "time",
  "time.realtime", "time.statement", "time.transaction", "time.truncate", "timestamp", "toBoolean", "toBooleanList",
  "toBooleanOrNull", "toFloat", "toFloatList", "toFloatOrNull", "toInteger", "toIntegerList", "toIntegerOrNull",
  "toLower", "toString", "toStringList", "toStringOrNull", "toUpper", "trim", "type", "upper",
  "vector.similarity.cosine", "vector.similarity.euclidean",
];

/**
 * Grammar rules a read query is made of. A console query whose parse tree holds any other rule is
 * refused at whatever depth it sits: writes (CREATE, MERGE, SET, DELETE, REMOVE, FOREACH, INSERT),
 * LOAD CSV, USE, EXPLAIN/PROFILE and query options, CALL { } IN TRANSACTIONS, schema, admin and
 * SHOW commands, local procedure definitions, and the Cypher shell's `:commands`.
 */
// prettier-ignore
export const CONSOLE_READ_RULES: readonly string[] = [
  "statementsOrCommands", "statementOrCommand", "preparsedStatement", "statement", "queryWithLocalDefinitions",
  "nextStatement", "regularQuery", "union", "when", "whenBranch", "elseBranch", "singleQuery", "clause",
  "finishClause", "returnClause", "returnBody", "returnItem", "returnItems", "orderItem", "ascToken", "descToken",
  "orderBy", "skip", "limit", "whereClause", "withClause", "matchClause", "matchMode", "hint", "filterClause",
  "unwindClause", "letClause", "letItem", "callClause", "procedureName", "procedureArgument", "procedureResultItem",
  "subqueryClause", "subqueryScope", "orderBySkipLimitClause", "patternList", "pattern", "quantifier",
  "anonymousPattern", "shortestPathPattern", "patternElement", "pathPatternPrefix", "nonNegativeIntegerSpecification",
  "pathMode", "groupToken", "pathToken", "pathPatternNonEmpty", "nodePattern", "parenthesizedPath", "nodeLabels",
  "nodeLabelsIs", "dynamicExpression", "dynamicAnyAllExpression", "dynamicLabelType", "labelType", "relType",
  "labelOrRelType", "properties", "relationshipPattern", "leftArrow", "arrowLine", "rightArrow", "pathLength",
  "labelExpression", "labelExpression4", "labelExpression3", "labelExpression2", "labelExpression1", "expression",
  "expression11", "expression10", "expression9", "expression8", "expression7", "comparisonExpression6",
  "normalForm", "expression6", "expression5", "expression4", "expression3", "expression2", "postFix", "property",
  "dynamicProperty", "expression1", "literal", "caseExpression", "caseAlternative", "extendedCaseExpression",
  "extendedCaseAlternative", "extendedWhen", "listComprehension", "patternComprehension", "reduceExpression",
  "listItemsPredicate", "normalizeFunction", "trimFunction", "patternExpression", "shortestPathExpression",
  "parenthesizedExpression", "mapProjection", "mapProjectionElement", "countStar", "existsExpression",
  "propertyExistsPredicate", "countExpression", "collectExpression", "numberLiteral", "signedIntegerLiteral",
  "listLiteral", "propertyKeyName", "parameter", "parameterName", "functionInvocation", "functionArgument",
  "functionName", "namespace", "variable", "type", "typePart", "typeName", "typeNullability", "typeListSuffix",
  "stringLiteral", "map", "symbolicVariableNameString", "escapedSymbolicVariableNameString",
  "unescapedSymbolicVariableNameString", "symbolicNameString", "escapedSymbolicNameString",
  "unescapedSymbolicNameString", "unescapedSymbolicNameString_", "endOfFile",
];

/** What a refused rule is called in a message (rules not listed are named as they are). */
export const CONSOLE_RULE_NAMES: Readonly<Record<string, string>> = {
  loadCSVClause: "LOAD CSV (reads files or URLs outside the graph)",
  useClause: "USE (switches database)",
  createClause: "CREATE",
  insertClause: "INSERT",
  mergeClause: "MERGE",
  setClause: "SET",
  removeClause: "REMOVE",
  deleteClause: "DELETE",
  foreachClause: "FOREACH",
  subqueryInTransactionsParameters: "CALL { … } IN TRANSACTIONS (opens transactions of its own)",
  preparserOption: "EXPLAIN, PROFILE or query options (the console explains every query itself)",
  preparserKeyword: "EXPLAIN or PROFILE (the console explains every query itself)",
  cypherOptions: "query options (CYPHER …)",
  cypherVersion: "a Cypher version prefix",
  consoleCommand: "a shell command (:…)",
  command: "a schema, admin or SHOW command",
  composableCommandClauses: "a SHOW or TERMINATE command",
  composableShowCommandClauses: "a SHOW command",
  localDefinition: "a local procedure or function definition",
};

/** Refused rules that are a mistake about the console rather than an attempt to write: 400, not 403. */
export const CONSOLE_MISUSED_RULES: readonly string[] = [
  "preparserOption",
  "preparserKeyword",
  "cypherOptions",
  "cypherVersion",
  "consoleCommand",
];

/** Bounds a console query must keep before it is parsed or sent to Neo4j. */
export const CONSOLE_BOUNDS = {
  /** Deepest nesting of ( [ { allowed, counted over the raw text (strings included: a safe over-count). */
  maxNesting: 40,
  /** Most values a `range()` with constant bounds may produce. */
  maxRangeValues: 100_000,
  /** Longest time the editor's check of a query may take before it answers with a warning. */
  checkTimeoutMs: 5_000,
  /** Deepest nesting of the request's JSON parameters. */
  maxParamDepth: 16,
} as const;

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

/** The `app` a console transaction carries in its metadata, so the server can find its own transactions. */
export const CONSOLE_TX_APP = "paperatlas-console";

/**
 * The console transactions Neo4j is still running, by the tag of the query each runs. A
 * transaction whose client has gone is terminated, but an expression already being evaluated (a
 * `reduce` over a huge computed range) runs on until it ends: the console takes no new query while
 * these hold its share of the server.
 */
export const CONSOLE_TRANSACTIONS = `SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = '${CONSOLE_TX_APP}' RETURN collect(coalesce(metaData.job, '')) AS jobs`;

/** Summary query types the console accepts: `r` (read only). `rw`, `w` and `s` are refused. */
export const CONSOLE_QUERY_TYPES: readonly string[] = ["r"];
