/**
 * The built-in lexicon
 * ====================
 * All curated term lists compiled into one trie, once per process (`defaultLexicon()`).
 */
import { buildLexicon, parseLexiconData, type LexEntry, type Lexicon } from "../lexicon.ts";
import { DATASETS } from "./datasets.ts";
import { HARDWARE } from "./hardware.ts";
import { METHODS } from "./methods.ts";
import { METRICS } from "./metrics.ts";
import { STOP_TERMS } from "./stop.ts";
import { TASKS } from "./tasks.ts";
import { TECHNIQUES } from "./techniques.ts";

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
  ];
  return [...parsed];
}

let cached: Lexicon | null = null;

export function defaultLexicon(): Lexicon {
  cached ??= buildLexicon(defaultEntries());
  return cached;
}
