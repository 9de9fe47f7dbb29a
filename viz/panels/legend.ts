/**
 * Legend: node types (each toggles its nodes) and clusters in their colours (each toggles the
 * cluster; "zoom" flies to it). Checkboxes mirror the state, so a link restores them too.
 */
import { NODE_TYPE_TITLES, NODE_TYPES, type NodeType } from "../../schema/map.ts";
import { TYPE_COLORS } from "../colors.ts";
import { append, h } from "../dom.ts";
import { clusterReportLink } from "../downloads.ts";
import { onlyCluster, toggleCluster, toggleType, type ViewState } from "../state.ts";
import type { PanelContext } from "./context.ts";

function typeSwatch(type: NodeType): HTMLElement {
  const swatch = h("span", { class: type === "paper" ? "swatch" : "swatch ring" });
  if (type === "paper") swatch.style.background = "#8a8a96";
  else swatch.style.borderColor = TYPE_COLORS[type];
  return swatch;
}

export function mountLegend(root: HTMLElement, ctx: PanelContext): void {
  const types = h("ul", { class: "legend-list", id: "legend-types" });
  const clusters = h("ul", { class: "legend-list clusters", id: "legend-clusters" });
  const allIds = ctx.meta.clusters.map((c) => c.id);
  const showAll = h("button", { type: "button", text: "all" });
  showAll.addEventListener("click", () => ctx.store.update(onlyCluster(null)));
  append(
    root,
    h("h2", { text: "Node types" }),
    types,
    h("div", { class: "row" }, h("h2", { text: `Clusters (${allIds.length})` }), showAll),
    clusters,
  );

  for (const type of NODE_TYPES) {
    const box = h("input", { type: "checkbox", "data-type": type });
    box.addEventListener("change", () => ctx.store.update(toggleType(type)));
    const count = ctx.meta.typeCounts[type] ?? 0;
    types.append(
      h(
        "li",
        {},
        h(
          "label",
          {},
          box,
          typeSwatch(type),
          h("span", { class: "name", text: NODE_TYPE_TITLES[type] }),
          h("span", { class: "count", text: count }),
        ),
      ),
    );
  }
  for (const c of ctx.meta.clusters) {
    const box = h("input", { type: "checkbox", "data-cluster": c.id });
    box.addEventListener("change", () => ctx.store.update(toggleCluster(c.id, allIds)));
    const swatch = h("span", { class: "swatch" });
    swatch.style.background = c.color;
    const zoom = h("button", { type: "button", text: "zoom", title: `Zoom to ${c.label}`, "data-zoom": c.id });
    zoom.addEventListener("click", () => ctx.map.zoomToCluster(c.id));
    clusters.append(
      h(
        "li",
        {},
        h(
          "label",
          { title: c.label },
          box,
          swatch,
          h("span", { class: "name", text: c.label }),
          h("span", { class: "count", text: c.size }),
        ),
        zoom,
        clusterReportLink(c.id, c.label),
      ),
    );
  }
  if (ctx.meta.clusters.length === 0)
    clusters.append(h("li", { class: "muted", text: "no clusters yet: run `paperatlas cluster`" }));

  function sync(state: ViewState): void {
    for (const box of Array.from(types.querySelectorAll<HTMLInputElement>("input[data-type]"))) {
      box.checked = !state.filters.hiddenTypes.includes(box.dataset["type"] as never);
    }
    const shown = state.filters.clusters;
    for (const box of Array.from(clusters.querySelectorAll<HTMLInputElement>("input[data-cluster]"))) {
      box.checked = shown.length === 0 || shown.includes(box.dataset["cluster"]!);
    }
  }
  sync(ctx.store.get());
  ctx.store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) sync(state);
  });
}
