/**
 * Relationship properties
 * =======================
 * The properties each relationship type stores. A type with none is `NoProperties`.
 */
import type { CitationSource } from "./paper.ts";

/** A relationship that stores no property. */
export type NoProperties = Record<string, never>;

/** `(Paper)-[:MENTIONS]->(Concept)`: the paper's text names the concept. */
export interface MentionsRel {
  /** How many times the paper's text names it. */
  count: number;
  /** Named in the title. */
  inTitle: boolean;
  /** The per-paper signal: `count`, doubled when in the title (clustering re-weights it by tf-idf). */
  weight: number;
}

/** `(Paper)-[:PROPOSES]->(Method)`: the paper introduces this named method. */
export type ProposesRel = NoProperties;

/**
 * `(Paper)-[:CITES]->(Paper)`: from citation data, one per pair and `source`; or `source: 'inferred'`
 * when the citing paper names a method the cited one proposes, with those method names.
 */
export interface CitesRel {
  source: CitationSource;
  /** Inferred only: the first method name that made the link. */
  evidence?: string;
  /** Inferred only: every such method name. */
  methods?: string[];
}

/**
 * `(Paper|Concept)-[:RELATED {strength}]-(Paper|Concept)`: a link read from a VOSviewer file that is
 * neither a mention nor a citation (a keyword map's co-occurrence, a document map's coupling).
 * Undirected: one relationship per pair, in the direction it was first written. The exports write
 * it; clustering, layout and the map do not read it (ingest/vosviewer/README.md).
 */
export interface RelatedRel {
  /** The link's strength as the file gives it (VOSviewer's `strength`). */
  strength: number;
}

/** `(Paper)-[:WRITTEN_BY]->(Author)`. */
export interface WrittenByRel {
  /** The author's place in the paper's author list, 0-based. */
  position: number;
}

/** `(Paper)-[:FROM]->(Source)`: the file the paper was read from (provenance). */
export type FromRel = NoProperties;

/** `(Paper|Concept)-[:IN_CLUSTER]->(Cluster)`: one per clustering level the node is in. */
export interface InClusterRel {
  level: number;
}

/** `(Cluster)-[:PART_OF]->(Cluster)`: a cluster of level n inside one of level n − 1. */
export type PartOfRel = NoProperties;
