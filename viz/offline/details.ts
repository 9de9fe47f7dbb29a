/**
 * Offline answers for `GET /api/nodes/:id`, `GET /api/clusters` and `GET /api/clusters/:id`
 * (pure), in the API's types and with the served answers' rules: neighbour lists of at most 50
 * with exact totals, citations newest first, a concept's co-occurring concepts counted over its
 * first 1000 papers, a cluster's papers by citations within the atlas and its concepts by paper count.
 */
import type {
  ClusterRefT,
  ConceptDetailsT,
  ConceptRefT,
  NodeDetailsT,
  PaperDetailsT,
  PaperRefT,
} from "../../schema/api.ts";
import { CONCEPT_TYPES, type ConceptType } from "../../schema/model.ts";
import type { Api } from "../../schema/api.ts";
import {
  clusterOf,
  conceptRef,
  isStub,
  neighbours,
  nodeName,
  paperRef,
  yearOf,
  type OfflineCluster,
  type OfflineSource,
} from "./source.ts";

/** As the server's `DETAILS_LIST_LIMIT` and `COOCCURRENCE_SAMPLE`. */
export const LIST_LIMIT = 50;
const COOCCURRENCE_SAMPLE = 1000;
const COOCCURRING = 20;

const byYearDesc = (src: OfflineSource) => (a: number, b: number) =>
  (yearOf(src, b) ?? -1) - (yearOf(src, a) ?? -1) || (src.cols.ids[a]! < src.cols.ids[b]! ? -1 : 1);
const byPaperCountDesc = (src: OfflineSource) => (a: number, b: number) =>
  (src.cols.paperCount[b] ?? 0) - (src.cols.paperCount[a] ?? 0) || (nodeName(src, a) < nodeName(src, b) ? -1 : 1);

function paperList(src: OfflineSource, nodes: ArrayLike<number>): { total: number; papers: PaperRefT[] } {
  const sorted = Array.from(nodes).sort(byYearDesc(src));
  return { total: sorted.length, papers: sorted.slice(0, LIST_LIMIT).map((i) => paperRef(src, i)) };
}

export function clusterRef(c: OfflineCluster | null): ClusterRefT | null {
  return c ? { ...c.ref } : null;
}

function paperDetails(src: OfflineSource, i: number, abstracts: readonly string[]): PaperDetailsT {
  const r = src.row[i]!;
  const p = src.extras.papers;
  const id = src.cols.ids[i]!;
  const concepts = Object.fromEntries(CONCEPT_TYPES.map((t) => [t, [] as ConceptRefT[]])) as Record<
    ConceptType,
    ConceptRefT[]
  >;
  for (const k of Array.from(neighbours(src.mentions.out, i)).sort(byPaperCountDesc(src))) {
    const ref = conceptRef(src, k);
    concepts[ref.type]?.push(ref);
  }
  const arxivId = p.arxivId[r];
  return {
    kind: "paper",
    id,
    title: nodeName(src, i),
    abstract: abstracts[r] ?? "",
    published: p.published[r] ?? null,
    year: yearOf(src, i),
    authorCount: p.authorCount[r] ?? null,
    organization: p.organization[r] ?? null,
    upvotes: p.upvotes[r] ?? null,
    arxivId: arxivId === "" ? id : (arxivId ?? null),
    links: p.links[r] ?? [],
    sources: [],
    stub: isStub(src, i),
    cluster: clusterRef(clusterOf(src, i)),
    concepts,
    proposes: Array.from(neighbours(src.proposes.out, i)).map((k) => conceptRef(src, k)),
    cites: paperList(src, neighbours(src.cites.out, i)),
    citedBy: paperList(src, neighbours(src.cites.in, i)),
  };
}

function conceptDetails(src: OfflineSource, i: number): ConceptDetailsT {
  const papers = Array.from(neighbours(src.mentions.in, i)).sort(byYearDesc(src));
  const counts = new Map<number, number>();
  for (const p of papers.slice(0, COOCCURRENCE_SAMPLE))
    for (const k of neighbours(src.mentions.out, p)) if (k !== i) counts.set(k, (counts.get(k) ?? 0) + 1);
  const cooccurring = [...counts]
    .sort((a, b) => b[1] - a[1] || (src.cols.ids[a[0]]! < src.cols.ids[b[0]]! ? -1 : 1))
    .slice(0, COOCCURRING)
    .map(([k, count]) => ({ ...conceptRef(src, k), count }));
  const ref = conceptRef(src, i);
  return {
    kind: "concept",
    id: ref.id,
    name: ref.name,
    type: ref.type,
    aliases: src.extras.concepts.aliases[src.row[i]!] ?? [],
    paperCount: Math.max(ref.paperCount, papers.length),
    cluster: clusterRef(clusterOf(src, i)),
    papers: { total: papers.length, papers: papers.slice(0, LIST_LIMIT).map((k) => paperRef(src, k)) },
    proposedBy: Array.from(neighbours(src.proposes.in, i))
      .sort((a, b) => (src.cols.ids[a]! < src.cols.ids[b]! ? -1 : 1))
      .slice(0, LIST_LIMIT)
      .map((k) => paperRef(src, k)),
    cooccurring,
  };
}

/** A paper's or a concept's details, or null when the atlas has no node with that id. `abstracts`: the page's, by paper row. */
export function nodeDetails(src: OfflineSource, id: string, abstracts: readonly string[]): NodeDetailsT | null {
  const i = src.index.get(id);
  if (i === undefined) return null;
  return src.isPaper[i] ? paperDetails(src, i, abstracts) : conceptDetails(src, i);
}

function summary(c: OfflineCluster) {
  return { ...c.ref, topConcepts: c.topConcepts, paperCount: c.paperCount, conceptCount: c.conceptCount };
}

export function clusterList(src: OfflineSource, level: number | undefined): Api["GET /api/clusters"]["res"] {
  const all = src.levels.flat().filter((c) => level === undefined || c.ref.level === level);
  return { clusters: all.sort((a, b) => b.ref.size - a.ref.size || (a.ref.id < b.ref.id ? -1 : 1)).map(summary) };
}

/** One cluster: its parent and children, its most cited papers and its concepts with the most papers. */
export function clusterDetails(src: OfflineSource, id: string): Api["GET /api/clusters/:id"]["res"] | null {
  const c = src.clusters.get(id);
  if (!c) return null;
  const column = c.column === 0 ? src.cols.cluster : src.cols.fine[c.column - 1]!;
  const papers: number[] = [];
  const concepts: number[] = [];
  for (let i = 0; i < column.length; i++) if (column[i] === c.number) (src.isPaper[i] ? papers : concepts).push(i);
  const cited = (i: number) => neighbours(src.cites.in, i).length;
  const upvotes = (i: number) => src.extras.papers.upvotes[src.row[i]!] ?? 0;
  papers.sort(
    (a, b) => cited(b) - cited(a) || upvotes(b) - upvotes(a) || (src.cols.ids[a]! < src.cols.ids[b]! ? -1 : 1),
  );
  concepts.sort(byPaperCountDesc(src));
  const children = (src.levels[c.column + 1] ?? []).filter((x) => x.parent === c.ref.id).map((x) => ({ ...x.ref }));
  return {
    cluster: { ...summary(c), modularity: c.modularity },
    parent: clusterRef(c.parent ? (src.clusters.get(c.parent) ?? null) : null),
    children,
    papers: papers.slice(0, LIST_LIMIT).map((i) => paperRef(src, i)),
    concepts: concepts.slice(0, LIST_LIMIT).map((i) => conceptRef(src, i)),
  };
}
