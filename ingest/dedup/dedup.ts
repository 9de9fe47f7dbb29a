/**
 * Deduplication
 * =============
 * `dedupEntries(entries)` merges the listing entries that describe one paper into one Paper.
 * Entries that name an arXiv id are grouped by it (two arXiv papers that share a title stay apart;
 * a retitled paper stays one). Entries without an id join the arXiv group whose copies have the
 * same title key (the smallest id when several do), else group by title key. Pure and
 * deterministic: the output is sorted by id and does not depend on the input order.
 *
 * When copies differ, the richest metadata wins. Copies are ranked best first by
 *   1. date quality: a full date beats a year-less one beats none;
 *   2. abstract length, longest first;
 *   3. how many of authorCount, organization, upvotes are known;
 *   4. position (file name, then line), so ties break the same way every run.
 * Then: title, published, authorCount, organization and arxivId come from the best-ranked copy
 * that has them (non-null preferred); abstract is the longest (rank breaks ties); upvotes is the
 * largest seen (counts only grow, so the largest is the latest snapshot); links are the union,
 * the chosen abstract's first; sources and occurrences list every copy.
 */
import type { Paper, ParsedEntry } from "../../schema/model.ts";
import { paperId, titleKey } from "./title-key.ts";

/** The fields both a ParsedEntry and a Paper have, which the merge rule reads. */
type Copy = Pick<
  ParsedEntry,
  "title" | "abstract" | "authorCount" | "organization" | "published" | "upvotes" | "links" | "arxivId"
>;

function dateQuality(published: string | null): number {
  if (published === null) return 0;
  return published.startsWith("--") ? 1 : 2;
}

function knownFields(e: Copy): number {
  return (e.authorCount !== null ? 1 : 0) + (e.organization !== null ? 1 : 0) + (e.upvotes !== null ? 1 : 0);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Richer copy first: rules 1–3 of the banner. */
function compareRichness(a: Copy, b: Copy): number {
  return (
    dateQuality(b.published) - dateQuality(a.published) ||
    b.abstract.length - a.abstract.length ||
    knownFields(b) - knownFields(a)
  );
}

/** Best entry first (rules 1–4 of the banner). */
export function compareCopies(a: ParsedEntry, b: ParsedEntry): number {
  return (
    compareRichness(a, b) || compareText(a.occurrence.file, b.occurrence.file) || a.occurrence.line - b.occurrence.line
  );
}

function firstKnown<T>(copies: readonly Copy[], pick: (e: Copy) => T | null): T | null {
  for (const copy of copies) {
    const value = pick(copy);
    if (value !== null) return value;
  }
  return null;
}

/** The year of a `YYYY-MM-DD` date; null for `--MM-DD` or no date. */
export function yearOf(published: string | null): number | null {
  if (published === null || published.startsWith("--")) return null;
  const year = Number(published.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}

/** The merged fields of copies ranked best first (see the banner). */
function combine(ranked: readonly Copy[]): Omit<Paper, "id" | "sources" | "occurrences"> {
  const best = ranked[0]!;
  const withAbstract = ranked.reduce((a, b) => (b.abstract.length > a.abstract.length ? b : a));
  const upvoteCounts = ranked.flatMap((e) => (e.upvotes === null ? [] : [e.upvotes]));
  return {
    title: best.title,
    abstract: withAbstract.abstract,
    authorCount: firstKnown(ranked, (e) => e.authorCount),
    organization: firstKnown(ranked, (e) => e.organization),
    published: best.published,
    year: yearOf(best.published),
    upvotes: upvoteCounts.length > 0 ? Math.max(...upvoteCounts) : null,
    links: [...new Set([withAbstract, ...ranked].flatMap((e) => e.links))],
    arxivId: firstKnown(ranked, (e) => e.arxivId),
  };
}

/** `file:line` strings sorted by file name, then line number (so `f:9` comes before `f:10`). */
function sortOccurrences(occurrences: Iterable<string>): string[] {
  const split = (o: string): [string, number] => {
    const colon = o.lastIndexOf(":");
    return [o.slice(0, colon), Number(o.slice(colon + 1))];
  };
  return [...new Set(occurrences)].sort((a, b) => {
    const [fa, la] = split(a);
    const [fb, lb] = split(b);
    return compareText(fa, fb) || la - lb;
  });
}

function merge(copies: ParsedEntry[]): Paper {
  const ranked = [...copies].sort(compareCopies);
  const fields = combine(ranked);
  return {
    id: paperId({ title: fields.title, arxivId: fields.arxivId }),
    ...fields,
    sources: [...new Set(copies.map((e) => e.occurrence.file))].sort(compareText),
    occurrences: sortOccurrences(copies.map((e) => `${e.occurrence.file}:${e.occurrence.line}`)),
  };
}

/**
 * Merge two Papers known to be the same paper (e.g. one in the graph, one incoming) by the same
 * rule as dedupEntries. Symmetric: ties break on content, never on argument order.
 */
export function mergePapers(a: Paper, b: Paper): Paper {
  const ranked = [a, b].sort(
    (x, y) =>
      compareRichness(x, y) ||
      compareText(x.occurrences[0] ?? "", y.occurrences[0] ?? "") ||
      compareText(x.title, y.title) ||
      compareText(x.abstract, y.abstract),
  );
  const fields = combine(ranked);
  return {
    id: fields.arxivId ?? ranked[0]!.id,
    ...fields,
    sources: [...new Set([...a.sources, ...b.sources])].sort(compareText),
    occurrences: sortOccurrences([...a.occurrences, ...b.occurrences]),
  };
}

/** One Paper per distinct paper among `entries`, sorted by id. */
export function dedupEntries(entries: readonly ParsedEntry[]): Paper[] {
  // Title keys that an arXiv-identified copy carries, mapped to the smallest such id.
  const arxivByTitle = new Map<string, string>();
  for (const e of entries) {
    if (e.arxivId === null) continue;
    const key = titleKey(e.title);
    const known = arxivByTitle.get(key);
    if (known === undefined || e.arxivId < known) arxivByTitle.set(key, e.arxivId);
  }
  const groups = new Map<string, ParsedEntry[]>();
  for (const e of entries) {
    const key = titleKey(e.title);
    const arxivId = e.arxivId ?? arxivByTitle.get(key);
    const groupKey = arxivId !== undefined ? `arxiv:${arxivId}` : `title:${key}`;
    const list = groups.get(groupKey);
    if (list) list.push(e);
    else groups.set(groupKey, [e]);
  }
  return [...groups.values()].map(merge).sort((a, b) => compareText(a.id, b.id));
}
