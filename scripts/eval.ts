/**
 * `npm run eval`: extraction quality, on text tuned on and on text nobody tuned on
 * ===============================================================================
 * With no `--gold`, four parts, each scored with the TypeScript port of score.py and printed as
 * score.py prints it (per type P/R/F1 and overall):
 *   1. dev, tuning: ../shared/eval/gold-dev.json less its held-out quarter (`splitGold`), on the
 *      sample corpus (samples/hf-papers) read with the real reader and dedup;
 *   2. dev, held out: that quarter (the rules were tuned on all 20 dev papers before the split);
 *   3. arXiv, tuning: eval/gold-arxiv/batch-*.json (180 abstracts drawn by `npm run eval:sample`
 *      across six arXiv categories, labelled by the same guidelines; eval/README.md), on
 *      ../shared/corpus/arxiv: measured blind once, then used to tune the field lexicons;
 *   4. arXiv, held out: eval/gold-heldout/batch-*.json (150 more, drawn disjoint from part 3 and
 *      labelled while the rules changed), which nobody reads paper by paper.
 * Then the share of arXiv papers with no concept at all. `--details` lists false positives and
 * misses of the tuning parts only. `--agreement` also scores each folder's overlap-*.json (papers
 * labelled a second time, independently) against the batch labels: the labellers' agreement.
 * With `--gold FILE [--corpus DIR]`: that one gold file only (as before), where `--min-f1 X` exits 1
 * below X and `--details` lists each paper's false positives and misses. The prediction JSON of the
 * last part extracted goes to `--out` (default test-output/extract-dev.json) for score.py.
 *   npm run eval -- [--gold FILE] [--corpus DIR] [--out FILE] [--details] [--min-f1 X] [--agreement]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";
import type { ConceptType } from "../schema/model.ts";
import { dedupEntries } from "../ingest/dedup/index.ts";
import { conceptId, extractCorpus, formatScore, scoreExtraction } from "../ingest/extract/index.ts";
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
const ARXIV_HELD_OUT = path.join(PROJECT_ROOT, "eval", "gold-heldout");
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

/** A part's figures; its papers' false positives and misses too with `--details`, unless it is held out. */
function print(name: string, gold: GoldFile, report: ScoreReport, details = true): void {
  process.stdout.write(`\n== ${name} (${gold.papers.length} papers)\n${formatScore(report)}`);
  if (!details || !process.argv.includes("--details")) return;
  for (const d of report.details) {
    if (d.falsePositives.length === 0 && d.misses.length === 0) continue;
    process.stdout.write(`\n## ${d.title}\n`);
    for (const e of d.falsePositives) process.stdout.write(`  FP ${e.type.padEnd(9)} ${e.name}\n`);
    for (const e of d.misses) process.stdout.write(`  FN ${e.type.padEnd(9)} ${e.name}\n`);
  }
}

/** A gold folder's files of one kind (`batch` or `overlap`), merged into one gold file. */
function arxivGold(dir: string, kind: "batch" | "overlap"): { gold: GoldFile; files: string[] } {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.startsWith(`${kind}-`) && f.endsWith(".json"))
        .sort()
    : [];
  return { gold: { version: 1, papers: files.flatMap((f) => readGold(path.join(dir, f)).papers) }, files };
}

async function single(goldPath: string): Promise<void> {
  if (process.argv.includes("--details") && goldPath.startsWith(ARXIV_HELD_OUT + path.sep))
    throw new Error(`eval: ${goldPath}: the held-out labels are scored whole, never listed paper by paper (--details)`);
  const gold = readGold(goldPath);
  const report = scoreExtraction(gold, await extracted(flag("--corpus") ?? SAMPLE));
  say(
    `eval: check with: python3 ${path.relative(process.cwd(), path.resolve(PROJECT_ROOT, "../shared/eval/score.py"))} ${path.relative(process.cwd(), goldPath)} ${path.relative(process.cwd(), out)}`,
  );
  print(path.relative(process.cwd(), goldPath), gold, report);
  const minF1 = flag("--min-f1");
  if (minF1 !== undefined && prf(report.overall).f < Number(minF1)) process.exitCode = 1;
}

/**
 * Share of a corpus's papers the extractor finds no concept in (issue 16: at most 2 % on arXiv),
 * and of those whose concepts no other paper has: either way the paper has no link to the rest.
 */
function noConcept(name: string, papers: readonly PredictedPaper[]): void {
  const ids = papers.map((p) => new Set((p.entities ?? []).map((e) => conceptId(e.type as ConceptType, e.name ?? ""))));
  const papersOf = new Map<string, number>();
  for (const set of ids) for (const id of set) papersOf.set(id, (papersOf.get(id) ?? 0) + 1);
  const none = ids.filter((set) => set.size === 0).length;
  const alone = ids.filter((set) => set.size > 0 && [...set].every((id) => papersOf.get(id) === 1)).length;
  const share = (k: number) => `${((100 * k) / papers.length).toFixed(1)} %`;
  process.stdout.write(
    `\n${name}: ${none} of ${papers.length} papers (${share(none)}) have no concept; ${alone} more (${share(alone)}) share none with another paper\n`,
  );
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
    false,
  );
  const { gold, files } = arxivGold(ARXIV_GOLD, "batch");
  if (gold.papers.length === 0) {
    say("eval: no eval/gold-arxiv/batch-*.json: the arXiv parts are skipped");
    return;
  }
  if (!existsSync(ARXIV)) throw new Error(`eval: ${ARXIV}: the arXiv corpus is needed for the arXiv parts`);
  const arxiv = await extracted(ARXIV);
  print(`arXiv, tuning (eval/gold-arxiv: ${files.join(", ")})`, gold, scoreExtraction(gold, arxiv));
  const held = arxivGold(ARXIV_HELD_OUT, "batch");
  if (held.gold.papers.length > 0)
    print(
      `arXiv, held out (eval/gold-heldout: ${held.files.join(", ")}; never read paper by paper)`,
      held.gold,
      scoreExtraction(held.gold, arxiv),
      false,
    );
  noConcept("arXiv corpus", arxiv);
  if (!process.argv.includes("--agreement")) return;
  for (const dir of [ARXIV_GOLD, ARXIV_HELD_OUT]) agreement(dir, arxivGold(dir, "batch").gold);
}

/** The second labelling of a folder's overlap papers scored as a prediction against the first. */
function agreement(dir: string, batches: GoldFile): void {
  const second = arxivGold(dir, "overlap");
  if (second.gold.papers.length === 0) return;
  const titles = new Set(second.gold.papers.map((p) => p.title));
  const first: GoldFile = { version: 1, papers: batches.papers.filter((p) => titles.has(p.title)) };
  const asPrediction = second.gold.papers.map((p) => ({ title: p.title, entities: p.entities }));
  print(
    `agreement: ${path.basename(dir)}/${second.files.join(", ")} against the batch labels of the same papers`,
    first,
    scoreExtraction(first, asPrediction),
  );
}

const goldFlag = flag("--gold");
await (goldFlag ? single(path.resolve(goldFlag)) : parts());
