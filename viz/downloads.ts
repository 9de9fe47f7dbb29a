/**
 * Download links (issue 7): the whole cluster report and the graph from the toolbar, one cluster's
 * report from its legend entry and from a node's details. Plain `<a download>` links to the API's
 * file routes (`GET /api/report`, `GET /api/export`), whose query types come from schema/api.ts;
 * the server answers with `Content-Disposition: attachment`, so nothing runs in the map's page.
 */
import type { ApiRequest } from "../schema/api.ts";
import { h } from "./dom.ts";

type ReportQuery = NonNullable<ApiRequest<"GET /api/report">["query"]>;
type ExportQuery = NonNullable<ApiRequest<"GET /api/export">["query"]>;

function withQuery(path: string, query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  return `${path}?${params.toString()}`;
}

export const reportUrl = (query: ReportQuery): string => withQuery("/api/report", query);
export const exportUrl = (query: ExportQuery): string => withQuery("/api/export", query);

function link(text: string, href: string, title: string, attrs: Record<string, string> = {}): HTMLAnchorElement {
  return h("a", { href, download: "", title, text, ...attrs });
}

/** A report link for one cluster (HTML), for the legend and the details panel. */
export function clusterReportLink(clusterId: string, label: string, text = "report"): HTMLAnchorElement {
  return link(text, reportUrl({ format: "html", cluster: clusterId }), `Download the report of ${label} (HTML)`, {
    class: "download",
    "data-report": clusterId,
  });
}

const MENU: [text: string, href: string, title: string][] = [
  ["Report (HTML)", reportUrl({ format: "html" }), "Every cluster, one self-contained HTML file"],
  ["Report (Markdown)", reportUrl({ format: "md" }), "Every cluster, as Markdown"],
  ["Report (JSON)", reportUrl({ format: "json" }), "Every cluster, as JSON (report/schema.json)"],
  ["Clusters (CSV)", reportUrl({ format: "csv", table: "clusters" }), "The table of clusters"],
  ["Cluster concepts (CSV)", reportUrl({ format: "csv", table: "cluster-concepts" }), "Each cluster's concepts"],
  ["Cluster papers (CSV)", reportUrl({ format: "csv", table: "cluster-papers" }), "Each cluster's papers"],
  ["Graph (GEXF, for Gephi)", exportUrl({ format: "gexf" }), "The graph with the map's colours and positions"],
  ["Graph (GraphML)", exportUrl({ format: "graphml" }), "The graph with the map's colours and positions"],
  ["Map (VOSviewer JSON)", exportUrl({ format: "vosviewer-json" }), "Opens in VOSviewer Online and VOSviewer 1.6.16+"],
  ["Map (VOSviewer map file)", exportUrl({ format: "vosviewer-map", file: "map" }), "Items, positions and clusters"],
  [
    "Map (VOSviewer network file)",
    exportUrl({ format: "vosviewer-map", file: "network" }),
    "Links between the map file's items",
  ],
  ["Papers (WoS, for CiteSpace)", exportUrl({ format: "wos" }), "Web of Science plain text, citations as CR"],
  [
    "Map (one HTML file, offline)",
    exportUrl({ format: "html" }),
    "This map with search, details and clusters in one file that opens in a browser without a server",
  ],
];

/** The toolbar's "Download" menu: reports in every format and the graph. */
export function downloadMenu(): HTMLElement {
  const list = h("div", { class: "download-list" }, ...MENU.map(([text, href, title]) => link(text, href, title)));
  const menu = h(
    "details",
    { id: "downloads", class: "download-menu" },
    h("summary", { text: "Download", title: "Reports and the graph as files" }),
    list,
  );
  // The menu closes once a file is picked, and when a click lands anywhere else.
  list.addEventListener("click", () => (menu.open = false));
  document.addEventListener("click", (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  return menu;
}
