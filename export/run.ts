/**
 * Export runner
 * =============
 * I/O around the pure core: read the graph (read.ts), build it (graph.ts), write it in the chosen
 * format (exporters.ts). `renderExport` returns the text (the API sends it; for a format of several
 * files, the one `file` names); `runExport` writes the file, or for such a format every file as
 * `<base><suffix>` where the base is `out` without its extension (`atlas.txt` → `atlas-map.txt`,
 * `atlas-network.txt`). `level` picks the hierarchy level whose clusters are exported (0, the top,
 * by default).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "../db/client.ts";
import { PaperAtlasError } from "../schema/errors.ts";
import type { ExportFile, ExportFormat } from "../schema/report.ts";
import { EXPORTERS } from "./exporters.ts";
import { buildExportGraph } from "./graph.ts";
import { readExportRows } from "./read.ts";

export interface ExportResult {
  content: string;
  nodes: number;
  edges: number;
}

export interface ExportOptions {
  /** Hierarchy level of the exported clusters; 0 (the top) by default. */
  level?: number;
  /** For a format of several files: which one (its first by default). */
  file?: ExportFile | undefined;
}

export async function renderExport(db: Db, format: ExportFormat, options: ExportOptions = {}): Promise<ExportResult> {
  const exporter = EXPORTERS[format];
  if (exporter.render) return exporter.render(db, {});
  const rows = await readExportRows(db, { level: options.level ?? 0, bibliographic: exporter.bibliographic === true });
  const graph = buildExportGraph(rows);
  const part = options.file !== undefined ? exporter.files?.find((f) => f.file === options.file) : undefined;
  return { content: part ? part.write(graph) : exporter.write(graph, rows), nodes: graph.order, edges: graph.size };
}

async function write(file: string, content: string): Promise<void> {
  try {
    await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await writeFile(file, content, "utf8");
  } catch (cause) {
    throw new PaperAtlasError("OUTPUT_UNWRITABLE", `export: cannot write "${file}": ${(cause as Error).message}`, {
      where: file,
      hint: "pass --out a file path in a directory you can write to",
      cause,
    });
  }
}

export async function runExport(
  db: Db,
  options: { format: ExportFormat; out: string; level?: number; say?: (message: string) => void },
): Promise<Omit<ExportResult, "content"> & { path: string; paths: string[] }> {
  const exporter = EXPORTERS[options.format];
  if (exporter.render) {
    const { content, nodes, edges } = await exporter.render(db, options.say ? { say: options.say } : {});
    await write(options.out, content);
    return { nodes, edges, path: options.out, paths: [options.out] };
  }
  const bibliographic = exporter.bibliographic === true;
  const rows = await readExportRows(db, { level: options.level ?? 0, bibliographic });
  const graph = buildExportGraph(rows);
  const base = options.out.slice(0, options.out.length - path.extname(options.out).length);
  const files = exporter.files
    ? exporter.files.map((f) => ({ file: `${base}${f.suffix}`, content: f.write(graph) }))
    : [{ file: options.out, content: exporter.write(graph, rows) }];
  for (const f of files) await write(f.file, f.content);
  const paths = files.map((f) => f.file);
  return { nodes: graph.order, edges: graph.size, path: paths[0]!, paths };
}
