/**
 * Worker for `npm run bench:extract`: receives batches of papers, extracts them, posts back the
 * results (the structured-clone cost is part of what a real pipeline pays).
 */
import { parentPort } from "node:worker_threads";
import { extractPaper, type PaperText } from "../ingest/extract/index.ts";

parentPort!.on("message", (batch: PaperText[]) => {
  parentPort!.postMessage(batch.map((p) => extractPaper(p)));
});
