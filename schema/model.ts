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
 * (ISO 8601's form for a date without a year) when it is not. Never an invented year.
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
