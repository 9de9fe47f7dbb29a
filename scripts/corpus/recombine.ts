/**
 * Synthetic papers recombined from real ones
 * ==========================================
 * The pure core of `npm run generate:corpus`: a pool of real arXiv records (title, abstract,
 * authors, date, category) → the i-th synthetic paper, for any i, without looking at any other
 * synthetic paper. So a corpus of any size is generated in one streaming pass, and paper i is the
 * same whatever the size asked for or the shard it lands in (same pool, same seed).
 *
 * Paper i draws from `seededRng(deriveSeed(seed, i))`: a base record (any category, so categories
 * keep their real shares) and donors from the base's own category, so a synthetic paper stays on
 * one topic and the map still has regions to find:
 *  - title: the base title's head and a donor title's tail, joined at the same connective (": ",
 *    " for ", " with ", " via ", " using ", " in ", " on "; a colon first, else the one nearest the
 *    middle); the base title when none of eight donors tried splits at the same connective;
 *  - abstract: the base's sentences in order, each replaced by a donor sentence at about the same
 *    relative place with probability `swap` (the first sentence always the base's), so the
 *    vocabulary and the sentence shapes are real;
 *  - authors: as many as the base has, each kept or swapped for an author of the same category;
 *  - published: the base's date moved by up to ±180 days, kept inside 1991-01-01 … 2019-12-31;
 *  - names the used records propose (`SourceRecord.proposed`) get the paper's own suffix, so each
 *    synthetic paper proposes its own method, as in a real corpus (see renameProposed);
 *  - id: `synth/NNNNNNN` (old-style arXiv form, archive `synth`), which arXiv never issues, so it
 *    cannot meet a real paper, and which the arXiv reader keeps as the paper's arXiv id: two
 *    synthetic papers with the same title stay two papers.
 */
import { deriveSeed, seededRng, type Rng } from "../../atlas/projection/rng.ts";

export interface SourceRecord {
  title: string;
  abstract: string;
  authors: string[];
  /** YYYY-MM-DD or null. */
  published: string | null;
  category: string;
  /** Names the record proposes (the extractor's `findProposed`): renamed per synthetic paper. */
  proposed?: string[];
}

interface PooledRecord {
  title: string;
  /** Where the title splits, or -1; head = title[0, cut), tail = title[cut…] starts with CONNECTIVES[joint]. */
  cut: number;
  joint: number;
  sentences: string[];
  authors: string[];
  day: number | null;
  proposed: string[];
}

interface Category {
  name: string;
  records: PooledRecord[];
  authors: string[];
}

export interface SourcePool {
  categories: Category[];
  /** Category index of each pooled record, over all categories in order (base draws). */
  recordCategory: Int32Array;
  recordIndex: Int32Array;
}

export interface SyntheticPaper {
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  published: string;
  category: string;
}

export interface RecombineOptions {
  seed: number;
  /** Probability that an abstract sentence after the first comes from a donor. */
  swap: number;
}

export const DEFAULT_RECOMBINE: Readonly<RecombineOptions> = { seed: 20260101, swap: 0.4 };

const CONNECTIVES = [": ", " for ", " with ", " via ", " using ", " in ", " on "];
const DAY_MS = 86_400_000;
const MIN_DAY = Date.UTC(1991, 0, 1) / DAY_MS;
const MAX_DAY = Date.UTC(2019, 11, 31) / DAY_MS;
/** Seven digits after `synth/`: ten million papers at most. */
export const MAX_PAPERS = 10_000_000;

/**
 * Where a title splits into head and tail, and at which connective: a colon when it has one, else
 * the connective nearest its middle (so the head says what, the tail for what or how); -1 when none
 * leaves a few characters on both sides.
 */
export function titleCut(title: string): { cut: number; joint: number } {
  const middle = title.length / 2;
  let best = { cut: -1, joint: -1 };
  for (let j = 0; j < CONNECTIVES.length; j++) {
    const c = CONNECTIVES[j]!;
    for (let at = title.indexOf(c, 8); at > 0 && at + c.length < title.length - 3; at = title.indexOf(c, at + 1)) {
      if (best.cut >= 0 && best.joint === 0) return best;
      if (best.cut < 0 || Math.abs(at - middle) < Math.abs(best.cut - middle)) best = { cut: at, joint: j };
    }
  }
  return best;
}

/**
 * Sentences of an abstract: split after `.`, `!` or `?` followed by a space and an upper-case
 * letter, not after common abbreviations ("e.g.", "et al.", "Fig.") or a single capital.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 1; i < text.length - 2; i++) {
    const c = text[i];
    if ((c !== "." && c !== "!" && c !== "?") || text[i + 1] !== " ") continue;
    const next = text.charCodeAt(i + 2);
    if (next < 0x41 || next > 0x5a) continue;
    const before = text.slice(Math.max(start, i - 6), i + 1).toLowerCase();
    if (/(?:\be\.g\.|\bi\.e\.|\bal\.|\bfig\.|\beq\.|\bvs\.|\bcf\.|\bet\.|\bdr\.|\bno\.|(?:^|\s)[a-z]\.)$/.test(before))
      continue;
    out.push(text.slice(start, i + 1).trim());
    start = i + 2;
  }
  const rest = text.slice(start).trim();
  if (rest !== "") out.push(rest);
  return out;
}

function dayOf(date: string | null): number | null {
  if (date === null) return null;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

/** Groups the records by category (in order of first appearance) and pre-splits their text. */
export function buildPool(records: Iterable<SourceRecord>): SourcePool {
  const byName = new Map<string, Category>();
  const categories: Category[] = [];
  const recordCategory: number[] = [];
  const recordIndex: number[] = [];
  for (const r of records) {
    if (r.title.trim() === "") continue;
    let category = byName.get(r.category);
    if (category === undefined) {
      category = { name: r.category, records: [], authors: [] };
      byName.set(r.category, category);
      categories.push(category);
    }
    recordCategory.push(categories.indexOf(category));
    recordIndex.push(category.records.length);
    category.records.push({
      title: r.title,
      ...titleCut(r.title),
      sentences: splitSentences(r.abstract),
      authors: r.authors,
      day: dayOf(r.published),
      proposed: r.proposed ?? [],
    });
    for (const a of r.authors) category.authors.push(a);
  }
  if (categories.length === 0) throw new Error("generate-corpus: the source pool is empty");
  return { categories, recordCategory: Int32Array.from(recordCategory), recordIndex: Int32Array.from(recordIndex) };
}

const pick = <T>(items: readonly T[], rng: Rng): T => items[Math.floor(rng() * items.length)]!;

export function syntheticId(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_PAPERS) {
    throw new RangeError(`generate-corpus: paper index ${index} outside 0…${MAX_PAPERS - 1}`);
  }
  return `synth/${String(index).padStart(7, "0")}`;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The i-th synthetic paper of the pool under `options` (see the banner). */
export function syntheticPaper(
  pool: SourcePool,
  index: number,
  options: RecombineOptions = DEFAULT_RECOMBINE,
): SyntheticPaper {
  const rng = seededRng(deriveSeed(options.seed, index));
  const at = Math.floor(rng() * pool.recordCategory.length);
  const category = pool.categories[pool.recordCategory[at]!]!;
  const base = category.records[pool.recordIndex[at]!]!;

  const used: PooledRecord[] = [base];
  let title = base.title;
  if (base.cut >= 0) {
    // A donor whose tail starts with the same connective, so the joined title reads as one.
    for (let tries = 0; tries < 8; tries++) {
      const donor = pick(category.records, rng);
      if (donor.joint !== base.joint || donor === base) continue;
      title = base.title.slice(0, base.cut) + donor.title.slice(donor.cut);
      used.push(donor);
      break;
    }
  }

  const sentences: string[] = [];
  const n = base.sentences.length;
  for (let s = 0; s < n; s++) {
    const own = base.sentences[s]!;
    if (s === 0 || rng() >= options.swap) {
      sentences.push(own);
      continue;
    }
    const donor = pick(category.records, rng);
    const m = donor.sentences.length;
    if (m > 0) used.push(donor);
    // A sentence at about the same relative place: openings stay openings, results stay results.
    sentences.push(m === 0 ? own : donor.sentences[Math.min(m - 1, Math.floor((s / n) * m))]!);
  }

  const authors = base.authors.map((a) =>
    rng() < 0.5 || category.authors.length === 0 ? a : pick(category.authors, rng),
  );
  const shift = Math.floor(rng() * 361) - 180;
  const day = Math.min(
    MAX_DAY,
    Math.max(MIN_DAY, (base.day ?? MIN_DAY + Math.floor(rng() * (MAX_DAY - MIN_DAY))) + shift),
  );
  const tag = index.toString(36);
  return {
    id: syntheticId(index),
    title: renameProposed(title, used, tag),
    abstract: renameProposed(sentences.join(" "), used, tag),
    authors: [...new Set(authors)],
    published: isoDay(day),
    category: category.name,
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Each name a used record proposes, as a whole word, gets the paper's tag ("InferLine" →
 * "InferLine-2bx4"): a real corpus has each named method proposed once, but twenty variants of one
 * record would all propose it, and the inferred citations (every paper naming a method → every
 * paper proposing it) would grow with the square of the variants.
 */
function renameProposed(text: string, used: readonly PooledRecord[], tag: string): string {
  let out = text;
  for (const r of used) {
    for (const name of r.proposed) {
      if (name.length < 2 || !out.includes(name)) continue;
      out = out.replace(new RegExp(`(?<![\\w-])${escape(name)}(?![\\w-])`, "g"), () => `${name}-${tag}`);
    }
  }
  return out;
}

/** The columns written, a subset of the arXiv export's that the `arxiv-tsv` format reads by name. */
export const TSV_COLUMNS = [
  "",
  "abstract",
  "arxiv_id",
  "author_text",
  "created",
  "num_authors",
  "primary_cat",
  "title",
];

/** A field as pandas' `to_csv(sep="\t")` writes it: quoted (inner quotes doubled) when it needs to be. */
function field(value: string): string {
  return /["\t\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function tsvHeader(): string {
  return TSV_COLUMNS.join("\t") + "\n";
}

/** One TSV line (ending in a newline) for paper `index`. */
export function tsvRow(index: number, paper: SyntheticPaper): string {
  return (
    [
      String(index),
      field(paper.abstract),
      paper.id,
      field(paper.authors.map((a) => a.replace(/,/g, " ")).join(", ")),
      paper.published,
      String(paper.authors.length),
      paper.category,
      field(paper.title),
    ].join("\t") + "\n"
  );
}
