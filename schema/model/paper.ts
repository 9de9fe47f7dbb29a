/**
 * Papers, authors and source files
 * ================================
 * A paper as a listing describes it (`ParsedEntry`), after deduplication (`Paper`) and as the
 * `Paper` node stores it (`PaperNode`), with the `Author`, `Organization` and `Source` nodes.
 */
import type { Placement } from "./cluster.ts";

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
export type CitationSource = "openalex" | "s2" | "bibtex" | "wos" | "vosviewer" | "inferred";

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

/**
 * A `Paper` node as stored. The load writes everything but the `Placement` in one `SET p = row`
 * (every identifier present, null when unknown); `paperatlas cluster` adds `cluster` and
 * `paperatlas layout` adds `x`, `y` and `size`. Neo4j keeps no null property, so a null written
 * here reads back as an absent key (`paperFromStored` restores it).
 */
export interface PaperNode extends Paper, Placement {
  doi: string | null;
  openalexId: string | null;
  s2Id: string | null;
  /** Always a boolean once stored, so `WHERE NOT p.stub` works. */
  stub: boolean;
  /** First 16 hex of sha256(titleKey(title)): finds a paper by its title (null for an untitled stub). */
  titleHash: string | null;
}

/** An `Author` node, linked by `(Paper)-[:WRITTEN_BY {position}]->(Author)`. */
export interface AuthorNode {
  /** The name's title key ("A. Turing" → "a turing"); unique (constraint `author_id`). */
  id: string;
  /** The first spelling of the name the load met. */
  name: string;
}

/**
 * An `Organization` node. Reserved: the constraint `organization_id` keys it, but no stage writes
 * one yet; a paper's organization is its `organization` property.
 */
export interface OrganizationNode {
  id: string;
}

/** A `Source` node: one ingested file, keyed by the sha256 of its bytes; `(Paper)-[:FROM]->(Source)`. */
export interface SourceNode {
  sha256: string;
  path: string;
  name: string;
  /** The format id that parsed it (`hf-listing`, `openalex`, …). */
  format: string;
  /** ISO 8601 time of the ingest. */
  ingestedAt: string;
  /** Papers in the file. Absent while a streamed file is still loading (such a Source does not count as ingested). */
  paperCount: number;
}
