/**
 * `npm run eval`: extraction quality, on text tuned on and on text nobody tuned on
 * ===============================================================================
 * With no `--gold`, three parts, each scored with the TypeScript port of score.py and printed as
 * score.py prints it (per type P/R/F1 and overall):
 *   1. dev, tuning: ../shared/eval/gold-dev.json less its held-out quarter (`splitGold`), on the
 *      sample corpus (samples/hf-papers) read with the real reader and dedup;
 *   2. dev, held out: that quarter (the rules were tuned on all 20 dev papers before the split,
 *      so this part says little until rules are tuned on part 1 alone);
 *   3. arXiv, unseen: eval/gold-arxiv/batch-*.json (abstracts drawn by `npm run eval:sample` across
 *      six arXiv categories, labelled by the same guidelines without looking at the extractor's
 *      output; eval/README.md), on ../shared/corpus/arxiv.
 * `--agreement` also scores each eval/gold-arxiv/overlap-*.json (papers labelled a second time,
 * independently) against the batch labels of the same papers: the labellers' agreement.
 * With `--gold FILE [--corpus DIR]`: that one gold file only (as before), where `--min-f1 X` exits 1
 * below X and `--details` lists each paper's false positives and misses. The prediction JSON of the
 * last part extracted goes to `--out` (default test-output/extract-dev.json) for score.py.
 *   npm run eval -- [--gold FILE] [--corpus DIR] [--out FILE] [--details] [--min-f1 X] [--agreement]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";
import { dedupEntries } from "../ingest/dedup/index.ts";
import { extractCorpus, formatScore, scoreExtraction } from "../ingest/extract/index.ts";
import { prf, splitGold, type GoldFile, type PredictedPaper, type ScoreReport } from "../ingest/extract/score.ts";
import { readInputs } from "../ingest/read/index.ts";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const say = (m: string) => process.stderr.write(`${m}\n`);

const DEV_GOLD = path.resolve(PROJECT_ROOT, "../shared/eval/gold-dev.json");
const SAMPLE = path.join(PROJECT_ROOT, "samples/hf-papers");
const ARXIV = path.resolve(PROJECT_ROOT, "../shared/corpus/arxiv");
const ARXIV_GOLD = path.join(PROJECT_ROOT, "eval", "gold-arxiv");
const out = flag("--out") ?? path.join(PROJECT_ROOT, "test-output/extract-dev.json");

const readGold = (file: string) => JSON.parse(readFileSync(file, "utf8")) as GoldFile;

/** Papers of a corpus folder or file, read and deduplicated as the ingest does, then extracted. */
async function extracted(corpus: string): Promise<PredictedPaper[]> {
  const read = await readInputs([corpus]);
  const papers = dedupEntries(read.files.flatMap((f) => f.entries));
  const started = performance.now();
  const result = extractCorpus(papers);
  say(
    `eval: ${path.relative(process.cwd(), corpus)}: ${papers.length} papers extracted in ${(performance.now() - started).toFixed(0)} ms`,
  );
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
  return result;
}

function print(name: string, gold: GoldFile, report: ScoreReport): void {
  process.stdout.write(`\n== ${name} (${gold.papers.length} papers)\n${formatScore(report)}`);
  if (!process.argv.includes("--details")) return;
  for (const d of report.details) {
    if (d.falsePositives.length === 0 && d.misses.length === 0) continue;
    process.stdout.write(`\n## ${d.title}\n`);
    for (const e of d.falsePositives) process.stdout.write(`  FP ${e.type.padEnd(9)} ${e.name}\n`);
    for (const e of d.misses) process.stdout.write(`  FN ${e.type.padEnd(9)} ${e.name}\n`);
  }
}

/** The arXiv gold's files of one kind (`batch` or `overlap`), merged into one gold file. */
function arxivGold(kind: "batch" | "overlap"): { gold: GoldFile; files: string[] } {
  const files = existsSync(ARXIV_GOLD)
    ? readdirSync(ARXIV_GOLD)
        .filter((f) => f.startsWith(`${kind}-`) && f.endsWith(".json"))
        .sort()
    : [];
  return { gold: { version: 1, papers: files.flatMap((f) => readGold(path.join(ARXIV_GOLD, f)).papers) }, files };
}

async function single(goldPath: string): Promise<void> {
  const gold = readGold(goldPath);
  const report = scoreExtraction(gold, await extracted(flag("--corpus") ?? SAMPLE));
  say(
    `eval: check with: python3 ${path.relative(process.cwd(), path.resolve(PROJECT_ROOT, "../shared/eval/score.py"))} ${path.relative(process.cwd(), goldPath)} ${path.relative(process.cwd(), out)}`,
  );
  print(path.relative(process.cwd(), goldPath), gold, report);
  const minF1 = flag("--min-f1");
  if (minF1 !== undefined && prf(report.overall).f < Number(minF1)) process.exitCode = 1;
}

async function parts(): Promise<void> {
  const { tuning, heldOut } = splitGold(readGold(DEV_GOLD));
  const sample = await extracted(SAMPLE);
  print(
    "dev, tuning (../shared/eval/gold-dev.json less its held-out quarter; samples/hf-papers)",
    tuning,
    scoreExtraction(tuning, sample),
  );
  print(
    "dev, held out (a quarter of gold-dev.json by title hash; tuned on before the split)",
    heldOut,
    scoreExtraction(heldOut, sample),
  );
  const { gold, files } = arxivGold("batch");
  if (gold.papers.length === 0) {
    say("eval: no eval/gold-arxiv/batch-*.json: the arXiv part is skipped");
    return;
  }
  if (!existsSync(ARXIV)) throw new Error(`eval: ${ARXIV}: the arXiv corpus is needed for the arXiv part`);
  const arxiv = await extracted(ARXIV);
  print(`arXiv, unseen (eval/gold-arxiv: ${files.join(", ")})`, gold, scoreExtraction(gold, arxiv));
  if (!process.argv.includes("--agreement")) return;
  const second = arxivGold("overlap");
  const titles = new Set(second.gold.papers.map((p) => p.title));
  const first: GoldFile = { version: 1, papers: gold.papers.filter((p) => titles.has(p.title)) };
  // The second labelling scored as a prediction against the first: P, R, F1 between labellers.
  const asPrediction = second.gold.papers.map((p) => ({ title: p.title, entities: p.entities }));
  print(
    `agreement: ${second.files.join(", ")} against the batch labels of the same papers`,
    first,
    scoreExtraction(first, asPrediction),
  );
}

const goldFlag = flag("--gold");
await (goldFlag ? single(path.resolve(goldFlag)) : parts());
