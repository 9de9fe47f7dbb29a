/**
 * `npm run generate:corpus`: a synthetic arXiv corpus of any size
 * ================================================================
 * Reads the real arXiv records (../shared/corpus/arxiv/*.tsv.xz, streamed) into a pool of
 * sentences, title halves and author names per category (scripts/corpus/recombine.ts), then writes
 * N synthetic papers, each recombined from real ones, as gzip-compressed arXiv TSV shards that
 * `paperatlas ingest` reads like the real export: `DIR/synth-0000.tsv.gz`, … (`--shard` papers
 * each), then `DIR/.manifest.json` last (hidden, so the ingest skips it) (papers, seed, shard size, files, sizes): a folder with a
 * manifest is complete. Deterministic: same sources, `--papers`, `--seed` → byte-identical files
 * (paper i does not depend on N, so a bigger corpus starts with a smaller one's papers).
 * Memory: the pool (the 47k source records' text, about 0.2 GB) plus one batch of rows; never the
 * generated corpus.
 *   npm run generate:corpus -- --papers N --out DIR [--seed S] [--shard N] [--sources DIR]
 */
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { pathToFileURL } from "node:url";
import { createGzip } from "node:zlib";
import { PROJECT_ROOT } from "../config/config.ts";
import { findProposed } from "../ingest/extract/proposed.ts";
import { readArxivTsv } from "../ingest/formats/arxiv-tsv/stream.ts";
import {
  buildPool,
  DEFAULT_RECOMBINE,
  MAX_PAPERS,
  syntheticPaper,
  tsvHeader,
  tsvRow,
  type SourceRecord,
} from "./corpus/recombine.ts";

export interface GenerateOptions {
  papers: number;
  out: string;
  seed: number;
  shard: number;
  sources: string;
  onProgress?: (done: number) => void;
}

export interface Manifest {
  generator: typeof GENERATOR;
  papers: number;
  seed: number;
  shard: number;
  sources: { file: string; bytes: number }[];
  files: { file: string; papers: number; bytes: number }[];
  pool: { records: number; categories: string[] };
}

const ROWS_PER_WRITE = 500;
/** Changes when the output for the same options changes, so a cached corpus is not reused. */
const GENERATOR = "paperatlas generate-corpus 2";

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".tsv.xz") || f.endsWith(".tsv"))
    .sort()
    .map((f) => path.join(dir, f));
}

async function readSources(files: string[]): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  for (const file of files) {
    const category = path.basename(file).replace(/\.tsv(\.xz)?$/, "");
    for await (const e of readArxivTsv(file)) {
      const abstract = e.abstract ?? "";
      records.push({
        title: e.title,
        abstract,
        proposed: findProposed(e.title, abstract).names.map((n) => n.name),
        authors: e.authors ?? [],
        published: e.published,
        category,
      });
    }
  }
  return records;
}

/** The manifest of a complete corpus in `dir` made with these options, or null. */
export function cachedCorpus(dir: string, papers: number, seed: number): Manifest | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, ".manifest.json"), "utf8")) as Manifest;
    if (manifest.generator !== GENERATOR || manifest.papers !== papers || manifest.seed !== seed) return null;
    for (const f of manifest.files) if (statSync(path.join(dir, f.file)).size !== f.bytes) return null;
    return manifest;
  } catch {
    return null;
  }
}

export async function generateCorpus(options: GenerateOptions): Promise<Manifest> {
  const { papers, out, seed, shard } = options;
  const sources = sourceFiles(options.sources);
  if (sources.length === 0) throw new Error(`generate-corpus: no .tsv.xz files in ${options.sources}`);
  const pool = buildPool(await readSources(sources));
  rmSync(path.join(out, ".manifest.json"), { force: true });
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (/^synth-\d+\.tsv\.gz$/.test(f)) rmSync(path.join(out, f));
  const recombine = { ...DEFAULT_RECOMBINE, seed };
  const files: Manifest["files"] = [];
  for (let first = 0, s = 0; first < papers; first += shard, s++) {
    const file = `synth-${String(s).padStart(4, "0")}.tsv.gz`;
    const gzip = createGzip({ level: 4 });
    const sink = createWriteStream(path.join(out, file));
    gzip.pipe(sink);
    gzip.write(tsvHeader());
    const last = Math.min(papers, first + shard);
    for (let i = first; i < last;) {
      let chunk = "";
      for (const end = Math.min(last, i + ROWS_PER_WRITE); i < end; i++)
        chunk += tsvRow(i, syntheticPaper(pool, i, recombine));
      if (!gzip.write(chunk)) await once(gzip, "drain");
      options.onProgress?.(i);
    }
    gzip.end();
    await once(sink, "close");
    files.push({ file, papers: last - first, bytes: statSync(path.join(out, file)).size });
  }
  const manifest: Manifest = {
    generator: GENERATOR,
    papers,
    seed,
    shard,
    sources: sources.map((f) => ({ file: path.basename(f), bytes: statSync(f).size })),
    files,
    pool: { records: pool.recordCategory.length, categories: pool.categories.map((c) => c.name) },
  };
  writeFileSync(path.join(out, ".manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function count(name: string, fallback: number): number {
  const raw = flag(name);
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`generate-corpus: ${name}: expected a positive integer, got "${raw}"`);
  return n;
}

async function main(): Promise<void> {
  const papers = count("--papers", 0);
  const out = flag("--out");
  if (papers === 0 || out === undefined) {
    throw new Error("generate-corpus: usage: npm run generate:corpus -- --papers N --out DIR [--seed S] [--shard N]");
  }
  if (papers > MAX_PAPERS) throw new Error(`generate-corpus: --papers: at most ${MAX_PAPERS}`);
  const started = Date.now();
  const tty = process.stderr.isTTY;
  const manifest = await generateCorpus({
    papers,
    out: path.resolve(out),
    seed: count("--seed", DEFAULT_RECOMBINE.seed),
    shard: count("--shard", 50_000),
    sources: path.resolve(flag("--sources") ?? path.join(PROJECT_ROOT, "../shared/corpus/arxiv")),
    onProgress: (done) => {
      if (tty && done % 10_000 === 0) process.stderr.write(`\rgenerate-corpus: ${done} / ${papers}`);
    },
  });
  if (tty) process.stderr.write("\n");
  const bytes = manifest.files.reduce((sum, f) => sum + f.bytes, 0);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `generate-corpus: ${manifest.papers} papers from ${manifest.pool.records} source records in ${manifest.files.length} files, ` +
      `${(bytes / 2 ** 20).toFixed(1)} MiB gzip, ${seconds.toFixed(1)} s, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB → ${out}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
