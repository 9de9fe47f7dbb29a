/**
 * Filters: year range (papers), minimum paper count (concepts), edges on/off and a reset. Inputs
 * mirror the state; the count line says how many nodes the filters leave.
 */
import { append, debounce, h } from "../dom.ts";
import { countVisible } from "../reducers.ts";
import { resetFilters, setMinPapers, setShowEdges, setYears, type ViewState } from "../state.ts";
import type { PanelContext } from "./context.ts";

function numberOrNull(input: HTMLInputElement): number | null {
  const v = input.value.trim();
  return v === "" || !Number.isFinite(Number(v)) ? null : Math.trunc(Number(v));
}

export function mountFilters(root: HTMLElement, counts: HTMLElement, ctx: PanelContext): void {
  const years = ctx.meta.years;
  const from = h("input", {
    type: "number",
    id: "filter-year-from",
    placeholder: years ? String(years.min) : "from",
    "aria-label": "From year",
  });
  const to = h("input", {
    type: "number",
    id: "filter-year-to",
    placeholder: years ? String(years.max) : "to",
    "aria-label": "To year",
  });
  const minPapers = h("input", {
    type: "number",
    id: "filter-min-papers",
    min: 0,
    placeholder: "0",
    "aria-label": "Minimum paper count",
  });
  const edges = h("input", { type: "checkbox", id: "filter-edges" });
  const reset = h("button", { type: "button", id: "filter-reset", text: "reset filters" });
  append(
    root,
    h("h2", { text: "Filters" }),
    h("div", { class: "row" }, h("span", { text: "Years" }), from, h("span", { text: "–" }), to),
    h(
      "div",
      { class: "row" },
      h("label", { for: "filter-min-papers", text: "Concepts in ≥" }),
      minPapers,
      h("span", { text: "papers" }),
    ),
    h("div", { class: "row" }, h("label", {}, edges, " show links"), reset),
  );
  const applyYears = debounce(() => ctx.store.update(setYears(numberOrNull(from), numberOrNull(to))), 250);
  from.addEventListener("input", applyYears);
  to.addEventListener("input", applyYears);
  minPapers.addEventListener(
    "input",
    debounce(() => ctx.store.update(setMinPapers(numberOrNull(minPapers) ?? 0)), 250),
  );
  edges.addEventListener("change", () => ctx.store.update(setShowEdges(edges.checked)));
  reset.addEventListener("click", () => ctx.store.update(resetFilters()));

  function sync(state: ViewState): void {
    const f = state.filters;
    if (numberOrNull(from) !== f.yearMin) from.value = f.yearMin === null ? "" : String(f.yearMin);
    if (numberOrNull(to) !== f.yearMax) to.value = f.yearMax === null ? "" : String(f.yearMax);
    if ((numberOrNull(minPapers) ?? 0) !== f.minPapers) minPapers.value = f.minPapers === 0 ? "" : String(f.minPapers);
    edges.checked = state.showEdges;
    const visible = countVisible(ctx.graph, f);
    counts.textContent = `${visible.toLocaleString("en")} of ${ctx.graph.order.toLocaleString("en")} nodes`;
    document.body.dataset["visibleNodes"] = String(visible);
  }
  sync(ctx.store.get());
  ctx.store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.showEdges !== previous.showEdges) sync(state);
  });
}
