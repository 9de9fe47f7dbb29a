/**
 * Helpers the benchmarks share: the arXiv corpus's files (bench:ingest, bench:bulk, bench:extract,
 * bench:extract-cpu); for the server-facing ones (bench:server, bench:map) `paperatlas serve` in its
 * own process, bytes on the wire in one encoding, and a percentile of sorted figures.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";

/** Bytes of `url`'s body as sent with `accept-encoding: encoding` (not decoded). */
export function rawBytes(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": encoding } }, (res) => {
        let n = 0;
        res.on("data", (chunk: Buffer) => (n += chunk.length));
        res.on("end", () => resolve(n));
      })
      .on("error", reject);
  });
}

/** The p-th percentile (nearest rank) of ascending `sorted`; NaN when empty. */
export function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** `paperatlas serve` on a free port, in its own process; resolves with its URL once it is warm. */
export function serveChild(): Promise<{ url: string; child: ChildProcess }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(
    process.execPath,
    [path.join(PROJECT_ROOT, "bin", "paperatlas.js"), "serve", "--port", String(port)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /PaperAtlas map: (\S+)/.exec(out);
      if (match) resolve({ url: match[1]!, child });
    });
    child.on("exit", (code) => reject(new Error(`bench: paperatlas serve exited with ${code}`)));
  });
}

/** The files given on the command line, else every `../shared/corpus/arxiv/*.tsv.xz`, sorted. */
export function arxivCorpusFiles(given: readonly string[] = []): string[] {
  if (given.length > 0) return [...given];
  const corpus = path.resolve(PROJECT_ROOT, "../shared/corpus/arxiv");
  return readdirSync(corpus)
    .filter((f) => f.endsWith(".tsv.xz"))
    .sort()
    .map((f) => path.join(corpus, f));
}
