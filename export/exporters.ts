/**
 * The graph exporters, one per format (STYLE §5): a new format is one module, one id in
 * `EXPORT_FORMATS` (schema/report.ts) and one line here; the CLI's `--format` choices and the
 * API's `format` enum come from the same ids.
 */
import type { Db } from "../db/client.ts";
import { PaperAtlasError } from "../schema/errors.ts";
import type { ExportFile, ExportFormat } from "../schema/report.ts";
import { writeGexf } from "./gexf.ts";
import type { ExportGraph, ExportRows } from "./graph.ts";
import { writeGraphml } from "./graphml.ts";
import { writeVosviewerJson } from "./vosviewer/json.ts";
import { writeVosviewerMap, writeVosviewerNetwork } from "./vosviewer/map.ts";
import { writeWos } from "./wos.ts";

/** One file of a format written as several: `<base><suffix>`. */
export interface ExportPart {
  file: ExportFile;
  suffix: string;
  write(graph: ExportGraph): string;
  /** Present for a format of several files (vosviewer-map); `write` gives the first. */
  files?: readonly ExportPart[];
}

export interface Exporter {
  id: ExportFormat;
  description: string;
  extension: string;
  contentType: string;
  /** Needs each paper's title, abstract, ids and authors (`rows.papers`), not only the graph. */
  bibliographic?: boolean;
  /** `rows`: what the graph was built from; the runner always passes it. */
  write(graph: ExportGraph, rows?: ExportRows): string;
  /**
   * Present for a format that reads what it needs itself rather than the export graph (html: the
   * map payload, titles and abstracts); the runner then calls it instead of `write`.
   */
  render?(
    db: Db,
    options: { say?: (message: string) => void },
  ): Promise<{ content: string; nodes: number; edges: number }>;
  /** Present for a format of several files (vosviewer-map); `write` gives the first. */
  files?: readonly ExportPart[];
}

export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  gexf: {
    id: "gexf",
    description: "GEXF 1.3 (Gephi's own format), with viz colour, size and position",
    extension: "gexf",
    contentType: "application/gexf+xml; charset=utf-8",
    write: writeGexf,
  },
  graphml: {
    id: "graphml",
    description: "GraphML, with r/g/b colour, size and x/y position attributes",
    extension: "graphml",
    contentType: "application/graphml+xml; charset=utf-8",
    write: writeGraphml,
  },
  "vosviewer-json": {
    id: "vosviewer-json",
    description: "VOSviewer JSON (VOSviewer Online, VOSviewer 1.6.16+): items, links, our clusters and colours",
    extension: "json",
    contentType: "application/json; charset=utf-8",
    write: writeVosviewerJson,
  },
  "vosviewer-map": {
    id: "vosviewer-map",
    description:
      "VOSviewer map file and network file (tab-separated), written as <base>-map.txt and <base>-network.txt",
    extension: "txt",
    contentType: "text/tab-separated-values; charset=utf-8",
    write: writeVosviewerMap,
    files: [
      { file: "map", suffix: "-map.txt", write: writeVosviewerMap },
      { file: "network", suffix: "-network.txt", write: writeVosviewerNetwork },
    ],
  },
  wos: {
    id: "wos",
    description: "Web of Science plain text (CiteSpace's input): one record per paper, CR lines from CITES",
    extension: "txt",
    contentType: "text/plain; charset=utf-8",
    bibliographic: true,
    write: (_graph, rows) => writeWos(rows),
  },
  html: {
    id: "html",
    description:
      "The map as one HTML file that opens offline in a browser: regions, labels, search, details, clusters, time overlay",
    extension: "html",
    contentType: "text/html; charset=utf-8",
    write: () => {
      throw new PaperAtlasError("INTERNAL", "export: the html format reads the database itself (render)");
    },
    // Loaded when used: it reads files and builds the offline page with Vite.
    render: async (db, options) => {
      const { content, stats } = await (await import("./html/run.ts")).renderHtmlExport(db, options);
      return { content, nodes: stats.nodes, edges: stats.edges };
    },
  },
};
