/**
 * JSON report writer
 * ==================
 * `ReportData` → one `.json` file: the data itself, two-space indented, valid against
 * `report/schema.json` (generated from the zod schemas in schema/report.ts).
 */
import { reportBaseName } from "../text.ts";
import type { ReportWriter } from "./types.ts";
// `report --since` writes its `SinceReportData` (schema/report-since.ts) the same way, as since.json.

export const jsonWriter: ReportWriter = {
  id: "json",
  description: "JSON: the report data, valid against report/schema.json",
  write: (data) => [
    {
      name: `${reportBaseName(data)}.json`,
      content: `${JSON.stringify(data, null, 2)}\n`,
      contentType: "application/json; charset=utf-8",
    },
  ],
  writeSince: (data) => [
    {
      name: "since.json",
      content: `${JSON.stringify(data, null, 2)}\n`,
      contentType: "application/json; charset=utf-8",
    },
  ],
};
