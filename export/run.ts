/**
 * Export runner
 * =============
 * I/O around the pure core: read the graph (read.ts), build it (graph.ts), write it in the chosen
 * format (exporters.ts). `renderExport` returns the text (the API sends it); `runExport` writes a file.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/client.ts";
import { PaperAtlasError } from "../schema/errors.ts";
import type { ExportFormat } from "../schema/report.ts";
import { EXPORTERS } from "./exporters.ts";
import { buildExportGraph } from "./graph.ts";
import { readExportRows } from "./read.ts";

export interface ExportResult {
  content: string;
  nodes: number;
  edges: number;
}

export async function renderExport(db: Db, format: ExportFormat): Promise<ExportResult> {
  const exporter = EXPORTERS[format];
  const rows = await readExportRows(db, { bibliographic: exporter.bibliographic === true });
  const graph = buildExportGraph(rows);
  return { content: exporter.write(graph, rows), nodes: graph.order, edges: graph.size };
}

export async function runExport(
  db: Db,
  options: { format: ExportFormat; out: string },
): Promise<ExportResult & { path: string }> {
  const result = await renderExport(db, options.format);
  try {
    await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
    await writeFile(options.out, result.content, "utf8");
  } catch (cause) {
    throw new PaperAtlasError(
      "OUTPUT_UNWRITABLE",
      `export: cannot write "${options.out}": ${(cause as Error).message}`,
      {
        where: options.out,
        hint: "pass --out a file path in a directory you can write to",
        cause,
      },
    );
  }
  return { ...result, path: options.out };
}
