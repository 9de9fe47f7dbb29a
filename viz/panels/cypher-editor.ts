/**
 * The console's Cypher editor (CodeMirror 6): syntax highlighting (CodeMirror's Cypher mode),
 * completion of the graph's labels, relationship types and property keys and of the allowed
 * functions and procedures (cypher-completion.ts, names from `GET /api/cypher/schema`), and inline
 * errors from the server's own check (`POST /api/cypher/check`: Neo4j's Cypher front end and the
 * console's read-only gate), shown as you pause typing.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { linter, lintGutter, type Diagnostic } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, placeholder } from "@codemirror/view";
import type { CypherSchemaT } from "../../schema/api.ts";
import { call } from "../api-client.ts";
import { completionsAt } from "../cypher-completion.ts";

export interface CypherEditor {
  view: EditorView;
  value(): string;
  setValue(text: string): void;
}

export interface EditorOptions {
  doc: string;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** The console's parameters, so `$name` checks as Neo4j would see it. */
  params: () => Record<string, unknown>;
}

const EMPTY_SCHEMA: CypherSchemaT = {
  labels: [],
  relationshipTypes: [],
  propertyKeys: [],
  functions: [],
  procedures: [],
};

export function mountCypherEditor(parent: HTMLElement, options: EditorOptions): CypherEditor {
  let schema = EMPTY_SCHEMA;
  void call("GET /api/cypher/schema", { query: {} })
    .then((names) => (schema = names))
    .catch(() => undefined); // completion then offers keywords only

  const complete = (context: CompletionContext): CompletionResult | null => {
    const text = context.state.doc.toString();
    const found = completionsAt(text, context.pos, schema);
    if (
      !found ||
      (found.from === context.pos && !context.explicit && !/[:.]\s*$|CALL\s+$/i.test(text.slice(0, context.pos)))
    )
      return null;
    return { from: found.from, options: found.options, validFor: /^[\w`]*$/ };
  };

  const check = async (view: EditorView): Promise<Diagnostic[]> => {
    const query = view.state.doc.toString();
    if (query.trim() === "") return [];
    let params: Record<string, unknown> = {};
    try {
      params = options.params();
    } catch {
      // the parameters panel says so when the query runs
    }
    try {
      const result = await call("POST /api/cypher/check", { body: { query, params: params as never } });
      const length = view.state.doc.length;
      const clamp = (n: number) => Math.max(0, Math.min(n, length));
      const found: Diagnostic[] = result.diagnostics.map((d) => ({
        from: clamp(d.start),
        to: clamp(Math.max(d.end, d.start + 1)),
        severity: d.severity,
        message: d.message,
      }));
      if (result.refusal && !result.diagnostics.some((d) => d.severity === "error")) {
        found.push({ from: 0, to: length, severity: "error", message: result.refusal.message });
      }
      return found;
    } catch {
      return [];
    }
  };

  // In a shadow root CodeMirror's styles go into an adopted style sheet, which the page's CSP
  // (style-src 'self', no inline <style>) allows; in the document it would inject a <style> tag.
  const root = parent.shadowRoot ?? parent.attachShadow({ mode: "open" });
  const view = new EditorView({
    parent: root,
    root,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        history(),
        bracketMatching(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [complete], activateOnTyping: true }),
        linter(check, { delay: 500 }),
        lintGutter(),
        placeholder("MATCH (p:Paper) RETURN p.title LIMIT 10"),
        EditorView.lineWrapping,
        EditorView.theme({
          "&": { fontSize: "12px", backgroundColor: "#fff", minHeight: "96px" },
          ".cm-content, .cm-tooltip": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace" },
          "&.cm-focused": { outline: "2px solid #3b6fd8" },
        }),
        EditorView.contentAttributes.of({ "aria-label": "Cypher query", id: "console-query" }),
        keymap.of([
          {
            key: "Mod-Enter",
            run: () => {
              options.onRun();
              return true;
            },
          },
          ...defaultKeymap,
          ...historyKeymap,
        ]),
      ],
    }),
  });

  return {
    view,
    value: () => view.state.doc.toString(),
    setValue: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
  };
}
