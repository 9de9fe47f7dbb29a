/**
 * Ingest runner
 * =============
 * parse → dedup → (extract) → load, file by file. Reads every input, refuses the bad ones with
 * a reason, loads each good file in its own transaction, then refreshes concept counts and inferred
 * citations. Returns a summary; printing it is the CLI's job.
 *
 * Compressed files and files of 64 MiB or more whose format streams (arXiv TSV, CSV, JSON Lines)
 * are not held: they are read in batches of `streamBatchSize` entries, each deduplicated,
 * extracted on worker threads (acronyms shared within the batch, not across the whole corpus as
 * for files read whole) while the previous batch is written, and committed in its own transaction
 * (see ingest/load). Memory stays flat whatever the file's size; the price is that a stream that
 * fails midway leaves its committed batches in the graph (re-running completes it).
 */
import os from "node:os";
import type { Db } from "../db/client.ts";
import type { ExtractedPaper, Paper } from "../schema/model.ts";
import type { Warning } from "../schema/warnings.ts";
import { dedupEntries, dedupRecords } from "./dedup/index.ts";
import { conceptId, extractCorpus, type ExtractOptions } from "./extract/index.ts";
import { extractPool, type ExtractPool } from "./extract/pool.ts";
import {
  finishLoad,
  finishStream,
  loadFile,
  loadStreamBatch,
  sourceDone,
  streamOutcome,
  type BatchOutcome,
  type ConceptCache,
  type Extractor,
  type FileOutcome,
  type LoadProgress,
} from "./load/load.ts";
import { openInputs, type RefusedInput, type StreamInput } from "./read/index.ts";

export interface IngestOptions {
  format?: string;
  /** Entity extraction: on by default; `false` loads papers only (ExtractOptions carry a thesaurus). */
  extract?: boolean | ExtractOptions;
  now?: () => Date;
  batchSize?: number;
  /** Entries per committed batch of a streamed file (default 2000). */
  streamBatchSize?: number;
  /** Extraction worker threads for streamed files (default: one per core; 0 = this thread). */
  workers?: number;
  /**
   * `papers` is 0 for a streamed file when it starts; once the first batch is read it is called
   * again with an estimate from the bytes read (not for `.xz`, whose reader cannot tell).
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

type ExtractSetting = ExtractOptions | undefined;

function extractSetting(options: IngestOptions): ExtractSetting {
  return options.extract === false
    ? undefined
    : options.extract === true || options.extract === undefined
      ? {}
      : options.extract;
}

interface StreamResult {
  outcome: FileOutcome;
  entries: number;
  ids: Set<string>;
}

const emptyBatch = (): BatchOutcome => ({
  newPapers: 0,
  updatedPapers: 0,
  unchangedPapers: 0,
  citations: 0,
  stubs: 0,
  authorships: 0,
  papers: 0,
  mentions: 0,
  ids: [],
});

function addBatch(total: BatchOutcome, batch: BatchOutcome): void {
  for (const key of [
    "newPapers",
    "updatedPapers",
    "unchangedPapers",
    "citations",
    "stubs",
    "authorships",
    "papers",
    "mentions",
  ] as const) {
    total[key] += batch[key];
  }
}

/** One streamed file: batches read, extracted ahead on the pool, written one transaction each. */
async function ingestStream(
  db: Db,
  input: StreamInput,
  options: IngestOptions,
  pool: () => ExtractPool | undefined,
): Promise<StreamResult> {
  const ids = new Set<string>();
  const totals = emptyBatch();
  if (await sourceDone(db, input.sha256)) {
    return { outcome: { ...streamOutcome(input, totals), status: "unchanged" }, entries: 0, ids };
  }
  options.onFileStart?.(input.name, 0);
  const now = options.now ?? (() => new Date());
  const setting = extractSetting(options);
  const fallback: Extractor = { conceptId, extract: (batch) => extractCorpus(batch, setting ?? {}) };
  let entries = 0;
  let pending: Promise<void> = Promise.resolve();
  const concepts: ConceptCache = new Map();
  try {
    let estimate = 0;
    for await (const batch of input.batches(options.streamBatchSize ?? 2000)) {
      entries += batch.entries.length;
      // Papers in the whole file, from how far into it the reader is (unknown for .xz: stays 0).
      if (estimate === 0 && batch.bytesRead > 0 && batch.bytesRead < input.size) {
        estimate = Math.round((entries * input.size) / batch.bytesRead);
        options.onFileStart?.(input.name, estimate);
      }
      const records = dedupRecords(batch.entries);
      const described = records.map((r) => r.paper).filter((p) => p.stub !== true);
      const extracted = setting ? pool()!.extract(described) : null;
      extracted?.catch(() => {});
      await pending;
      const write = (async () => {
        const extractor = extracted ? precomputedExtractor(await extracted, described, fallback) : undefined;
        const out = await loadStreamBatch(
          db,
          input,
          records,
          {
            now,
            ...(extractor ? { extractor } : {}),
            ...(options.batchSize ? { batchSize: options.batchSize } : {}),
          },
          concepts,
        );
        for (const id of out.ids) ids.add(id);
        addBatch(totals, out);
        options.onProgress?.({
          file: input.name,
          papersWritten: totals.papers,
          papersTotal: Math.max(estimate, totals.papers),
        });
      })();
      write.catch(() => {}); // observed by the next `await pending`
      pending = write;
    }
    await pending;
    await finishStream(db, input.sha256, totals.papers);
    return { outcome: streamOutcome(input, totals), entries, ids };
  } catch (error) {
    await pending.catch(() => {});
    return { outcome: streamOutcome(input, totals, error), entries, ids };
  }
}

export async function runIngest(db: Db, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const read = await openInputs(paths, options.format === undefined ? {} : { format: options.format });
  const outcomes: FileOutcome[] = [];
  const allEntries = read.files.flatMap((file) => file.entries);
  const wholePapers = dedupEntries(allEntries);
  const setting = extractSetting(options);
  const extractor =
    setting && read.files.length > 0
      ? corpusExtractor(
          wholePapers.filter((p) => p.stub !== true),
          setting,
        )
      : undefined;
  for (const file of read.files) {
    const records = dedupRecords(file.entries);
    options.onFileStart?.(file.name, records.length);
    outcomes.push(
      await loadFile(
        db,
        { name: file.name, path: file.path, sha256: file.sha256, format: file.format, records },
        {
          now: options.now ?? (() => new Date()),
          ...(extractor ? { extractor } : {}),
          ...(options.batchSize ? { batchSize: options.batchSize } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        },
      ),
    );
  }
  let pool: ExtractPool | undefined;
  const getPool = () =>
    (pool ??= setting ? extractPool(options.workers ?? os.availableParallelism(), setting) : undefined);
  const distinct = new Set(wholePapers.filter((p) => p.stub !== true).map((p) => p.id));
  let streamedEntries = 0;
  try {
    for (const input of read.streams) {
      const result = await ingestStream(db, input, options, getPool);
      outcomes.push(result.outcome);
      streamedEntries += result.entries;
      for (const id of result.ids) distinct.add(id);
    }
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
    entries: allEntries.length + streamedEntries,
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

/** Extraction over every paper of the run at once, so acronyms defined in one paper resolve in all. */
export function corpusExtractor(papers: readonly Paper[], options: ExtractOptions = {}): Extractor {
  const fallback: Extractor = { conceptId, extract: (batch) => extractCorpus(batch, options) };
  return precomputedExtractor(extractCorpus(papers, options), papers, fallback);
}

/**
 * Wraps a corpus-level extraction (which sees every paper at once, for cross-paper acronym merges)
 * as the loader's per-file Extractor; a paper whose text changed on merge is extracted afresh.
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
