/** The console: run a query (console/pool.ts), check one as it is typed, and the names to complete. */
import { CONSOLE_ALLOWED_FUNCTIONS, CONSOLE_ALLOWED_PROCEDURES } from "../../schema/cypher/console.ts";
import { GRAPH_NAMES } from "../../schema/cypher/map.ts";
import { readRows } from "../read.ts";
import type { Deps, Handler } from "./types.ts";

export function cypherHandler(deps: Deps): Handler<"POST /api/cypher"> {
  return ({ body }) => deps.console.run(body);
}

export function cypherCheckHandler(deps: Deps): Handler<"POST /api/cypher/check"> {
  return ({ body }) => deps.language.check(body.query, body.params);
}

export function cypherSchemaHandler(deps: Deps): Handler<"GET /api/cypher/schema"> {
  return async () => {
    const [names] = await readRows(deps.db, GRAPH_NAMES, {});
    return {
      labels: names?.labels ?? [],
      relationshipTypes: names?.relationshipTypes ?? [],
      propertyKeys: names?.propertyKeys ?? [],
      functions: [...CONSOLE_ALLOWED_FUNCTIONS],
      procedures: [...CONSOLE_ALLOWED_PROCEDURES],
    };
  };
}
