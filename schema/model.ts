/**
 * PaperAtlas graph model
 * ======================
 * The one place the model is declared (GUIDE §3). Every stage imports these types; `server/` and
 * `viz/` import them with `import type` only. Property names here are the property names in Neo4j.
 */

/** The six kinds of concept the extractor finds. Lower-case in JSON output, capitalised as Neo4j labels. */
export const CONCEPT_TYPES = ["method", "dataset", "hardware", "task", "technique", "metric"] as const;
export type ConceptType = (typeof CONCEPT_TYPES)[number];

/** Neo4j label of each concept type (every concept also carries the `Concept` label). */
export const CONCEPT_LABELS: Readonly<Record<ConceptType, string>> = {
  method: "Method",
  dataset: "Dataset",
  hardware: "Hardware",
  task: "Task",
  technique: "Technique",
  metric: "Metric",
};

/**
 * A publication date as the listing gives it: `YYYY-MM-DD` when the year is known, `--MM-DD`
 * (ISO 8601's form for a date without a year) when it is not. Never an invented year. Sources that
 * give less (BibTeX, OpenAlex stubs) use ISO 8601's reduced forms `YYYY-MM` and `YYYY`.
 */
export type PublishedDate = string;

/** One appearance of a paper in one input file; `line` is 1-based and points at the title. */
export interface Occurrence {
  file: string;
  line: number;
}

/** A paper as one listing entry describes it, before deduplication. */
export interface ParsedEntry {
  title: string;
  abstract: string;
  authorCount: number | null;
  organization: string | null;
  published: PublishedDate | null;
  upvotes: number | null;
  /** URLs found in the abstract, in order of appearance, without duplicates. */
  links: string[];
  /** arXiv identifier when the source names one (`2401.01234`), else null. */
  arxivId: string | null;
  occurrence: Occurrence;
  /** DOI, lower-cased, without `https://doi.org/` (`10.1145/3600006.3613165`), when the source names one. */
  doi?: string | null;
  /** OpenAlex work id without its URL (`W2741809807`). */
  openalexId?: string | null;
  /** Semantic Scholar paper id (40 hex characters). */
  s2Id?: string | null;
  /** Author names as the source writes them, in order; empty or absent when unknown. */
  authors?: string[];
  /** Papers this one cites, as the source identifies them (OpenAlex referenced_works, S2 references). */
  references?: PaperRef[];
  /** Papers that cite this one (S2 `citations`): each becomes `(citing)-[:CITES]->(this)`. */
  citedBy?: PaperRef[];
  /** True when the source knows the paper only as someone's reference (an S2 /references page). */
  stub?: boolean;
}

/** Where a citation came from: `CITES.source`. `inferred` ones are made by the load, never parsed. */
export type CitationSource = "openalex" | "s2" | "bibtex" | "inferred";

/**
 * One end of a citation as a source names it: whatever identifiers it gives, strongest first.
 * A reference that matches no paper in the graph becomes a stub Paper (`stub: true`).
 */
export interface PaperRef {
  arxivId: string | null;
  doi: string | null;
  openalexId: string | null;
  s2Id: string | null;
  title: string | null;
  year: number | null;
  source: CitationSource;
}

/**
 * A distinct paper after deduplication: the `Paper` node's properties.
 * `id` is the arXiv id when known, else `t:` + a stable hash of the normalised title.
 */
export interface Paper {
  id: string;
  title: string;
  abstract: string;
  authorCount: number | null;
  organization: string | null;
  published: PublishedDate | null;
  /** The year of `published` when known; kept apart so Cypher can filter by it. */
  year: number | null;
  upvotes: number | null;
  links: string[];
  arxivId: string | null;
  /** Base names of the files the paper appears in, sorted. */
  sources: string[];
  /** Every appearance as `file:line`, sorted: whitespace and case variants of a title included. */
  occurrences: string[];
  doi?: string | null;
  openalexId?: string | null;
  s2Id?: string | null;
  /**
   * True for a paper known only from another paper's references (no abstract, no source file of its
   * own): kept out of counts, clustering and the map until a file describes it, when it is filled in.
   */
  stub?: boolean;
}

/** A `Source` node: one ingested file, keyed by the sha256 of its bytes. */
export interface SourceFile {
  sha256: string;
  path: string;
  name: string;
  format: string;
  ingestedAt: string;
  paperCount: number;
}

/** A concept found by the extractor: the `Concept` node's properties. `id` = `type:normalised-name`. */
export interface Concept {
  id: string;
  name: string;
  type: ConceptType;
  aliases: string[];
}

/** `(Paper)-[:MENTIONS {count, inTitle, weight}]->(Concept)`. */
export interface Mention {
  conceptId: string;
  count: number;
  inTitle: boolean;
}

/** A short ↔ long form defined in a paper's text: "Mixture-of-Experts (MoE)". */
export interface AcronymPair {
  short: string;
  long: string;
}

/** One entity of `paperatlas extract --json`, the format `../shared/eval/score.py` reads. */
export interface ExtractedEntity {
  name: string;
  type: ConceptType;
  aliases: string[];
  count: number;
  inTitle: boolean;
}

/** One paper of `paperatlas extract --json`. `proposed` is the paper's own named method, or null. */
export interface ExtractedPaper {
  id: string;
  title: string;
  proposed: string | null;
  acronyms: AcronymPair[];
  entities: ExtractedEntity[];
}

/** How a clustering run searched: Leiden (Louvain + refinement) or plain Louvain. */
export type ClusterAlgorithm = "leiden" | "louvain";

/**
 * A `ClusterRun` node: the parameters and outcome of one `paperatlas cluster`. Exactly one run has
 * `current: true`; older runs stay as a record (with `current: false` and `replacedAt`) but their
 * Cluster nodes are gone. `id` is a hash of the parameters and the projected graph, so re-running
 * on an unchanged graph with the same parameters reproduces the same ids.
 */
export interface ClusterRun {
  id: string;
  current: boolean;
  createdAt: string;
  replacedAt?: string;
  algorithm: ClusterAlgorithm;
  resolution: number;
  seed: number;
  /** Seeded searches made; the best modularity won. */
  runs: number;
  /** Projection: concepts named by fewer / more papers were left out of the search (null = no upper bound). */
  minPapers: number;
  maxPapers: number | null;
  /** A citation's weight as a multiple of the mean paper–concept weight. */
  citesWeight: number;
  /** Paper–concept weighting: "tf-idf" = (1 + ln count) · ln(N / df). */
  weighting: string;
  /** Modularity (γ = 1) of the top level on the search graph, and the quality at `resolution`. */
  modularity: number;
  quality: number;
  /** Number of levels and clusters per level, level 0 (top) first. */
  levels: number;
  clusterCounts: number[];
  papers: number;
  concepts: number;
  searchNodes: number;
  searchEdges: number;
  /** Nodes with no link at all: no cluster. */
  unassigned: number;
  elapsedMs: number;
  /** Set by `paperatlas layout` once positions for this run are written. */
  layoutAt?: string;
  layoutIterations?: number;
  layoutSeed?: number;
}

/**
 * A `Cluster` node: cluster `number` (0 = largest) of `level` (0 = top, the `cluster` property of
 * papers and concepts; higher levels are finer and each cluster is PART_OF one of the level above).
 * `id` = `${run}:${level}:${number}`. Top concepts are names, most distinctive first (log-likelihood
 * against the rest of the graph, as CiteSpace labels clusters).
 */
export interface Cluster {
  id: string;
  run: string;
  level: number;
  number: number;
  label: string;
  /** Papers and concepts in the cluster. */
  size: number;
  paperCount: number;
  conceptCount: number;
  topConcepts: string[];
  topConceptIds: string[];
  topMethods: string[];
  topDatasets: string[];
  topHardware: string[];
  topTasks: string[];
  topTechniques: string[];
  topMetrics: string[];
  /** Modularity (γ = 1) of this cluster's level. */
  modularity: number;
  /** Id of the cluster of level − 1 this one is PART_OF; absent on level 0. */
  parent?: string;
}
