/**
 * Report statistics
 * =================
 * Small pure measures the report builder uses: how distinctive a concept is of a cluster (lift and
 * Dunning's signed log-likelihood G², the measure the clustering stage labels clusters with), the
 * year histogram, and rising concepts (share of the cluster's dated papers in the later half minus
 * the share in the earlier half). Numbers are rounded here so outputs are byte-stable.
 */
import { logLikelihood } from "../atlas/cluster/labels.ts";
import type { ReportRisingT, ReportTimelineT } from "../schema/report.ts";
import type { ConceptType } from "../schema/model.ts";

/** Rounds to `places` decimals; -0 becomes 0 so JSON never prints "-0". */
export function round(value: number, places = 4): number {
  if (!Number.isFinite(value)) return 0;
  const f = 10 ** places;
  const r = Math.round(value * f) / f;
  return r === 0 ? 0 : r;
}

export interface Distinctiveness {
  share: number;
  lift: number;
  llr: number;
}

/**
 * How distinctive a concept mentioned by `a` of a cluster's `size` papers is, when `df` of all `n`
 * papers mention it: share a/size, lift (a/size)/(df/n), and G², negative when under-represented.
 */
export function distinctiveness(a: number, size: number, df: number, n: number): Distinctiveness {
  const share = size > 0 ? a / size : 0;
  const corpusDf = Math.max(df, a);
  const corpusN = Math.max(n, size, corpusDf);
  const base = corpusN > 0 ? corpusDf / corpusN : 0;
  const lift = base > 0 ? share / base : 0;
  const g2 = size > 0 && corpusN > size ? logLikelihood(a, size, corpusDf, corpusN) : 0;
  return { share: round(share), lift: round(lift), llr: round(share >= base ? g2 : -g2) };
}

/** Year histogram without gaps between the first and last year; `undated` counts the rest. */
export function timeline(years: readonly { year: number | null; papers: number }[]): ReportTimelineT {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const { year, papers } of years) {
    if (year === null || !Number.isInteger(year)) undated += papers;
    else counts.set(year, (counts.get(year) ?? 0) + papers);
  }
  if (counts.size === 0) return { unit: "year", first: null, last: null, bins: [], undated };
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const bins = [];
  for (let y = first; y <= last; y++) bins.push({ period: String(y), papers: counts.get(y) ?? 0 });
  return { unit: "year", first, last, bins, undated };
}

/** Counts of a list of years, for `timeline`. */
export function yearCounts(years: readonly (number | null)[]): { year: number | null; papers: number }[] {
  const counts = new Map<number | null, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  return [...counts].map(([year, papers]) => ({ year, papers }));
}

export interface DatedPaper {
  id: string;
  /** Sortable date: `YYYY-MM-DD` or `YYYY`. */
  date: string;
}

export interface RisingCandidate {
  id: string;
  name: string;
  type: ConceptType;
  paperIds: readonly string[];
}

export interface RisingOptions {
  /** Dated papers a cluster needs before rising concepts are looked for. */
  minDatedPapers: number;
  /** Dated papers that must mention a concept for it to count. */
  minConceptPapers: number;
  limit: number;
}

export const DEFAULT_RISING: Readonly<RisingOptions> = { minDatedPapers: 6, minConceptPapers: 2, limit: 8 };

/**
 * Rising concepts: the cluster's dated papers, in date order (ties by id), split into an earlier
 * and a later half; a concept rises when its share of the later half exceeds its share of the
 * earlier half. Needs at least two distinct dates; returns the largest increases first.
 */
export function risingConcepts(
  dated: readonly DatedPaper[],
  candidates: readonly RisingCandidate[],
  options: RisingOptions = DEFAULT_RISING,
): ReportRisingT[] {
  if (dated.length < options.minDatedPapers) return [];
  const ordered = [...dated].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
  if (ordered[0]!.date === ordered[ordered.length - 1]!.date) return [];
  const half = Math.floor(ordered.length / 2);
  const early = new Set(ordered.slice(0, half).map((p) => p.id));
  const late = new Set(ordered.slice(half).map((p) => p.id));
  const out: ReportRisingT[] = [];
  for (const c of candidates) {
    const e = c.paperIds.filter((id) => early.has(id)).length;
    const l = c.paperIds.filter((id) => late.has(id)).length;
    if (e + l < options.minConceptPapers) continue;
    const earlyShare = round(e / early.size);
    const lateShare = round(l / late.size);
    const change = round(lateShare - earlyShare);
    if (change <= 0) continue;
    out.push({ id: c.id, name: c.name, type: c.type, earlyShare, lateShare, change, datedPapers: e + l });
  }
  out.sort((a, b) => b.change - a.change || b.datedPapers - a.datedPapers || (a.id < b.id ? -1 : 1));
  return out.slice(0, options.limit);
}

/** The sortable date of a paper: its `published` date when it has a year, else its year, else null. */
export function sortableDate(published: string | null, year: number | null): string | null {
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) return published;
  if (year !== null && Number.isInteger(year)) return String(year).padStart(4, "0");
  return null;
}
