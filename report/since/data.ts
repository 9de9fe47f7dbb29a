/**
 * "What's new" report: the pure core
 * ==================================
 * `buildSinceReport(rows, {generatedAt})`: the rows `readSinceRows` reads for a window of updates
 * (window.ts) → `SinceReportData` (schema/report-since.ts). Every list has a total order and
 * decimals are rounded, so the same graph gives the same bytes.
 * - Regions: added papers per top-level cluster they are in now, and per finest-level cluster.
 * - Grew: clusters that existed before the window, compared with the sizes the window's first update
 *   recorded (`ClusterRun.sizesBefore`); a run without that record falls back to "now minus what the
 *   window added" (the same unless an update moved previous nodes). Ranked by papers gained.
 * - Lineage: created, merged and split clusters as each update recorded them (`ClusterRun.lineage`,
 *   `Cluster.from`), and every id gone in the window with where it leads now.
 * - Rising: concepts mentioned by ≥ `minAdded` added papers, ranked by added / (before + 1), i.e.
 *   relative growth of their paper count with add-one smoothing so a concept new to the atlas ranks
 *   by how many added papers name it.
 */
import { resolveRedirects, type RunRecord, type UpdateRecord } from "../../atlas/update/lineage.ts";
import type { SinceClusterRow, SinceConceptRow, SincePaperRow } from "../../schema/cypher/since.ts";
import { CONCEPT_TYPES } from "../../schema/model.ts";
import { clusterColor, clusterColorOrder } from "../../schema/palette.ts";
import {
  SINCE_FORMAT,
  type SinceClusterRefT,
  type SinceGrowthT,
  type SincePaperT,
  type SinceRegionT,
  type SinceReportDataT,
  type SinceRisingT,
} from "../../schema/report-since.ts";

export interface SinceRows {
  /** What --since was given. */
  query: string;
  base: RunRecord;
  updates: UpdateRecord[];
  clusters: SinceClusterRow[];
  papers: SincePaperRow[];
  addedByCluster: { id: string; nodes: number; papers: number }[];
  addedConcepts: number;
  concepts: SinceConceptRow[];
}

export interface SinceOptions {
  generatedAt: string;
  /** Clusters listed per level as grown most. */
  grewPerLevel?: number;
  /** Rising concepts listed. */
  rising?: number;
}

export const SINCE_DEFAULTS = { grewPerLevel: 10, rising: 15, minAdded: 2 } as const;

const round4 = (v: number): number => Math.round(v * 10000) / 10000;
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Context {
  clusters: Map<string, SinceClusterRow>;
  colorIndex: Map<string, number>;
}

function colorOf(row: SinceClusterRow, ctx: Context): string {
  let c = row;
  for (let guard = 0; c.level > 0 && c.parent !== null && guard < 64; guard++) {
    const parent = ctx.clusters.get(c.parent);
    if (!parent) break;
    c = parent;
  }
  return clusterColor(ctx.colorIndex.get(c.id));
}

function refOf(id: string, level: number, ctx: Context): SinceClusterRefT {
  const c = ctx.clusters.get(id);
  return c ? { id, level: c.level, label: c.label, color: colorOf(c, ctx) } : { id, level, label: null, color: null };
}

function regionsOf(papers: readonly SincePaperRow[], ctx: Context): SinceRegionT[] {
  const groups = new Map<string, Map<string, number>>();
  for (const p of papers) {
    const top = p.clusters[0];
    if (top === undefined) continue;
    const fine = groups.get(top) ?? new Map<string, number>();
    groups.set(top, fine);
    const finest = p.clusters.at(-1)!;
    fine.set(finest, (fine.get(finest) ?? 0) + 1);
  }
  return [...groups]
    .map(([id, fine]): SinceRegionT => {
      const c = ctx.clusters.get(id);
      const clusters = [...fine]
        .map(([k, n]) => {
          const f = ctx.clusters.get(k);
          return { id: k, level: f?.level ?? 0, label: f?.label ?? k, papers: n };
        })
        .sort((a, b) => b.papers - a.papers || byText(a.label, b.label) || byText(a.id, b.id));
      return {
        id,
        number: c?.number ?? 0,
        label: c?.label ?? id,
        color: c ? colorOf(c, ctx) : clusterColor(null),
        papers: clusters.reduce((s, k) => s + k.papers, 0),
        clusters,
      };
    })
    .sort((a, b) => b.papers - a.papers || a.number - b.number || byText(a.id, b.id));
}

function paperList(papers: readonly SincePaperRow[], regions: readonly SinceRegionT[]): SincePaperT[] {
  const regionRank = new Map(regions.map((r, i) => [r.id, i]));
  const clusterRank = new Map(regions.flatMap((r) => r.clusters.map((k, i) => [k.id, i] as const)));
  const rank = (p: SincePaperRow) => [
    regionRank.get(p.clusters[0] ?? "") ?? Infinity,
    clusterRank.get(p.clusters.at(-1) ?? "") ?? Infinity,
  ];
  return [...papers]
    .sort((a, b) => {
      const [ra, ka] = rank(a);
      const [rb, kb] = rank(b);
      return ra! - rb! || ka! - kb! || byText(a.title, b.title) || byText(a.id, b.id);
    })
    .map((p) => ({
      id: p.id,
      title: p.title,
      published: p.published,
      run: p.addedIn,
      region: p.clusters[0] ?? null,
      cluster: p.clusters.at(-1) ?? null,
    }));
}

function grown(rows: SinceRows, created: ReadonlySet<string>, ctx: Context, perLevel: number): SinceGrowthT[] {
  const recorded = rows.updates[0]?.sizesBefore ?? null;
  const added = new Map(rows.addedByCluster.map((a) => [a.id, a]));
  const out: SinceGrowthT[] = [];
  for (const c of rows.clusters) {
    if (created.has(c.id)) continue;
    const a = added.get(c.id) ?? { nodes: 0, papers: 0 };
    const before = recorded === null ? [c.size - a.nodes, c.paperCount - a.papers] : recorded.get(c.id);
    if (before === undefined) continue;
    const [sizeBefore, papersBefore] = before.map((v) => Math.max(0, v)) as [number, number];
    if (c.paperCount <= papersBefore) continue;
    out.push({
      id: c.id,
      level: c.level,
      number: c.number,
      label: c.label,
      color: colorOf(c, ctx),
      sizeBefore,
      sizeAfter: c.size,
      papersBefore,
      papersAfter: c.paperCount,
      addedPapers: a.papers,
      growth: papersBefore > 0 ? round4((c.paperCount - papersBefore) / papersBefore) : null,
    });
  }
  const gain = (g: SinceGrowthT) => g.papersAfter - g.papersBefore;
  out.sort(
    (a, b) =>
      a.level - b.level ||
      gain(b) - gain(a) ||
      (b.growth ?? Infinity) - (a.growth ?? Infinity) ||
      b.sizeAfter - a.sizeAfter ||
      byText(a.id, b.id),
  );
  const taken = new Map<number, number>();
  return out.filter((g) => {
    const n = taken.get(g.level) ?? 0;
    taken.set(g.level, n + 1);
    return n < perLevel;
  });
}

function lineageOf(updates: readonly UpdateRecord[], ctx: Context): SinceReportDataT["lineage"] {
  const out: SinceReportDataT["lineage"] = { created: [], merges: [], splits: [], gone: [] };
  const goneLevel = new Map<string, number>();
  for (const u of updates) {
    for (const l of u.lineage) {
      for (const id of l.created) {
        const c = ctx.clusters.get(id);
        out.created.push({
          run: u.id,
          cluster: refOf(id, l.level, ctx),
          size: c?.size ?? null,
          paperCount: c?.paperCount ?? null,
          // Cluster.from is what the latest update recorded: a cluster an earlier update made lists itself there.
          from: (c?.from ?? []).filter((k) => k !== id),
        });
      }
      for (const m of l.merges) out.merges.push({ run: u.id, into: refOf(m.into, l.level, ctx), from: m.from });
      for (const s of l.splits) {
        out.splits.push({
          run: u.id,
          from: refOf(s.from, l.level, ctx),
          into: s.into.map((k) => refOf(k, l.level, ctx)),
        });
      }
      for (const r of l.redirects) goneLevel.set(r.from, l.level);
    }
  }
  for (const { from, to } of resolveRedirects(updates, new Set(ctx.clusters.keys()))) {
    const level = goneLevel.get(from) ?? 0;
    out.gone.push({ id: from, level, to: refOf(to, level, ctx) });
  }
  return out;
}

function rising(rows: readonly SinceConceptRow[], limit: number): SinceRisingT[] {
  const types = new Set<string>(CONCEPT_TYPES);
  const score = (c: SinceConceptRow) => c.added / (c.before + 1);
  return rows
    .filter((c) => types.has(c.type) && c.added >= SINCE_DEFAULTS.minAdded)
    .sort((a, b) => score(b) - score(a) || b.added - a.added || byText(a.name, b.name) || byText(a.id, b.id))
    .slice(0, limit)
    .map((c) => ({
      id: c.id,
      name: c.name,
      type: c.type,
      before: c.before,
      added: c.added,
      growth: c.before > 0 ? round4(c.added / c.before) : null,
      isNew: c.isNew,
    }));
}

export function buildSinceReport(rows: SinceRows, options: SinceOptions): SinceReportDataT {
  const ctx: Context = {
    clusters: new Map(rows.clusters.map((c) => [c.id, c])),
    colorIndex: clusterColorOrder(rows.clusters.filter((c) => c.level === 0).map((c) => ({ id: c.id, count: c.size }))),
  };
  const regions = regionsOf(rows.papers, ctx);
  const created = new Set(rows.updates.flatMap((u) => u.lineage.flatMap((l) => l.created)));
  const last = rows.updates.at(-1);
  const n = rows.updates.length;
  return {
    format: SINCE_FORMAT,
    title: `What's new: ${n} update${n === 1 ? "" : "s"} since ${rows.base.createdAt.slice(0, 10)}`,
    generatedAt: options.generatedAt,
    since: {
      query: rows.query,
      base: { run: rows.base.id, createdAt: rows.base.createdAt },
      current: last?.id ?? rows.base.id,
      updates: rows.updates.map((u) => ({
        run: u.id,
        createdAt: u.createdAt,
        addedPapers: u.addedPapers ?? 0,
        addedConcepts: u.addedConcepts ?? 0,
        movedNodes: u.movedNodes ?? 0,
      })),
    },
    added: { papers: rows.papers.length, concepts: rows.addedConcepts, regions },
    papers: paperList(rows.papers, regions),
    grew: grown(rows, created, ctx, options.grewPerLevel ?? SINCE_DEFAULTS.grewPerLevel),
    lineage: lineageOf(rows.updates, ctx),
    rising: rising(rows.concepts, options.rising ?? SINCE_DEFAULTS.rising),
  };
}
