/**
 * The built-in lexicon
 * ====================
 * All curated term lists compiled into one trie, once per process (`defaultLexicon()`).
 */
import { CONCEPT_TYPES } from "../../../schema/model.ts";
import { buildLexicon, parseLexiconData, type FieldLexicon, type LexEntry, type Lexicon } from "../lexicon.ts";
import { DATASETS } from "./datasets.ts";
import { DATABASES } from "./fields/databases.ts";
import { NETWORKING } from "./fields/networking.ts";
import { RETRIEVAL } from "./fields/retrieval.ts";
import { ROBOTICS } from "./fields/robotics.ts";
import { SECURITY } from "./fields/security.ts";
import { SYSTEMS } from "./fields/systems.ts";
import { HARDWARE } from "./hardware.ts";
import { METHODS } from "./methods.ts";
import { METRICS } from "./metrics.ts";
import { STOP_TERMS } from "./stop.ts";
import { TASKS } from "./tasks.ts";
import { TECHNIQUES } from "./techniques.ts";

/** The lexicons grown from the corpus, one file a field of computer science (issue 16). */
const FIELDS: readonly FieldLexicon[] = [NETWORKING, RETRIEVAL, SYSTEMS, ROBOTICS, SECURITY, DATABASES];

let parsed: readonly LexEntry[] | null = null;

/**
 * Every built-in entry; stop terms first so a stop form wins a tie. Parsed once: each call returns
 * a new array of the same (read-only) entries, so `buildLexicon` reuses their compiled forms when
 * `corpusLexicon` rebuilds the lexicon for each batch.
 */
export function defaultEntries(): LexEntry[] {
  parsed ??= [
    ...parseLexiconData("stop", STOP_TERMS),
    ...parseLexiconData("hardware", HARDWARE),
    ...parseLexiconData("dataset", DATASETS),
    ...parseLexiconData("method", METHODS),
    ...parseLexiconData("task", TASKS),
    ...parseLexiconData("technique", TECHNIQUES),
    ...parseLexiconData("metric", METRICS),
    ...FIELDS.flatMap((field) => CONCEPT_TYPES.flatMap((type) => parseLexiconData(type, field[type]))),
  ];
  return [...parsed];
}

let cached: Lexicon | null = null;

export function defaultLexicon(): Lexicon {
  cached ??= buildLexicon(defaultEntries());
  return cached;
}
