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

/** Every built-in entry; stop terms first so a stop form wins a tie. */
export function defaultEntries(): LexEntry[] {
  return [
    ...parseLexiconData("stop", STOP_TERMS),
    ...parseLexiconData("hardware", HARDWARE),
    ...parseLexiconData("dataset", DATASETS),
    ...parseLexiconData("method", METHODS),
    ...parseLexiconData("task", TASKS),
    ...parseLexiconData("technique", TECHNIQUES),
    ...parseLexiconData("metric", METRICS),
  ];
}

let cached: Lexicon | null = null;

export function defaultLexicon(): Lexicon {
  cached ??= buildLexicon(defaultEntries());
  return cached;
}
