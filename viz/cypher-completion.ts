/**
 * What the console's editor offers at the caret (pure): after `:` the graph's labels inside a node
 * pattern `(…)` and its relationship types inside `[…]`; after `.` its property keys; after `CALL`
 * the allowed procedures; else Cypher's keywords and the allowed functions. Names that need
 * quoting are offered in backticks.
 */
import type { CypherSchemaT } from "../schema/api.ts";

export interface Completion {
  label: string;
  /** What CodeMirror shows as the icon: "type" (label, relationship type), "property", "keyword", "function". */
  type: "type" | "property" | "keyword" | "function";
  /** Text to insert when it differs from the label. */
  apply?: string;
}

export interface CompletionResult {
  /** Where the word being completed starts. */
  from: number;
  options: Completion[];
}

// prettier-ignore
export const CYPHER_KEYWORDS: readonly string[] = [
  "MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER BY", "SKIP", "LIMIT", "DISTINCT", "AS",
  "AND", "OR", "XOR", "NOT", "IN", "IS NULL", "IS NOT NULL", "STARTS WITH", "ENDS WITH", "CONTAINS", "CASE",
  "WHEN", "THEN", "ELSE", "END", "CALL", "YIELD", "UNION", "UNION ALL", "EXISTS", "COUNT", "COLLECT", "ASC",
  "DESC", "true", "false", "null",
];

const quote = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, "``")}\``);

/** The innermost bracket still open before `pos`: "(" or "[" (or null). */
export function openBracket(text: string, pos: number): "(" | "[" | null {
  let depth = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ")" || c === "]" || c === "}") depth += 1;
    else if (c === "(" || c === "[" || c === "{") {
      if (depth === 0) return c === "{" ? null : c;
      depth -= 1;
    }
  }
  return null;
}

export function completionsAt(text: string, pos: number, schema: CypherSchemaT): CompletionResult | null {
  const names = (list: readonly string[], type: Completion["type"]): Completion[] =>
    list.map((name) => ({ label: name, type, ...(quote(name) === name ? {} : { apply: quote(name) }) }));
  // A procedure name is dotted: complete it whole after CALL.
  const dotted = /[A-Za-z_][A-Za-z0-9_.]*$/.exec(text.slice(0, pos))?.[0] ?? "";
  if (/\bCALL\s*$/i.test(text.slice(0, pos - dotted.length))) {
    return { from: pos - dotted.length, options: names(schema.procedures, "function") };
  }
  const word = /[A-Za-z_][A-Za-z0-9_]*$|`[^`]*$/.exec(text.slice(0, pos))?.[0] ?? "";
  const from = pos - word.length;
  const last = text[from - 1];
  if (last === ":") {
    const inside = openBracket(text, from);
    return { from, options: names(inside === "[" ? schema.relationshipTypes : schema.labels, "type") };
  }
  if (last === ".") return { from, options: names(schema.propertyKeys, "property") };
  if (word === "") return null;
  return {
    from,
    options: [
      ...CYPHER_KEYWORDS.map((k): Completion => ({ label: k, type: "keyword" })),
      ...schema.functions.map((f): Completion => ({ label: f, type: "function", apply: `${f}(` })),
    ],
  };
}
