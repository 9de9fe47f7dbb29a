/**
 * Concepts and what the extractor finds
 * =====================================
 * A concept (`Concept`), as the `Concept` node stores it (`ConceptNode`), and the extractor's
 * output: mentions, acronym pairs and the `paperatlas extract --json` records.
 */
import type { Placement } from "./cluster.ts";
import type { MentionsRel } from "./relationships.ts";
import type { ConceptType } from "./types.ts";

/** A concept found by the extractor: the `Concept` node's properties. `id` = `type:normalised-name`. */
export interface Concept {
  id: string;
  name: string;
  type: ConceptType;
  aliases: string[];
}

/**
 * A `Concept` node as stored; it also carries its type's label (`Method`, `Dataset`, …). The load
 * writes the concept with `aliasText` and later `paperCount`; `paperatlas cluster` adds `cluster`
 * and `paperatlas layout` adds `x`, `y` and `size`.
 */
export interface ConceptNode extends Concept, Placement {
  /** The aliases joined into one string (a space before each) for the full-text index `concept_text`. */
  aliasText: string;
  /** Papers that mention the concept, recounted after every load. */
  paperCount?: number;
}

/** One concept a paper mentions: the extractor's side of `(Paper)-[:MENTIONS {count, inTitle}]->(Concept)`. */
export interface Mention extends Pick<MentionsRel, "count" | "inTitle"> {
  conceptId: string;
}

/** A short ↔ long form defined in a paper's text: "Mixture-of-Experts (MoE)". */
export interface AcronymPair {
  short: string;
  long: string;
}

/** One entity of `paperatlas extract --json`, the format `../shared/eval/score.py` reads. */
export interface ExtractedEntity
  extends Pick<Concept, "name" | "type" | "aliases">, Pick<MentionsRel, "count" | "inTitle"> {}

/** One paper of `paperatlas extract --json`. `proposed` is the paper's own named method, or null. */
export interface ExtractedPaper {
  id: string;
  title: string;
  proposed: string | null;
  acronyms: AcronymPair[];
  entities: ExtractedEntity[];
}
