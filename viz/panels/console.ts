/**
 * Cypher console: a read-only query (with JSON parameters) typed in a Cypher editor
 * (cypher-editor.ts: highlighting, completion, inline errors) and sent to `POST /api/cypher`; rows
 * show as a table (values as text), Neo4j's errors and refusals show as they are, and the nodes a
 * result names light up on the map.
 */
import type { CypherResultT } from "../../schema/api.ts";
import { ApiError, call } from "../api-client.ts";
import { append, clear, h } from "../dom.ts";
import { setHighlight } from "../state.ts";
import type { PanelContext } from "./context.ts";
import { mountCypherEditor } from "./cypher-editor.ts";

const EXAMPLE =
  "MATCH (p:Paper)-[:MENTIONS]->(c:Concept)\nWHERE p.year >= $from\nRETURN c.name AS concept, count(p) AS papers\nORDER BY papers DESC LIMIT 20";

/** A cell's text: nodes as `(:Label id) title`, relationships as `[:TYPE]`, the rest as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value !== "object") return String(value);
  const v = value as {
    kind?: string;
    labels?: string[];
    id?: string;
    type?: string;
    properties?: Record<string, unknown>;
    nodes?: unknown[];
  };
  if (v.kind === "node") {
    const name = v.properties?.["title"] ?? v.properties?.["name"] ?? v.properties?.["label"];
    return `(:${(v.labels ?? []).join(":")} ${v.id ?? ""})${typeof name === "string" ? ` ${name}` : ""}`;
  }
  if (v.kind === "relationship") return `[:${v.type ?? ""}]`;
  if (v.kind === "path") return `path of ${v.nodes?.length ?? 0} nodes`;
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** Ids on the map that a result names: node values, and string cells that are node ids. */
export function resultNodeIds(result: CypherResultT, hasNode: (id: string) => boolean): string[] {
  const ids = new Set(result.nodeIds.filter(hasNode));
  for (const row of result.rows) for (const cell of row) if (typeof cell === "string" && hasNode(cell)) ids.add(cell);
  return [...ids];
}

function table(result: CypherResultT): HTMLElement {
  return h(
    "table",
    { class: "result", id: "console-table" },
    h("thead", {}, h("tr", {}, ...result.columns.map((c) => h("th", { text: c })))),
    h("tbody", {}, ...result.rows.map((row) => h("tr", {}, ...row.map((cell) => h("td", { text: cellText(cell) }))))),
  );
}

export function mountConsole(root: HTMLElement, ctx: PanelContext): void {
  const toggle = h("button", {
    type: "button",
    id: "console-toggle",
    text: "Cypher console ▴",
    "aria-expanded": "false",
  });
  const editorHost = h("div", { class: "console-editor", id: "console-editor" });
  const params = h("textarea", {
    id: "console-params",
    rows: 5,
    spellcheck: "false",
    "aria-label": "Parameters as JSON",
  });
  params.value = '{"from": 2020}';
  const run = h("button", { type: "button", id: "console-run", text: "Run (Ctrl+Enter)" });
  const status = h("div", { class: "console-status", id: "console-status", role: "status" });
  const output = h("div", { class: "console-result", id: "console-result" });
  append(
    root,
    h(
      "div",
      { class: "console-head" },
      toggle,
      h("span", {
        class: "muted",
        text: "read-only: writes, schema changes, LOAD CSV and outside procedures are refused",
      }),
    ),
    h("div", { class: "console-body" }, editorHost, h("div", {}, params, run)),
    status,
    output,
  );
  const query = mountCypherEditor(editorHost, {
    doc: EXAMPLE,
    onRun: () => void execute(),
    params: () => (params.value.trim() === "" ? {} : (JSON.parse(params.value) as Record<string, unknown>)),
  });
  toggle.addEventListener("click", () => {
    const collapsed = root.classList.toggle("collapsed");
    toggle.setAttribute("aria-expanded", String(!collapsed));
    toggle.textContent = collapsed ? "Cypher console ▴" : "Cypher console ▾";
  });

  function fail(message: string): void {
    status.className = "console-status error";
    status.textContent = message;
    clear(output);
    ctx.store.update(setHighlight([]));
  }

  async function execute(): Promise<void> {
    let parsed: Record<string, unknown>;
    try {
      parsed = params.value.trim() === "" ? {} : (JSON.parse(params.value) as Record<string, unknown>);
    } catch {
      fail("parameters: not valid JSON");
      return;
    }
    status.className = "console-status";
    status.textContent = "running…";
    try {
      const result = await call("POST /api/cypher", { body: { query: query.value(), params: parsed as never } });
      const ids = resultNodeIds(result, (id) => ctx.graph.hasNode(id));
      status.textContent = `${result.rowCount} row${result.rowCount === 1 ? "" : "s"}${result.truncated ? ` (cut at ${result.limit})` : ""} in ${result.elapsedMs} ms · ${ids.length} on the map`;
      output.replaceChildren(table(result));
      ctx.store.update(setHighlight(ids));
    } catch (error) {
      fail(error instanceof ApiError ? `${error.code}: ${error.message}` : "the request failed");
    }
  }

  run.addEventListener("click", () => void execute());
}
