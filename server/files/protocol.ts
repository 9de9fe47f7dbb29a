/** Messages between the file cache (cache.ts) and its worker thread (worker.ts). */
import type { ExportFile, ExportFormat, ReportCsvTable, ReportFormat } from "../../schema/report.ts";

/** A download the server builds: the graph export, or one file of the cluster report. */
export type FileRequest =
  | { kind: "export"; format: ExportFormat; level: number; file?: ExportFile | undefined }
  | { kind: "report"; format: ReportFormat; cluster: string | null; table: ReportCsvTable };

export interface BuiltFile {
  name: string;
  contentType: string;
  content: Buffer;
}

/** A built file as the worker hands it over: its bytes transferred, not copied. */
export interface WireFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** The cache key of a request: equal requests share one build. */
export function fileKey(request: FileRequest): string {
  return request.kind === "export"
    ? `export:${request.format}:${request.level}:${request.file ?? ""}`
    : `report:${request.format}:${request.cluster ?? "*"}:${request.format === "csv" ? request.table : ""}`;
}
