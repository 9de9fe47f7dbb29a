/**
 * `GET /api/report` and `GET /api/export` (issue 7): the cluster report (report/) and the graph
 * export (export/) as files to download. The file's name, media type and text come from the same
 * writers as `paperatlas report` and `paperatlas export`.
 */
import { renderExport, EXPORTERS } from "../../export/index.ts";
import { renderReport } from "../../report/index.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { Deps, FileReply, Handler } from "./types.ts";

export function reportHandler(deps: Deps): Handler<"GET /api/report"> {
  return async ({ query }) => {
    const files = await renderReport(deps.db, { format: query.format, cluster: query.cluster ?? null });
    const file = query.format === "csv" ? files.find((f) => f.name.endsWith(`-${query.table}.csv`)) : files[0];
    if (!file) throw new PaperAtlasError("INTERNAL", `report: the ${query.format} writer wrote no ${query.table} file`);
    return { file } satisfies FileReply;
  };
}

export function exportHandler(deps: Deps): Handler<"GET /api/export"> {
  return async ({ query }) => {
    const exporter = EXPORTERS[query.format];
    const { content } = await renderExport(deps.db, query.format);
    return {
      file: { name: `paperatlas.${exporter.extension}`, contentType: exporter.contentType, content },
    } satisfies FileReply;
  };
}
