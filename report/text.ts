/**
 * Report text helpers
 * ===================
 * Escaping for each output (HTML, Markdown, CSV lives in writers/csv.ts), number formats shared by
 * the Markdown and HTML writers, file names, the labels of concept types, and the table of the
 * concepts a cluster's label is made of (why it is named so). Pure.
 */
import { DEFAULT_LABEL_OPTIONS } from "../atlas/cluster/labels.ts";
import { CONCEPT_LABELS, CONCEPT_TYPE_TITLES, CONCEPT_TYPES } from "../schema/model.ts";
import type { ReportClusterT, ReportDataT } from "../schema/report.ts";

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Escapes text for a Markdown table cell or paragraph: CommonMark backslash escapes for the
 * characters that would format, link, break a table or open HTML; line breaks become spaces.
 */
export function escapeMd(text: string | number): string {
  return String(text)
    .replace(/[\r\n\t]+/g, " ")
    .replace(/[\\`*_[\]<>|~]|&(?=#?\w+;)/g, (c) => `\\${c}`);
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

export function fmtInt(n: number): string {
  return integer.format(n);
}

/** A share in [0, 1] as a percentage with one decimal. */
export function fmtShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

export function fmtFixed(n: number, digits = 2): string {
  return n.toFixed(digits);
}

/** Signed change of a share, in percentage points. */
export function fmtChange(change: number): string {
  return `${change >= 0 ? "+" : "−"}${Math.abs(change * 100).toFixed(1)} pt`;
}

/** A concept type's name in the plural, as the map's legend titles it. */
export const TYPE_TITLES = CONCEPT_TYPE_TITLES;

/** A concept type's name in the singular: its Neo4j label. */
export const TYPE_SINGULAR = CONCEPT_LABELS;

/** `report` for every cluster, `cluster-<level>-<number>` for one: the stem of every file name. */
export function reportBaseName(data: ReportDataT): string {
  const only = data.scope.cluster === null ? undefined : data.clusters[0];
  return only ? `cluster-${only.level}-${only.number}` : "report";
}

/** The URL of a paper whose id is an arXiv identifier, else null (ids from title hashes start with `t:`). */
export function arxivUrl(id: string): string | null {
  return /^\d{4}\.\d{4,5}(v\d+)?$/.test(id) ? `https://arxiv.org/abs/${id}` : null;
}

/** "Cluster 3" for a top-level cluster, "Level-1 cluster 7" for a finer one. */
export function clusterTitle(c: { level: number; number: number }): string {
  return c.level === 0 ? `Cluster ${c.number}` : `Level-${c.level} cluster ${c.number}`;
}

/** "1 paper", "3 papers". */
export function plural(n: number, noun: string): string {
  return `${fmtInt(n)} ${noun}${n === 1 ? "" : "s"}`;
}

/** "2019–2024" or "2023" or "no dates". */
export function yearSpan(first: number | null, last: number | null): string {
  if (first === null || last === null) return "no dates";
  return first === last ? String(first) : `${first}–${last}`;
}

/** Text bars for a plain-text histogram: `width` blocks for the largest count. */
export function textBar(count: number, max: number, width = 30): string {
  if (count <= 0 || max <= 0) return "";
  return "█".repeat(Math.max(1, Math.round((count / max) * width)));
}

/** The one-line description of the clustering run, or a note that there is none. */
export function runLine(data: ReportDataT): string {
  const run = data.overview.run;
  if (!run) return "not clustered yet: run `paperatlas cluster`";
  const counts = run.clusterCounts.join(", ");
  // A run a VOSviewer import wrote (ingest/vosviewer/) was read, not searched: it has no parameters.
  if (run.algorithm === "imported")
    return `imported from a VOSviewer file; ${plural(run.levels, "level")} (${counts} clusters)`;
  return (
    `${run.algorithm}, resolution ${run.resolution}, seed ${run.seed}, best of ${plural(run.runs, "run")}; ` +
    `modularity ${run.modularity.toFixed(3)}; ${run.levels} level${run.levels === 1 ? "" : "s"} (${counts} clusters); ` +
    `projection: concepts named by ≥ ${run.minPapers}${run.maxPapers === null ? "" : ` and ≤ ${run.maxPapers}`} papers, ` +
    `${run.weighting} weights, citations × ${run.citesWeight}`
  );
}

/** A Markdown pipe table; numbers right-aligned. Cells are already escaped. */
export function table(
  head: readonly string[],
  rows: readonly (string | number)[][],
  numeric: readonly boolean[] = [],
): string[] {
  const align = head.map((_h, i) => (numeric[i] ? "---:" : "---"));
  return [`| ${head.join(" | ")} |`, `| ${align.join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`), ""];
}

/** How labels are chosen, in one sentence, from the clustering's defaults (atlas/cluster/labels.ts). */
export function namingRule(): string {
  const { corpusWideShare, typeWeights } = DEFAULT_LABEL_OPTIONS;
  const weights = CONCEPT_TYPES.filter((t) => typeWeights[t] !== 1)
    .map((t) => `${TYPE_TITLES[t].toLowerCase()} ×${typeWeights[t]}`)
    .join(", ");
  return (
    `A cluster is named after its one or two concepts with the best naming score: G² × the weight of the ` +
    `concept's type (${weights}; other types ×1), among concepts that are neither generic (metrics and ` +
    `platforms every field reports) nor corpus-wide (in more than ${corpusWideShare * 100} % of all papers ` +
    `with no top-level cluster holding half of them).`
  );
}

/** Why a cluster has no label concepts to show. */
export const NO_LABEL_CONCEPTS =
  "No label concepts recorded: no concept may name this cluster (it is named after its most-mentioned " +
  "member concept), or it was clustered by a version that did not keep them.";

/** The label concepts table (why the cluster is named so): head, right-aligned columns, unescaped cells. */
export function labelTable(c: ReportClusterT): { head: string[]; numeric: boolean[]; rows: string[][] } {
  return {
    head: ["Concept", "Type", "Score", "Papers", "Share", "All papers", "Of all papers", "G²"],
    numeric: [false, false, true, true, true, true, true, true],
    rows: c.labelConcepts.map((k) => [
      k.name,
      TYPE_SINGULAR[k.type],
      fmtFixed(k.score, 1),
      fmtInt(k.papers),
      fmtShare(k.share),
      fmtInt(k.corpusPapers),
      fmtShare(k.corpusShare),
      fmtFixed(k.llr, 1),
    ]),
  };
}
