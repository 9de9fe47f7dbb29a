/**
 * Extraction worker of the pool (pool.ts), for streamed ingests: receives `{id, papers}` batches, runs `extractCorpus`
 * (acronyms shared within the batch) with the thesaurus from workerData, posts `{id, results}`
 * or `{id, error}` back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { extractCorpus } from "./corpus.ts";
import type { ExtractOptions, PaperText } from "./types.ts";

const options = (workerData ?? {}) as ExtractOptions;

parentPort!.on("message", ({ id, papers }: { id: number; papers: PaperText[] }) => {
  try {
    parentPort!.postMessage({ id, results: extractCorpus(papers, options) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
