/**
 * CSV report writer
 * =================
 * `ReportData` → one CSV file per table (`REPORT_CSV_TABLES`): the clusters, each cluster's
 * concepts, each cluster's papers. Made to open cleanly in a spreadsheet: UTF-8 with a byte-order
 * mark (Excel otherwise guesses a legacy code page), CRLF line ends and RFC 4180 quoting. A text
 * cell that starts with `=`, `+`, `-` or `@` gets a leading `'` so a spreadsheet shows it as text
 * instead of running it as a formula (OWASP "CSV injection"); numbers are written as they are.
 */
import { CONCEPT_TYPES } from "../../schema/model.ts";
import type { ReportClusterT, ReportCsvTable, ReportDataT } from "../../schema/report.ts";
import { reportBaseName } from "../text.ts";
import { sinceCsvTables } from "../since/csv.ts";
import type { ReportFile, ReportWriter } from "./types.ts";

type Value = string | number | boolean | null;

const BOM = "\uFEFF";

/** One CSV field: quoted when it holds a quote, comma, line break or edge space. */
export function csvField(value: Value): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(head: readonly string[], rows: readonly Value[][]): string {
  return BOM + [head, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function clusterRows(data: ReportDataT): Value[][] {
  return data.clusters.map((c) => [
    c.id,
    c.level,
    c.number,
    c.label,
    c.color,
    c.paperCount,
    c.conceptCount,
    c.size,
    c.paperShare,
    c.timeline.first,
    c.timeline.last,
    c.timeline.undated,
    c.parent?.id ?? null,
    c.parent?.label ?? null,
    c.children.length,
    c.topConcepts.join("; "),
    c.labelConcepts.map((k) => k.name).join("; "),
    c.labelConcepts.map((k) => k.score).join("; "),
    c.labelConcepts.map((k) => k.papers).join("; "),
    c.labelConcepts.map((k) => k.corpusShare).join("; "),
    c.neighbours[0]?.id ?? null,
    c.neighbours[0]?.links ?? null,
  ]);
}

const CLUSTER_HEAD = [
  "cluster_id",
  "level",
  "number",
  "label",
  "color",
  "papers",
  "concepts",
  "size",
  "paper_share",
  "first_year",
  "last_year",
  "undated_papers",
  "parent_id",
  "parent_label",
  "sub_clusters",
  "top_concepts",
  "label_concepts",
  "label_scores",
  "label_concept_papers",
  "label_concept_corpus_shares",
  "nearest_cluster_id",
  "nearest_cluster_links",
];

function conceptRows(c: ReportClusterT): Value[][] {
  return CONCEPT_TYPES.flatMap((type) =>
    c.concepts[type].map((k, i) => [
      c.id,
      c.number,
      c.label,
      type,
      i + 1,
      k.id,
      k.name,
      k.papers,
      k.share,
      k.corpusPapers,
      k.lift,
      k.llr,
      k.member,
    ]),
  );
}

const CONCEPT_HEAD = [
  "cluster_id",
  "cluster_number",
  "cluster_label",
  "type",
  "rank",
  "concept_id",
  "concept",
  "papers",
  "share",
  "corpus_papers",
  "lift",
  "llr",
  "member",
];

function paperRows(c: ReportClusterT): Value[][] {
  const representative = new Set(c.representative.map((p) => p.id));
  const bridging = new Set(c.bridging.map((p) => p.id));
  return c.papers.map((p, i) => [
    c.id,
    c.number,
    c.label,
    i + 1,
    p.id,
    p.title,
    p.year,
    p.published,
    p.upvotes,
    p.internalLinks,
    p.externalLinks,
    p.linkedClusters,
    representative.has(p.id),
    bridging.has(p.id),
  ]);
}

const PAPER_HEAD = [
  "cluster_id",
  "cluster_number",
  "cluster_label",
  "rank",
  "paper_id",
  "title",
  "year",
  "published",
  "upvotes",
  "internal_links",
  "external_links",
  "linked_clusters",
  "representative",
  "bridging",
];

/** Each table's text, by table id. */
export function csvTables(data: ReportDataT): Record<ReportCsvTable, string> {
  return {
    clusters: csvTable(CLUSTER_HEAD, clusterRows(data)),
    "cluster-concepts": csvTable(CONCEPT_HEAD, data.clusters.flatMap(conceptRows)),
    "cluster-papers": csvTable(PAPER_HEAD, data.clusters.flatMap(paperRows)),
  };
}

export const csvWriter: ReportWriter = {
  id: "csv",
  description: "CSV: one file per table (clusters, cluster-concepts, cluster-papers), UTF-8 with BOM",
  write: (data): ReportFile[] =>
    Object.entries(csvTables(data)).map(([table, content]) => ({
      name: `${reportBaseName(data)}-${table}.csv`,
      content,
      contentType: "text/csv; charset=utf-8",
    })),
  writeSince: (data): ReportFile[] =>
    Object.entries(sinceCsvTables(data)).map(([table, content]) => ({
      name: `${table}.csv`,
      content,
      contentType: "text/csv; charset=utf-8",
    })),
};
