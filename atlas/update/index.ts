/** Update: public API (the Neo4j runner; the pure cores are ../cluster/update.ts, ../cluster/carry.ts, ../layout/place.ts). */
export { runUpdate, type RunUpdateOptions, type UpdateSummary } from "./run.ts";
export { parseLineage, resolveRedirects, updateChain } from "./lineage.ts";
export type { RunRecord, UpdateChain, UpdateRecord } from "./lineage.ts";
