/**
 * Load stage
 * ==========
 * Writes one input file's papers (and what extraction found in them) into Neo4j in ONE write
 * transaction: a file is committed whole or not at all. A `Source` node keyed by the file's sha256
 * makes re-ingesting an unchanged file a no-op. Papers already in the graph are merged with the
 * incoming copy by the same rule dedup uses, so the richest metadata wins whatever the order.
 */
import type { Db, Tx } from "../../db/client.ts";
import {
  CLEAR_EXTRACTION,
  CREATE_MENTIONS,
  CREATE_PROPOSES,
  DELETE_ORPHAN_CONCEPTS,
  REBUILD_INFERRED_CITATIONS,
  SET_CONCEPT_PAPER_COUNTS,
  UPSERT_CONCEPTS,
} from "../../schema/cypher/concepts.ts";
import { CREATE_SOURCE, FIND_PAPERS, FIND_SOURCE, LINK_PAPERS_TO_SOURCE, UPSERT_PAPERS } from "../../schema/cypher/papers.ts";
import { PaperAtlasError, isPaperAtlasError } from "../../schema/errors.ts";
import type { ConceptType, ExtractedPaper, Paper } from "../../schema/model.ts";
import { mergePapers } from "../dedup/index.ts";
import { extractionRows, paperFromStored, samePaper } from "./rows.ts";

/** One input file, already parsed and deduplicated within itself. */
export interface LoadInput {
  name: string;
  path: string;
  sha256: string;
  format: string;
  papers: Paper[];
}

/** What the loader needs from extraction: kept as an interface so the load stays testable alone. */
export interface Extractor {
  extract(papers: readonly Paper[]): ExtractedPaper[];
  conceptId(type: ConceptType, name: string): string;
}

export interface LoadProgress {
  file: string;
  papersWritten: number;
  papersTotal: number;
}

export interface LoadOptions {
  now: () => Date;
  extractor?: Extractor;
  /** Papers per UNWIND batch inside the file's transaction. */
  batchSize?: number;
  /** Called after each batch; throwing from it aborts the file and rolls it back. */
  onProgress?: (progress: LoadProgress) => void;
}

export type FileStatus = "loaded" | "unchanged" | "failed";

export interface FileOutcome {
  name: string;
  path: string;
  status: FileStatus;
  papers: number;
  newPapers: number;
  updatedPapers: number;
  unchangedPapers: number;
  mentions: number;
  error?: PaperAtlasError;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function writeExtraction(tx: Tx, papers: Paper[], extractor: Extractor, batchSize: number): Promise<number> {
  const rows = extractionRows(extractor.extract(papers), (type, name) => extractor.conceptId(type, name));
  await tx.run(CLEAR_EXTRACTION, { ids: papers.map((p) => p.id) });
  for (const [type, concepts] of rows.conceptsByType) {
    for (const batch of chunks(concepts, batchSize * 4)) await tx.run(UPSERT_CONCEPTS[type], { concepts: batch });
  }
  for (const batch of chunks(rows.mentions, batchSize * 8)) await tx.run(CREATE_MENTIONS, { mentions: batch });
  for (const batch of chunks(rows.proposals, batchSize * 4)) await tx.run(CREATE_PROPOSES, { proposals: batch });
  return rows.mentions.length;
}

export async function loadFile(db: Db, input: LoadInput, options: LoadOptions): Promise<FileOutcome> {
  const base = { name: input.name, path: input.path, papers: input.papers.length, mentions: 0 };
  const counts = { newPapers: 0, updatedPapers: 0, unchangedPapers: 0 };
  const batchSize = options.batchSize ?? 500;
  try {
    const known = await db.read(FIND_SOURCE, { sha256: input.sha256 });
    if (known.length > 0) return { ...base, ...counts, status: "unchanged", unchangedPapers: input.papers.length };
    const mentions = await db.transaction(async (tx) => {
      // executeWrite may retry the whole function on a transient error: start every attempt afresh.
      counts.newPapers = counts.updatedPapers = counts.unchangedPapers = 0;
      const merged: Paper[] = [];
      let written = 0;
      for (const batch of chunks(input.papers, batchSize)) {
        const stored = await tx.run(FIND_PAPERS, { ids: batch.map((p) => p.id) });
        const existing = new Map(stored.map((row) => [row.paper["id"], paperFromStored(row.paper)]));
        const rows = batch.map((incoming) => {
          const before = existing.get(incoming.id);
          if (before === undefined) {
            counts.newPapers += 1;
            return incoming;
          }
          const after = mergePapers(before, incoming);
          if (samePaper(before, after)) counts.unchangedPapers += 1;
          else counts.updatedPapers += 1;
          return after;
        });
        await tx.run(UPSERT_PAPERS, { papers: rows });
        merged.push(...rows);
        written += batch.length;
        options.onProgress?.({ file: input.name, papersWritten: written, papersTotal: input.papers.length });
      }
      await tx.run(CREATE_SOURCE, {
        source: {
          sha256: input.sha256,
          path: input.path,
          name: input.name,
          format: input.format,
          ingestedAt: options.now().toISOString(),
          paperCount: input.papers.length,
        },
      });
      await tx.run(LINK_PAPERS_TO_SOURCE, { sha256: input.sha256, ids: input.papers.map((p) => p.id) });
      return options.extractor ? writeExtraction(tx, merged, options.extractor, batchSize) : 0;
    });
    return { ...base, ...counts, mentions, status: "loaded" };
  } catch (error) {
    const failure = isPaperAtlasError(error)
      ? error
      : new PaperAtlasError("INTERNAL", `load: ${input.name}: ${error instanceof Error ? error.message : String(error)}`, {
          where: input.path,
          cause: error,
        });
    return { ...base, newPapers: 0, updatedPapers: 0, unchangedPapers: 0, status: "failed", error: failure };
  }
}

export interface FinishResult {
  concepts: number;
  orphansDeleted: number;
  inferredCitations: number;
}

/** After all files: drop concepts nobody mentions, recount papers per concept, rebuild inferred CITES. */
export async function finishLoad(db: Db): Promise<FinishResult> {
  const [orphans] = await db.write(DELETE_ORPHAN_CONCEPTS, {});
  const [counted] = await db.write(SET_CONCEPT_PAPER_COUNTS, {});
  const [cites] = await db.write(REBUILD_INFERRED_CITATIONS, {});
  return {
    orphansDeleted: orphans?.deleted ?? 0,
    concepts: counted?.concepts ?? 0,
    inferredCitations: cites?.cites ?? 0,
  };
}
