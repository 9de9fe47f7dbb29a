/**
 * Offline extras
 * ==============
 * Pure core: the rows read for the single-file map (schema/cypher/offline.ts, `CLUSTER_LIST`) →
 * `OfflineExtras` (schema/offline.ts) and the abstracts' lines, in the map payload's node order, so the page
 * needs no second copy of the ids. Values the page can rebuild are left out: a concept name equal
 * to its map label, an arXiv id equal to the paper's id.
 */
import type { ClusterRow } from "../../schema/cypher/details.ts";
import type { OfflineConceptRow, OfflinePaperRow } from "../../schema/cypher/offline.ts";
import type { OfflineExtras } from "../../schema/offline.ts";

export interface OfflineRows {
  papers: OfflinePaperRow[];
  concepts: OfflineConceptRow[];
  proposes: { paper: string; concept: string }[];
  clusters: ClusterRow[];
}

/** The map payload's node order: each node's id, whether it is a paper, and its map label. */
export interface PayloadNodes {
  ids: string[];
  isPaper: (index: number) => boolean;
  labels: string[];
}

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function buildOfflineExtras(nodes: PayloadNodes, rows: OfflineRows, generatedAt: string): OfflineExtras {
  const papers = new Map(rows.papers.map((p) => [p.id, p]));
  const concepts = new Map(rows.concepts.map((c) => [c.id, c]));
  const index = new Map(nodes.ids.map((id, i) => [id, i]));
  const out: OfflineExtras = {
    format: "paperatlas-offline/1",
    generatedAt,
    papers: {
      title: [],
      published: [],
      authorCount: [],
      organization: [],
      upvotes: [],
      arxivId: [],
      links: [],
    },
    concepts: { name: [], aliases: [] },
    proposes: [],
    clusters: rows.clusters.map((c) => ({
      id: c.id,
      size: c.size,
      topConcepts: c.topConcepts,
      paperCount: c.paperCount,
      conceptCount: c.conceptCount,
      modularity: num(c.modularity),
    })),
  };
  nodes.ids.forEach((id, i) => {
    if (nodes.isPaper(i)) {
      const p = papers.get(id);
      const col = out.papers;
      col.title.push(oneLine(p?.title ?? id));
      col.published.push(p?.published ?? null);
      col.authorCount.push(num(p?.authorCount));
      col.organization.push(p?.organization ?? null);
      col.upvotes.push(num(p?.upvotes));
      col.arxivId.push(p?.arxivId ? (p.arxivId === id ? "" : p.arxivId) : null);
      col.links.push((p?.links ?? []).filter((l) => /^https?:\/\//i.test(l)));
    } else {
      const c = concepts.get(id);
      const name = c ? oneLine(c.name) : null;
      out.concepts.name.push(name !== null && name !== nodes.labels[i] ? name : null);
      out.concepts.aliases.push(c?.aliases ?? []);
    }
  });
  for (const { paper, concept } of rows.proposes) {
    const p = index.get(paper);
    const c = index.get(concept);
    if (p !== undefined && c !== undefined) out.proposes.push(p, c);
  }
  return out;
}

/** The papers' abstracts, one line each (white space folded), in the payload's order of papers. */
export function offlineAbstracts(nodes: PayloadNodes, papers: OfflinePaperRow[]): string {
  const byId = new Map(papers.map((p) => [p.id, p.abstract]));
  return nodes.ids
    .filter((_, i) => nodes.isPaper(i))
    .map((id) => oneLine(byId.get(id) ?? ""))
    .join("\n");
}
