/**
 * The graph exporters, one per format (STYLE §5): a new format is one module, one id in
 * `EXPORT_FORMATS` (schema/report.ts) and one line here; the CLI's `--format` choices and the
 * API's `format` enum come from the same ids.
 */
import type { ExportFormat } from "../schema/report.ts";
import { writeGexf } from "./gexf.ts";
import type { ExportGraph, ExportRows } from "./graph.ts";
import { writeGraphml } from "./graphml.ts";
import { writeWos } from "./wos.ts";

export interface Exporter {
  id: ExportFormat;
  description: string;
  extension: string;
  contentType: string;
  /** Needs each paper's title, abstract, ids and authors (`ExportRows.papers`), not only the graph. */
  bibliographic?: boolean;
  write(graph: ExportGraph, rows: ExportRows): string;
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
  wos: {
    id: "wos",
    description: "Web of Science plain text (CiteSpace's input): one record per paper, CR lines from CITES",
    extension: "txt",
    contentType: "text/plain; charset=utf-8",
    bibliographic: true,
    write: (_graph, rows) => writeWos(rows),
  },
};
