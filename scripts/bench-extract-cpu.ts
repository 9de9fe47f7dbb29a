/**
 * Extraction CPU per thread, and a golden hash
 * ============================================
 * Single-threaded `extractCorpus` over the corpora as the ingest feeds it, timed by
 * `process.cpuUsage()` around the extraction calls only (reading, decompression and dedup are
 * outside the clock), so the figure is CPU-seconds of extraction whatever else runs on the machine:
 *   arXiv    ../shared/corpus/arxiv/*.tsv.xz through `readArxivTsv`, per file in batches of
 *            --batch entries (default 2000, the streamed ingest's), each `dedupRecords`-ed, stubs
 *            dropped, one `extractCorpus(batch, {})` per batch (as ingest/extract/worker.ts);
 *   sample   samples/hf-papers through `readInputs` and `dedupEntries`, one `extractCorpus` call
 *            (as `runIngest` does for files read whole), repeated: it is small.
 * The batches are read once and extracted --passes times (the first pass also warms the JIT up).
 * Each pass prints the sha256 of its results' JSON: equal hashes across commits mean
 * byte-identical output.
 *   npx tsx scripts/bench-extract-cpu.ts [--passes N] [--sample-passes N] [--batch N] [--only samples|arxiv] [FILES…]
 */
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";
import { dedupEntries, dedupRecords } from "../ingest/dedup/index.ts";
import { extractCorpus, type PaperText } from "../ingest/extract/index.ts";
import { readArxivTsv } from "../ingest/formats/arxiv-tsv/index.ts";
import { readInputs } from "../ingest/read/index.ts";
import type { ParsedEntry } from "../schema/model.ts";
import { arxivCorpusFiles } from "./bench-lib.ts";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const passes = flag("--passes", 3);
const samplePasses = flag("--sample-passes", 20);
const batchSize = flag("--batch", 2000);
const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.startsWith("--"));
const machine = `${os.cpus()[0]?.model ?? "cpu"} ×${os.cpus().length}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (s: number): string => s.toFixed(s < 1 ? 3 : 2);

/** One pass: CPU-seconds of extraction alone, and the sha256 of the results' JSON. */
function extractPass(batches: readonly PaperText[][]): { cpu: number; sha256: string } {
  const hash = createHash("sha256");
  let cpu = 0;
  for (const batch of batches) {
    const before = cpuSeconds();
    const results = extractCorpus(batch, {});
    cpu += cpuSeconds() - before;
    hash.update(JSON.stringify(results)).update("\n");
  }
  return { cpu, sha256: hash.digest("hex") };
}

function report(label: string, papers: number, count: number, warmup: number, batches: readonly PaperText[][]): void {
  const cpus: number[] = [];
  for (let pass = 0; pass < count; pass++) {
    const { cpu, sha256 } = extractPass(batches);
    cpus.push(cpu);
    if (pass < 3 || pass === count - 1) {
      process.stdout.write(`bench:extract-cpu: ${label} pass ${pass + 1}: ${seconds(cpu)} CPU-s; sha256 ${sha256}\n`);
    }
  }
  const warm = cpus.length > warmup ? cpus.slice(warmup) : cpus;
  const [best, mid] = [Math.min(...warm), median(warm)];
  process.stdout.write(
    `bench:extract-cpu: ${label}: ${papers} abstracts; extraction ${seconds(mid)} CPU-s median, ${seconds(best)} best ` +
      `= ${Math.round(papers / mid)} (best ${Math.round(papers / best)}) abstracts per CPU-second, one thread ` +
      `(${warm.length} warm passes; ${machine})\n`,
  );
}

async function arxivBatches(paths: string[]): Promise<PaperText[][]> {
  const batches: PaperText[][] = [];
  for (const file of paths) {
    let pending: ParsedEntry[] = [];
    const flush = (): void => {
      batches.push(
        dedupRecords(pending)
          .map((r) => r.paper)
          .filter((p) => p.stub !== true),
      );
      pending = [];
    };
    for await (const entry of readArxivTsv(file)) {
      pending.push(entry);
      if (pending.length >= batchSize) flush();
    }
    if (pending.length > 0) flush();
  }
  return batches;
}

if (only !== "arxiv") {
  const read = await readInputs([path.join(PROJECT_ROOT, "samples/hf-papers")]);
  const papers = dedupEntries(read.files.flatMap((f) => f.entries)).filter((p) => p.stub !== true);
  report(`sample corpus (${papers.length} papers)`, papers.length, samplePasses, 2, [papers]);
}
if (only !== "samples") {
  const paths = arxivCorpusFiles(files);
  const batches = await arxivBatches(paths);
  const papers = batches.reduce((n, b) => n + b.length, 0);
  const label = `arXiv corpus (${paths.length} files, ${batches.length} batches of ${batchSize} entries, ${papers} papers)`;
  report(label, papers, passes, 1, batches);
}
