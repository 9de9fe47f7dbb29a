/**
 * Deduplication
 * =============
 * `dedupEntries(entries)` merges the listing entries that describe one paper into one Paper.
 * Identity (identity.ts): entries sharing an arXiv id, DOI, OpenAlex or Semantic Scholar id are
 * one paper (two arXiv papers that share a title stay apart; a retitled paper stays one); entries
 * left join the group with the same title key (the smallest arXiv id when several do). Pure and
 * deterministic: the output is sorted by id and does not depend on the input order.
 * `dedupRecords(entries)` is the same with each paper's authors and citations beside it, for the load.
 *
 * When copies differ, the richest metadata wins. Copies are ranked best first by
 *   0. a described paper beats a stub, and a copy with a title one without;
 *   1. date quality: a full date beats a year alone beats a year-less one beats none;
 *   2. abstract length, longest first;
 *   3. how many of authorCount, organization, upvotes are known;
 *   4. position (file name, then line), so ties break the same way every run.
 * Then: title, published, authorCount, organization and arxivId come from the best-ranked copy
 * that has them (non-null preferred); abstract is the longest (rank breaks ties); upvotes is the
 * largest seen (counts only grow, so the largest is the latest snapshot); links are the union,
 * the chosen abstract's first; sources and occurrences list every copy.
 */
import type { Paper, PaperRef, ParsedEntry } from "../../schema/model.ts";
import { groupByIdentity } from "./identity.ts";
import { paperId } from "./title-key.ts";

/** The fields both a ParsedEntry and a Paper have, which the merge rule reads. */
type Copy = Pick<
  ParsedEntry,
  | "title"
  | "abstract"
  | "authorCount"
  | "organization"
  | "published"
  | "upvotes"
  | "links"
  | "arxivId"
  | "doi"
  | "openalexId"
  | "s2Id"
  | "stub"
>;

/** A full date beats a year (or year-month) alone, which beats a year-less `--MM-DD`, which beats none. */
function dateQuality(published: string | null): number {
  if (published === null) return 0;
  if (published.startsWith("--")) return 1;
  return published.length === 10 ? 3 : 2;
}

function knownFields(e: Copy): number {
  return (e.authorCount !== null ? 1 : 0) + (e.organization !== null ? 1 : 0) + (e.upvotes !== null ? 1 : 0);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Richer copy first: a described paper before a stub, one with a title first, then rules 1–3 of the banner. */
function compareRichness(a: Copy, b: Copy): number {
  return (
    (a.stub === true ? 1 : 0) - (b.stub === true ? 1 : 0) ||
    (a.title === "" ? 1 : 0) - (b.title === "" ? 1 : 0) ||
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

/**
 * Identifiers and the stub flag, only when known: a paper from a plain listing keeps exactly the
 * fields it always had. A paper is a stub only while every copy is one.
 */
function identity(ranked: readonly Copy[]): Pick<Paper, "doi" | "openalexId" | "s2Id" | "stub"> {
  const out: Pick<Paper, "doi" | "openalexId" | "s2Id" | "stub"> = {};
  const doi = firstKnown(ranked, (e) => e.doi ?? null);
  const openalexId = firstKnown(ranked, (e) => e.openalexId ?? null);
  const s2Id = firstKnown(ranked, (e) => e.s2Id ?? null);
  if (doi !== null) out.doi = doi;
  if (openalexId !== null) out.openalexId = openalexId;
  if (s2Id !== null) out.s2Id = s2Id;
  if (ranked.every((e) => e.stub === true)) out.stub = true;
  return out;
}

/** The merged fields of copies ranked best first (see the banner). */
function combine(ranked: readonly Copy[]): Omit<Paper, "id" | "sources" | "occurrences"> {
  const best = ranked[0]!;
  const withAbstract = ranked.reduce((a, b) => (b.abstract.length > a.abstract.length ? b : a));
  const upvoteCounts = ranked.flatMap((e) => (e.upvotes === null ? [] : [e.upvotes]));
  return {
    ...identity(ranked),
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

/** Key order of a Paper: the listing fields first, then identifiers, as JSON output shows them. */
function ordered(
  id: string,
  fields: Omit<Paper, "id" | "sources" | "occurrences">,
  sources: string[],
  occurrences: string[],
): Paper {
  const { doi, openalexId, s2Id, stub, ...rest } = fields;
  return {
    id,
    ...rest,
    sources,
    occurrences,
    ...(doi !== undefined ? { doi } : {}),
    ...(openalexId !== undefined ? { openalexId } : {}),
    ...(s2Id !== undefined ? { s2Id } : {}),
    ...(stub !== undefined ? { stub } : {}),
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
  return ordered(
    paperId(fields),
    fields,
    [...new Set(copies.map((e) => e.occurrence.file))].sort(compareText),
    sortOccurrences(copies.map((e) => `${e.occurrence.file}:${e.occurrence.line}`)),
  );
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
  const id = fields.title === "" && fields.arxivId === null ? ranked[0]!.id : paperId(fields);
  return ordered(
    id,
    fields,
    [...new Set([...a.sources, ...b.sources])].sort(compareText),
    sortOccurrences([...a.occurrences, ...b.occurrences]),
  );
}

/** Entries in a fixed order (file, line, title), so grouping never depends on the input order. */
function canonicalOrder(entries: readonly ParsedEntry[]): ParsedEntry[] {
  return [...entries].sort(
    (a, b) =>
      compareText(a.occurrence.file, b.occurrence.file) ||
      a.occurrence.line - b.occurrence.line ||
      compareText(a.title, b.title) ||
      compareText(a.arxivId ?? "", b.arxivId ?? ""),
  );
}

function groups(entries: readonly ParsedEntry[]): ParsedEntry[][] {
  return groupByIdentity(canonicalOrder(entries), (e) => e);
}

/** One Paper per distinct paper among `entries`, sorted by id. */
export function dedupEntries(entries: readonly ParsedEntry[]): Paper[] {
  return groups(entries)
    .map(merge)
    .sort((a, b) => compareText(a.id, b.id));
}

/** A deduplicated paper with what the load writes beside its node: authors and citations. */
export interface PaperRecord {
  paper: Paper;
  /** The richest copy's author list (the longest; rank breaks ties). */
  authors: string[];
  /** Every copy's references and citers, duplicates included: the load resolves and merges them. */
  references: PaperRef[];
  citedBy: PaperRef[];
}

/** `dedupEntries` with each paper's authors and citations; sorted by id. */
export function dedupRecords(entries: readonly ParsedEntry[]): PaperRecord[] {
  return groups(entries)
    .map((copies) => {
      const ranked = [...copies].sort(compareCopies);
      const authors = ranked.reduce<string[]>(
        (best, e) => ((e.authors?.length ?? 0) > best.length ? e.authors! : best),
        [],
      );
      return {
        paper: merge(copies),
        authors,
        references: copies.flatMap((e) => e.references ?? []),
        citedBy: copies.flatMap((e) => e.citedBy ?? []),
      };
    })
    .sort((a, b) => compareText(a.paper.id, b.paper.id));
}
