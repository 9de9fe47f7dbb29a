/**
 * Entity extraction: public API
 * =============================
 * `extractPaper` (one paper), `extractCorpus` (many, sharing acronym definitions), `conceptId`
 * (the concept node key), `extractPool` (the same on worker threads) and the option types. See README.md.
 */
export { conceptId, normName } from "./concept-id.ts";
export { corpusAcronyms, corpusLexicon, extractCorpus } from "./corpus.ts";
export { extractPaper, type PaperText } from "./extract.ts";
export { findAcronymDefinitions } from "./acronyms.ts";
export { defaultLexicon } from "./lexicons/index.ts";
export { extractPool, type ExtractPool } from "./pool.ts";
export { scoreExtraction, formatScore, type ScoreReport } from "./score.ts";
export type { ExtractOptions, KnownAcronym } from "./types.ts";
