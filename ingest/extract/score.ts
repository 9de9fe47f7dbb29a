/**
 * Extraction scorer (TypeScript port of ../shared/eval/score.py)
 * ==============================================================
 * `scoreExtraction(gold, predicted)` matches papers by title key and entities by type plus any
 * equal normalised name/alias; gold entities with core:false count when found and are not
 * penalised when missed; a prediction matching no gold entity is a false positive; a second
 * prediction matching an already matched gold entity is ignored. `formatScore(report)` prints
 * exactly the lines score.py prints (including its round-half-even "%.3f"). The report also
 * lists the false positives and misses per paper, for the quality loop. Pure.
 */
import { normName } from "./concept-id.ts";

export interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
  core?: boolean;
}

export interface GoldFile {
  version?: number;
  papers: Array<{ title: string; entities: GoldEntity[] }>;
}

export interface PredictedPaper {
  title?: string;
  entities?: Array<{ name?: string; type?: string; aliases?: string[] | null }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PaperDetail {
  title: string;
  falsePositives: Array<{ name: string; type: string }>;
  misses: Array<{ name: string; type: string }>;
}

export interface ScoreReport {
  /** Counts per type, in score.py's order (sorted type names). */
  byType: Map<string, Counts>;
  overall: Counts;
  missingPapers: number;
  details: PaperDetail[];
}

/** score.py's `title_key`: NFKC, lower case, every non-word character removed. */
export function titleKey(title: string): string {
  return title
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, "");
}

export function scoreExtraction(gold: GoldFile, predicted: readonly PredictedPaper[]): ScoreReport {
  const byTitle = new Map<string, PredictedPaper>();
  for (const p of predicted) byTitle.set(titleKey(p.title ?? ""), p);
  const stats = new Map<string, Counts>();
  const st = (t: string): Counts => {
    let s = stats.get(t);
    if (s === undefined) stats.set(t, (s = { tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  let missingPapers = 0;
  const details: PaperDetail[] = [];
  for (const gp of gold.papers) {
    const pp = byTitle.get(titleKey(gp.title));
    if (pp === undefined) {
      missingPapers++;
      for (const e of gp.entities) if (e.core ?? true) st(e.type).fn++;
      continue;
    }
    const detail: PaperDetail = { title: gp.title, falsePositives: [], misses: [] };
    const gents = gp.entities.map((e) => ({
      type: e.type,
      names: new Set([normName(e.name), ...(e.aliases ?? []).map(normName)]),
      core: e.core ?? true,
      name: e.name,
    }));
    const matched = new Set<number>();
    for (const e of pp.entities ?? []) {
      const names = new Set([normName(e.name ?? ""), ...(e.aliases ?? []).map(normName)]);
      const hit = gents.findIndex((g) => g.type === e.type && [...names].some((n) => g.names.has(n)));
      if (hit < 0) {
        st(e.type ?? "?").fp++;
        detail.falsePositives.push({ name: e.name ?? "", type: e.type ?? "?" });
      } else if (!matched.has(hit)) {
        matched.add(hit);
        st(gents[hit]!.type).tp++;
      }
    }
    gents.forEach((g, i) => {
      if (!matched.has(i) && g.core) {
        st(g.type).fn++;
        detail.misses.push({ name: g.name, type: g.type });
      }
    });
    details.push(detail);
  }
  const byType = new Map([...stats].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const overall = { tp: 0, fp: 0, fn: 0 };
  for (const s of byType.values()) {
    overall.tp += s.tp;
    overall.fp += s.fp;
    overall.fn += s.fn;
  }
  return { byType, overall, missingPapers, details };
}

export function prf(s: Counts): { p: number; r: number; f: number } {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

/** Python's "%.3f": exact ties (only k/16 with k odd can be ties) round half to even. */
export function pyFixed3(x: number): string {
  const sixteenths = x * 16;
  if (Number.isInteger(sixteenths) && sixteenths % 2 === 1) {
    const down = Math.floor(x * 1000) / 1000;
    const lastDigit = Math.floor(x * 1000) % 10;
    return (lastDigit % 2 === 0 ? down : down + 0.001).toFixed(3);
  }
  return x.toFixed(3);
}

export function formatScore(report: ScoreReport): string {
  const lines: string[] = [];
  for (const [t, s] of report.byType) {
    const { p, r, f } = prf(s);
    lines.push(
      `${t.padEnd(10)} P=${pyFixed3(p)} R=${pyFixed3(r)} F1=${pyFixed3(f)} (tp=${s.tp} fp=${s.fp} fn=${s.fn})`,
    );
  }
  if (report.missingPapers) lines.push(`papers not found in the prediction: ${report.missingPapers}`);
  const { p, r, f } = prf(report.overall);
  lines.push(`overall P=${pyFixed3(p)} R=${pyFixed3(r)} F1=${pyFixed3(f)}`);
  return `${lines.join("\n")}\n`;
}

/**
 * The development gold split in two, once and for all: the quarter of its papers (rounded up) with
 * the smallest FNV-1a hash of their title key is held out, the rest is for tuning. Rules are tuned
 * on `tuning` only; the held-out part is read as a score, never paper by paper. Deterministic for a
 * given set of papers; no randomness to seed.
 */
export function splitGold(gold: GoldFile, share = 0.25): { tuning: GoldFile; heldOut: GoldFile } {
  const hash = (title: string) => {
    let h = 0x811c9dc5;
    for (const c of titleKey(title)) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193) >>> 0;
    return h;
  };
  const ranked = gold.papers
    .map((p) => ({ key: titleKey(p.title), h: hash(p.title) }))
    .sort((a, b) => a.h - b.h || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const held = new Set(ranked.slice(0, Math.ceil(gold.papers.length * share)).map((r) => r.key));
  return {
    tuning: { ...gold, papers: gold.papers.filter((p) => !held.has(titleKey(p.title))) },
    heldOut: { ...gold, papers: gold.papers.filter((p) => held.has(titleKey(p.title))) },
  };
}
