/**
 * Thesaurus types
 * ===============
 * A user's corrections to extraction, as bibliometric tools (VOSviewer) take them: merge a term
 * into another ("MoE" → "Mixture of Experts"), rename, retype, or ignore it. Keyed by the
 * normalised term (`normName`), so case, hyphen and plural variants of a label all match.
 */
import type { ConceptType } from "../../schema/model.ts";

export interface ThesaurusRule {
  /** The label as the file wrote it. */
  from: string;
  /** The name to use instead; null means ignore the term. */
  to: string | null;
  /** Retype the concept (optional `type` column). */
  type: ConceptType | null;
  /** `file:line` the rule came from, for messages. */
  where: string;
}

export interface Thesaurus {
  /** normName(from) → rule. */
  rules: Map<string, ThesaurusRule>;
}
