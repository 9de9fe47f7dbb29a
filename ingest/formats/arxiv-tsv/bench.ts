/**
 * Benchmark: stream every arXiv TSV in a folder through `readArxivTsv`, print rows/s, and check the
 * corpus numbers (rows, distinct arXiv ids). Run:
 * `npx tsx ingest/formats/arxiv-tsv/bench.ts [dir]` (default ../shared/corpus/arxiv).
 */
import { readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { readArxivTsv } from "./read.ts";

const dir = process.argv[2] ?? path.resolve("../shared/corpus/arxiv");
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".tsv") || name.endsWith(".tsv.xz"))
  .sort();
const ids = new Set<string>();
let rows = 0;
let warnings = 0;
let bytes = 0;
const started = performance.now();
for (const name of files) {
  const file = path.join(dir, name);
  bytes += statSync(file).size;
  for await (const entry of readArxivTsv(file, { onWarning: () => warnings++ })) {
    rows++;
    if (entry.arxivId !== null) ids.add(entry.arxivId);
  }
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `arxiv-tsv: ${files.length} files (${(bytes / 1e6).toFixed(1)} MB on disk), ${rows} rows, ${ids.size} distinct ids, ` +
    `${warnings} warnings in ${seconds.toFixed(2)} s: ${Math.round(rows / seconds)} rows/s ` +
    `(${os.cpus()[0]?.model ?? "cpu"} x${os.cpus().length}, node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`,
);
