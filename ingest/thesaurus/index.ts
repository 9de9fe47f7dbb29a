/** Thesaurus: parse a user's merge/rename/retype/ignore file, apply it, and suggest one. See README.md. */
export { applyThesaurus } from "./apply.ts";
export { parseThesaurus } from "./parse.ts";
export { formatSuggestions, suggestThesaurus, type SuggestionRow } from "./suggest.ts";
export type { Thesaurus, ThesaurusRule } from "./types.ts";
