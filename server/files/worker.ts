/**
 * The downloads' worker thread: builds graph exports and report files with a Neo4j client of its
 * own (the same writers as `paperatlas export` and `paperatlas report`), so reading tens of
 * megabytes from Neo4j and writing GEXF or HTML never blocks the server's event loop. One job at a
 * time; the bytes go back to the server transferred, not copied.
 */
import { workerData } from "node:worker_threads";
import { createDb, type DbTarget } from "../../db/client.ts";
import { renderExport, EXPORTERS } from "../../export/index.ts";
import { renderReport } from "../../report/index.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { serveJobs } from "../threads/serve.ts";
import type { FileRequest, WireFile } from "./protocol.ts";

const db = createDb(workerData as DbTarget);

async function build(request: FileRequest): Promise<{ name: string; contentType: string; content: string }> {
  if (request.kind === "export") {
    const exporter = EXPORTERS[request.format];
    const { content } = await renderExport(db, request.format, { level: request.level, file: request.file });
    // A file of a several-file format is named as `paperatlas export` names it (paperatlas-network.txt).
    const part = exporter.files?.find((f) => f.file === (request.file ?? exporter.files?.[0]?.file));
    const name = part ? `paperatlas${part.suffix}` : `paperatlas.${exporter.extension}`;
    return { name, contentType: exporter.contentType, content };
  }
  const files = await renderReport(db, { format: request.format, cluster: request.cluster });
  const file = request.format === "csv" ? files.find((f) => f.name.endsWith(`-${request.table}.csv`)) : files[0];
  if (!file)
    throw new PaperAtlasError("INTERNAL", `report: the ${request.format} writer wrote no ${request.table} file`);
  return file;
}

serveJobs<FileRequest, WireFile>(async (request) => {
  const file = await build(request);
  // Its own ArrayBuffer (Buffer.from may hand out a slice of a shared pool), so it can be transferred.
  const bytes = new TextEncoder().encode(file.content);
  return { result: { name: file.name, contentType: file.contentType, bytes }, transfer: [bytes.buffer] };
});
