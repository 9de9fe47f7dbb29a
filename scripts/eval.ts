/**
 * `npm run eval`: extraction quality on the dev gold set
 * ======================================================
 * Reads the sample corpus (samples/hf-papers) with the real reader and dedup, runs
 * `extractCorpus`, scores it against ../shared/eval/gold-dev.json with the TypeScript port of
 * score.py, and prints the same lines score.py prints. Writes the prediction JSON (the
 * `paperatlas extract --json` shape) so score.py can be run on it too.
 *   npm run eval -- [--gold FILE] [--corpus DIR] [--out FILE] [--details] [--min-f1 X]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";
import { dedupEntries } from "../ingest/dedup/index.ts";
import { extractCorpus, formatScore, scoreExtraction } from "../ingest/extract/index.ts";
import type { GoldFile } from "../ingest/extract/score.ts";
import { readInputs } from "../ingest/read/index.ts";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const goldPath = flag("--gold") ?? path.resolve(PROJECT_ROOT, "../shared/eval/gold-dev.json");
const corpus = flag("--corpus") ?? path.join(PROJECT_ROOT, "samples/hf-papers");
const out = flag("--out") ?? path.join(PROJECT_ROOT, "test-output/extract-dev.json");

const read = await readInputs([corpus]);
const papers = dedupEntries(read.files.flatMap((f) => f.entries));
const started = performance.now();
const extracted = extractCorpus(papers);
const ms = performance.now() - started;
const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldFile;
const report = scoreExtraction(gold, extracted);

mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(extracted, null, 1)}\n`);
process.stderr.write(
  `eval: ${papers.length} papers extracted in ${ms.toFixed(0)} ms; prediction written to ${path.relative(process.cwd(), out)}\n`,
);
process.stderr.write(
  `eval: check with: python3 ${path.relative(process.cwd(), path.resolve(PROJECT_ROOT, "../shared/eval/score.py"))} ${path.relative(process.cwd(), goldPath)} ${path.relative(process.cwd(), out)}\n`,
);
if (process.argv.includes("--details")) {
  for (const d of report.details) {
    if (d.falsePositives.length === 0 && d.misses.length === 0) continue;
    process.stdout.write(`\n## ${d.title}\n`);
    for (const e of d.falsePositives) process.stdout.write(`  FP ${e.type.padEnd(9)} ${e.name}\n`);
    for (const e of d.misses) process.stdout.write(`  FN ${e.type.padEnd(9)} ${e.name}\n`);
  }
  process.stdout.write("\n");
}
process.stdout.write(formatScore(report));
const minF1 = flag("--min-f1");
if (minF1 !== undefined) {
  const { tp, fp, fn } = report.overall;
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  if ((2 * p * r) / (p + r || 1) < Number(minF1)) process.exitCode = 1;
}
