/**
 * The batch loop
 * ==============
 * `loadInput(db, input, options)` is the one path a file takes into the graph, whether it was read
 * whole or is streamed: its entries come as a sequence of batches (one batch for a file read
 * whole; `streamBatchSize` entries each for a streamed file), and each batch is deduplicated
 * (`dedupRecords`), extracted (started as soon as the batch is read, so it overlaps the previous
 * batch's write) and written (`writeRecords`). Only the transaction policy differs:
 *
 * - `commit: "file"` (a file read whole): every batch in ONE transaction with the Source marked
 *   done; a file that fails leaves nothing.
 * - `commit: "batch"` (a streamed file): each batch in its own transaction, and the Source marked
 *   done only after the last one. A failure while writing keeps the committed batches (each is
 *   idempotent: re-merging a paper with itself changes nothing) and leaves the file not done, so
 *   running the ingest again completes it.
 *
 * Before writing, the loop goes through the batches once without writing, for the progress total.
 * For a streamed file this is the parse check (entries counted, nothing deduplicated or kept): a
 * file whose parser fails (PARSE_FAILED at file:line) or whose decompressor fails is reported
 * failed with nothing written. A file read whole was parsed when read, so this pass only
 * deduplicates its batch (once for both passes) and counts its papers. A file whose sha256 Source
 * is done is `unchanged` and not written again.
 */
import type { Db } from "../../db/client.ts";
import type { ParsedEntry } from "../../schema/model.ts";
import { dedupRecords, type PaperRecord } from "../dedup/index.ts";
import type { BatchExtraction } from "./extraction.ts";
import {
  loadError,
  markSourceDone,
  rememberConcepts,
  sourceDone,
  writeRecords,
  zeroCounts,
  type BatchWritten,
  type ConceptCache,
  type Extractor,
  type FileOutcome,
  type FileStatus,
  type LoadProgress,
  type SourceFile,
} from "./load.ts";

/** How a file's batches are committed: all in one transaction, or one transaction each. */
export type CommitPolicy = "file" | "batch";

/** One file to load: where its Source comes from, how it commits, and its entries in batches. */
export interface LoadInput extends SourceFile {
  commit: CommitPolicy;
  /** The entries, batch by batch. Each call reads them afresh (the check pass, then the write; a retried transaction). */
  batches(): AsyncIterable<{ entries: ParsedEntry[] }>;
}

export interface LoopOptions {
  now: () => Date;
  /** One batch's extraction; absent: papers only. */
  extraction?: BatchExtraction;
  /**
   * Batches of a streamed file read and extracted ahead of the one being written (default 1; the
   * ingest gives one per extraction worker, so every worker has a batch).
   */
  readAhead?: number;
  /** Papers per UNWIND chunk when a file commits whole (default 500); a streamed batch is one chunk. */
  chunkSize?: number;
  /** Called with 0 when a streamed file's check pass starts, then with its entries once counted (a whole file: its papers). */
  onFileStart?: (file: string, papers: number) => void;
  /** Called as papers are written: per chunk inside a whole file's transaction, per committed batch of a stream. */
  onProgress?: (progress: LoadProgress) => void;
}

export interface InputResult {
  outcome: FileOutcome;
  /** Entries read from the file (0 for an unchanged streamed file, which is not read). */
  entries: number;
  /** Ids of the papers as written (merged with the graph). */
  ids: string[];
}

/** What the file's commits wrote so far. */
type Tally = Omit<BatchWritten, "concepts">;

const emptyTally = (): Tally => ({ ...zeroCounts(), papers: 0, mentions: 0, ids: [] });

function add(tally: Tally, batch: BatchWritten): void {
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
    tally[key] += batch[key];
  }
  for (const id of batch.ids) tally.ids.push(id);
}

function outcome(input: LoadInput, tally: Tally, status: FileStatus, error?: unknown): FileOutcome {
  const { newPapers, updatedPapers, unchangedPapers, citations, stubs, authorships, papers, mentions } = tally;
  const counts = { newPapers, updatedPapers, unchangedPapers, citations, stubs, authorships, papers, mentions };
  const out: FileOutcome = { name: input.name, path: input.path, status, ...counts };
  if (error !== undefined) out.error = loadError(input, error);
  return out;
}

type Commit = (records: PaperRecord[], extractor: Extractor | undefined) => Promise<void>;

/** A batch read and deduplicated, its extraction under way. */
interface Pending {
  records: PaperRecord[];
  extracting: Promise<Extractor> | undefined;
}

/** The input's batches as they are read: each deduplicated and its extraction started. */
async function* pendingBatches(
  input: LoadInput,
  dedup: Dedup,
  extraction: BatchExtraction | undefined,
): AsyncGenerator<Pending> {
  for await (const batch of input.batches()) {
    const records = dedup(batch.entries);
    const extracting = extraction?.(records.map((r) => r.paper).filter((p) => p.stub !== true));
    extracting?.catch(() => {}); // observed when the batch is committed
    yield { records, extracting };
  }
}

/**
 * Pulls items of `source` ahead of its consumer, from the moment it is made: an async generator
 * runs its body up to the next yield per pull, so batches are read and their extraction started
 * while the consumer (or the file before) is still writing. `ahead` items are pulled at once; then
 * `ahead - 1` are kept pulled beyond the one the consumer took, as the consumer (eachBatch) takes
 * the next batch itself while it writes one: `ahead` batches in flight during every write.
 */
class ReadAhead<T> implements AsyncIterableIterator<T> {
  private readonly queue: Promise<IteratorResult<T>>[] = [];

  constructor(
    private readonly source: AsyncGenerator<T>,
    private readonly ahead: number,
  ) {
    this.fill(ahead);
  }

  private fill(size: number): void {
    while (this.queue.length < size) {
      const pulled = this.source.next();
      pulled.catch(() => {}); // observed in order by next()
      this.queue.push(pulled);
    }
  }

  async next(): Promise<IteratorResult<T>> {
    const first = this.queue.shift() ?? this.source.next();
    this.fill(this.ahead - 1);
    return first;
  }

  /** Stops the source (a reader stops its decompressor) once the pulls already made are done. */
  async return(): Promise<IteratorResult<T>> {
    await this.source.return(undefined);
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

/**
 * The loop: each batch committed once the previous batch's commit is done, while the next ones are
 * read, deduplicated and extracted (so reading and extracting batch N+1 overlap writing batch N).
 */
async function eachBatch(batches: AsyncIterable<Pending>, commit: Commit): Promise<void> {
  let pending: Promise<void> = Promise.resolve();
  try {
    for await (const { records, extracting } of batches) {
      await pending;
      pending = (async () => commit(records, extracting && (await extracting)))();
      pending.catch(() => {}); // observed by the next `await pending`
    }
  } catch (error) {
    await pending.catch(() => {});
    throw error;
  }
  await pending;
}

/** What the pass without writing found so far: entries read; papers, for a file read whole. */
interface Counted {
  entries: number;
  papers: number;
}

/**
 * The pass without writing (see the banner): a streamed file is only parsed (its entries counted);
 * a file read whole is in memory, so its batch is deduplicated here, once for both passes, and its
 * papers counted. Throws what reading throws, with `into` counted up to there.
 */
async function count(input: LoadInput, dedup: Dedup, into: Counted): Promise<void> {
  for await (const batch of input.batches()) {
    into.entries += batch.entries.length;
    if (input.commit === "file") into.papers += dedup(batch.entries).length;
  }
}

type Dedup = (entries: ParsedEntry[]) => PaperRecord[];

/** One file and how to load it. */
export interface LoadJob {
  input: LoadInput;
  options: LoopOptions;
}

/** What is known of a file before its turn to write: whether it is done, its check pass, its first batches. */
interface Prepared extends LoadJob {
  dedup: Dedup;
  done: boolean;
  counted: Counted;
  /** What the check pass threw. */
  failure?: unknown;
  /** A streamed file's batches, read and extracted ahead (from when the check passed). */
  batches?: ReadAhead<Pending>;
}

async function prepare(db: Db, job: LoadJob): Promise<Prepared> {
  const { input, options } = job;
  // A batch held in memory (a file read whole) is deduplicated once for the count and the write.
  const deduped = new WeakMap<ParsedEntry[], PaperRecord[]>();
  const dedup: Dedup = (entries) => {
    const records = deduped.get(entries) ?? dedupRecords(entries);
    deduped.set(entries, records);
    return records;
  };
  const counted: Counted = { entries: 0, papers: 0 };
  if (await sourceDone(db, input.sha256)) {
    // A file read whole says how many papers it holds (it is in memory); a streamed one is not read again.
    if (input.commit === "file") await count(input, dedup, counted);
    return { ...job, dedup, done: true, counted };
  }
  try {
    await count(input, dedup, counted);
  } catch (failure) {
    return { ...job, dedup, done: false, counted, failure };
  }
  const batches =
    input.commit === "batch"
      ? new ReadAhead(pendingBatches(input, dedup, options.extraction), Math.max(options.readAhead ?? 1, 1))
      : undefined;
  return { ...job, dedup, done: false, counted, ...(batches ? { batches } : {}) };
}

/**
 * Loads files one after another, each through the loop under its commit policy (see the banner).
 * While a file is written, the next one is prepared: its Source looked up, its check pass run and,
 * for a streamed file, its first batches read and extracted, so a file's start does not wait for
 * them. A file whose bytes an earlier file of the run had is prepared only at its turn (its Source
 * may be done by then). Never throws for a file's own failure.
 */
export async function loadInputs(db: Db, jobs: readonly LoadJob[]): Promise<InputResult[]> {
  const results: InputResult[] = [];
  const early = (i: number) => !jobs.slice(0, i).some((j) => j.input.sha256 === jobs[i]!.input.sha256);
  let next: Promise<Prepared> | undefined;
  for (let i = 0; i < jobs.length; i++) {
    const prepared = await (next ?? prepare(db, jobs[i]!));
    next = i + 1 < jobs.length && early(i + 1) ? prepare(db, jobs[i + 1]!) : undefined;
    results.push(await write(db, prepared));
  }
  return results;
}

/** Loads one file through the loop under its commit policy; see the banner. Never throws for the file's own failure. */
export async function loadInput(db: Db, input: LoadInput, options: LoopOptions): Promise<InputResult> {
  const [result] = await loadInputs(db, [{ input, options }]);
  return result!;
}

async function write(db: Db, prepared: Prepared): Promise<InputResult> {
  const { input, options, counted } = prepared;
  if (prepared.done) {
    const tally = { ...emptyTally(), papers: counted.papers, unchangedPapers: counted.papers };
    return { outcome: outcome(input, tally, "unchanged"), entries: counted.entries, ids: [] };
  }
  if (input.commit === "batch") options.onFileStart?.(input.name, 0);
  if (prepared.failure !== undefined) {
    return { outcome: outcome(input, emptyTally(), "failed", prepared.failure), entries: counted.entries, ids: [] };
  }
  // The progress total: the papers of a file read whole, the entries of a streamed one (an upper bound).
  const total = input.commit === "file" ? counted.papers : counted.entries;
  options.onFileStart?.(input.name, total);
  const settings = { ...options, dedup: prepared.dedup, total };
  const result = prepared.batches
    ? await commitBatches(db, input, prepared.batches, settings)
    : await commitFile(db, input, settings);
  return { ...result, entries: counted.entries };
}

interface CommitOptions extends LoopOptions {
  dedup: Dedup;
  /** The progress total the check pass counted. */
  total: number;
}

/** Every batch in one transaction, the Source marked done in it: the file is written whole or not at all. */
async function commitFile(db: Db, input: LoadInput, options: CommitOptions): Promise<Omit<InputResult, "entries">> {
  let tally = emptyTally();
  try {
    await db.transaction(async (tx) => {
      // executeWrite may retry the whole function on a transient error: start every attempt afresh.
      tally = emptyTally();
      await eachBatch(pendingBatches(input, options.dedup, options.extraction), async (records, extractor) => {
        const before = tally.papers;
        const written = await writeRecords(tx, input, records, {
          now: options.now,
          ...(extractor ? { extractor } : {}),
          chunkSize: options.chunkSize ?? 500,
          onChunk: (n) =>
            options.onProgress?.({ file: input.name, papersWritten: before + n, papersTotal: options.total }),
        });
        add(tally, written);
      });
      await markSourceDone(tx, input.sha256, tally.papers);
    });
    return { outcome: outcome(input, tally, "loaded"), ids: tally.ids };
  } catch (error) {
    // Rolled back: nothing of the file is in the graph.
    return { outcome: outcome(input, emptyTally(), "failed", error), ids: [] };
  }
}

/** One transaction per batch; the Source marked done after the last. A failure keeps the committed batches. */
async function commitBatches(
  db: Db,
  input: LoadInput,
  batches: AsyncIterable<Pending>,
  options: CommitOptions,
): Promise<Omit<InputResult, "entries">> {
  const tally = emptyTally();
  const cache: ConceptCache = new Map();
  try {
    await eachBatch(batches, async (records, extractor) => {
      const written = await db.transaction((tx) =>
        writeRecords(tx, input, records, {
          now: options.now,
          ...(extractor ? { extractor, cache } : {}),
          chunkSize: Math.max(records.length, 1),
        }),
      );
      // Committed: later batches may take these concepts as written.
      rememberConcepts(cache, written.concepts);
      add(tally, written);
      options.onProgress?.({
        file: input.name,
        papersWritten: tally.papers,
        papersTotal: Math.max(options.total, tally.papers),
      });
    });
    await db.transaction((tx) => markSourceDone(tx, input.sha256, tally.papers));
    return { outcome: outcome(input, tally, "loaded"), ids: tally.ids };
  } catch (error) {
    return { outcome: outcome(input, tally, "failed", error), ids: tally.ids };
  }
}
