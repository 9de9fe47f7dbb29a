/**
 * The console editor's language thread: checks a query as it is typed, with the same parser and
 * gates as the console itself (analyse.ts), but runs nothing and holds no connection.
 */
import { getDebugTree, lintCypherQuery } from "@neo4j-cypher/language-support";
import type { CypherCheckT } from "../../schema/api.ts";
import { serveJobs } from "../threads/serve.ts";
import { analyseQuery } from "./analyse.ts";

serveJobs<{ query: string; params: Record<string, unknown> }, CypherCheckT>(
  async ({ query, params }) => ({ result: analyseQuery(query, params, { getDebugTree, lintCypherQuery }) }),
  () => lintCypherQuery("MATCH (n) RETURN n LIMIT 1", {}),
);
