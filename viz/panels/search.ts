/**
 * Search box: full-text suggestions from `GET /api/search` as you type (debounced, stale answers
 * dropped), keyboard and mouse selection, and picking a hit flies the map to it.
 */
import type { SearchHitT } from "../../schema/api.ts";
import { NODE_TYPE_TITLES } from "../../schema/map.ts";
import { call } from "../api-client.ts";
import { append, clear, debounce, h } from "../dom.ts";
import { focusNode, type PanelContext } from "./context.ts";

export function mountSearch(root: HTMLElement, ctx: PanelContext): void {
  const input = h("input", {
    type: "search",
    id: "search-input",
    placeholder: "Search papers and concepts…",
    autocomplete: "off",
    "aria-label": "Search",
  });
  const list = h("ul", { class: "suggestions", id: "search-suggestions", role: "listbox", hidden: true });
  append(root, h("div", { class: "search" }, input, list));
  let hits: SearchHitT[] = [];
  let active = -1;
  let generation = 0;

  function render(): void {
    clear(list);
    list.hidden = hits.length === 0;
    hits.forEach((hit, i) => {
      const item = h(
        "li",
        {
          role: "option",
          class: i === active ? "active" : null,
          "data-id": hit.id,
          "aria-selected": i === active ? "true" : "false",
        },
        h("span", { class: "label", text: hit.label }),
        h("span", {
          class: "badge",
          text: hit.kind === "paper" ? (hit.year ? String(hit.year) : "paper") : NODE_TYPE_TITLES[hit.type],
        }),
      );
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(i);
      });
      list.append(item);
    });
  }

  function choose(i: number): void {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    hits = [];
    render();
    focusNode(ctx, hit.id);
  }

  const lookup = debounce(async (q: string) => {
    const mine = ++generation;
    if (q.trim().length === 0) {
      hits = [];
      render();
      return;
    }
    try {
      const result = await call("GET /api/search", { query: { q, limit: 10 } });
      if (mine !== generation) return;
      hits = result.hits;
      active = hits.length > 0 ? 0 : -1;
      render();
    } catch {
      if (mine === generation) {
        hits = [];
        render();
      }
    }
  }, 120);

  input.addEventListener("input", () => lookup(input.value));
  input.addEventListener("blur", () => setTimeout(() => ((hits = []), render()), 150));
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = hits.length === 0 ? -1 : (active + step + hits.length) % hits.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      choose(active < 0 ? 0 : active);
    } else if (event.key === "Escape") {
      hits = [];
      render();
    }
  });
}
