/**
 * The console's plan gate
 * =======================
 * Pure core of the second, independent check (the first is the parse tree, structure.ts):
 * `planRefusal(queryType, plan)` judges the plan Neo4j returned for `EXPLAIN <query>`. Only
 * read-only plans (`queryType` "r") pass, and even then no operator that reaches outside the graph
 * (LOAD CSV, settings, other transactions), no procedure outside the allowlist, at any depth of the
 * operator tree. A subquery expression Neo4j could not plan as operators (a `COLLECT { … }` inside
 * `CASE`) appears only as text in its operator's `Details`; the gate cannot see into it, so such a
 * plan is refused rather than trusted.
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

const QUERY_TYPE_WORDS: Record<string, string> = {
  rw: "reads and writes the graph",
  w: "writes to the graph",
  s: "changes the schema or the server",
};

/** Subquery expressions as Neo4j prints them when it keeps them unplanned inside an expression. */
const UNPLANNED_SUBQUERIES = ["COLLECT {", "COUNT {", "EXISTS {", "ResolvedCall("];

/** Details without the names Neo4j quotes in backticks (column aliases can spell anything). */
export function detailsOutsideNames(details: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < details.length; i++) {
    const c = details[i]!;
    if (c === "`") {
      if (quoted && details[i + 1] === "`")
        i += 1; // an escaped backtick inside a name
      else quoted = !quoted;
    } else if (!quoted) out += c;
  }
  return out;
}

function operatorName(node: PlanNode): string {
  return node.operatorType.split("@")[0] ?? node.operatorType;
}

/** `db.labels() :: (label :: STRING)` → `db.labels`. */
export function procedureName(node: PlanNode): string | null {
  const details = node.arguments["Details"];
  if (typeof details !== "string") return null;
  const open = details.indexOf("(");
  const name = open > 0 ? details.slice(0, open).trim() : "";
  return name !== "" && [...name].every((c) => c === "." || c === "_" || /\p{L}|\p{N}/u.test(c)) ? name : null;
}

/** The operators of a plan, depth first, without recursion (a plan can be deep). */
function* operators(root: PlanNode): Generator<PlanNode> {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    for (const child of node.children) stack.push(child);
  }
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
  for (const node of operators(plan)) {
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
    const details = node.arguments["Details"];
    const text = typeof details === "string" ? detailsOutsideNames(details) : "";
    const hidden = UNPLANNED_SUBQUERIES.find((s) => text.includes(s));
    if (hidden) {
      return refuse(
        `its plan keeps a subquery (${hidden.replace("(", "").trim()}…) inside an expression, where it cannot be checked; move it into CALL { } or a WITH`,
      );
    }
  }
  return null;
}
