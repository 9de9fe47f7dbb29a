/**
 * `GET /api/report` and `GET /api/export`: the cluster report (report/) and the graph export
 * (export/) as files to download, from the same writers as `paperatlas report` and `paperatlas
 * export`, built on a worker thread once per graph state (server/files/).
 */
import type { Deps, FileReply, Handler } from "./types.ts";

export function reportHandler(deps: Deps): Handler<"GET /api/report"> {
  return async ({ query }) => {
    const file = await deps.files.get({
      kind: "report",
      format: query.format,
      cluster: query.cluster ?? null,
      table: query.table,
    });
    return { file } satisfies FileReply;
  };
}

export function exportHandler(deps: Deps): Handler<"GET /api/export"> {
  return async ({ query }) => {
    const file = await deps.files.get({ kind: "export", format: query.format, level: query.level, file: query.file });
    return { file } satisfies FileReply;
  };
}
