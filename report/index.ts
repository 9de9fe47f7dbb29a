/** Cluster reports: public API (the pure core, the writers and the Neo4j runner). */
export { buildReport, REPORT_DEFAULTS } from "./data.ts";
export type { ReportOptions, ReportRows } from "./data.ts";
export { readReportRows, READ_DEFAULTS } from "./read.ts";
export type { ReadReportOptions } from "./read.ts";
export { renderReport, runReport, writeFiles } from "./run.ts";
export type { RenderReportOptions } from "./run.ts";
export { REPORT_WRITERS } from "./writers/index.ts";
export type { ReportFile, ReportWriter } from "./writers/index.ts";
