/**
 * Bulk first load: the runner
 * ===========================
 * `runBulkIngest(config, paths, options)`: into an EMPTY graph on the LOCAL managed server, loads
 * the inputs through neo4j-admin's offline importer instead of transactions:
 *
 * 1. refuse unless the target is the local server `paperatlas db` manages and its graph is empty;
 * 2. read the inputs (ingest/read) and go through them once without keeping their text: each
 *    entry's identifiers and title key only, grouped into papers (`planIdentity`); a streamed file
 *    that does not parse fails here, whole, as in the transactional check pass;
 * 3. go through them again, batch by batch as the transactional loop does (files read whole first,
 *    extracted together; streamed files in batches extracted on the worker pool, the next batches'
 *    extraction overlapping this one's rows), and write CSV files (`BulkGraph`, graph.ts);
 * 4. stop the server, run `neo4j-admin database import full` on the files (replacing the empty
 *    `neo4j` database), start the server again;
 * 5. create the constraints and indexes, set the empty lists CSV cannot express while the indexes
 *    populate, wait for them and for the full-text indexes, as `finishLoad` does.
 * The result is the graph the transactional path builds from the same inputs (bulk.int.test.ts).
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { rm } from "node:fs/promises";
import type { Config } from "../../config/config.ts";
import { connectDb, toPaperAtlasError, type Db } from "../../db/client.ts";
import { localLayout } from "../../db/local/layout.ts";
import { startLocal, statusLocal, stopLocal } from "../../db/local/manager.ts";
import { ANY_NODE, AWAIT_INDEXES, FILL_EMPTY_LISTS } from "../../schema/cypher/bulk.ts";
import { AWAIT_TEXT_INDEXES, SCHEMA_STATEMENTS } from "../../schema/cypher/constraints.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { ParsedEntry } from "../../schema/model.ts";
import { dedupEntries, dedupRecords, type Ids, type PaperRecord } from "../dedup/index.ts";
import { extractPool, type ExtractOptions, type ExtractPool } from "../extract/index.ts";
import { corpusExtraction, pooledExtraction } from "../load/extraction.ts";
import { loadError, type Extractor, type FileOutcome } from "../load/load.ts";
import { openInputs, type OpenResult, type ParsedFile, type StreamInput } from "../read/index.ts";
import type { IngestOptions, IngestSummary } from "../run.ts";
import { BulkGraph, entryIds, planIdentity, type BulkCounts, type BulkSource, type IdentityPlan } from "./graph.ts";
import { importArgs } from "./files.ts";
import { openCsvFiles } from "./writer.ts";

/**
 * The ingest's own options, meaning the same here (`batchSize`: papers per extraction chunk of a
 * file read whole; `streamBatchSize`: entries per batch of a streamed file), so both paths read
 * and extract alike; then what only the bulk load has.
 */
export interface BulkOptions extends Pick<
  IngestOptions,
  "format" | "extract" | "now" | "batchSize" | "streamBatchSize" | "workers"
> {
  /** A phase starts: `total` units (entries, or percent for the import). */
  onPhase?: (phase: BulkPhase, total: number) => void;
  onProgress?: (done: number) => void;
  /** One line of news (server stopped, import done, …). */
  onMessage?: (message: string) => void;
  /** Keep the CSV files after a successful import (they are kept after a failed one). */
  keepCsv?: boolean;
}

export type BulkPhase = "identity" | "csv" | "import" | "index";

export interface BulkSummary extends IngestSummary {
  /**
   * Milliseconds per phase: identityMs, csvMs (extraction included), stopMs (what the server's stop
   * took beyond the CSV pass), importMs, startMs, indexMs, listsMs, inferredMs, textMs.
   */
  phases: Record<string, number>;
  csvBytes: number;
  csvDir: string;
}

function extractSetting(options: BulkOptions): ExtractOptions | undefined {
  return options.extract === false
    ? undefined
    : options.extract === true || options.extract === undefined
      ? {}
      : options.extract;
}

/** The checks of step 1; returns an open client on the local server. */
async function openEmptyLocal(config: Config): Promise<Db> {
  if (config.external) {
    throw new PaperAtlasError("BAD_REQUEST", `ingest --bulk: the target ${config.neo4jUri} is not the local server`, {
      where: config.neo4jUri,
      hint: "--bulk replaces the database with neo4j-admin's offline importer, which only the local server `paperatlas db` manages allows: unset NEO4J_URI, or ingest without --bulk",
    });
  }
  const status = await statusLocal(config.local);
  if (!status.running) {
    throw new PaperAtlasError("NEO4J_UNAVAILABLE", "ingest --bulk: the local server is not running", {
      where: status.home,
      hint: "start it with `paperatlas db start` (the bulk load checks its graph is empty, then stops and restarts it)",
    });
  }
  const db = await connectDb(config);
  try {
    const [row] = await db.read(ANY_NODE, {});
    if (row?.found) {
      throw new PaperAtlasError("BAD_REQUEST", "ingest --bulk: the graph is not empty", {
        where: config.neo4jUri,
        hint: "--bulk is for a first load into an empty graph: add to this one with `paperatlas ingest` (without --bulk), or start from an empty store",
      });
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

type Input = { kind: "whole"; file: ParsedFile } | { kind: "stream"; stream: StreamInput };

function outcomeOf(input: { name: string; path: string }, status: FileOutcome["status"], papers = 0): FileOutcome {
  return {
    name: input.name,
    path: input.path,
    status,
    papers,
    newPapers: 0,
    updatedPapers: 0,
    unchangedPapers: 0,
    mentions: 0,
    citations: 0,
    stubs: 0,
    authorships: 0,
  };
}

/** Runs neo4j-admin's importer with the server's own jars and configuration; progress in percent. */
function runImporter(config: Config, args: string[], onProgress: (percent: number) => void): Promise<string> {
  const layout = localLayout(config.local);
  return new Promise((resolve, reject) => {
    const child = spawn(
      "java",
      [`-Xmx${config.local.heap}`, "-cp", `${layout.lib}/*`, "org.neo4j.cli.AdminTool", ...args],
      {
        env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let log = "";
    const take = (chunk: Buffer) => {
      const text = chunk.toString("utf8");
      log = (log + text).slice(-20_000);
      const percents = [...text.matchAll(/\s(\d{1,3})%/g)];
      const last = percents.at(-1);
      if (last) onProgress(Number(last[1]));
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(log) : reject(new Error(log.split("\n").slice(-15).join("\n")))));
  });
}

interface Context {
  config: Config;
  options: BulkOptions;
  phase: (name: BulkPhase, total: number) => void;
  progress: (done: number) => void;
  say: (message: string) => void;
}

/** The inputs to load, in the transactional loop's order (files read whole, then streams); a repeated file is unchanged. */
function orderInputs(read: OpenResult, outcomes: Map<string, FileOutcome>): Input[] {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const add = (f: { sha256: string; path: string; name: string }, input: Input) => {
    if (seen.has(f.sha256)) outcomes.set(f.path, outcomeOf(f, "unchanged"));
    else inputs.push(input);
    seen.add(f.sha256);
  };
  for (const file of read.files) add(file, { kind: "whole", file });
  for (const stream of read.streams) add(stream, { kind: "stream", stream });
  return inputs;
}

const hasCitations = (e: ParsedEntry) => (e.references?.length ?? 0) + (e.citedBy?.length ?? 0) > 0;

/**
 * Pass 1: every entry's identifiers, numbered in reading order, grouped into papers. A streamed file
 * that does not parse is failed here and left out, as the transactional check pass leaves it.
 */
async function identityPass(ctx: Context, inputs: readonly Input[], outcomes: Map<string, FileOutcome>) {
  const ids: Ids[] = [];
  let citations = false;
  const usable: Input[] = [];
  ctx.phase("identity", 0);
  for (const input of inputs) {
    if (input.kind === "whole") {
      for (const e of input.file.entries) ids.push(entryIds(e));
      citations ||= input.file.entries.some(hasCitations);
      usable.push(input);
      continue;
    }
    const before = ids.length;
    try {
      for await (const batch of input.stream.batches(ctx.options.streamBatchSize ?? 2000)) {
        for (const e of batch.entries) ids.push(entryIds(e));
        citations ||= batch.entries.some(hasCitations);
      }
      usable.push(input);
    } catch (error) {
      ids.length = before;
      outcomes.set(input.stream.path, { ...outcomeOf(input.stream, "failed"), error: loadError(input.stream, error) });
    }
  }
  return { plan: planIdentity(ids), citations, usable };
}

/** Pass 2: the batches through BulkGraph into the CSV files, extraction as the transactional loop does it. */
async function csvPass(
  ctx: Context,
  usable: readonly Input[],
  identity: { plan: IdentityPlan; citations: boolean },
  dir: string,
  outcomes: Map<string, FileOutcome>,
) {
  const { options } = ctx;
  const now = options.now ?? (() => new Date());
  const csv = await openCsvFiles(dir);
  const graph = new BulkGraph(identity.plan, csv.sink, { citations: identity.citations });
  const setting = extractSetting(options);
  const wholeFiles = usable.flatMap((i) => (i.kind === "whole" ? [i.file] : []));
  const corpus = dedupEntries(wholeFiles.flatMap((f) => f.entries)).filter((p) => p.stub !== true);
  let pool: ExtractPool | undefined;
  const workers = () => (pool ??= extractPool(options.workers ?? os.availableParallelism(), setting));
  const whole = setting && corpus.length > 0 ? corpusExtraction(corpus, setting) : undefined;
  const streamed = setting ? pooledExtraction(workers, setting) : undefined;
  const source = (f: { name: string; path: string; sha256: string; format: string }): BulkSource => ({
    name: f.name,
    path: f.path,
    sha256: f.sha256,
    format: f.format,
    ingestedAt: now().toISOString(),
  });
  ctx.phase("csv", identity.plan.roots.length);
  try {
    for (const input of usable) {
      if (input.kind === "whole") {
        const records = dedupRecords(input.file.entries);
        const extractor = whole ? await whole([]) : undefined;
        graph.addBatch(source(input.file), input.file.entries, extractor, {
          chunkSize: options.batchSize ?? 500,
          records,
        });
        outcomes.set(input.file.path, outcomeOf(input.file, "loaded", records.length));
        await csv.flush();
        ctx.progress(graph.counts.entries);
        continue;
      }
      const src = source(input.stream);
      let papers = 0;
      // Up to two batches ahead: their extraction runs on the workers while this thread writes rows.
      const ahead: { entries: ParsedEntry[]; records: PaperRecord[]; extracting?: Promise<Extractor> }[] = [];
      const drain = async () => {
        const next = ahead.shift()!;
        const extractor = next.extracting ? await next.extracting : undefined;
        graph.addBatch(src, next.entries, extractor, {
          chunkSize: Math.max(next.records.length, 1),
          records: next.records,
        });
        papers += next.records.length;
        await csv.flush();
        ctx.progress(graph.counts.entries);
      };
      for await (const batch of input.stream.batches(options.streamBatchSize ?? 2000)) {
        const records = dedupRecords(batch.entries);
        const extracting = streamed?.(records.map((r) => r.paper).filter((p) => p.stub !== true));
        extracting?.catch(() => {}); // observed in drain
        ahead.push({ entries: batch.entries, records, ...(extracting ? { extracting } : {}) });
        if (ahead.length > 2) await drain();
      }
      while (ahead.length > 0) await drain();
      outcomes.set(input.stream.path, outcomeOf(input.stream, "loaded", papers));
    }
  } finally {
    await pool?.close();
  }
  const counts = graph.finish();
  return { counts, written: await csv.close() };
}

/**
 * After the import: the constraints (each returns once its index is built and checked), then the
 * other indexes, which populate in the background while the empty lists are set (no index covers
 * a list property, so the two do not contend), then the wait for the indexes and the full-text
 * refresh. The inferred CITES came in the CSV.
 */
async function finishImport(db: Db, timings: Record<string, number>): Promise<void> {
  let t = Date.now();
  const lap = (name: string) => {
    timings[name] = Date.now() - t;
    t = Date.now();
  };
  const session = db.driver.session();
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    lap("indexMs");
    for (const statement of FILL_EMPTY_LISTS) await session.run(statement);
    lap("listsMs");
    await session.run(AWAIT_INDEXES, { seconds: 3600 });
    timings["indexMs"] = (timings["indexMs"] ?? 0) + (Date.now() - t);
    t = Date.now();
  } catch (error) {
    throw toPaperAtlasError(error, db.uri);
  } finally {
    await session.close();
  }
  await db.write(AWAIT_TEXT_INDEXES, {});
  lap("textMs");
}

export async function runBulkIngest(config: Config, paths: string[], options: BulkOptions = {}): Promise<BulkSummary> {
  const started = Date.now();
  const ctx: Context = {
    config,
    options,
    phase: (name, total) => options.onPhase?.(name, total),
    progress: (done) => options.onProgress?.(done),
    say: (message) => options.onMessage?.(message),
  };
  const timings: Record<string, number> = {};
  let t = Date.now();
  const lap = (name: string) => {
    timings[name] = Date.now() - t;
    t = Date.now();
  };
  const first = await openEmptyLocal(config);
  await first.close();
  const read = await openInputs(paths, options.format === undefined ? {} : { format: options.format });
  const outcomes = new Map<string, FileOutcome>();
  const identity = await identityPass(ctx, orderInputs(read, outcomes), outcomes);
  lap("identityMs");
  if (identity.usable.length === 0) {
    // Nothing to load (every input refused or failed): the server and its empty graph stay as they are.
    const none = {
      counts: new BulkGraph(identity.plan, () => {}, { citations: false }).finish(),
      written: { bytes: 0 },
    };
    return summarize(read, outcomes, none, { timings, started, dir: "" });
  }
  // The server is not needed until the import: it shuts down while the CSV files are written.
  ctx.say("ingest --bulk: stopping the local server for neo4j-admin import (started again after it)");
  const stopping = stopLocal(config.local);
  stopping.catch(() => {});
  const dir = path.join(localLayout(config.local).import, "bulk");
  let csv: Awaited<ReturnType<typeof csvPass>>;
  let importError: unknown;
  try {
    csv = await csvPass(ctx, identity.usable, identity, dir, outcomes);
    lap("csvMs");
    await stopping;
    lap("stopMs");
    ctx.phase("import", 100);
    const args = importArgs(dir, {
      files: csv.written.files,
      multiline: csv.written.multiline,
      offHeap: IMPORT_MEMORY,
    });
    await runImporter(config, args, ctx.progress);
    lap("importMs");
  } catch (error) {
    importError = error;
  } finally {
    await stopping.catch(() => {});
    ctx.say("ingest --bulk: starting the local server");
    await startLocal(config.local, config.neo4jPassword, ctx.say);
    lap("startMs");
  }
  if (importError !== undefined) {
    if (importError instanceof PaperAtlasError) throw importError;
    throw new PaperAtlasError(
      "LOCAL_NEO4J_FAILED",
      `ingest --bulk: neo4j-admin import failed: ${String(importError)}`,
      {
        where: dir,
        hint: "the CSV files and import.report are kept in that folder; the database is as it was (empty)",
      },
    );
  }
  ctx.phase("index", 0);
  const db = await connectDb(config);
  try {
    await finishImport(db, timings);
  } finally {
    await db.close();
  }
  if (!options.keepCsv) await rm(dir, { recursive: true, force: true });
  return summarize(read, outcomes, csv!, { timings, started, dir });
}

function summarize(
  read: OpenResult,
  outcomes: Map<string, FileOutcome>,
  { counts, written }: { counts: BulkCounts; written: { bytes: number } },
  run: { timings: Record<string, number>; started: number; dir: string },
): BulkSummary {
  const files = [...read.files, ...read.streams].map((f) => outcomes.get(f.path) ?? outcomeOf(f, "failed"));
  return {
    files,
    refused: read.refused,
    entries: counts.entries,
    distinctPapers: counts.papers,
    newPapers: counts.newPapers,
    updatedPapers: counts.updatedPapers,
    unchangedPapers: counts.unchangedPapers,
    mentions: counts.mentions,
    concepts: counts.concepts,
    inferredCitations: counts.inferredCitations,
    citations: counts.citations,
    stubs: counts.stubs,
    authorships: counts.authorships,
    warnings: [...read.files.flatMap((f) => f.warnings), ...read.streams.flatMap((s) => s.warnings)],
    elapsedMs: Date.now() - run.started,
    phases: run.timings,
    csvBytes: written.bytes,
    csvDir: run.dir,
  };
}

/** The importer's off-heap memory cap (its default, 90 % of the machine, is too greedy beside other work). */
const IMPORT_MEMORY = "4g";
