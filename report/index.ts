/** Cluster reports: public API (the pure core, the writers and the Neo4j runner). */
export { buildReport, REPORT_DEFAULTS } from "./data.ts";
export type { ReportOptions, ReportRows } from "./data.ts";
export { readReportRows, READ_DEFAULTS } from "./read.ts";
export type { ReadReportOptions } from "./read.ts";
export { isPrintFormat, renderAny, renderReport, runReport, writeFiles } from "./run.ts";
export type { AnyReportFormat, RenderReportOptions } from "./run.ts";
export { printFiles, printHtml } from "./pdf/print.ts";
export { REPORT_PRINTERS, REPORT_WRITERS } from "./writers/index.ts";
export type { PrintedFile, ReportFile, ReportPrinter, ReportWriter } from "./writers/index.ts";
export { buildSinceReport, SINCE_DEFAULTS } from "./since/data.ts";
export type { SinceOptions, SinceRows } from "./since/data.ts";
export { readSinceRows } from "./since/read.ts";
export { renderSinceReport, runSinceReport } from "./since/run.ts";
export type { RenderSinceOptions } from "./since/run.ts";
export { parseSince, sinceWindow } from "./since/window.ts";
