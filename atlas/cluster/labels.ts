/**
 * Cluster labels
 * ==============
 * Each cluster is named by its most distinctive concepts: those its papers mention far more often
 * than the rest of the graph's papers do, ranked by Dunning's log-likelihood ratio G² on the 2×2
 * table (papers in / out of the cluster × mentioning / not mentioning the concept), the measure
 * CiteSpace uses for cluster labels (Chen 2010; Dunning 1993). Only over-represented concepts
 * count. The label is the top one or two names; the top concepts overall and per type are kept.
 */
import { CONCEPT_TYPES, type ConceptType } from "../../schema/model.ts";
import type { Projection } from "../projection/projection.ts";
import type { ClusterLevel } from "./cluster.ts";

export interface TopConcept {
  id: string;
  name: string;
  type: ConceptType | null;
  /** Papers of the cluster that mention it. */
  papers: number;
  llr: number;
}

export interface ClusterLabel {
  label: string;
  top: TopConcept[];
  byType: Record<ConceptType, string[]>;
  papers: number;
  concepts: number;
}

export interface LabelOptions {
  top: number;
  perType: number;
}

export const DEFAULT_LABEL_OPTIONS: Readonly<LabelOptions> = { top: 10, perType: 5 };

const xlogx = (k: number, e: number): number => (k > 0 ? k * Math.log(k / e) : 0);

/** G² of a concept in `a` of the cluster's `size` papers and `df` of all `n` papers. */
export function logLikelihood(a: number, size: number, df: number, n: number): number {
  const cells = [a, size - a, df - a, n - size - df + a];
  const rows = [size, n - size];
  const cols = [df, n - df];
  let g2 = 0;
  for (let i = 0; i < 4; i++) {
    const expected = (rows[i >> 1]! * cols[i & 1]!) / n;
    g2 += xlogx(cells[i]!, expected);
  }
  return 2 * g2;
}

interface PaperIndex {
  /** Concepts (projection index) of each node that is a paper; empty for concepts. */
  conceptsOf: number[][];
  papers: number;
}

function paperIndex(projection: Projection, keys: readonly string[]): PaperIndex {
  const g = projection.graph;
  const position = new Map(keys.map((k, i) => [k, i]));
  const conceptsOf = keys.map((key) =>
    g.getNodeAttribute(key, "kind") !== "paper"
      ? []
      : g.filterEdges(key, (_e, attr) => attr.kind === "mentions").map((e) => position.get(g.opposite(key, e))!),
  );
  return { conceptsOf, papers: projection.papers };
}

function emptyByType(): Record<ConceptType, string[]> {
  return Object.fromEntries(CONCEPT_TYPES.map((t) => [t, []])) as unknown as Record<ConceptType, string[]>;
}

/** "a · b" from the best names, skipping a second name that repeats the first. */
function labelFrom(top: readonly TopConcept[], fallback: string): string {
  const names: string[] = [];
  for (const { name } of top) {
    const lower = name.toLowerCase();
    if (names.some((n) => n.toLowerCase().includes(lower) || lower.includes(n.toLowerCase()))) continue;
    names.push(name);
    if (names.length === 2) break;
  }
  return names.length > 0 ? names.join(" · ") : fallback;
}

/** Labels every cluster of one level; index = cluster number. */
export function labelLevel(
  projection: Projection,
  keys: readonly string[],
  level: ClusterLevel,
  options: LabelOptions = DEFAULT_LABEL_OPTIONS,
  index: PaperIndex = paperIndex(projection, keys),
): ClusterLabel[] {
  const g = projection.graph;
  const members: number[][] = Array.from({ length: level.count }, () => []);
  level.membership.forEach((c, i) => c >= 0 && members[c]!.push(i));
  const counts = new Map<number, number>();
  return members.map((nodes, number) => {
    counts.clear();
    let papers = 0;
    for (const v of nodes) {
      if (g.getNodeAttribute(keys[v]!, "kind") !== "paper") continue;
      papers += 1;
      for (const c of index.conceptsOf[v]!) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const minimum = papers >= 3 ? 2 : 1;
    const scored: TopConcept[] = [];
    for (const [c, a] of counts) {
      const attr = g.getNodeAttributes(keys[c]!);
      if (a < minimum || a / papers <= attr.papers / index.papers) continue;
      const llr = logLikelihood(a, papers, attr.papers, index.papers);
      scored.push({ id: keys[c]!, name: attr.name, type: attr.type, papers: a, llr });
    }
    scored.sort((x, y) => y.llr - x.llr || y.papers - x.papers || (x.id < y.id ? -1 : 1));
    const byType = emptyByType();
    for (const t of scored) if (t.type && byType[t.type].length < options.perType) byType[t.type].push(t.name);
    const memberConcepts = nodes
      .filter((v) => g.getNodeAttribute(keys[v]!, "kind") === "concept")
      .sort((x, y) => g.getNodeAttribute(keys[y]!, "papers") - g.getNodeAttribute(keys[x]!, "papers"));
    const fallback =
      memberConcepts.length > 0 ? g.getNodeAttribute(keys[memberConcepts[0]!]!, "name") : `cluster ${number}`;
    return {
      label: labelFrom(scored, fallback),
      top: scored.slice(0, options.top),
      byType,
      papers,
      concepts: memberConcepts.length,
    };
  });
}

/** Labels every level; `[level][cluster]`. */
export function labelClusters(
  projection: Projection,
  keys: readonly string[],
  levels: readonly ClusterLevel[],
  options: LabelOptions = DEFAULT_LABEL_OPTIONS,
): ClusterLabel[][] {
  const index = paperIndex(projection, keys);
  return levels.map((level) => labelLevel(projection, keys, level, options, index));
}
