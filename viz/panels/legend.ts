/**
 * Legend: the colour mode (clusters or time, color-mode.ts), node types (each toggles its nodes)
 * and clusters in their colours (each toggles the cluster; "zoom" flies to it) — named ones by
 * size, then the "Other" islands, and the "Unlinked" group apart with its own switch (hidden by
 * default). Checkboxes mirror the state, so a link restores them too.
 */
import { NODE_TYPE_TITLES, NODE_TYPES, type NodeType } from "../../schema/map.ts";
import { TYPE_COLORS } from "../colors.ts";
import { append, h } from "../dom.ts";
import { clusterReportLink } from "../downloads.ts";
import type { ClusterInfo } from "../graph.ts";
import { onlyCluster, setShowUnlinked, toggleCluster, toggleType, type ViewState } from "../state.ts";
import { mountColorMode } from "./color-mode.ts";
import type { PanelContext } from "./context.ts";

function typeSwatch(type: NodeType): HTMLElement {
  const swatch = h("span", { class: type === "paper" ? "swatch" : "swatch ring" });
  if (type === "paper") swatch.style.background = "#8a8a96";
  else swatch.style.borderColor = TYPE_COLORS[type];
  return swatch;
}

/** One cluster's row: its checkbox (`box`), swatch, name, size, "zoom" and report link. */
function clusterRow(c: ClusterInfo, box: HTMLInputElement, ctx: PanelContext): HTMLElement {
  const swatch = h("span", { class: "swatch" });
  swatch.style.background = c.color;
  const zoom = h("button", { type: "button", text: "zoom", title: `Zoom to ${c.label}`, "data-zoom": c.id });
  zoom.addEventListener("click", () => ctx.map.zoomToCluster(c.id));
  return h(
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
  );
}

export function mountLegend(root: HTMLElement, ctx: PanelContext): void {
  const types = h("ul", { class: "legend-list", id: "legend-types" });
  const clusters = h("ul", { class: "legend-list clusters", id: "legend-clusters" });
  // Named clusters by size, then the "Other" islands; the Unlinked group has its own switch.
  const listed = [
    ...ctx.meta.clusters.filter((c) => !c.other && !c.unlinked),
    ...ctx.meta.clusters.filter((c) => c.other && !c.unlinked),
  ];
  const unlinked = ctx.meta.clusters.filter((c) => c.unlinked);
  const allIds = listed.map((c) => c.id);
  const showAll = h("button", { type: "button", text: "all" });
  showAll.addEventListener("click", () => ctx.store.update(onlyCluster(null)));
  const colorMode = h("div", { id: "legend-color-mode" });
  mountColorMode(colorMode, ctx);
  const unlinkedList = h("ul", { class: "legend-list", id: "legend-unlinked" });
  append(
    root,
    h("h2", { text: "Colours" }),
    colorMode,
    h("h2", { text: "Node types" }),
    types,
    h("div", { class: "row" }, h("h2", { text: `Clusters (${allIds.length})` }), showAll),
    clusters,
    unlinked.length > 0 && unlinkedList,
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
  for (const c of listed) {
    const box = h("input", { type: "checkbox", "data-cluster": c.id });
    box.addEventListener("change", () => ctx.store.update(toggleCluster(c.id, allIds)));
    clusters.append(clusterRow(c, box, ctx));
  }
  for (const c of unlinked) {
    const box = h("input", { type: "checkbox", "data-unlinked": c.id, id: "legend-show-unlinked" });
    box.addEventListener("change", () => ctx.store.update(setShowUnlinked(box.checked)));
    unlinkedList.append(clusterRow(c, box, ctx));
    unlinkedList.append(
      h("li", { class: "muted", text: "Nodes that share nothing with any other; hidden by default." }),
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
    for (const box of Array.from(unlinkedList.querySelectorAll<HTMLInputElement>("input[data-unlinked]"))) {
      box.checked = state.filters.unlinked;
    }
  }
  sync(ctx.store.get());
  ctx.store.subscribe((state, previous) => {
    if (state.filters !== previous.filters) sync(state);
  });
}
