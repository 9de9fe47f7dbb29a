/**
 * Filters: what an update added ("new since", on an updated map), a two-thumb slider over the papers' years (or weeks, on a daily listing) that filters
 * live, minimum paper count (concepts), edges on/off and a reset. Inputs mirror the state; the
 * count line says how many nodes the filters leave.
 */
import { append, debounce, h } from "../dom.ts";
import { countVisible } from "../reducers.ts";
import {
  resetFilters,
  setMinPapers,
  setShowEdges,
  setSince,
  setWeeks,
  setYears,
  type Filters,
  type ViewState,
} from "../state.ts";
import { formatTime, type TimeScale } from "../time.ts";
import type { PanelContext } from "./context.ts";
import { rangeSlider, type RangeSlider } from "./range-slider.ts";

function numberOrNull(input: HTMLInputElement): number | null {
  const v = input.value.trim();
  return v === "" || !Number.isFinite(Number(v)) ? null : Math.trunc(Number(v));
}

/**
 * The time slider: years, or weeks on a map by week (time.ts). A thumb at its end of the track
 * means no bound, so papers without a date stay until a thumb moves in.
 */
function timeSlider(time: TimeScale, ctx: PanelContext): { slider: RangeSlider; sync: (f: Filters) => void } {
  const week = time.unit === "week";
  const slider = rangeSlider({
    id: week ? "filter-week" : "filter-year",
    min: time.min,
    max: time.max,
    label: week ? "Weeks" : "Years",
    thumbLabels: week ? ["From week", "To week"] : ["From year", "To year"],
    format: (v) => formatTime(v, time.unit),
    onInput(a, b) {
      const [lo, hi] = [a <= time.min ? null : a, b >= time.max ? null : b];
      ctx.store.update(week ? setWeeks(lo, hi) : setYears(lo, hi));
    },
  });
  const sync = (f: Filters) => (week ? slider.set(f.weekMin, f.weekMax) : slider.set(f.yearMin, f.yearMax));
  return { slider, sync };
}

/**
 * "Show: all / new in the latest update / new since an earlier one", only on a map that has been
 * updated (`MapHeader.updates`). Options are the updates' run ids, latest first.
 */
function sinceSelect(ctx: PanelContext): { root: HTMLElement; sync: (f: Filters) => void } | null {
  const updates = ctx.meta.updates;
  if (updates.length === 0) return null;
  const runs = updates.map((u) => u.run);
  const day = (at: string) => at.slice(0, 10);
  const select = h(
    "select",
    { id: "filter-since", "aria-label": "Show nodes added since an update" },
    h("option", { value: "", text: "all" }),
    ...updates
      .map((u, i) =>
        h("option", {
          value: u.run,
          text:
            i === updates.length - 1
              ? `new in the latest update (${day(u.at)}, ${u.papers.toLocaleString("en")} papers)`
              : `new since ${day(u.at)}`,
        }),
      )
      .reverse(),
  );
  select.addEventListener("change", () => ctx.store.update(setSince(select.value || null, runs)));
  const root = h("div", { class: "row" }, h("label", { for: "filter-since", text: "Show:" }), select);
  return { root, sync: (f) => void (select.value = f.since?.run ?? "") };
}

export function mountFilters(root: HTMLElement, counts: HTMLElement, ctx: PanelContext): void {
  const time = ctx.meta.time ? timeSlider(ctx.meta.time, ctx) : null;
  const since = sinceSelect(ctx);
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
    since?.root,
    time ? time.slider.root : h("div", { class: "row muted", text: "No paper has a publication year." }),
    h(
      "div",
      { class: "row" },
      h("label", { for: "filter-min-papers", text: "Concepts in ≥" }),
      minPapers,
      h("span", { text: "papers" }),
    ),
    h("div", { class: "row" }, h("label", {}, edges, " show links"), reset),
  );
  minPapers.addEventListener(
    "input",
    debounce(() => ctx.store.update(setMinPapers(numberOrNull(minPapers) ?? 0)), 250),
  );
  edges.addEventListener("change", () => ctx.store.update(setShowEdges(edges.checked)));
  reset.addEventListener("click", () => ctx.store.update(resetFilters()));

  function sync(state: ViewState): void {
    const f = state.filters;
    time?.sync(f);
    since?.sync(f);
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
  // An overview map's graph grows and shrinks as its tiles come and go: keep the count true.
  const recount = debounce(() => sync(ctx.store.get()), 250);
  ctx.graph.on("nodeAdded", recount);
  ctx.graph.on("nodeDropped", recount);
}
