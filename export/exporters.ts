/**
 * The graph exporters, one per format (STYLE §5): a new format is one module, one id in
 * `EXPORT_FORMATS` (schema/report.ts) and one line here; the CLI's `--format` choices and the
 * API's `format` enum come from the same ids.
 */
import type { ExportFile, ExportFormat } from "../schema/report.ts";
import { writeGexf } from "./gexf.ts";
import type { ExportGraph } from "./graph.ts";
import { writeGraphml } from "./graphml.ts";
import { writeVosviewerJson } from "./vosviewer/json.ts";
import { writeVosviewerMap, writeVosviewerNetwork } from "./vosviewer/map.ts";

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
  write(graph: ExportGraph): string;
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
};
