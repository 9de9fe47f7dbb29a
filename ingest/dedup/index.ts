/** Dedup stage: title keys, stable paper ids, and entries → distinct papers. */
export { titleKey, paperId, shortHash } from "./title-key.ts";
export { dedupEntries, mergePapers, compareCopies, yearOf } from "./dedup.ts";
