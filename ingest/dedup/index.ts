/** Dedup stage: title keys, stable paper ids, identity across sources, and entries → distinct papers. */
export { titleKey, titleId, paperId, shortHash } from "./title-key.ts";
export { dedupEntries, dedupRecords, mergePapers, compareCopies, yearOf, type PaperRecord } from "./dedup.ts";
export {
  arxivIdFromDoi,
  compatibleArxiv,
  effectiveArxivId,
  groupByIdentity,
  normalizeDoi,
  normalizeOpenalexId,
  normalizeS2Id,
  refId,
  strongKeys,
  type Ids,
} from "./identity.ts";
