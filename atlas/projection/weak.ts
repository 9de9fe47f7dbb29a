/**
 * Weak links for papers that share no concept
 * ===========================================
 * A paper whose concepts no other paper names (or that names none), and that cites and is cited by
 * no paper, has no edge in the search graph: clustering could not place it and the layout put it on
 * a ring. It still shares other things with the corpus, and those become weak paper–paper edges,
 * added only for such "orphan" papers, so they never reshape the topics the concepts make:
 *  - authors: each other paper sharing an author, weight `author` × the number shared (at most
 *    `perPaper` papers, most shared first);
 *  - title words: papers whose titles share words that are rare in titles (df between 2 and
 *    `maxTitleDf`, or 1 % of the papers up to `MAX_TITLE_DF`), scored by the IDF of the shared
 *    words over the IDF of the paper's own words (0..1], weight `title` × that score (at most `perPaper`, best first);
 *  - source file and year, only when neither found anything: the `sourceLinks` papers nearest in id
 *    among those read from the same file in the same year (for arXiv a category, for a daily listing
 *    its day), weight `source`.
 * Weights are multiples of the mean paper–concept weight (a concept edge weighs about 1 of them and
 * a paper has several), so a weak edge pulls far less than one shared concept. What shares nothing
 * at all (no concept, author, title word or file with another paper) stays unlinked.
 */

export interface WeakWeights {
  author: number;
  title: number;
  source: number;
  /** Links per signal and paper at most. */
  perPaper: number;
  sourceLinks: number;
  /** Title words in more papers than this (and than 1 % of the papers) say nothing. */
  maxTitleDf: number;
}

export const WEAK_WEIGHTS: Readonly<WeakWeights> = {
  author: 0.3,
  title: 0.3,
  source: 0.1,
  perPaper: 5,
  sourceLinks: 3,
  maxTitleDf: 50,
};

/** The ceiling on a rare title word's document frequency, whatever the corpus size (1 % of 100,000 papers). */
export const MAX_TITLE_DF = 1000;

export interface WeakPaper {
  id: string;
  title?: string;
  authors?: readonly string[];
  sources?: readonly string[];
  year?: number | null;
}

export type WeakKind = "authors" | "title" | "source";

export interface WeakLink {
  source: string;
  target: string;
  kind: WeakKind;
  /** Multiple of the mean paper–concept weight. */
  weight: number;
}

const STOPWORDS = new Set(
  (
    "the and for with from into onto over under via using based towards toward through their its our your " +
    "are was were been being has have had not but than then that this these those which what when where " +
    "how who why all any can may new one two three more most less many much such some other each between " +
    "about after before while within without across among upon also only very large small high low approach " +
    "method methods paper study analysis system systems model models learning data efficient novel improved"
  ).split(" "),
);

/** Lower-cased title words of three letters or more, no stop words, no bare numbers, each once. */
export function titleWords(title: string): string[] {
  const words = title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/);
  return [...new Set(words.filter((w) => w.length >= 3 && !/^[0-9]+$/.test(w) && !STOPWORDS.has(w)))];
}

/** Ranks (score, id): higher score first, then smaller id. */
function before(a: string, x: number, b: string, y: number): boolean {
  return x > y || (x === y && a < b);
}

/**
 * The k best (score desc, id asc), as sorting the whole map and slicing would give, in O(m·k):
 * an orphan's candidates run to thousands at a million papers and it only keeps five.
 */
function top(scores: Map<string, number>, k: number): [string, number][] {
  const best: [string, number][] = [];
  for (const [id, score] of scores) {
    if (best.length === k && !before(id, score, best[k - 1]![0], best[k - 1]![1])) continue;
    let at = best.length === k ? k - 1 : best.length;
    while (at > 0 && before(id, score, best[at - 1]![0], best[at - 1]![1])) {
      best[at] = best[at - 1]!;
      at--;
    }
    best[at] = [id, score];
  }
  return best;
}

function postings(papers: readonly WeakPaper[], of: (p: WeakPaper) => readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const p of papers) {
    for (const key of new Set(of(p))) {
      const list = index.get(key);
      if (list) list.push(p.id);
      else index.set(key, [p.id]);
    }
  }
  return index;
}

/**
 * Weak links of each orphan (`orphans` ⊂ papers' ids) to other papers; `papers` sorted by id. An edge
 * between two orphans may come from both ends: the caller sums or keeps one.
 */
export function weakLinks(
  papers: readonly WeakPaper[],
  orphans: ReadonlySet<string>,
  weights: WeakWeights = WEAK_WEIGHTS,
): WeakLink[] {
  if (orphans.size === 0) return [];
  const links: WeakLink[] = [];
  const byAuthor = postings(papers, (p) => p.authors ?? []);
  const words = new Map(papers.map((p) => [p.id, titleWords(p.title ?? "")]));
  const byWord = postings(papers, (p) => words.get(p.id)!);
  // 1 % of the papers, but never more than MAX_TITLE_DF: each orphan scores every paper sharing a
  // word, so a ceiling that grew with the corpus made the pass quadratic (200,000 papers: 15× the
  // time of 50,000).
  const maxDf = Math.max(weights.maxTitleDf, Math.min(MAX_TITLE_DF, Math.ceil(papers.length / 100)));
  const idf = (w: string): number => {
    const df = byWord.get(w)?.length ?? 0;
    return df >= 2 && df <= maxDf ? Math.log(papers.length / df) : 0;
  };
  const groupOf = (p: WeakPaper): string | null =>
    (p.sources?.length ?? 0) > 0 ? `${[...p.sources!].sort()[0]}|${p.year ?? ""}` : null;
  const groups = postings(papers, (p) => {
    const g = groupOf(p);
    return g === null ? [] : [g];
  });
  for (const p of papers) {
    if (!orphans.has(p.id)) continue;
    const shared = new Map<string, number>();
    for (const a of new Set(p.authors ?? []))
      for (const q of byAuthor.get(a) ?? []) if (q !== p.id) shared.set(q, (shared.get(q) ?? 0) + 1);
    for (const [q, n] of top(shared, weights.perPaper))
      links.push({ source: p.id, target: q, kind: "authors", weight: weights.author * n });
    const own = words.get(p.id)!;
    const total = own.reduce((sum, w) => sum + idf(w), 0);
    const score = new Map<string, number>();
    for (const w of own) {
      const value = idf(w);
      if (value === 0) continue;
      for (const q of byWord.get(w)!) if (q !== p.id) score.set(q, (score.get(q) ?? 0) + value);
    }
    for (const [q, s] of top(score, weights.perPaper))
      links.push({ source: p.id, target: q, kind: "title", weight: (weights.title * s) / total });
    if (shared.size > 0 || score.size > 0) continue;
    const group = groupOf(p);
    const members = group === null ? [] : groups.get(group)!;
    // Nearest in id among the linked papers of the group (any paper of it when none is linked).
    const linked = members.filter((q) => !orphans.has(q));
    const pool = (linked.length > 0 ? linked : members).filter((q) => q !== p.id);
    const at = pool.findIndex((q) => q > p.id);
    const from = Math.max(0, Math.min((at === -1 ? pool.length : at) - 1, pool.length - weights.sourceLinks));
    for (const q of pool.slice(from, from + weights.sourceLinks))
      links.push({ source: p.id, target: q, kind: "source", weight: weights.source });
  }
  return links;
}
