/**
 * Benchmark: stream arXiv TSV files through `readArxivTsv`, print rows/s and the corpus numbers
 * (rows, distinct arXiv ids). Run: `npx tsx ingest/formats/arxiv-tsv/bench.ts ../shared/corpus/arxiv/*.tsv.xz`.
 */
import os from "node:os";
import { readArxivTsv } from "./stream.ts";

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write("usage: bench.ts FILE.tsv[.xz]…\n");
  process.exit(2);
}
const ids = new Set<string>();
let rows = 0;
let warnings = 0;
const started = performance.now();
for (const file of files) {
  for await (const entry of readArxivTsv(file, { onWarning: () => warnings++ })) {
    rows++;
    if (entry.arxivId !== null) ids.add(entry.arxivId);
  }
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  `arxiv-tsv: ${files.length} files, ${rows} rows, ${ids.size} distinct ids, ${warnings} warnings in ` +
    `${seconds.toFixed(2)} s: ${Math.round(rows / seconds)} rows/s (${os.cpus()[0]?.model ?? "cpu"} x${os.cpus().length}, ` +
    `node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`,
);
