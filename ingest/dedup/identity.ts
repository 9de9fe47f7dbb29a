/**
 * Paper identity across sources
 * =============================
 * When are two records one paper? When they share a strong identifier — arXiv id, DOI, OpenAlex
 * work id or Semantic Scholar paper id — or, failing that, the same title key (`titleKey`). Two
 * records with *different* arXiv ids are never one paper, whatever else they share (two arXiv
 * papers may carry one title, or a DOI pasted into the wrong record).
 *
 * `groupByIdentity(items, idsOf)` applies that rule with a union–find: strong keys first, then
 * title keys, where a record joins the first compatible group of its title (groups with an arXiv
 * id first, smallest id first). Deterministic for a given item order; callers sort first.
 * Identifier clean-up (`normalizeDoi`, `normalizeOpenalexId`, `normalizeS2Id`) and the id of a
 * paper known only by an identifier (`refId`) live here too. Pure.
 */
import { titleKey } from "./title-key.ts";

/** The identifiers a record may carry; absent and null mean unknown. */
export interface Ids {
  title: string | null;
  arxivId: string | null;
  doi?: string | null | undefined;
  openalexId?: string | null | undefined;
  s2Id?: string | null | undefined;
}

/** arXiv's own DOIs (`10.48550/arXiv.2401.01234`) name an arXiv paper: they are matched as its arXiv id. */
const ARXIV_DOI_PREFIX = "10.48550/arxiv.";

/** `10.1145/abc` from `https://doi.org/10.1145/ABC`, `doi:10.1145/abc` or ` 10.1145/abc `; null if not a DOI. */
export function normalizeDoi(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  let s = raw.trim().toLowerCase();
  for (const prefix of ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]) {
    if (s.startsWith(prefix)) s = s.slice(prefix.length).trim();
  }
  return s.startsWith("10.") && s.includes("/") && !/\s/.test(s) ? s : null;
}

/** The arXiv id an arXiv DOI names (`10.48550/arxiv.2401.01234` → `2401.01234`), else null. */
export function arxivIdFromDoi(doi: string | null): string | null {
  if (doi === null || !doi.startsWith(ARXIV_DOI_PREFIX)) return null;
  const id = doi.slice(ARXIV_DOI_PREFIX.length);
  return /^\d{4}\.\d{4,5}$/.test(id) ? id : null;
}

/** `W2741809807` from `https://openalex.org/W2741809807` or `w2741809807`; null otherwise. */
export function normalizeOpenalexId(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const s = raw.trim();
  const tail = s.slice(s.lastIndexOf("/") + 1).toUpperCase();
  return /^W\d+$/.test(tail) ? tail : null;
}

/** A Semantic Scholar paper id: 40 hex characters, lower-cased; null otherwise. */
export function normalizeS2Id(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const s = raw.trim().toLowerCase();
  return /^[0-9a-f]{40}$/.test(s) ? s : null;
}

/** The record's arXiv id, or the one its arXiv DOI names. */
export function effectiveArxivId(ids: Ids): string | null {
  return ids.arxivId ?? arxivIdFromDoi(ids.doi ?? null);
}

/** `arxiv:…`, `doi:…`, `openalex:…`, `s2:…`: the keys two records of one paper may share. */
export function strongKeys(ids: Ids): string[] {
  const keys: string[] = [];
  const arxiv = effectiveArxivId(ids);
  if (arxiv !== null) keys.push(`arxiv:${arxiv}`);
  if (ids.doi && arxivIdFromDoi(ids.doi) === null) keys.push(`doi:${ids.doi}`);
  if (ids.openalexId) keys.push(`openalex:${ids.openalexId}`);
  if (ids.s2Id) keys.push(`s2:${ids.s2Id}`);
  return keys;
}

/** Two papers may be one unless they carry different arXiv ids. */
export function compatibleArxiv(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * The node id of a paper that has no title to hash: `doi:…`, `openalex:W…` or `s2:…` (strongest
 * first). Null when the record has none of them.
 */
export function refId(ids: Ids): string | null {
  const doi = ids.doi && arxivIdFromDoi(ids.doi) === null ? ids.doi : null;
  if (doi) return `doi:${doi}`;
  if (ids.openalexId) return `openalex:${ids.openalexId}`;
  if (ids.s2Id) return `s2:${ids.s2Id}`;
  return null;
}

/** Groups `items` into papers by the rule in the banner; groups and members keep the input order. */
export function groupByIdentity<T>(items: readonly T[], idsOf: (item: T) => Ids): T[][] {
  const parent = items.map((_, i) => i);
  const arxiv = items.map((item) => effectiveArxivId(idsOf(item)));
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  /** Joins the groups of a and b unless their arXiv ids differ; the smaller index stays the root. */
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb || !compatibleArxiv(arxiv[ra]!, arxiv[rb]!)) return;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent[child] = root;
    arxiv[root] = arxiv[root] ?? arxiv[child]!;
  };
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of strongKeys(idsOf(item))) {
      const first = owner.get(key);
      if (first === undefined) owner.set(key, i);
      else union(first, i);
    }
  });
  // Title keys: every group that has the title, then each joins the first compatible one.
  const byTitle = new Map<string, number[]>();
  items.forEach((item, i) => {
    const title = idsOf(item).title;
    if (title === null || title.trim() === "") return;
    const key = titleKey(title);
    const list = byTitle.get(key);
    if (list) list.push(i);
    else byTitle.set(key, [i]);
  });
  for (const key of [...byTitle.keys()].sort()) {
    const roots = [...new Set(byTitle.get(key)!.map(find))];
    roots.sort((a, b) => {
      const [xa, xb] = [arxiv[a] ?? null, arxiv[b] ?? null];
      if (xa !== null && xb !== null) return xa < xb ? -1 : xa > xb ? 1 : a - b;
      return xa !== null ? -1 : xb !== null ? 1 : a - b;
    });
    for (let i = 1; i < roots.length; i++) {
      const target = roots.slice(0, i).find((r) => compatibleArxiv(arxiv[find(r)]!, arxiv[find(roots[i]!)]!));
      if (target !== undefined) union(target, roots[i]!);
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(item);
    else groups.set(root, [item]);
  });
  return [...groups.values()];
}
