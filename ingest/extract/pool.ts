/**
 * Extraction off the main thread
 * ==============================
 * `extractPool(size, options)` runs extraction batches on `size` worker threads (worker.ts, which
 * worker.mjs loads after registering tsx's loader in the thread, as the CLI does), so a streamed
 * ingest extracts batch N+1 while batch N is being written. Each batch goes to the worker with the
 * fewest batches queued; each call's promise gets its own batch's results. With `size` 0 it
 * extracts in this thread. Only the thesaurus is passed to workers (a compiled lexicon does not
 * cross threads: workers build the default one).
 */
import { Worker } from "node:worker_threads";
import type { ExtractedPaper } from "../../schema/model.ts";
import { extractCorpus } from "./corpus.ts";
import type { ExtractOptions, PaperText } from "./types.ts";

export interface ExtractPool {
  extract(papers: readonly PaperText[]): Promise<ExtractedPaper[]>;
  close(): Promise<void>;
}

type Reply = { id: number; results?: ExtractedPaper[]; error?: string };

export function extractPool(size: number, options: ExtractOptions = {}): ExtractPool {
  if (size <= 0) return { extract: async (papers) => extractCorpus(papers, options), close: async () => {} };
  const workerData = options.thesaurus === undefined ? {} : { thesaurus: options.thesaurus };
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL("./worker.mjs", import.meta.url), { workerData }),
  );
  const queued = workers.map(() => 0);
  const waiting = new Map<
    number,
    { resolve: (r: ExtractedPaper[]) => void; reject: (e: Error) => void; worker: number }
  >();
  let next = 0;
  workers.forEach((worker, w) => {
    worker.on("message", (reply: Reply) => {
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      queued[w]!--;
      if (reply.error !== undefined) job.reject(new Error(`extract worker: ${reply.error}`));
      else job.resolve(reply.results ?? []);
    });
    worker.on("error", (error) => {
      for (const [id, job] of waiting) {
        if (job.worker === w) {
          waiting.delete(id);
          job.reject(error);
        }
      }
    });
  });
  return {
    extract(papers) {
      const w = queued.indexOf(Math.min(...queued));
      queued[w]!++;
      const id = next++;
      const plain = papers.map((p) => ({ id: p.id, title: p.title, abstract: p.abstract }));
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject, worker: w });
        workers[w]!.postMessage({ id, papers: plain });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
