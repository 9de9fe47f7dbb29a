/**
 * Report data
 * ===========
 * `buildReport(rows, {generatedAt})`: the rows `read.ts` fetched (schema/cypher/report.ts) → the
 * `ReportData` every writer formats (schema/report.ts). Pure and deterministic: the clock comes in
 * as `generatedAt`, every list has a total order, every decimal is rounded. One cluster's section
 * holds its concepts per type with how distinctive each is, its representative and bridging
 * papers, years, rising concepts, neighbouring clusters and sub-clusters.
 */
import { CONCEPT_TYPES, type ClusterRun, type ConceptType } from "../schema/model.ts";
import { clusterColor, clusterColorOrder } from "../schema/palette.ts";
import {
  REPORT_FORMAT,
  type ReportChildT,
  type ReportClusterT,
  type ReportConceptT,
  type ReportDataT,
  type ReportLabelConceptT,
  type ReportNeighbourT,
  type ReportOverviewT,
  type ReportPaperT,
  type ReportRunT,
} from "../schema/report.ts";
import type {
  ReportClusterRow,
  ReportConceptRow,
  ReportCorpusRow,
  ReportLabelConceptRow,
  ReportLinkRow,
  ReportMapRow,
  ReportPaperRow,
  ReportSourceRow,
} from "../schema/cypher/report.ts";
import { buildMap } from "./map.ts";
import {
  DEFAULT_RISING,
  distinctiveness,
  risingConcepts,
  round,
  sortableDate,
  timeline,
  yearCounts,
  type RisingOptions,
} from "./stats.ts";

/** Everything `read.ts` reads for one report. */
export interface ReportRows {
  scope: { cluster: string | null; level: number };
  corpus: ReportCorpusRow;
  conceptTypes: { type: string | null; count: number }[];
  years: { year: number | null; papers: number }[];
  sources: ReportSourceRow[];
  run: ClusterRun | null;
  /** Every cluster of every level. */
  clusters: ReportClusterRow[];
  /** Members of the reported clusters. */
  papers: ReportPaperRow[];
  concepts: ReportConceptRow[];
  /** The concepts each reported cluster's label is made of. */
  labelConcepts: ReportLabelConceptRow[];
  links: ReportLinkRow[];
  map: { total: number; points: ReportMapRow[] };
}

export interface ReportOptions {
  /** ISO time written into the report; pass a fixed one for reproducible output. */
  generatedAt: string;
  title?: string | undefined;
  /** Concepts per type kept in each cluster's profile. */
  conceptsPerType?: number | undefined;
  /** Representative and bridging papers listed per cluster. */
  papersListed?: number | undefined;
  neighbours?: number | undefined;
  rising?: RisingOptions | undefined;
}

export const REPORT_DEFAULTS = { conceptsPerType: 10, papersListed: 10, neighbours: 10 } as const;

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function isConceptType(type: string | null): type is ConceptType {
  return type !== null && (CONCEPT_TYPES as readonly string[]).includes(type);
}

function runOf(run: ClusterRun | null): ReportRunT | null {
  if (!run) return null;
  const { id, createdAt, algorithm, resolution, seed, runs, minPapers, maxPapers, citesWeight, weighting } = run;
  return {
    id,
    createdAt,
    algorithm,
    resolution,
    seed,
    runs,
    minPapers,
    citesWeight,
    weighting,
    maxPapers: maxPapers ?? null,
    modularity: round(run.modularity),
    quality: round(run.quality),
    levels: run.levels,
    clusterCounts: [...run.clusterCounts],
    unassigned: run.unassigned,
    layoutAt: run.layoutAt ?? null,
  };
}

function overviewOf(rows: ReportRows): ReportOverviewT {
  const conceptsByType = Object.fromEntries(CONCEPT_TYPES.map((t) => [t, 0])) as Record<ConceptType, number>;
  let concepts = 0;
  for (const { type, count } of rows.conceptTypes) {
    concepts += count;
    if (isConceptType(type)) conceptsByType[type] += count;
  }
  const clustered = rows.clusters.filter((c) => c.level === 0).reduce((n, c) => n + c.paperCount, 0);
  return {
    papers: rows.corpus.papers,
    stubs: rows.corpus.stubs,
    clusteredPapers: clustered,
    concepts,
    conceptsByType,
    mentions: rows.corpus.mentions,
    cites: rows.corpus.cites,
    sources: rows.sources.map(({ name, format, paperCount, ingestedAt }) => ({ name, format, paperCount, ingestedAt })),
    run: runOf(rows.run),
    timeline: timeline(rows.years),
  };
}

function paperOf(row: ReportPaperRow): ReportPaperT {
  const { id, title, year, published, upvotes, internalLinks, externalLinks, linkedClusters } = row;
  return { id, title, year, published, upvotes, internalLinks, externalLinks, linkedClusters };
}

const byCentrality = (a: ReportPaperT, b: ReportPaperT): number =>
  b.internalLinks - a.internalLinks || (b.upvotes ?? 0) - (a.upvotes ?? 0) || byId(a, b);
const byBridging = (a: ReportPaperT, b: ReportPaperT): number =>
  b.externalLinks - a.externalLinks || b.linkedClusters - a.linkedClusters || byCentrality(a, b);

function conceptsOf(rows: readonly ReportConceptRow[], clusterPapers: number, corpusPapers: number, perType: number) {
  const out = Object.fromEntries(CONCEPT_TYPES.map((t) => [t, [] as ReportConceptT[]])) as Record<
    ConceptType,
    ReportConceptT[]
  >;
  for (const row of rows) {
    if (!isConceptType(row.type)) continue;
    const papers = row.paperIds.length;
    const d = distinctiveness(papers, clusterPapers, row.corpusPapers, corpusPapers);
    const corpus = Math.max(row.corpusPapers, papers);
    out[row.type].push({
      id: row.id,
      name: row.name,
      type: row.type,
      papers,
      corpusPapers: corpus,
      member: row.member,
      ...d,
    });
  }
  for (const type of CONCEPT_TYPES) {
    out[type].sort((a, b) => b.papers - a.papers || b.llr - a.llr || byId(a, b));
    out[type] = out[type].slice(0, perType);
  }
  return out;
}

/** Why the cluster is named so: each label concept with its stored score and its counts now. */
function labelConceptsOf(rows: readonly ReportLabelConceptRow[], clusterPapers: number, corpusPapers: number) {
  const out: ReportLabelConceptT[] = [];
  for (const row of [...rows].sort((a, b) => a.position - b.position)) {
    if (!isConceptType(row.type)) continue;
    const corpus = Math.max(row.corpusPapers, row.papers);
    const { share, lift, llr } = distinctiveness(row.papers, clusterPapers, corpus, corpusPapers);
    const corpusShare = round(corpusPapers > 0 ? Math.min(1, corpus / corpusPapers) : 0);
    const { id, name, type, papers } = row;
    out.push({
      id,
      name,
      type,
      score: round(Math.max(0, row.score)),
      papers,
      share,
      corpusPapers: corpus,
      corpusShare,
      lift,
      llr,
    });
  }
  return out;
}

function neighboursOf(id: string, ctx: Context): ReportNeighbourT[] {
  const { links } = ctx.rows;
  const byOther = new Map<string, { mentions: number; cites: number; weight: number }>();
  for (const link of links) {
    if (link.source !== id && link.target !== id) continue;
    const other = link.source === id ? link.target : link.source;
    const entry = byOther.get(other) ?? { mentions: 0, cites: 0, weight: 0 };
    if (link.type === "CITES") entry.cites += link.links;
    else entry.mentions += link.links;
    entry.weight += link.weight;
    byOther.set(other, entry);
  }
  const total = [...byOther.values()].reduce((n, e) => n + e.mentions + e.cites, 0);
  const out: ReportNeighbourT[] = [];
  for (const [other, e] of byOther) {
    const c = ctx.clusters.get(other);
    const links = e.mentions + e.cites;
    out.push({
      id: other,
      label: c?.label ?? other,
      number: c?.number ?? 0,
      color: c ? colorOf(c, ctx) : clusterColor(null),
      links,
      mentions: e.mentions,
      cites: e.cites,
      weight: round(e.weight),
      share: round(total > 0 ? links / total : 0),
    });
  }
  out.sort((a, b) => b.links - a.links || b.weight - a.weight || byId(a, b));
  return out.slice(0, ctx.options.neighbours);
}

/** The map's colour of a cluster: that of its level-0 ancestor, in the map's colour order. */
function colorOf(cluster: ReportClusterRow, ctx: Context): string {
  let c = cluster;
  for (let guard = 0; c.level > 0 && c.parent && guard < 64; guard++) {
    const parent = ctx.clusters.get(c.parent);
    if (!parent) break;
    c = parent;
  }
  return clusterColor(ctx.colorIndex.get(c.id));
}

/** The map's colour order: top-level clusters by member count (schema/palette.ts). */
function colorOrder(clusters: readonly ReportClusterRow[]): Map<string, number> {
  return clusterColorOrder(
    clusters.filter((c) => c.level === 0).map((c) => ({ id: c.id, count: c.paperCount + c.conceptCount })),
  );
}

function childrenOf(id: string, clusters: readonly ReportClusterRow[]): ReportChildT[] {
  return clusters
    .filter((c) => c.parent === id)
    .sort((a, b) => b.size - a.size || a.number - b.number || byId(a, b))
    .map(({ id, label, number, size, paperCount, conceptCount, topConcepts }) => ({
      id,
      label,
      number,
      size,
      paperCount,
      conceptCount,
      topConcepts: [...topConcepts],
    }));
}

interface Context {
  rows: ReportRows;
  clusters: Map<string, ReportClusterRow>;
  papersOf: Map<string, ReportPaperT[]>;
  conceptsOf: Map<string, ReportConceptRow[]>;
  labelConceptsOf: Map<string, ReportLabelConceptRow[]>;
  colorIndex: Map<string, number>;
  options: { title: string; conceptsPerType: number; papersListed: number; neighbours: number; rising: RisingOptions };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function clusterSection(row: ReportClusterRow, ctx: Context): ReportClusterT {
  const { options, rows } = ctx;
  const papers = [...(ctx.papersOf.get(row.id) ?? [])].sort(byCentrality);
  const conceptRows = ctx.conceptsOf.get(row.id) ?? [];
  const parent = row.parent ? ctx.clusters.get(row.parent) : undefined;
  const dated = papers.flatMap((p) => {
    const date = sortableDate(p.published, p.year);
    return date === null ? [] : [{ id: p.id, date }];
  });
  const candidates = conceptRows.flatMap((c) =>
    isConceptType(c.type) ? [{ id: c.id, name: c.name, type: c.type, paperIds: c.paperIds }] : [],
  );
  return {
    id: row.id,
    level: row.level,
    number: row.number,
    label: row.label,
    color: colorOf(row, ctx),
    size: row.size,
    paperCount: row.paperCount,
    conceptCount: row.conceptCount,
    paperShare: round(rows.corpus.papers > 0 ? row.paperCount / rows.corpus.papers : 0),
    parent: parent ? { id: parent.id, label: parent.label } : null,
    topConcepts: [...row.topConcepts],
    labelConcepts: labelConceptsOf(ctx.labelConceptsOf.get(row.id) ?? [], row.paperCount, rows.corpus.papers),
    concepts: conceptsOf(conceptRows, row.paperCount, rows.corpus.papers, options.conceptsPerType),
    representative: papers.slice(0, options.papersListed),
    bridging: papers
      .filter((p) => p.externalLinks > 0)
      .sort(byBridging)
      .slice(0, options.papersListed),
    timeline: timeline(yearCounts(papers.map((p) => p.year))),
    rising: risingConcepts(dated, candidates, options.rising),
    neighbours: neighboursOf(row.id, ctx),
    children: childrenOf(row.id, rows.clusters),
    papers,
  };
}

/** The clusters a report covers: the named one, or every cluster of the scope's level, largest first. */
function reportedClusters(rows: ReportRows): ReportClusterRow[] {
  const { cluster, level } = rows.scope;
  return rows.clusters
    .filter((c) => (cluster === null ? c.level === level : c.id === cluster))
    .sort((a, b) => b.size - a.size || a.number - b.number || byId(a, b));
}

export function buildReport(rows: ReportRows, options: ReportOptions): ReportDataT {
  const clusters = new Map(rows.clusters.map((c) => [c.id, c]));
  const focus = rows.scope.cluster === null ? undefined : clusters.get(rows.scope.cluster);
  const ctx: Context = {
    rows,
    clusters,
    papersOf: new Map([...groupBy(rows.papers, (p) => p.cluster)].map(([k, list]) => [k, list.map(paperOf)])),
    conceptsOf: groupBy(rows.concepts, (c) => c.cluster),
    labelConceptsOf: groupBy(rows.labelConcepts, (c) => c.cluster),
    colorIndex: colorOrder(rows.clusters),
    options: {
      title: options.title ?? (focus ? `Cluster report: ${focus.label}` : "Cluster report"),
      conceptsPerType: options.conceptsPerType ?? REPORT_DEFAULTS.conceptsPerType,
      papersListed: options.papersListed ?? REPORT_DEFAULTS.papersListed,
      neighbours: options.neighbours ?? REPORT_DEFAULTS.neighbours,
      rising: options.rising ?? DEFAULT_RISING,
    },
  };
  return {
    format: REPORT_FORMAT,
    title: ctx.options.title,
    generatedAt: options.generatedAt,
    scope: { cluster: rows.scope.cluster, level: rows.scope.level },
    overview: overviewOf(rows),
    clusters: reportedClusters(rows).map((row) => clusterSection(row, ctx)),
    map: buildMap(rows.map, rows.clusters, ctx.colorIndex),
  };
}
