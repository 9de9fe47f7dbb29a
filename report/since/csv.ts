/**
 * "What's new" report as CSV
 * ==========================
 * `SinceReportData` → one file per table (`SINCE_CSV_TABLES`), with the cluster report's CSV rules
 * (../writers/csv.ts: BOM, CRLF, RFC 4180 quoting, formula-looking text prefixed with `'`):
 * - `since-papers`: every added paper with its update, region and cluster;
 * - `since-clusters`: one row per cluster change — `grew`, `created`, `merged`, `split`, `gone`;
 * - `since-concepts`: the rising concepts.
 */
import type { SinceCsvTable, SinceReportDataT } from "../../schema/report-since.ts";
import { csvTable } from "../writers/csv.ts";

type Value = string | number | boolean | null;

const PAPER_HEAD = ["id", "title", "published", "update", "region_id", "region", "cluster_id", "cluster"];
const CLUSTER_HEAD = [
  "change",
  "update",
  "level",
  "cluster_id",
  "label",
  "papers_before",
  "papers_after",
  "size_before",
  "size_after",
  "added_papers",
  "growth",
  "related_ids",
];
const CONCEPT_HEAD = ["id", "name", "type", "papers_before", "added_papers", "growth", "new"];

function paperRows(data: SinceReportDataT): Value[][] {
  const label = new Map<string, string>();
  for (const r of data.added.regions) {
    label.set(r.id, r.label);
    for (const k of r.clusters) label.set(k.id, k.label);
  }
  return data.papers.map((p) => [
    p.id,
    p.title,
    p.published,
    p.run,
    p.region,
    label.get(p.region ?? "") ?? null,
    p.cluster,
    label.get(p.cluster ?? "") ?? null,
  ]);
}

function clusterRows(data: SinceReportDataT): Value[][] {
  const l = data.lineage;
  const row = (change: string, run: string | null, level: number, id: string, label: string | null, rest: Value[]) => [
    change,
    run,
    level,
    id,
    label,
    ...rest,
  ];
  const none = [null, null, null, null, null, null];
  return [
    ...data.grew.map((g) =>
      row("grew", null, g.level, g.id, g.label, [
        g.papersBefore,
        g.papersAfter,
        g.sizeBefore,
        g.sizeAfter,
        g.addedPapers,
        g.growth,
        null,
      ]),
    ),
    ...l.created.map((c) =>
      row("created", c.run, c.cluster.level, c.cluster.id, c.cluster.label, [
        0,
        c.paperCount,
        0,
        c.size,
        null,
        null,
        c.from.join(" "),
      ]),
    ),
    ...l.merges.map((m) => row("merged", m.run, m.into.level, m.into.id, m.into.label, [...none, m.from.join(" ")])),
    ...l.splits.map((s) =>
      row("split", s.run, s.from.level, s.from.id, s.from.label, [...none, s.into.map((k) => k.id).join(" ")]),
    ),
    ...l.gone.map((g) => row("gone", null, g.level, g.id, null, [...none, g.to.id])),
  ];
}

function conceptRows(data: SinceReportDataT): Value[][] {
  return data.rising.map((c) => [c.id, c.name, c.type, c.before, c.added, c.growth, c.isNew]);
}

/** Each table's text, by table id. */
export function sinceCsvTables(data: SinceReportDataT): Record<SinceCsvTable, string> {
  return {
    "since-papers": csvTable(PAPER_HEAD, paperRows(data)),
    "since-clusters": csvTable(CLUSTER_HEAD, clusterRows(data)),
    "since-concepts": csvTable(CONCEPT_HEAD, conceptRows(data)),
  };
}
