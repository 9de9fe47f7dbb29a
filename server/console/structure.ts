/**
 * The console's structural gate
 * =============================
 * Pure core: decides from the query's parse tree (Neo4j's Cypher 5 grammar, parsed by
 * `@neo4j-cypher/language-support`), never from its spelling. Every rule in the tree, at every
 * depth (subquery expressions, CASE, comprehensions, CALL { }), must be one a read query is made
 * of (CONSOLE_READ_RULES); every function called must be a built-in on the allowlist and every
 * procedure on its allowlist; `range()` with constant bounds may not produce more than
 * CONSOLE_BOUNDS.maxRangeValues values. `nestingDepth` bounds the text before anything parses it,
 * so a query of thousands of nested brackets never reaches a recursive parser.
 */
import {
  CONSOLE_ALLOWED_FUNCTIONS,
  CONSOLE_ALLOWED_PROCEDURES,
  CONSOLE_BOUNDS,
  CONSOLE_MISUSED_RULES,
  CONSOLE_READ_RULES,
  CONSOLE_RULE_NAMES,
} from "../../schema/cypher/console.ts";
import type { Refusal } from "./policy.ts";

/** The parse tree as `getDebugTree` gives it: rule nodes have children, tokens have none. */
export interface SyntaxTree {
  name: string;
  children?: SyntaxTree[];
}

const READ_RULES = new Set(CONSOLE_READ_RULES);
const FUNCTIONS = new Set(CONSOLE_ALLOWED_FUNCTIONS.map((f) => f.toLowerCase()));
const PROCEDURES = new Set(CONSOLE_ALLOWED_PROCEDURES);

/** Deepest nesting of ( [ { in the raw text; quotes are not honoured, so this can only over-count. */
export function nestingDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of query) {
    if (ch === "(" || ch === "[" || ch === "{") deepest = Math.max(deepest, ++depth);
    else if ((ch === ")" || ch === "]" || ch === "}") && depth > 0) depth -= 1;
  }
  return deepest;
}

export function nestingRefusal(query: string): Refusal | null {
  const depth = nestingDepth(query);
  if (depth <= CONSOLE_BOUNDS.maxNesting) return null;
  return {
    code: "BAD_REQUEST",
    message: `cypher: the query nests brackets ${depth} deep; the console allows ${CONSOLE_BOUNDS.maxNesting}`,
  };
}

const isToken = (node: SyntaxTree): boolean => (node.children?.length ?? 0) === 0;

/**
 * The tokens under a node, joined (the grammar's tokens carry no white space). A rule that matched
 * nothing (an empty `namespace`) also has no children; it is known by its name and left out.
 */
function tokenText(node: SyntaxTree): string {
  const out: string[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (isToken(next)) {
      if (!READ_RULES.has(next.name)) out.push(next.name);
    } else for (let i = next.children!.length - 1; i >= 0; i--) stack.push(next.children![i]!);
  }
  return out.join("");
}

const child = (node: SyntaxTree, name: string): SyntaxTree | undefined => node.children?.find((c) => c.name === name);

/** A constant number: a literal, a negated literal or a parameter; null for anything computed. */
function constantOf(expression: SyntaxTree, params: Record<string, unknown>): number | null {
  const text = tokenText(expression);
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(text)) {
    const value = params[text.slice(1)];
    return typeof value === "number" ? value : null;
  }
  if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  return Number(text);
}

/** How many values `range(start, end[, step])` makes, when its bounds are constants. */
export function rangeSize(start: number, end: number, step = 1): number {
  if (step === 0 || !Number.isFinite(start) || !Number.isFinite(end) || !Number.isFinite(step)) return Infinity;
  return Math.max(0, Math.floor((end - start) / step) + 1);
}

function refuse(message: string, code: Refusal["code"] = "CYPHER_WRITE_REFUSED"): Refusal {
  return { code, message };
}

function functionRefusal(node: SyntaxTree, params: Record<string, unknown>): Refusal | null {
  const nameNode = child(node, "functionName");
  const name = nameNode ? tokenText(nameNode) : "";
  if (!FUNCTIONS.has(name.toLowerCase())) {
    return refuse(`cypher: refused: function ${name || "(unknown)"}() is not allowed in the console`);
  }
  if (name.toLowerCase() !== "range") return null;
  const args = (node.children ?? []).filter((c) => c.name === "functionArgument");
  const values = args.map((a) => constantOf(a, params));
  if (values.length < 2 || values.some((v) => v === null)) return null; // computed bounds: the time limit applies
  const size = rangeSize(values[0]!, values[1]!, values[2] ?? 1);
  if (size <= CONSOLE_BOUNDS.maxRangeValues) return null;
  return refuse(
    `cypher: range() would make ${Number.isFinite(size) ? size.toLocaleString("en") : "endless"} values; the console allows ${CONSOLE_BOUNDS.maxRangeValues.toLocaleString("en")}`,
    "BAD_REQUEST",
  );
}

/** Judges the whole tree; walks it with an explicit stack, so its depth cannot overflow ours. */
export function structureRefusal(tree: SyntaxTree, params: Record<string, unknown> = {}): Refusal | null {
  const stack: SyntaxTree[] = [...(tree.children ?? [])];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isToken(node)) continue;
    if (!READ_RULES.has(node.name)) {
      const what = CONSOLE_RULE_NAMES[node.name] ?? node.name;
      if (CONSOLE_MISUSED_RULES.includes(node.name))
        return refuse(`cypher: the console does not take ${what}`, "BAD_REQUEST");
      return refuse(`cypher: refused: the query uses ${what}; the console runs read-only queries on this graph`);
    }
    if (node.name === "functionInvocation") {
      const refusal = functionRefusal(node, params);
      if (refusal) return refusal;
    }
    if (node.name === "procedureName") {
      const name = tokenText(node);
      if (!PROCEDURES.has(name)) {
        return refuse(
          `cypher: refused: procedure ${name} is not allowed (allowed: ${CONSOLE_ALLOWED_PROCEDURES.join(", ")})`,
        );
      }
    }
    for (const c of node.children!) stack.push(c);
  }
  return null;
}
