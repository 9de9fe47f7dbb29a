/** Graph export: public API (the pure graph builder, the exporters and the Neo4j runner). */
export { buildExportGraph, xmlSafe } from "./graph.ts";
export type {
  ExportEdgeAttributes,
  ExportGraph,
  ExportGraphAttributes,
  ExportNodeAttributes,
  ExportRows,
} from "./graph.ts";
export { EXPORTERS } from "./exporters.ts";
export type { Exporter } from "./exporters.ts";
export { readExportRows } from "./read.ts";
export { renderExport, runExport } from "./run.ts";
export type { ExportOptions, ExportResult } from "./run.ts";
export { parseVosviewerJson, parseVosviewerMap } from "./vosviewer/parse.ts";
export type { VosParseResult } from "./vosviewer/parse.ts";
export { toVosNetwork } from "./vosviewer/network.ts";
