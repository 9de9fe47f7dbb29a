/**
 * Load planning: identity against the graph
 * =========================================
 * Pure decisions the load makes before it writes (no driver, no I/O):
 *
 * `planPapers(records, stored)`: for each incoming paper, the stored nodes that are the same paper
 * (identity.ts: a shared arXiv id, DOI, OpenAlex or S2 id, else the same title key, never two
 * different arXiv ids), merged with it by the dedup rule (richest wins; a stub is filled in). The
 * merged paper's id may differ from the stored node's (a title-keyed paper met its arXiv id, a stub
 * `openalex:W…` got its title): the node is then re-keyed in place, and any further matching nodes
 * are absorbed into it, so relationships are never lost.
 *
 * `planCitations(citing, known)`: each reference (or citer) resolves to a known paper by the same
 * rule, else to a stub paper (`stub: true`) whose id follows paperId: the arXiv id, `t:` + the
 * title hash, else `doi:…`, `openalex:W…`, `s2:…`. Self-citations are dropped; one CITES per pair
 * and source.
 */
import type { CitesRow, PaperRow } from "../../schema/cypher/papers.ts";
import type { Paper, PaperRef } from "../../schema/model.ts";
import {
  compatibleArxiv,
  effectiveArxivId,
  groupByIdentity,
  mergePapers,
  paperId,
  strongKeys,
  titleKey,
  yearOf,
  type Ids,
  type PaperRecord,
} from "../dedup/index.ts";
import { paperRow, samePaper } from "./rows.ts";

export type PaperStatus = "new" | "updated" | "unchanged";

export interface PlannedPaper {
  record: PaperRecord;
  merged: Paper;
  status: PaperStatus;
  /** No stored node was this paper: the load creates it (and its relationships) without MERGE. */
  fresh: boolean;
}

export interface PaperPlan {
  upserts: PaperRow[];
  rekeys: { from: string; props: PaperRow }[];
  absorbs: { from: string; into: string }[];
  papers: PlannedPaper[];
}

/** Stored papers indexed by every key they can be met by. */
class KeyIndex {
  private readonly byKey = new Map<string, Paper[]>();

  constructor(papers: readonly Paper[]) {
    for (const p of papers) {
      for (const key of [`id:${p.id}`, ...strongKeys(p)]) this.add(key, p);
      if (p.title !== "") this.add(`title:${titleKey(p.title)}`, p);
    }
  }

  private add(key: string, p: Paper): void {
    const list = this.byKey.get(key);
    if (list) list.push(p);
    else this.byKey.set(key, [p]);
  }

  /** Papers sharing a strong key (or the id) first, then those sharing the title key; compatible ones only. */
  matches(ids: Ids & { id?: string }, skip: ReadonlySet<string>): Paper[] {
    const strong = [...(ids.id ? [`id:${ids.id}`] : []), ...strongKeys(ids)].flatMap((k) => this.byKey.get(k) ?? []);
    const byTitle = ids.title ? (this.byKey.get(`title:${titleKey(ids.title)}`) ?? []) : [];
    const out: Paper[] = [];
    let arxiv = effectiveArxivId(ids);
    const seen = new Set<string>();
    for (const p of [...strong, ...[...byTitle].sort((a, b) => Number(a.stub === true) - Number(b.stub === true))]) {
      if (seen.has(p.id) || skip.has(p.id)) continue;
      seen.add(p.id);
      const other = effectiveArxivId(p);
      if (!compatibleArxiv(arxiv, other)) continue;
      arxiv ??= other;
      out.push(p);
    }
    return out;
  }
}

function mergeRecords(a: PlannedPaper, b: PlannedPaper): PlannedPaper {
  const authors = b.record.authors.length > a.record.authors.length ? b.record.authors : a.record.authors;
  const merged = mergePapers(a.merged, b.merged);
  return {
    record: {
      paper: merged,
      authors,
      references: [...a.record.references, ...b.record.references],
      citedBy: [...a.record.citedBy, ...b.record.citedBy],
    },
    merged,
    status: a.status === "new" && b.status === "new" ? "new" : "updated",
    fresh: a.fresh && b.fresh,
  };
}

export function planPapers(records: readonly PaperRecord[], stored: readonly Paper[]): PaperPlan {
  const index = new KeyIndex(stored);
  const claimed = new Set<string>();
  const byFinal = new Map<string, { planned: PlannedPaper; matched: Paper[] }>();
  for (const record of records) {
    const matched = index.matches(record.paper, claimed);
    for (const m of matched) claimed.add(m.id);
    const merged = matched.reduce((acc, m) => mergePapers(acc, m), record.paper);
    const onlyStubs = matched.every((m) => m.stub === true);
    const status: PaperStatus =
      matched.length === 0 || (onlyStubs && merged.stub !== true)
        ? "new"
        : matched.length === 1 && matched[0]!.id === merged.id && samePaper(matched[0]!, merged)
          ? "unchanged"
          : "updated";
    let planned: PlannedPaper = { record, merged, status, fresh: matched.length === 0 };
    const earlier = byFinal.get(merged.id);
    if (earlier) {
      planned = mergeRecords(earlier.planned, planned);
      matched.unshift(...earlier.matched);
    }
    byFinal.set(planned.merged.id, { planned, matched });
  }
  const plan: PaperPlan = { upserts: [], rekeys: [], absorbs: [], papers: [] };
  for (const [id, { planned, matched }] of byFinal) {
    plan.papers.push(planned);
    const keep = matched.find((m) => m.id === id) ?? matched[0];
    if (keep === undefined || keep.id === id) plan.upserts.push(paperRow(planned.merged));
    else plan.rekeys.push({ from: keep.id, props: paperRow(planned.merged) });
    for (const m of matched) if (m !== keep) plan.absorbs.push({ from: m.id, into: id });
  }
  return plan;
}

/** The keys to look papers up by, for the FIND_PAPERS_BY_KEYS query. */
export function lookupKeys(items: readonly (Ids & { id?: string })[], hash: (title: string) => string | null) {
  const keys = {
    ids: new Set<string>(),
    arxivIds: new Set<string>(),
    dois: new Set<string>(),
    openalexIds: new Set<string>(),
    s2Ids: new Set<string>(),
    titleHashes: new Set<string>(),
  };
  for (const item of items) {
    if (item.id) keys.ids.add(item.id);
    const arxiv = effectiveArxivId(item);
    if (arxiv) keys.arxivIds.add(arxiv);
    if (item.doi) keys.dois.add(item.doi);
    if (item.openalexId) keys.openalexIds.add(item.openalexId);
    if (item.s2Id) keys.s2Ids.add(item.s2Id);
    const h = item.title ? hash(item.title) : null;
    if (h) keys.titleHashes.add(h);
  }
  return Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, [...v].sort()])) as Record<
    keyof typeof keys,
    string[]
  >;
}

/** A paper known only from references: what the references say about it, nothing else. */
export function stubPaper(refs: readonly PaperRef[]): Paper {
  const first = <T>(pick: (r: PaperRef) => T | null): T | null => refs.map(pick).find((v) => v !== null) ?? null;
  const title = refs.reduce((best, r) => ((r.title ?? "").length > best.length ? r.title! : best), "");
  const year = first((r) => r.year);
  const fields = {
    title,
    arxivId: first((r) => r.arxivId),
    doi: first((r) => r.doi),
    openalexId: first((r) => r.openalexId),
    s2Id: first((r) => r.s2Id),
  };
  const published = year === null ? null : String(year);
  return {
    id: paperId(fields),
    title,
    abstract: "",
    authorCount: null,
    organization: null,
    published,
    year: yearOf(published),
    upvotes: null,
    links: [],
    arxivId: fields.arxivId,
    sources: [],
    occurrences: [],
    ...(fields.doi !== null ? { doi: fields.doi } : {}),
    ...(fields.openalexId !== null ? { openalexId: fields.openalexId } : {}),
    ...(fields.s2Id !== null ? { s2Id: fields.s2Id } : {}),
    stub: true,
  };
}

export interface CitationPlan {
  stubs: PaperRow[];
  cites: CitesRow[];
}

/** Resolves every reference and citer of `citing` against `known` papers, making stubs for the rest. */
export function planCitations(
  citing: readonly { id: string; references: readonly PaperRef[]; citedBy: readonly PaperRef[] }[],
  known: readonly Paper[],
): CitationPlan {
  const index = new KeyIndex(known);
  const none = new Set<string>();
  const edges: { paper: string; ref: PaperRef; outgoing: boolean }[] = [];
  for (const c of citing) {
    for (const ref of c.references) edges.push({ paper: c.id, ref, outgoing: true });
    for (const ref of c.citedBy) edges.push({ paper: c.id, ref, outgoing: false });
  }
  const target = new Map<PaperRef, string>();
  const unresolved: PaperRef[] = [];
  for (const { ref } of edges) {
    if (target.has(ref)) continue;
    const match = index.matches(ref, none)[0];
    if (match) target.set(ref, match.id);
    else unresolved.push(ref);
  }
  const stubs: PaperRow[] = [];
  for (const group of groupByIdentity(unresolved, (r) => r)) {
    const stub = stubPaper(group);
    stubs.push(paperRow(stub));
    for (const ref of group) target.set(ref, stub.id);
  }
  const cites = new Map<string, CitesRow>();
  for (const { paper, ref, outgoing } of edges) {
    const other = target.get(ref)!;
    if (other === paper) continue;
    const row: CitesRow = outgoing
      ? { from: paper, to: other, source: ref.source }
      : { from: other, to: paper, source: ref.source };
    cites.set(`${row.from}\u0000${row.to}\u0000${row.source}`, row);
  }
  return { stubs, cites: [...cites.values()] };
}
