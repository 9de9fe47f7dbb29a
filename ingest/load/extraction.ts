/**
 * Extraction for the batch loop
 * =============================
 * The loop starts a batch's extraction when it has read and deduplicated the batch, and hands the
 * result to the write as an `Extractor` (load.ts) once the previous batch's write is done. Two
 * ways to get it, one per kind of input:
 * - `corpusExtraction(papers, options)`: files read whole. Every paper of the run's whole files is
 *   extracted at once (`extractCorpus`), so an acronym defined in one file resolves in all; each
 *   batch takes its papers' results from there.
 * - `pooledExtraction(pool, options)`: streamed files. Each batch is extracted on the worker pool
 *   (ingest/extract/pool.ts; acronyms shared within the batch), overlapping the previous write.
 * Either way the write sees the papers as merged with the graph: `precomputedExtractor` extracts
 * afresh, in this thread, a paper whose title or abstract changed on merge.
 */
import type { ExtractedPaper, Paper } from "../../schema/model.ts";
import { conceptId, extractCorpus, type ExtractOptions, type ExtractPool } from "../extract/index.ts";
import type { Extractor } from "./load.ts";

/** One batch's extraction, from its described (non-stub) papers as read. */
export type BatchExtraction = (papers: readonly Paper[]) => Promise<Extractor>;

/** Files read whole: one extraction over all their papers, shared by every batch. */
export function corpusExtraction(papers: readonly Paper[], options: ExtractOptions = {}): BatchExtraction {
  const extractor = corpusExtractor(papers, options);
  return async () => extractor;
}

/** Streamed files: each batch on the pool (created on first use, so a run without streams starts no worker). */
export function pooledExtraction(pool: () => ExtractPool, options: ExtractOptions = {}): BatchExtraction {
  const fallback = inThread(options);
  return async (papers) => precomputedExtractor(await pool().extract(papers), papers, fallback);
}

function inThread(options: ExtractOptions): Extractor {
  return { conceptId, extract: (batch) => extractCorpus(batch, options) };
}

/** Extraction over every paper of the run at once, so acronyms defined in one paper resolve in all. */
export function corpusExtractor(papers: readonly Paper[], options: ExtractOptions = {}): Extractor {
  return precomputedExtractor(extractCorpus(papers, options), papers, inThread(options));
}

/**
 * Wraps an extraction done ahead (over the whole corpus, or a batch on the pool) as the write's
 * Extractor; a paper whose text changed on merge with the graph is extracted afresh by `fallback`.
 */
export function precomputedExtractor(
  results: readonly ExtractedPaper[],
  papers: readonly Paper[],
  fallback: Extractor,
): Extractor {
  const byId = new Map(results.map((result) => [result.id, result]));
  const textById = new Map(papers.map((paper) => [paper.id, `${paper.title}\n${paper.abstract}`]));
  return {
    conceptId: fallback.conceptId,
    extract(batch) {
      const fresh = batch.filter((p) => !byId.has(p.id) || textById.get(p.id) !== `${p.title}\n${p.abstract}`);
      const freshResults = new Map(fallback.extract(fresh).map((r) => [r.id, r]));
      return batch.map((p) => freshResults.get(p.id) ?? (byId.get(p.id) as ExtractedPaper));
    },
  };
}
