/**
 * `npm run bench:extract`: extraction throughput on both cores
 * ============================================================
 * Streams papers to one worker thread per core in bounded batches (at most two batches in flight
 * per worker, so memory stays flat whatever the corpus size) and prints abstracts/s and MB/s of
 * title+abstract text, wall clock, reading included, for:
 *   the sample corpus (samples/hf-papers, repeated --passes times: it is small), and
 *   the arXiv corpus (../shared/corpus/arxiv/*.tsv.xz, streamed by readArxivTsv, deduplicated by id).
 * Both runs share one worker pool, warmed up with --warmup untimed passes over the sample corpus.
 *   npm run bench:extract -- [--workers N] [--batch N] [--passes N] [--warmup N] [--only samples|arxiv] [FILES…]
 */
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PROJECT_ROOT } from "../config/config.ts";
import { dedupEntries } from "../ingest/dedup/index.ts";
import type { PaperText } from "../ingest/extract/index.ts";
import { readArxivTsv } from "../ingest/formats/arxiv-tsv/index.ts";
import { readInputs } from "../ingest/read/index.ts";
import type { ExtractedPaper } from "../schema/model.ts";
import { arxivCorpusFiles } from "./bench-lib.ts";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const workerCount = flag("--workers", os.cpus().length);
const batchSize = flag("--batch", 200);
const passes = flag("--passes", 40);
const warmup = flag("--warmup", 2);
const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));

interface Pool {
  submit(batch: PaperText[]): Promise<void>;
  drain(): Promise<void>;
  close(): Promise<void>;
  entities: number;
}

/** A fixed pool of workers fed one batch at a time; `submit` waits while every worker has two batches queued. */
function pool(size: number): Pool {
  const workers = Array.from(
    { length: size },
    () => new Worker(new URL("./bench-extract-worker.mjs", import.meta.url)),
  );
  const inFlight = workers.map(() => 0);
  let waiting: (() => void) | null = null;
  let idle: (() => void) | null = null;
  const state: Pool = {
    entities: 0,
    async submit(batch) {
      while (Math.min(...inFlight) >= 2) await new Promise<void>((resolve) => (waiting = resolve));
      const w = inFlight.indexOf(Math.min(...inFlight));
      inFlight[w]!++;
      workers[w]!.postMessage(batch);
    },
    async drain() {
      while (inFlight.some((n) => n > 0)) await new Promise<void>((resolve) => (idle = resolve));
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
  workers.forEach((worker, i) => {
    worker.on("message", (results: ExtractedPaper[]) => {
      inFlight[i]!--;
      for (const r of results) state.entities += r.entities.length;
      waiting?.();
      waiting = null;
      if (inFlight.every((n) => n === 0)) {
        idle?.();
        idle = null;
      }
    });
    worker.on("error", (error) => {
      process.stderr.write(`bench:extract: worker failed: ${error.stack ?? String(error)}\n`);
      process.exit(1);
    });
  });
  return state;
}

const bytesOf = (p: PaperText): number => Buffer.byteLength(p.title) + Buffer.byteLength(p.abstract) + 1;
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const machine = `${os.cpus()[0]?.model ?? "cpu"} ×${os.cpus().length}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;

/** CPU seconds of this process, every thread included (the xz child is not). */
const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * Wall-clock rates, and the rate per CPU-second: on a shared machine the wall figure depends on
 * the other jobs (the load average is printed), the CPU figure much less.
 */
function report(
  label: string,
  papers: number,
  bytes: number,
  seconds: number,
  cpu: number,
  load: number,
  extra: string,
): void {
  process.stdout.write(
    `bench:extract: ${label}: ${papers} abstracts, ${mb(bytes)} MB in ${seconds.toFixed(2)} s: ` +
      `${Math.round(papers / seconds)} abstracts/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s wall; ` +
      `${cpu.toFixed(1)} CPU-s = ${Math.round(papers / cpu)} abstracts per CPU-second ` +
      `(${extra}; ${workerCount} workers, batch ${batchSize}; load average ${load.toFixed(1)} at start; ${machine})\n`,
  );
}

async function samples(workers: Pool): Promise<void> {
  workers.entities = 0;
  const read = await readInputs([path.join(PROJECT_ROOT, "samples/hf-papers")]);
  const papers = dedupEntries(read.files.flatMap((f) => f.entries)).map((p) => ({
    id: p.id,
    title: p.title,
    abstract: p.abstract,
  }));
  const bytes = papers.reduce((n, p) => n + bytesOf(p), 0);
  // warm-up, untimed: the workers' code gets compiled before the clock starts
  for (let pass = 0; pass < warmup; pass++) {
    for (let i = 0; i < papers.length; i += batchSize) await workers.submit(papers.slice(i, i + batchSize));
  }
  await workers.drain();
  workers.entities = 0;
  const [load, cpu0, started] = [os.loadavg()[0]!, cpuSeconds(), performance.now()];
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < papers.length; i += batchSize) await workers.submit(papers.slice(i, i + batchSize));
  }
  await workers.drain();
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpu0;
  report(
    `sample corpus (${papers.length} papers, ${mb(bytes)} MB, ×${passes} passes)`,
    papers.length * passes,
    bytes * passes,
    seconds,
    cpu,
    load,
    `${Math.round(workers.entities / passes)} entities a pass`,
  );
}

async function arxiv(workers: Pool, paths: string[]): Promise<void> {
  workers.entities = 0;
  const seen = new Set<string>();
  let rows = 0;
  let papers = 0;
  let bytes = 0;
  let batch: PaperText[] = [];
  const [load, cpu0, started] = [os.loadavg()[0]!, cpuSeconds(), performance.now()];
  for (const file of paths) {
    for await (const entry of readArxivTsv(file)) {
      rows++;
      const id = entry.arxivId ?? `${file}:${entry.occurrence.line}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const paper = { id, title: entry.title, abstract: entry.abstract };
      papers++;
      bytes += bytesOf(paper);
      batch.push(paper);
      if (batch.length >= batchSize) {
        await workers.submit(batch);
        batch = [];
      }
    }
  }
  if (batch.length > 0) await workers.submit(batch);
  await workers.drain();
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpu0;
  const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  report(
    `arXiv corpus (${paths.length} files, ${rows} rows, ${papers} distinct papers)`,
    papers,
    bytes,
    seconds,
    cpu,
    load,
    `reading included, ${workers.entities} entities, peak RSS ${rss} MB`,
  );
}

const arxivFiles = arxivCorpusFiles(files);
// One pool for both runs, as a pipeline would keep its workers (and their warmed-up code).
const workers = pool(workerCount);
if (only !== "arxiv") await samples(workers);
if (only !== "samples") await arxiv(workers, arxivFiles);
await workers.close();
