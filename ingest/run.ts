/**
 * Ingest runner
 * =============
 * parse → dedup → (extract) → load, file by file. Reads every input, refuses the bad ones with
 * a reason, loads each good file in its own transaction, then refreshes concept counts and inferred
 * citations. Returns a summary; printing it is the CLI's job.
 */
import type { Db } from "../db/client.ts";
import type { ExtractedPaper, Paper } from "../schema/model.ts";
import type { Warning } from "../schema/warnings.ts";
import { dedupEntries } from "./dedup/index.ts";
import { conceptId, extractCorpus, type ExtractOptions } from "./extract/index.ts";
import { finishLoad, loadFile, type Extractor, type FileOutcome, type LoadProgress } from "./load/load.ts";
import { readInputs, type RefusedInput } from "./read/index.ts";

export interface IngestOptions {
  format?: string;
  /** Entity extraction: on by default; `false` loads papers only (ExtractOptions carry a thesaurus). */
  extract?: boolean | ExtractOptions;
  now?: () => Date;
  batchSize?: number;
  onFileStart?: (file: string, papers: number) => void;
  onProgress?: (progress: LoadProgress) => void;
}

export interface IngestSummary {
  files: FileOutcome[];
  refused: RefusedInput[];
  entries: number;
  distinctPapers: number;
  newPapers: number;
  updatedPapers: number;
  unchangedPapers: number;
  mentions: number;
  concepts: number;
  inferredCitations: number;
  warnings: Warning[];
  elapsedMs: number;
}

export async function runIngest(db: Db, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = Date.now();
  const read = await readInputs(paths, options.format === undefined ? {} : { format: options.format });
  const outcomes: FileOutcome[] = [];
  const allEntries = read.files.flatMap((file) => file.entries);
  const extractor =
    options.extract === false ? undefined : corpusExtractor(dedupEntries(allEntries), options.extract === true ? {} : options.extract);
  for (const file of read.files) {
    const papers = dedupEntries(file.entries);
    options.onFileStart?.(file.name, papers.length);
    outcomes.push(
      await loadFile(
        db,
        { name: file.name, path: file.path, sha256: file.sha256, format: file.format, papers },
        {
          now: options.now ?? (() => new Date()),
          ...(extractor ? { extractor } : {}),
          ...(options.batchSize ? { batchSize: options.batchSize } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        },
      ),
    );
  }
  const loadedAny = outcomes.some((o) => o.status === "loaded");
  const finished = loadedAny ? await finishLoad(db) : { concepts: 0, inferredCitations: 0, orphansDeleted: 0 };
  const sum = (key: "newPapers" | "updatedPapers" | "unchangedPapers" | "mentions") =>
    outcomes.reduce((total, outcome) => total + outcome[key], 0);
  return {
    files: outcomes,
    refused: read.refused,
    entries: allEntries.length,
    distinctPapers: dedupEntries(allEntries).length,
    newPapers: sum("newPapers"),
    updatedPapers: sum("updatedPapers"),
    unchangedPapers: sum("unchangedPapers"),
    mentions: sum("mentions"),
    concepts: finished.concepts,
    inferredCitations: finished.inferredCitations,
    warnings: read.files.flatMap((file) => file.warnings),
    elapsedMs: Date.now() - started,
  };
}

/** Extraction over every paper of the run at once, so acronyms defined in one paper resolve in all. */
export function corpusExtractor(papers: readonly Paper[], options: ExtractOptions = {}): Extractor {
  const fallback: Extractor = { conceptId, extract: (batch) => extractCorpus(batch, options) };
  return precomputedExtractor(extractCorpus(papers, options), papers, fallback);
}

/**
 * Wraps a corpus-level extraction (which sees every paper at once, for cross-paper acronym merges)
 * as the loader's per-file Extractor; a paper whose text changed on merge is extracted afresh.
 */
export function precomputedExtractor(
  results: readonly ExtractedPaper[],
  papers: readonly Paper[],
  fallback: Extractor,
): Extractor {
  const byId = new Map(results.map((result) => [result.id, result]));
  const textById = new Map(papers.map((paper) => [paper.id, `${paper.title}\n${paper.abstract}`]));
  return {
    conceptId: fallback.conceptId,
    extract(batch) {
      const fresh = batch.filter((p) => !byId.has(p.id) || textById.get(p.id) !== `${p.title}\n${p.abstract}`);
      const freshResults = new Map(fallback.extract(fresh).map((r) => [r.id, r]));
      return batch.map((p) => freshResults.get(p.id) ?? (byId.get(p.id) as ExtractedPaper));
    },
  };
}
