/**
 * Graph projection
 * ================
 * Papers, concepts, MENTIONS and CITES rows (read from Neo4j page by page by `run.ts`, or made by
 * hand in tests) → one undirected graphology graph, weighted for community search:
 *  - paper–concept: w = (1 + ln count) · ln(N / df), N the number of papers, df the papers that
 *    mention the concept (TF-IDF, Salton & Buckley 1988). `count` is the MENTIONS weight (count,
 *    doubled in the title). A concept every paper names gets weight 0 and drops out; a rare one
 *    binds its few papers tightly.
 *  - paper–paper (CITES, either direction): `citesWeight` × the mean paper–concept weight, so a
 *    citation counts like an average mention whatever the corpus size.
 *  - paper–paper weak links (weak.ts), only for papers that none of the above links to another
 *    paper: shared authors, rare title words, else the same source file and year; each a fraction
 *    of the mean paper–concept weight.
 * Concepts mentioned by fewer than `minPapers` or more than `maxPapers` papers stay in the graph
 * (layout and the final assignment place them) but are left out of the search (`included: false`).
 */
import { UndirectedGraph } from "graphology";
import type { ConceptType } from "../../schema/model.ts";
import { CONCEPT_TYPES } from "../../schema/model.ts";
import { graphFromEdges, type WeightedGraph } from "./csr.ts";
import { weakLinks, type WeakKind } from "./weak.ts";

/** One paper with its outgoing MENTIONS (parallel arrays) and CITES. */
export interface PaperRecord {
  id: string;
  conceptIds: string[];
  weights: number[];
  cites: string[];
  cluster?: string | null;
  /** What a paper sharing no concept may still share (weak.ts): author ids, title, source files, year. */
  authors?: string[];
  title?: string;
  sources?: string[];
  year?: number | null;
}

export interface ConceptRecord {
  id: string;
  name: string;
  type: string;
  cluster?: string | null;
}

export interface ProjectionOptions {
  /** Concepts named by fewer papers are left out of the search (a concept in one paper links nothing). */
  minPapers: number;
  /** Concepts named by more papers are left out of the search; Infinity keeps them all. */
  maxPapers: number;
  /** Weight of a citation as a multiple of the mean paper–concept weight; 0 ignores citations. */
  citesWeight: number;
}

export const DEFAULT_PROJECTION: Readonly<ProjectionOptions> = { minPapers: 2, maxPapers: Infinity, citesWeight: 1 };

export interface NodeAttributes {
  kind: "paper" | "concept";
  /** Concept name; empty for papers. */
  name: string;
  type: ConceptType | null;
  /** Papers that mention a concept (df); a paper's number of concepts. */
  papers: number;
  /** Takes part in the community search. */
  included: boolean;
  /** Top-level cluster id stored in Neo4j before this run, if any (the layout seeds by it). */
  cluster: string | null;
}

export interface EdgeAttributes {
  kind: "mentions" | "cites" | WeakKind;
  /** The signal before IDF: MENTIONS weight, or citations counted both ways. */
  raw: number;
  /** Search weight; 0 when an end is left out. */
  weight: number;
}

export type ProjectionGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

export interface Projection {
  graph: ProjectionGraph;
  options: ProjectionOptions;
  papers: number;
  concepts: number;
  mentions: number;
  cites: number;
  excludedConcepts: number;
  /** Papers linked by no concept or citation, and the weak links added for them. */
  orphans: number;
  weak: number;
}

function conceptType(type: string): ConceptType | null {
  return (CONCEPT_TYPES as readonly string[]).includes(type) ? (type as ConceptType) : null;
}

function documentFrequency(papers: readonly PaperRecord[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const paper of papers) for (const id of new Set(paper.conceptIds)) df.set(id, (df.get(id) ?? 0) + 1);
  return df;
}

/** Indexes of `ids` in the order of the ids. */
function byId(ids: readonly string[]): number[] {
  return ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));
}

/** Builds the projection; node order is papers then concepts, each sorted by id, so it never depends on row order. */
export function buildProjection(
  paperRows: readonly PaperRecord[],
  conceptRows: readonly ConceptRecord[],
  options: ProjectionOptions = DEFAULT_PROJECTION,
): Projection {
  const papers = [...paperRows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const concepts = [...conceptRows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const graph: ProjectionGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const df = documentFrequency(papers);
  const n = papers.length;
  for (const p of papers) {
    graph.addNode(p.id, {
      kind: "paper",
      name: "",
      type: null,
      papers: p.conceptIds.length,
      included: true,
      cluster: p.cluster ?? null,
    });
  }
  let excludedConcepts = 0;
  for (const c of concepts) {
    if (graph.hasNode(c.id)) continue; // an id shared with a paper: the paper wins
    const count = df.get(c.id) ?? 0;
    const included = count >= options.minPapers && count <= options.maxPapers;
    if (!included) excludedConcepts += 1;
    graph.addNode(c.id, {
      kind: "concept",
      name: c.name,
      type: conceptType(c.type),
      papers: count,
      included,
      cluster: c.cluster ?? null,
    });
  }
  let mentions = 0;
  let weightSum = 0;
  for (const p of papers) {
    // Neo4j's collect() has no fixed order: sort, so edge order (and with it the search) is fixed too.
    for (const i of byId(p.conceptIds)) {
      const id = p.conceptIds[i]!;
      const concept = graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined;
      if (concept?.kind !== "concept" || graph.hasEdge(p.id, id)) continue;
      const raw = Math.max(1, p.weights[i] ?? 1);
      const weight = concept.included ? (1 + Math.log(raw)) * Math.log(n / concept.papers) : 0;
      graph.addUndirectedEdge(p.id, id, { kind: "mentions", raw, weight });
      mentions += 1;
      weightSum += weight;
    }
  }
  const includedMentions = graph.reduceEdges((sum, _e, attr) => sum + (attr.weight > 0 ? 1 : 0), 0);
  const citeWeight = options.citesWeight * (includedMentions > 0 ? weightSum / includedMentions : 1);
  let cites = 0;
  for (const p of papers) {
    for (const target of [...p.cites].sort()) {
      if (target === p.id || !graph.hasNode(target) || graph.getNodeAttribute(target, "kind") !== "paper") continue;
      const edge = graph.edge(p.id, target);
      if (edge === undefined) graph.addUndirectedEdge(p.id, target, { kind: "cites", raw: 1, weight: citeWeight });
      else graph.updateEdgeAttributes(edge, (a) => ({ ...a, raw: a.raw + 1, weight: a.weight + citeWeight }));
      cites += 1;
    }
  }
  const weak = addWeakLinks(graph, papers, includedMentions > 0 ? weightSum / includedMentions : 1);
  return { graph, options, papers: n, concepts: graph.order - n, mentions, cites, excludedConcepts, ...weak };
}

/** Papers with no weighted edge to another included node. */
function orphansOf(graph: ProjectionGraph, papers: readonly PaperRecord[]): Set<string> {
  const orphans = new Set<string>();
  for (const p of papers) {
    const linked = graph.someEdge(p.id, (_e, attr, s, t) => {
      const other = graph.getNodeAttributes(s === p.id ? t : s);
      return attr.weight > 0 && other.included;
    });
    if (!linked) orphans.add(p.id);
  }
  return orphans;
}

/** Weak links (weak.ts) for orphan papers, in `unit` = the mean paper–concept weight; an edge found from both ends counts once. */
function addWeakLinks(graph: ProjectionGraph, papers: readonly PaperRecord[], unit: number) {
  const orphans = orphansOf(graph, papers);
  let weak = 0;
  for (const link of weakLinks(papers, orphans)) {
    if (graph.hasEdge(link.source, link.target)) continue;
    graph.addUndirectedEdge(link.source, link.target, {
      kind: link.kind,
      raw: link.weight,
      weight: link.weight * unit,
    });
    weak += 1;
  }
  return { orphans: orphans.size, weak };
}

/** The search graph: included nodes with at least one weighted edge, in projection order. */
export interface SearchGraph {
  graph: WeightedGraph;
  /** Node key of each index. */
  keys: string[];
  index: Map<string, number>;
  /** The weighted edge list, for comparisons with other tools (bench). */
  edges: { source: Int32Array; target: Int32Array; weight: Float64Array };
}

export function searchGraph(projection: Projection): SearchGraph {
  const g = projection.graph;
  // One pass over the edges: a node takes part if an edge of weight > 0 joins it to another included node.
  const linked = new Set<string>();
  g.forEachEdge((_e, attr, s, t, sa, ta) => {
    if (attr.weight <= 0 || !sa.included || !ta.included) return;
    linked.add(s);
    linked.add(t);
  });
  const keys: string[] = [];
  const index = new Map<string, number>();
  g.forEachNode((key) => {
    if (!linked.has(key)) return;
    index.set(key, keys.length);
    keys.push(key);
  });
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  g.forEachEdge((_e, attr, s, t) => {
    const a = index.get(s);
    const b = index.get(t);
    if (a === undefined || b === undefined || attr.weight <= 0) return;
    source.push(Math.min(a, b));
    target.push(Math.max(a, b));
    weight.push(attr.weight);
  });
  const edges = { source: Int32Array.from(source), target: Int32Array.from(target), weight: Float64Array.from(weight) };
  return { graph: graphFromEdges(keys.length, edges.source, edges.target, edges.weight), keys, index, edges };
}
