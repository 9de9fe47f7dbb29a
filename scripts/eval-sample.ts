/**
 * `npm run eval:sample`: the abstracts to label for the extraction gold set (issue 16)
 * ==================================================================================
 * Draws, with a fixed seed, `--per` papers (default 30) from each of the six arXiv categories in
 * ../shared/corpus/arxiv (cs.AR, cs.DC, cs.IR, cs.NE, cs.NI, cs.RO), read with the project's own
 * reader and dedup; papers with an abstract under 400 characters are skipped. Writes
 * eval/arxiv-sample.json: [{id, category, file, title, abstract}], the text the labellers label and
 * `npm run eval -- --gold … --corpus ../shared/corpus/arxiv` matches by title. The same seed and
 * corpus always give the same sample. `--out` writes elsewhere and `--exclude` leaves out the papers
 * of earlier samples, so a second set never repeats the first: the held-out set of issue 16 is
 *   npm run eval:sample -- --per 25 --seed 1616 --exclude eval/arxiv-sample.json --out eval/arxiv-heldout.json
 *   npm run eval:sample -- [--per 30] [--seed 16] [--exclude FILE] [--out FILE]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { seededRng, shuffle } from "../atlas/projection/rng.ts";
import { PROJECT_ROOT } from "../config/config.ts";
import { dedupEntries } from "../ingest/dedup/index.ts";
import { readInputs } from "../ingest/read/index.ts";

const flag = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const per = flag("--per", 30);
const seed = flag("--seed", 16);
const corpus = path.resolve(PROJECT_ROOT, "../shared/corpus/arxiv");
const named = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const out = path.resolve(named("--out") ?? path.join(PROJECT_ROOT, "eval", "arxiv-sample.json"));
const excludeFile = named("--exclude");
if (excludeFile !== undefined && !existsSync(excludeFile))
  throw new Error(`eval:sample: --exclude ${excludeFile}: no such file`);
/** Titles of an earlier sample's papers: never drawn again. */
const excluded = new Set(
  excludeFile === undefined
    ? []
    : (JSON.parse(readFileSync(excludeFile, "utf8")) as { title: string }[]).map((p) => p.title),
);

const sample: { id: string | null; category: string; file: string; title: string; abstract: string }[] = [];
for (const file of readdirSync(corpus)
  .filter((f) => f.endsWith(".tsv.xz"))
  .sort()) {
  const read = await readInputs([path.join(corpus, file)]);
  const papers = dedupEntries(read.files.flatMap((f) => f.entries))
    .filter((p) => p.abstract.length >= 400 && !excluded.has(p.title))
    .sort((a, b) => (a.arxivId ?? a.title).localeCompare(b.arxivId ?? b.title));
  const order = shuffle(Int32Array.from(papers.keys()), seededRng(seed));
  for (const i of Array.from(order).slice(0, per)) {
    const p = papers[i]!;
    sample.push({
      id: p.arxivId,
      category: file.replace(/\.tsv\.xz$/, ""),
      file,
      title: p.title,
      abstract: p.abstract,
    });
  }
  process.stderr.write(`eval:sample: ${file}: ${papers.length} papers, ${Math.min(per, papers.length)} drawn\n`);
}
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(sample, null, 1)}\n`);
process.stderr.write(`eval:sample: ${sample.length} abstracts → ${path.relative(process.cwd(), out)}\n`);
