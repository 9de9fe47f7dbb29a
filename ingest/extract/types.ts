/**
 * Extraction types
 * ================
 * The internal currency of the extractor: every rule emits `Mention`s (a typed name found at a
 * place in the title or abstract); `entities.ts` folds them into `ExtractedEntity`s. Public
 * output types live in `schema/model.ts`.
 */
import type { ConceptType } from "../../schema/model.ts";
import type { Thesaurus } from "../thesaurus/types.ts";
import type { Lexicon } from "./lexicon.ts";

/** Which rule produced a mention; also its precedence when two rules disagree on a type. */
export const RULES = ["thesaurus", "lexicon", "acronym", "proposed", "context", "name", "corpus", "phrase"] as const;
export type Rule = (typeof RULES)[number];

export interface Mention {
  type: ConceptType;
  /** Canonical name (lexicon name, long form, or the name as written). */
  name: string;
  /** The text as written. */
  surface: string;
  inTitle: boolean;
  rule: Rule;
  /** Standard variants to carry as aliases (acronyms from the lexicon or a definition). */
  aliases: readonly string[];
  /** Offset in its segment (title or abstract). */
  start: number;
  /** True when the mention only adds an alias to a concept found otherwise (a longer title phrase). */
  aliasOnly?: boolean;
}

/** What extraction reads from a paper. */
export interface PaperText {
  id: string;
  title: string;
  abstract: string;
}

/** A short form the corpus defines, with the concept it stands for. */
export interface KnownAcronym {
  short: string;
  long: string;
  type: ConceptType;
  /** Canonical name of the concept (lexicon name or title-cased long form). */
  name: string;
  /** How many papers define it this way. */
  papers: number;
}

export interface ExtractOptions {
  /** A compiled lexicon; defaults to the built-in one (`lexicons/`). */
  lexicon?: Lexicon;
  /** User merges, renames, retypes and ignores, applied to every paper's entities. */
  thesaurus?: Thesaurus;
  /** Short forms defined elsewhere in the corpus, keyed by the short form as written. */
  corpusAcronyms?: ReadonlyMap<string, KnownAcronym>;
}
