/**
 * `npm run mine:lexicon`: what the corpus names that the lexicons do not know
 * ==========================================================================
 * Reads every `.tsv.xz` of ../shared/corpus/arxiv (one category each) with the project's reader and
 * dedup, leaves out the papers of the evaluation samples (eval/arxiv-sample.json,
 * eval/arxiv-heldout.json: nothing learnt from the corpus may come from the papers that score the
 * extractor), prepares each paper as the extractor does and lists `mineCandidates` as TSV:
 * kind, form, long form, papers, head type, then papers per category. The list is for review:
 * a reviewed line becomes a lexicon entry, with its count as the reason (ingest/extract/README.md).
 *   npm run mine:lexicon -- [--min 5] [--out test-output/mine/candidates.tsv]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";
import { dedupEntries } from "../ingest/dedup/index.ts";
import { defaultLexicon } from "../ingest/extract/index.ts";
import { mineCandidates, type MinedPaper } from "../ingest/extract/mine.ts";
import { preparePaper } from "../ingest/extract/prepare.ts";
import { titleKey } from "../ingest/extract/score.ts";
import { readInputs } from "../ingest/read/index.ts";

const named = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const minPapers = Number(named("--min") ?? 5);
const out = path.resolve(named("--out") ?? path.join(PROJECT_ROOT, "test-output/mine/candidates.tsv"));
const corpus = path.resolve(PROJECT_ROOT, "../shared/corpus/arxiv");

const evalTitles = new Set<string>();
for (const file of ["arxiv-sample.json", "arxiv-heldout.json"]) {
  const p = path.join(PROJECT_ROOT, "eval", file);
  if (!existsSync(p)) continue;
  for (const { title } of JSON.parse(readFileSync(p, "utf8")) as { title: string }[]) evalTitles.add(titleKey(title));
}

const papers: MinedPaper[] = [];
const categories: string[] = [];
for (const file of readdirSync(corpus)
  .filter((f) => f.endsWith(".tsv.xz"))
  .sort()) {
  const category = file.replace(/\.tsv\.xz$/, "").replace(/^cs\./, "");
  categories.push(category);
  const read = await readInputs([path.join(corpus, file)]);
  let kept = 0;
  for (const p of dedupEntries(read.files.flatMap((f) => f.entries))) {
    if (p.stub || evalTitles.has(titleKey(p.title))) continue;
    papers.push({ prepared: preparePaper({ id: p.id, title: p.title, abstract: p.abstract }), category });
    kept += 1;
  }
  process.stderr.write(`mine:lexicon: ${file}: ${kept} papers\n`);
}
const started = performance.now();
const candidates = mineCandidates(papers, defaultLexicon(), { minPapers });
const rows = candidates.map((c) =>
  [c.kind, c.form, c.long ?? "", c.papers, c.headType ?? "", ...categories.map((k) => c.byCategory[k] ?? 0)].join("\t"),
);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${["kind", "form", "long", "papers", "head", ...categories].join("\t")}\n${rows.join("\n")}\n`);
const byKind = new Map<string, number>();
for (const c of candidates) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
process.stderr.write(
  `mine:lexicon: ${papers.length} papers (${evalTitles.size} eval papers left out), ${candidates.length} candidates in ${((performance.now() - started) / 1000).toFixed(1)} s: ${[
    ...byKind,
  ]
    .map(([k, v]) => `${v} ${k}`)
    .join(", ")} → ${path.relative(process.cwd(), out)}\n`,
);
