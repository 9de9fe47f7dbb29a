/**
 * Lexicon: networking and wireless communication (cs.NI)
 * ======================================================
 * Grown from the arXiv corpus (`npm run mine:lexicon`: acronym definitions, frequent phrases with a
 * typing head noun, frequent names; the evaluation samples' papers left out) and reviewed line by
 * line against the labelling guidelines (../shared/eval/README.md, eval/README.md rulings). A
 * trailing `# N` is the number of corpus papers that named the term when it was reviewed. Format
 * as in `../methods.ts`. Data file.
 */
import type { FieldLexicon } from "../../lexicon.ts";

export const NETWORKING: FieldLexicon = {
  method: ``,
  dataset: ``,
  hardware: ``,
  task: ``,
  technique: ``,
  metric: ``,
};
