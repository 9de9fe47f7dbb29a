/**
 * Ingest runner
 * =============
 * Reads every input (ingest/read: bad ones are refused with a reason), then loads each file through
 * the one batch loop (ingest/load/loop.ts: dedup → extraction → write per batch), then refreshes
 * concept counts and inferred citations (`finishLoad`). Returns a summary; printing it is the CLI's
 * job.
 *
 * Small files are read whole: one batch each, extracted together (acronyms shared across all of
 * them) and committed in ONE transaction per file — a file that fails leaves nothing. Compressed
 * files and files of 64 MiB or more whose format streams (arXiv TSV, CSV, JSON Lines) are not held:
 * they are checked by a parse pass without writing (a file that does not parse leaves nothing),
 * then read in batches of `streamBatchSize` entries, each extracted on worker threads (acronyms
 * shared within the batch) while the previous batch is written, and committed in its own
 * transaction. Memory stays flat whatever the file's size; the price is that a stream whose write
 * fails midway keeps its committed batches (the file is not marked done; re-running completes it).
 */
import os from "node:os";
import type { Db } from "../db/client.ts";
import type { Warning } from "../schema/warnings.ts";
import { dedupEntries } from "./dedup/index.ts";
import { extractPool, type ExtractOptions, type ExtractPool } from "./extract/index.ts";
import { corpusExtraction, pooledExtraction, type BatchExtraction } from "./load/extraction.ts";
import { finishLoad, type FileOutcome, type LoadProgress } from "./load/load.ts";
import { loadInputs, type LoadInput, type LoadJob, type LoopOptions } from "./load/loop.ts";
import { openInputs, type ParsedFile, type RefusedInput, type StreamInput } from "./read/index.ts";

export interface IngestOptions {
  format?: string;
  /** Entity extraction: on by default; `false` loads papers only (ExtractOptions carry a thesaurus). */
  extract?: boolean | ExtractOptions;
  now?: () => Date;
  /** Papers per UNWIND chunk inside a whole file's transaction (default 500). */
  batchSize?: number;
  /** Entries per committed batch of a streamed file (default 2000). */
  streamBatchSize?: number;
  /** Extraction worker threads for streamed files (default: one per core; 0 = this thread). */
  workers?: number;
  /**
   * Called once per file to be written with the number of papers it holds; for a streamed file it
   * is first called with 0 while the file is checked (parsed through once without writing), then
   * with the entries the check counted (papers, once duplicates within a batch are merged, can be
   * fewer).
   */
  onFileStart?: (file: string, papers: number) => void;
  onProgress?: (progress: LoadProgress) => void;
}

export interface IngestSummary {
  files: FileOutcome[];
  refused: RefusedInput[];
  entries: number;
  distinctPapers: number;
  newPapers: number;
  updatedPapers: number;
  unchangedPapers: number;
  mentions: number;
  concepts: number;
  inferredCitations: number;
  /** CITES from citation data (OpenAlex, Semantic Scholar), stub papers made for them, WRITTEN_BY written. */
  citations: number;
  stubs: number;
  authorships: number;
  warnings: Warning[];
  elapsedMs: number;
}

function extractSetting(options: IngestOptions): ExtractOptions | undefined {
  return options.extract === false
    ? undefined
    : options.extract === true || options.extract === undefined
      ? {}
      : options.extract;
}

/** A file read whole: one batch, committed in one transaction. */
function wholeInput(file: ParsedFile): LoadInput {
  const batch = { entries: file.entries };
  return {
    ...source(file),
    commit: "file",
    batches: async function* () {
      yield batch;
    },
  };
}

/** A streamed file: batches of `size` entries, one transaction each. */
function streamedInput(stream: StreamInput, size: number): LoadInput {
  return { ...source(stream), commit: "batch", batches: () => stream.batches(size) };
}

function source(file: { name: string; path: string; sha256: string; format: string }) {
  return { name: file.name, path: file.path, sha256: file.sha256, format: file.format };
}

export async function runIngest(db: Db, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const read = await openInputs(paths, options.format === undefined ? {} : { format: options.format });
  const setting = extractSetting(options);
  // Papers of the files read whole, deduplicated across them: what distinctPapers counts, and the
  // corpus their extraction shares acronyms over.
  const whole = dedupEntries(read.files.flatMap((file) => file.entries)).filter((p) => p.stub !== true);
  const distinct = new Set(whole.map((p) => p.id));
  let pool: ExtractPool | undefined;
  const threads = options.workers ?? os.availableParallelism();
  const workers = () => (pool ??= extractPool(threads, setting));
  const extraction = {
    whole: setting && read.files.length > 0 ? corpusExtraction(whole, setting) : undefined,
    streamed: setting ? pooledExtraction(workers, setting) : undefined,
  };
  const loop = (how: BatchExtraction | undefined): LoopOptions => ({
    now: options.now ?? (() => new Date()),
    ...(how ? { extraction: how } : {}),
    ...(options.batchSize ? { chunkSize: options.batchSize } : {}),
    // One batch ahead per worker, so every worker has one while a batch is written.
    readAhead: Math.max(threads, 1),
    ...(options.onFileStart ? { onFileStart: options.onFileStart } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const outcomes: FileOutcome[] = [];
  let entries = 0;
  const size = options.streamBatchSize ?? 2000;
  const jobs: LoadJob[] = [
    ...read.files.map((file) => ({ input: wholeInput(file), options: loop(extraction.whole) })),
    ...read.streams.map((stream) => ({ input: streamedInput(stream, size), options: loop(extraction.streamed) })),
  ];
  try {
    const results = await loadInputs(db, jobs);
    results.forEach((result, i) => {
      outcomes.push(result.outcome);
      entries += result.entries;
      // Streamed papers are known only as written (the files read whole were counted above).
      if (jobs[i]!.input.commit === "batch") for (const id of result.ids) distinct.add(id);
    });
  } finally {
    await pool?.close();
  }
  const loadedAny = outcomes.some((o) => o.status === "loaded" || (o.status === "failed" && o.papers > 0));
  const finished = loadedAny ? await finishLoad(db) : { concepts: 0, inferredCitations: 0, orphansDeleted: 0 };
  const sum = (
    key: "newPapers" | "updatedPapers" | "unchangedPapers" | "mentions" | "citations" | "stubs" | "authorships",
  ) => outcomes.reduce((total, outcome) => total + outcome[key], 0);
  return {
    files: outcomes,
    refused: read.refused,
    entries,
    distinctPapers: distinct.size,
    newPapers: sum("newPapers"),
    updatedPapers: sum("updatedPapers"),
    unchangedPapers: sum("unchangedPapers"),
    mentions: sum("mentions"),
    concepts: finished.concepts,
    inferredCitations: finished.inferredCitations,
    citations: sum("citations"),
    stubs: sum("stubs"),
    authorships: sum("authorships"),
    warnings: [...read.files.flatMap((file) => file.warnings), ...read.streams.flatMap((s) => s.warnings)],
    elapsedMs: Date.now() - started,
  };
}
