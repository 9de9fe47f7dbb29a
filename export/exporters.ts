/**
 * The graph exporters, one per format (STYLE §5): a new format is one module, one id in
 * `EXPORT_FORMATS` (schema/report.ts) and one line here; the CLI's `--format` choices and the
 * API's `format` enum come from the same ids.
 */
import type { ExportFormat } from "../schema/report.ts";
import { writeGexf } from "./gexf.ts";
import type { ExportGraph } from "./graph.ts";
import { writeGraphml } from "./graphml.ts";

export interface Exporter {
  id: ExportFormat;
  description: string;
  extension: string;
  contentType: string;
  write(graph: ExportGraph): string;
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
};
