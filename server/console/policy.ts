/**
 * Read-only console policy
 * ========================
 * Pure core of the Cypher console's checks. `preflightRefusal(query)` looks at the text for what
 * the console cannot honour (EXPLAIN/PROFILE prefixes, query options, USE, LOAD CSV);
 * `planRefusal(queryType, plan)` judges the plan Neo4j returned for `EXPLAIN <query>`: only
 * read-only plans (`queryType` "r") pass, and even then no operator that reaches outside the graph
 * (LOAD CSV, settings, other transactions) and no procedure outside the allowlist.
 */
import {
  CONSOLE_ALLOWED_PROCEDURES,
  CONSOLE_QUERY_TYPES,
  CONSOLE_REFUSED_OPERATORS,
} from "../../schema/cypher/console.ts";

export interface Refusal {
  code: "BAD_REQUEST" | "CYPHER_WRITE_REFUSED";
  message: string;
}

/** The shape of neo4j-driver's `ResultSummary.plan` the policy needs. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** The query with comments, string literals and quoted names blanked, so keywords in them do not count. */
export function stripLiterals(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, (m) =>
    m.replace(/[^\n]/g, " "),
  );
}

export function preflightRefusal(query: string): Refusal | null {
  const code = stripLiterals(query);
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(code)) {
    return {
      code: "BAD_REQUEST",
      message: "cypher: send the query without EXPLAIN or PROFILE; the console explains every query itself",
    };
  }
  if (/^\s*CYPHER\b/i.test(code)) {
    return { code: "BAD_REQUEST", message: "cypher: query options (CYPHER …) are not supported in the console" };
  }
  if (/(^|[{;\n])\s*USE\s+[\w`$]/i.test(code)) {
    return {
      code: "CYPHER_WRITE_REFUSED",
      message: "cypher: refused: USE switches database; the console reads only the map's graph",
    };
  }
  if (/\bLOAD\s+CSV\b/i.test(code)) {
    return { code: "CYPHER_WRITE_REFUSED", message: "cypher: refused: LOAD CSV reads files or URLs outside the graph" };
  }
  return null;
}

const QUERY_TYPE_WORDS: Record<string, string> = {
  rw: "reads and writes the graph",
  w: "writes to the graph",
  s: "changes the schema or the server",
};

function operatorName(node: PlanNode): string {
  return node.operatorType.split("@")[0] ?? node.operatorType;
}

/** `db.labels() :: (label :: STRING)` → `db.labels`. */
export function procedureName(node: PlanNode): string | null {
  const details = node.arguments["Details"];
  const match = typeof details === "string" ? /^\s*([\w.]+)\s*\(/.exec(details) : null;
  return match ? match[1]! : null;
}

function* walk(node: PlanNode): Generator<PlanNode> {
  yield node;
  for (const child of node.children) yield* walk(child);
}

export function planRefusal(queryType: string | undefined, plan: PlanNode | false | undefined): Refusal | null {
  const refuse = (why: string): Refusal => ({
    code: "CYPHER_WRITE_REFUSED",
    message: `cypher: refused: ${why}; the console runs read-only queries`,
  });
  if (!CONSOLE_QUERY_TYPES.includes(queryType ?? "")) {
    return refuse(`the query ${QUERY_TYPE_WORDS[queryType ?? ""] ?? `is of type "${queryType ?? "unknown"}"`}`);
  }
  if (!plan) return refuse("Neo4j returned no plan to check");
  for (const node of walk(plan)) {
    const op = operatorName(node);
    if (CONSOLE_REFUSED_OPERATORS.includes(op)) return refuse(`its plan uses ${op}, which reaches outside the graph`);
    if (op === "ProcedureCall") {
      const name = procedureName(node);
      if (name === null || !CONSOLE_ALLOWED_PROCEDURES.includes(name)) {
        return refuse(
          `procedure ${name ?? "(unknown)"} is not allowed (allowed: ${CONSOLE_ALLOWED_PROCEDURES.join(", ")})`,
        );
      }
    }
  }
  return null;
}
