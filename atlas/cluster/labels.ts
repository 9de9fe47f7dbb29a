/**
 * Cluster labels
 * ==============
 * Each cluster is named by its most distinctive specific concepts. Evidence: Dunning's
 * log-likelihood ratio G² on the 2×2 table (papers in / out of the cluster × mentioning / not
 * mentioning the concept), the measure CiteSpace uses for cluster labels (Chen 2010; Dunning 1993);
 * only over-represented concepts count, and `top` and the per-type lists rank by it.
 *
 * G² grows with counts, so on its own it names big regions after what a large part of the corpus
 * measures ("Accuracy", "Throughput"). The name is therefore chosen by a naming score (README, Labels):
 *  - a generic concept (generic.ts: metrics and platforms every field reports, vague words) never
 *    names a cluster;
 *  - nor does a corpus-wide one: mentioned by more than `corpusWideShare` of all papers and spread
 *    out, no top-level region holding half of its papers (VOSviewer's "general terms"). A frequent
 *    concept most of whose papers sit in one region is that region's own and may name clusters;
 *  - the others score G² × their type's weight: tasks, methods, techniques and datasets say what a
 *    topic is and weigh 1; hardware (what it runs on) and metrics (how it is judged) need more
 *    evidence to name it (`typeWeights`).
 * The label is the one or two best-scoring names; `named` keeps them with their scores.
 */
import { CONCEPT_TYPES, type ConceptType } from "../../schema/model.ts";
import type { Projection } from "../projection/projection.ts";
import type { ClusterLevel } from "./cluster.ts";
import { foldName, GENERIC_CONCEPTS } from "./generic.ts";

/** Why a concept never names a cluster; null when it may. */
export type NamingBar = "generic" | "corpus-wide" | null;

export interface TopConcept {
  id: string;
  name: string;
  type: ConceptType | null;
  /** Papers of the cluster that mention it. */
  papers: number;
  /** Papers of the whole graph that mention it (its document frequency). */
  corpusPapers: number;
  /** G² of cluster × mention: the evidence `top` is ranked by. */
  llr: number;
  /** Naming score: G² × the type's weight, 0 when barred. */
  score: number;
  barred: NamingBar;
}

export interface ClusterLabel {
  label: string;
  /** The concepts the label is made of, label order; empty when no concept may name the cluster. */
  named: TopConcept[];
  /** The most distinctive concepts by G², whether or not they may name the cluster. */
  top: TopConcept[];
  byType: Record<ConceptType, string[]>;
  papers: number;
  concepts: number;
}

export interface LabelOptions {
  top: number;
  perType: number;
  /** A concept more than this share of all papers mention, and no top-level region half of them, is corpus-wide. */
  corpusWideShare: number;
  /** Folded names (generic.ts `foldName`) that never name a cluster. */
  generic: ReadonlySet<string>;
  /** Weight of G² in the naming score per concept type (a concept of unknown type weighs 1). */
  typeWeights: Readonly<Record<ConceptType, number>>;
}

export const DEFAULT_TYPE_WEIGHTS: Readonly<Record<ConceptType, number>> = {
  task: 1,
  method: 1,
  technique: 1,
  dataset: 1,
  hardware: 0.9,
  metric: 0.5,
};

export const DEFAULT_LABEL_OPTIONS: Readonly<LabelOptions> = {
  top: 10,
  perType: 5,
  corpusWideShare: 0.05,
  generic: GENERIC_CONCEPTS,
  typeWeights: DEFAULT_TYPE_WEIGHTS,
};

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

/**
 * Why a concept never names a cluster: `df` of all `n` papers mention it, `inRegion` of them in the
 * top-level region that holds most of them.
 */
export function namingBar(
  name: string,
  df: number,
  inRegion: number,
  n: number,
  options: Pick<LabelOptions, "corpusWideShare" | "generic">,
): NamingBar {
  if (options.generic.has(foldName(name))) return "generic";
  if (df > options.corpusWideShare * n && 2 * inRegion < df) return "corpus-wide";
  return null;
}

/** What labelling needs of the graph once for every level. */
interface LabelIndex {
  /** Concepts (projection index) of each node that is a paper; empty for concepts. */
  conceptsOf: number[][];
  /** Per node: the bar of a concept (null for papers and concepts that may name). */
  bars: NamingBar[];
  papers: number;
}

/** Per concept, its papers in the top-level region that holds most of them. */
function bestRegionCounts(index: Pick<LabelIndex, "conceptsOf">, top: ClusterLevel | undefined): Int32Array {
  const best = new Int32Array(index.conceptsOf.length);
  if (!top) return best;
  const members: number[][] = Array.from({ length: top.count }, () => []);
  top.membership.forEach((c, i) => c >= 0 && index.conceptsOf[i]!.length > 0 && members[c]!.push(i));
  const counts = new Map<number, number>();
  for (const papers of members) {
    counts.clear();
    for (const v of papers) for (const c of index.conceptsOf[v]!) counts.set(c, (counts.get(c) ?? 0) + 1);
    for (const [c, a] of counts) if (a > best[c]!) best[c] = a;
  }
  return best;
}

function labelIndex(
  projection: Projection,
  keys: readonly string[],
  top: ClusterLevel | undefined,
  options: LabelOptions,
): LabelIndex {
  const g = projection.graph;
  const position = new Map(keys.map((k, i) => [k, i]));
  const conceptsOf = keys.map((key) =>
    g.getNodeAttribute(key, "kind") !== "paper"
      ? []
      : g.filterEdges(key, (_e, attr) => attr.kind === "mentions").map((e) => position.get(g.opposite(key, e))!),
  );
  const best = bestRegionCounts({ conceptsOf }, top);
  const bars = keys.map((key, i) => {
    const attr = g.getNodeAttributes(key);
    return attr.kind === "concept" ? namingBar(attr.name, attr.papers, best[i]!, projection.papers, options) : null;
  });
  return { conceptsOf, bars, papers: projection.papers };
}

/** Concept id → why it never names a cluster, for the concepts barred under `levels[0]` (the regions). */
export function barredConcepts(
  projection: Projection,
  keys: readonly string[],
  levels: readonly ClusterLevel[],
  options: LabelOptions = DEFAULT_LABEL_OPTIONS,
): Map<string, Exclude<NamingBar, null>> {
  const { bars } = labelIndex(projection, keys, levels[0], options);
  const out = new Map<string, Exclude<NamingBar, null>>();
  bars.forEach((bar, i) => bar && out.set(keys[i]!, bar));
  return out;
}

function emptyByType(): Record<ConceptType, string[]> {
  return Object.fromEntries(CONCEPT_TYPES.map((t) => [t, []])) as unknown as Record<ConceptType, string[]>;
}

/** The best one or two names by naming score, skipping a second name that repeats the first. */
function namedBy(scored: readonly TopConcept[]): TopConcept[] {
  const candidates = scored
    .filter((t) => t.score > 0)
    .sort((x, y) => y.score - x.score || y.papers - x.papers || (x.id < y.id ? -1 : 1));
  const named: TopConcept[] = [];
  for (const t of candidates) {
    const lower = t.name.toLowerCase();
    if (named.some(({ name }) => name.toLowerCase().includes(lower) || lower.includes(name.toLowerCase()))) continue;
    named.push(t);
    if (named.length === 2) break;
  }
  return named;
}

/** The over-represented concepts of one cluster's papers, most distinctive (G²) first. */
function scoreCluster(
  projection: Projection,
  keys: readonly string[],
  paperNodes: readonly number[],
  index: LabelIndex,
  options: LabelOptions,
): TopConcept[] {
  const g = projection.graph;
  const n = index.papers;
  const counts = new Map<number, number>();
  for (const v of paperNodes) for (const c of index.conceptsOf[v]!) counts.set(c, (counts.get(c) ?? 0) + 1);
  const papers = paperNodes.length;
  const minimum = papers >= 3 ? 2 : 1;
  const scored: TopConcept[] = [];
  for (const [c, a] of counts) {
    const attr = g.getNodeAttributes(keys[c]!);
    if (a < minimum || a / papers <= attr.papers / n) continue;
    const llr = logLikelihood(a, papers, attr.papers, n);
    const barred = index.bars[c]!;
    const score = barred ? 0 : llr * (attr.type ? options.typeWeights[attr.type] : 1);
    scored.push({
      id: keys[c]!,
      name: attr.name,
      type: attr.type,
      papers: a,
      corpusPapers: attr.papers,
      llr,
      score,
      barred,
    });
  }
  return scored.sort((x, y) => y.llr - x.llr || y.papers - x.papers || (x.id < y.id ? -1 : 1));
}

/** Labels every cluster of one level; index = cluster number. */
function labelLevel(
  projection: Projection,
  keys: readonly string[],
  level: ClusterLevel,
  options: LabelOptions,
  index: LabelIndex,
): ClusterLabel[] {
  const g = projection.graph;
  const members: number[][] = Array.from({ length: level.count }, () => []);
  level.membership.forEach((c, i) => c >= 0 && members[c]!.push(i));
  return members.map((nodes, number) => {
    const paperNodes = nodes.filter((v) => g.getNodeAttribute(keys[v]!, "kind") === "paper");
    const scored = scoreCluster(projection, keys, paperNodes, index, options);
    const byType = emptyByType();
    for (const t of scored) if (t.type && byType[t.type].length < options.perType) byType[t.type].push(t.name);
    const memberConcepts = nodes
      .filter((v) => g.getNodeAttribute(keys[v]!, "kind") === "concept")
      .sort((x, y) => g.getNodeAttribute(keys[y]!, "papers") - g.getNodeAttribute(keys[x]!, "papers"));
    const named = namedBy(scored);
    // No concept may name it: its most-mentioned member concept that is not barred, else the first.
    const fallback = memberConcepts.find((v) => index.bars[v] === null) ?? memberConcepts[0];
    const fallbackName = fallback === undefined ? `cluster ${number}` : g.getNodeAttribute(keys[fallback]!, "name");
    return {
      label: named.length > 0 ? named.map((t) => t.name).join(" · ") : fallbackName,
      named,
      top: scored.slice(0, options.top),
      byType,
      papers: paperNodes.length,
      concepts: memberConcepts.length,
    };
  });
}

/** Labels every level; `[level][cluster]`. Corpus-wide concepts are judged against `levels[0]`, the regions. */
export function labelClusters(
  projection: Projection,
  keys: readonly string[],
  levels: readonly ClusterLevel[],
  options: LabelOptions = DEFAULT_LABEL_OPTIONS,
): ClusterLabel[][] {
  const index = labelIndex(projection, keys, levels[0], options);
  return levels.map((level) => labelLevel(projection, keys, level, options, index));
}
