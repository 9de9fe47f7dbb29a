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
 * 5. create the constraints and indexes and wait for them, set the empty lists CSV cannot express,
 *    rebuild the inferred CITES and wait for the full-text indexes, as `finishLoad` does.
 * The result is the graph the transactional path builds from the same inputs (bulk.int.test.ts).
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { rm } from "node:fs/promises";
import type { Config } from "../../config/config.ts";
import { connectDb, type Db } from "../../db/client.ts";
import { localLayout } from "../../db/local/layout.ts";
import { startLocal, statusLocal, stopLocal } from "../../db/local/manager.ts";
import { ANY_NODE, AWAIT_INDEXES, FILL_EMPTY_LISTS } from "../../schema/cypher/bulk.ts";
import { REBUILD_INFERRED_CITATIONS } from "../../schema/cypher/concepts.ts";
import { AWAIT_TEXT_INDEXES, SCHEMA_STATEMENTS } from "../../schema/cypher/constraints.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { ParsedEntry } from "../../schema/model.ts";
import { dedupEntries, dedupRecords, type Ids, type PaperRecord } from "../dedup/index.ts";
import { extractPool, type ExtractOptions, type ExtractPool } from "../extract/index.ts";
import { corpusExtraction, pooledExtraction, type BatchExtraction } from "../load/extraction.ts";
import type { Extractor, FileOutcome } from "../load/load.ts";
import { openInputs, type ParsedFile, type StreamInput } from "../read/index.ts";
import type { IngestSummary } from "../run.ts";
import { BulkGraph, entryIds, planIdentity, type BulkSource } from "./graph.ts";
import { importArgs } from "./files.ts";
import { openCsvFiles } from "./writer.ts";

export interface BulkOptions {
  format?: string;
  /** Entity extraction: on by default; `false` loads papers only. */
  extract?: boolean | ExtractOptions;
  now?: () => Date;
  /** Papers per extraction chunk of a file read whole (the load's UNWIND chunk, default 500). */
  batchSize?: number;
  /** Entries per batch of a streamed file (default 2000, as the transactional loop). */
  streamBatchSize?: number;
  /** Extraction worker threads (default: one per core). */
  workers?: number;
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
  /** Milliseconds per phase: identity pass, CSV pass (extraction included), import, restart and indexes. */
  phases: Record<"identityMs" | "csvMs" | "importMs" | "finishMs", number>;
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

export async function runBulkIngest(config: Config, paths: string[], options: BulkOptions = {}): Promise<BulkSummary> {
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  let db: Db | undefined = await openEmptyLocal(config);
  const streamBatch = options.streamBatchSize ?? 2000;
  const chunkSize = options.batchSize ?? 500;
  const phase = (name: BulkPhase, total: number) => options.onPhase?.(name, total);
  const progress = (done: number) => options.onProgress?.(done);
  const say = (message: string) => options.onMessage?.(message);
  try {
    const read = await openInputs(paths, options.format === undefined ? {} : { format: options.format });
    const outcomes = new Map<string, FileOutcome>();
    const inputs: Input[] = [];
    const seenSha = new Set<string>();
    for (const file of read.files) {
      if (seenSha.has(file.sha256)) outcomes.set(file.path, outcomeOf(file, "unchanged"));
      else inputs.push({ kind: "whole", file });
      seenSha.add(file.sha256);
    }
    for (const stream of read.streams) {
      if (seenSha.has(stream.sha256)) outcomes.set(stream.path, outcomeOf(stream, "unchanged"));
      else inputs.push({ kind: "stream", stream });
      seenSha.add(stream.sha256);
    }

    // Pass 1: identities only.
    const t1 = Date.now();
    const ids: Ids[] = [];
    let citations = false;
    phase("identity", 0);
    const usable: Input[] = [];
    for (const input of inputs) {
      if (input.kind === "whole") {
        for (const e of input.file.entries) {
          ids.push(entryIds(e));
          if ((e.references?.length ?? 0) + (e.citedBy?.length ?? 0) > 0) citations = true;
        }
        usable.push(input);
        progress(ids.length);
        continue;
      }
      const before = ids.length;
      try {
        for await (const batch of input.stream.batches(streamBatch)) {
          for (const e of batch.entries) {
            ids.push(entryIds(e));
            if ((e.references?.length ?? 0) + (e.citedBy?.length ?? 0) > 0) citations = true;
          }
          progress(ids.length);
        }
        usable.push(input);
      } catch (error) {
        ids.length = before;
        const failed = outcomeOf(input.stream, "failed");
        failed.error =
          error instanceof PaperAtlasError
            ? error
            : new PaperAtlasError("INTERNAL", `bulk: ${input.stream.name}: ${String(error)}`, {
                where: input.stream.path,
              });
        outcomes.set(input.stream.path, failed);
      }
    }
    const plan = planIdentity(ids);
    ids.length = 0;
    const identityMs = Date.now() - t1;

    // Pass 2: CSV.
    const t2 = Date.now();
    const layout = localLayout(config.local);
    const dir = path.join(layout.import, "bulk");
    const csv = await openCsvFiles(dir);
    const graph = new BulkGraph(plan, csv.sink, { citations });
    const setting = extractSetting(options);
    const wholeInputs = usable.flatMap((i) => (i.kind === "whole" ? [i.file] : []));
    const corpus = dedupEntries(wholeInputs.flatMap((f) => f.entries)).filter((p) => p.stub !== true);
    let pool: ExtractPool | undefined;
    const workers = () => (pool ??= extractPool(options.workers ?? os.availableParallelism(), setting));
    const extraction: { whole?: BatchExtraction; streamed?: BatchExtraction } = {
      ...(setting && corpus.length > 0 ? { whole: corpusExtraction(corpus, setting) } : {}),
      ...(setting ? { streamed: pooledExtraction(workers, setting) } : {}),
    };
    phase("csv", plan.roots.length);
    const source = (f: { name: string; path: string; sha256: string; format: string }): BulkSource => ({
      name: f.name,
      path: f.path,
      sha256: f.sha256,
      format: f.format,
      ingestedAt: now().toISOString(),
    });
    try {
      for (const input of usable) {
        if (input.kind === "whole") {
          const records = dedupRecords(input.file.entries);
          const extractor = extraction.whole ? await extraction.whole([]) : undefined;
          graph.addBatch(source(input.file), input.file.entries, extractor, { chunkSize, records });
          outcomes.set(input.file.path, outcomeOf(input.file, "loaded", records.length));
          await csv.flush();
          progress(graph.counts.entries);
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
          progress(graph.counts.entries);
        };
        for await (const batch of input.stream.batches(streamBatch)) {
          const records = dedupRecords(batch.entries);
          const extracting = extraction.streamed?.(records.map((r) => r.paper).filter((p) => p.stub !== true));
          extracting?.catch(() => {});
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
    const written = await csv.close();
    const csvMs = Date.now() - t2;

    // Import: the server is stopped for it and started again.
    const t3 = Date.now();
    await db.close();
    db = undefined;
    say("ingest --bulk: stopping the local server for neo4j-admin import");
    await stopLocal(config.local);
    phase("import", 100);
    let importError: unknown;
    try {
      await runImporter(
        config,
        importArgs(dir, { files: written.files, multiline: written.multiline, offHeap: "4g" }),
        progress,
      );
    } catch (error) {
      importError = error;
    }
    say("ingest --bulk: starting the local server");
    await startLocal(config.local, config.neo4jPassword, say);
    if (importError !== undefined) {
      throw new PaperAtlasError(
        "LOCAL_NEO4J_FAILED",
        `ingest --bulk: neo4j-admin import failed: ${String(importError)}`,
        {
          where: dir,
          hint: "the CSV files and import.report are kept in that folder; the database is empty",
        },
      );
    }
    const importMs = Date.now() - t3;

    // Schema, empty lists, inferred citations, full-text indexes.
    const t4 = Date.now();
    phase("index", 0);
    db = await connectDb(config);
    const session = db.driver.session();
    try {
      for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
      await session.run(AWAIT_INDEXES, { seconds: 3600 });
      for (const statement of FILL_EMPTY_LISTS) await session.run(statement);
    } finally {
      await session.close();
    }
    const [cites] = await db.write(REBUILD_INFERRED_CITATIONS, {});
    await db.write(AWAIT_TEXT_INDEXES, {});
    const finishMs = Date.now() - t4;
    if (!options.keepCsv) await rm(dir, { recursive: true, force: true });

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
      inferredCitations: cites?.cites ?? 0,
      citations: counts.citations,
      stubs: counts.stubs,
      authorships: counts.authorships,
      warnings: [...read.files.flatMap((f) => f.warnings), ...read.streams.flatMap((s) => s.warnings)],
      elapsedMs: Date.now() - started,
      phases: { identityMs, csvMs, importMs, finishMs },
      csvBytes: written.bytes,
      csvDir: dir,
    };
  } finally {
    await db?.close();
  }
}
