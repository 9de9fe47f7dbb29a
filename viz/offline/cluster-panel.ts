/**
 * The clusters' summaries in the offline map: a cluster's "report" link (legend, details), which
 * on the served map downloads its report from the server, opens its summary here instead — size,
 * parent and sub-clusters, top concepts, most cited papers (`GET /api/clusters/:id`, answered from
 * the page's data) — in a dialog. (Its lists are text: the panels' store is not theirs to change.)
 */
import type { Api } from "../../schema/api.ts";
import { append, clear, h } from "../dom.ts";
import { call } from "./api-client.ts";

type ClusterDetails = Api["GET /api/clusters/:id"]["res"];

function list(title: string, items: HTMLElement[]): HTMLElement | null {
  return items.length === 0 ? null : h("section", {}, h("h2", { text: title }), h("ul", {}, ...items));
}

function render(dialog: HTMLDialogElement, d: ClusterDetails): void {
  const c = d.cluster;
  const close = h("button", { type: "button", class: "close", text: "×", "aria-label": "Close the summary" });
  close.addEventListener("click", () => dialog.close());
  clear(dialog);
  append(
    dialog,
    close,
    h("div", { class: "badge", text: c.level === 0 ? "cluster" : `cluster, level ${c.level}` }),
    h("h3", { id: "cluster-summary-title", text: c.label }),
    h("div", {
      class: "meta",
      text: `${c.size} nodes · ${c.paperCount} papers · ${c.conceptCount} concepts${d.parent ? ` · in ${d.parent.label}` : ""}`,
    }),
    c.topConcepts.length ? h("p", { text: `Top concepts: ${c.topConcepts.join(", ")}` }) : null,
    list(
      "Sub-clusters",
      d.children.map((x) => h("li", { text: `${x.label} (${x.size})` })),
    ),
    list(
      "Most cited papers",
      d.papers.slice(0, 15).map((p) => h("li", { text: p.year ? `${p.title} (${p.year})` : p.title })),
    ),
    list(
      "Concepts with the most papers",
      d.concepts.slice(0, 15).map((k) => h("li", { text: `${k.name} ×${k.paperCount}` })),
    ),
  );
}

/** Turns every cluster "report" link into "show the summary". */
export function mountClusterSummaries(dialog: HTMLDialogElement): void {
  document.addEventListener(
    "click",
    (event) => {
      const link = (event.target as Element | null)?.closest?.("a[data-report]");
      if (!(link instanceof HTMLAnchorElement)) return;
      event.preventDefault();
      event.stopPropagation();
      void call("GET /api/clusters/:id", { params: { id: link.dataset["report"]! }, query: {} }).then((d) => {
        render(dialog, d);
        if (!dialog.open) dialog.show();
        document.body.dataset["clusterSummary"] = d.cluster.id;
      });
    },
    true,
  );
}
