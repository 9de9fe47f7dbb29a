/**
 * One console query checked against the grammar: syntax and semantic errors from Neo4j's own
 * Cypher front end (as `lintCypherQuery` reports them, with positions for the editor), then the
 * structural gate (structure.ts) over the parse tree. Pure given the two parser functions, which
 * are passed in so the worker loads the heavy library and tests can run this in-process.
 */
import type { CypherDiagnosticT } from "../../schema/api.ts";
import type { Refusal } from "./policy.ts";
import { nestingRefusal, structureRefusal, type SyntaxTree } from "./structure.ts";

/** The check of one query: the editor's diagnostics (the API's shape), and the refusal if any. */
export interface QueryCheck {
  refusal: Refusal | null;
  diagnostics: CypherDiagnosticT[];
}

export interface CypherParser {
  getDebugTree(query: string): SyntaxTree;
  lintCypherQuery(
    query: string,
    schema: { parameters?: Record<string, unknown> },
    options?: { consoleCommandsEnabled?: boolean },
  ): {
    diagnostics: {
      severity?: number | undefined;
      message: string | { value: string };
      offsets: { start: number; end: number };
    }[];
  };
}

/** Line and column (1-based) of an offset, for messages. */
export function position(query: string, offset: number): string {
  const before = query.slice(0, offset).split("\n");
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

export function analyseQuery(query: string, params: Record<string, unknown>, parser: CypherParser): QueryCheck {
  const nested = nestingRefusal(query);
  if (nested) return { refusal: nested, diagnostics: [] };
  const linted = parser.lintCypherQuery(query, { parameters: params }, { consoleCommandsEnabled: false });
  const diagnostics: CypherDiagnosticT[] = linted.diagnostics.map((d) => ({
    severity: d.severity === 1 ? "error" : "warning",
    message: typeof d.message === "string" ? d.message : d.message.value,
    start: d.offsets.start,
    end: d.offsets.end,
  }));
  const firstError = diagnostics.find((d) => d.severity === "error");
  if (firstError) {
    return {
      refusal: { code: "BAD_REQUEST", message: `cypher: ${position(query, firstError.start)}: ${firstError.message}` },
      diagnostics,
    };
  }
  return { refusal: structureRefusal(parser.getDebugTree(query), params), diagnostics };
}
