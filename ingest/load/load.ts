/**
 * Load stage: the writes
 * ======================
 * `writeRecords(tx, source, records, options)` writes one batch of deduplicated papers (and what
 * extraction found in them) inside a transaction the caller opened: the batch's `Source` node
 * (keyed by the file's sha256), then the papers in UNWIND chunks. Papers already in the graph are
 * merged with the incoming copy by the same rule dedup uses, so the richest metadata wins whatever
 * the order; they are found by any identifier they share (plan.ts), so one paper from two sources
 * is one node. Authors become `Author` nodes with `WRITTEN_BY {position}`; references and citers
 * become `CITES {source}` to papers in the graph or to stub papers (`stub: true`) filled in later.
 *
 * Which transaction a batch is written in is the batch loop's business (loop.ts): all of a file's
 * batches in one, or one per batch. `markSourceDone` gives the Source its `paperCount` once the
 * whole file is in; `sourceDone` tells the loop a file is in already. `finishLoad` runs once after
 * every file.
 */
import type { Db, Tx } from "../../db/client.ts";
import {
  CREATE_CONCEPTS,
  DELETE_ORPHAN_CONCEPTS,
  FIND_CONCEPT_ALIASES,
  REBUILD_INFERRED_CITATIONS,
  SET_CONCEPT_ALIASES,
  SET_CONCEPT_PAPER_COUNTS,
} from "../../schema/cypher/concepts.ts";
import {
  ABSORB_PAPERS,
  CREATE_PAPERS,
  FIND_PAPERS_BY_KEYS,
  FIND_SOURCE,
  MERGE_CITES,
  MERGE_SOURCE,
  MERGE_STUBS,
  REKEY_PAPERS,
  SET_SOURCE_COUNT,
  UPDATE_PAPERS,
  type PaperKeys,
} from "../../schema/cypher/papers.ts";
import { AWAIT_TEXT_INDEXES } from "../../schema/cypher/constraints.ts";
import { PaperAtlasError, isPaperAtlasError } from "../../schema/errors.ts";
import type { ConceptRow, NewConceptRow, TypedConceptRow } from "../../schema/cypher/concepts.ts";
import type { ConceptType, ExtractedPaper, Paper } from "../../schema/model.ts";
import type { PaperRecord } from "../dedup/index.ts";
import { lookupKeys, planCitations, planPapers, type PlannedPaper } from "./plan.ts";
import {
  authorRows,
  extractionRows,
  newPaperRows,
  oldPaperRows,
  paperFromStored,
  planConcepts,
  titleHash,
  uniqueMentions,
  type ExtractionRows,
} from "./rows.ts";

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

export type FileStatus = "loaded" | "unchanged" | "failed";

export interface FileOutcome {
  name: string;
  path: string;
  status: FileStatus;
  /** Papers written (committed) from the file; for an unchanged file read whole, the papers it holds. */
  papers: number;
  newPapers: number;
  updatedPapers: number;
  unchangedPapers: number;
  mentions: number;
  /** CITES written from this file's citation data, and stub papers created for them. */
  citations: number;
  stubs: number;
  /** WRITTEN_BY relationships written. */
  authorships: number;
  error?: PaperAtlasError;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Concepts a file's earlier commits wrote (a streamed file's earlier batches), with their aliases:
 * a later batch only upserts a concept that is new or gained an alias (filled after each commit,
 * never before).
 */
export type ConceptCache = Map<string, Set<string>>;

function known(cache: ConceptCache | undefined, row: ConceptRow): boolean {
  const aliases = cache?.get(row.id);
  return aliases !== undefined && row.aliases.every((a) => aliases.has(a));
}

/** Concepts found in a batch: new ones created, stored ones given their new aliases; returns what was written. */
async function writeConcepts(
  tx: Tx,
  byType: ReadonlyMap<ConceptType, ConceptRow[]>,
  cache: ConceptCache | undefined,
): Promise<ConceptRow[]> {
  // Concepts an earlier commit of this file wrote as they are need no look-up and no write.
  const unknownByType = [...byType].map(([type, rows]) => [type, rows.filter((row) => !known(cache, row))] as const);
  const unknown = unknownByType.flatMap(([, rows]) => rows);
  if (unknown.length === 0) return [];
  const stored = new Map<string, string[]>();
  for (const batch of chunks(unknown, CONCEPT_CHUNK)) {
    for (const row of await tx.run(FIND_CONCEPT_ALIASES, { ids: batch.map((c) => c.id) }))
      stored.set(row.id, row.aliases);
  }
  const created: TypedConceptRow[] = [];
  const grown: NewConceptRow[] = [];
  for (const [type, rows] of unknownByType) {
    const planned = planConcepts(rows, stored);
    for (const row of planned.created) created.push({ ...row, type });
    grown.push(...planned.grown);
  }
  // Every type in one statement: a round trip per batch, not one per type.
  for (const batch of chunks(created, CONCEPT_CHUNK)) await tx.run(CREATE_CONCEPTS, { concepts: batch });
  for (const batch of chunks(grown, CONCEPT_CHUNK)) await tx.run(SET_CONCEPT_ALIASES, { concepts: batch });
  return [...created, ...grown];
}

const CONCEPT_CHUNK = 10_000;

/** What writing a batch did, by kind. */
export interface Counts {
  newPapers: number;
  updatedPapers: number;
  unchangedPapers: number;
  citations: number;
  stubs: number;
  authorships: number;
}

export const zeroCounts = (): Counts => ({
  newPapers: 0,
  updatedPapers: 0,
  unchangedPapers: 0,
  citations: 0,
  stubs: 0,
  authorships: 0,
});

async function findByKeys(tx: Tx, keys: Partial<PaperKeys>): Promise<Paper[]> {
  const all: PaperKeys = { ids: [], arxivIds: [], dois: [], openalexIds: [], s2Ids: [], titleHashes: [], ...keys };
  const rows = await tx.run(FIND_PAPERS_BY_KEYS, all);
  return rows.map((row) => paperFromStored(row.paper));
}

/** Plans the chunk against the graph; a merged id held by a node the keys did not find joins the plan. */
async function planAgainstGraph(tx: Tx, records: PaperRecord[]) {
  const keys = lookupKeys(
    records.map((r) => r.paper),
    titleHash,
  );
  let stored = await findByKeys(tx, keys);
  let plan = planPapers(records, stored);
  // Ids looked up already need no second look; a merge that changed an id needs one.
  const known = new Set([...keys.ids, ...stored.map((p) => p.id)]);
  const missing = plan.papers.map((p) => p.merged.id).filter((id) => !known.has(id));
  if (missing.length > 0) {
    const more = await findByKeys(tx, { ids: missing });
    if (more.length > 0) {
      stored = [...stored, ...more];
      plan = planPapers(records, stored);
    }
  }
  return plan;
}

/** What a batch writes besides its papers: their extraction, and the concepts the file's earlier commits wrote. */
interface ExtractionContext {
  extractor: Extractor;
  cache?: ConceptCache;
}

interface ChunkWritten {
  /** The papers as merged with the graph. */
  planned: PlannedPaper[];
  mentions: number;
  /** Concepts created or given new aliases (with all their aliases), for the file's cache. */
  concepts: ConceptRow[];
}

const noExtraction: ExtractionRows = { conceptsByType: new Map(), mentions: [], proposals: [] };

/**
 * Writes one chunk of papers with their authors, extraction and citations. Papers new to the graph
 * are created with all their relationships in one statement (CREATE_PAPERS, after the concepts
 * they mention); papers the graph had are updated and relinked with MERGE.
 */
async function writeChunk(
  tx: Tx,
  records: PaperRecord[],
  sha256: string,
  counts: Counts,
  extraction: ExtractionContext | undefined,
): Promise<ChunkWritten> {
  const plan = await planAgainstGraph(tx, records);
  const fresh = new Set(plan.papers.filter((p) => p.fresh).map((p) => p.merged.id));
  const isFresh = (row: { id: string }) => fresh.has(row.id);
  if (plan.rekeys.length > 0) await tx.run(REKEY_PAPERS, { rows: plan.rekeys });
  if (plan.absorbs.length > 0) await tx.run(ABSORB_PAPERS, { pairs: plan.absorbs });
  for (const p of plan.papers) {
    // A paper known only as a reference (an S2 references page) is counted as a stub, not a paper.
    if (p.merged.stub === true) counts.stubs += p.fresh ? 1 : 0;
    else counts[`${p.status}Papers` as "newPapers" | "updatedPapers" | "unchangedPapers"] += 1;
  }
  const described = plan.papers.map((p) => p.merged).filter((p) => p.stub !== true);
  const rows = extraction
    ? extractionRows(extraction.extractor.extract(described), (type, name) =>
        extraction.extractor.conceptId(type, name),
      )
    : noExtraction;
  const concepts = extraction ? await writeConcepts(tx, rows.conceptsByType, extraction.cache) : [];
  const mentions = uniqueMentions(rows.mentions);
  const authors = authorRows(plan.papers.map((p) => ({ id: p.merged.id, authors: p.record.authors })));
  counts.authorships += authors.links.length;

  const created = plan.upserts.filter(isFresh);
  if (created.length > 0) {
    await tx.run(CREATE_PAPERS, { sha256, papers: newPaperRows(created, authors, mentions, rows.proposals) });
  }
  const old = plan.papers.map((p) => p.merged.id).filter((id) => !fresh.has(id));
  if (old.length > 0) {
    // Re-extraction replaces what a stored paper had; a re-keyed paper has its properties already.
    const cleared = new Set(extraction ? described.filter((p) => !fresh.has(p.id)).map((p) => p.id) : []);
    const props = new Map(plan.upserts.filter((row) => !isFresh(row)).map((row) => [row.id, row]));
    const papers = oldPaperRows(old, props, cleared, authors, mentions, rows.proposals);
    await tx.run(UPDATE_PAPERS, { sha256, papers });
  }

  const citing = plan.papers
    .filter((p) => p.record.references.length + p.record.citedBy.length > 0)
    .map((p) => ({ id: p.merged.id, references: p.record.references, citedBy: p.record.citedBy }));
  if (citing.length > 0) {
    const refs = citing.flatMap((c) => [...c.references, ...c.citedBy]);
    const known = await findByKeys(tx, lookupKeys(refs, titleHash));
    const cplan = planCitations(citing, known);
    if (cplan.stubs.length > 0) await tx.run(MERGE_STUBS, { stubs: cplan.stubs });
    if (cplan.cites.length > 0) await tx.run(MERGE_CITES, { cites: cplan.cites });
    counts.stubs += cplan.stubs.length;
    counts.citations += cplan.cites.length;
  }
  return { planned: plan.papers, mentions: mentions.length, concepts };
}

/** The file a batch comes from, as its Source node records it. */
export interface SourceFile {
  name: string;
  path: string;
  sha256: string;
  format: string;
}

export interface WriteOptions {
  now: () => Date;
  /** Extraction of the batch's papers (as merged with the graph); absent: papers only. */
  extractor?: Extractor;
  /** Concepts earlier commits of this file wrote: looked up and written again only when they changed. */
  cache?: ConceptCache;
  /** Papers per UNWIND chunk. */
  chunkSize: number;
  /** Called after each chunk with the batch's papers written so far; throwing aborts the transaction. */
  onChunk?: (written: number) => void;
}

/** What one batch wrote. */
export interface BatchWritten extends Counts {
  papers: number;
  mentions: number;
  /** The papers as written (merged with the graph), for callers that track ids. */
  ids: string[];
  /** Concepts created or given new aliases (with all their aliases), for the file's ConceptCache once committed. */
  concepts: ConceptRow[];
}

/**
 * Writes one batch of deduplicated records in `tx`: the Source node (created with the batch that
 * comes first), then the papers in chunks of `chunkSize` (see the banner). Returns what it wrote;
 * a transaction retried from the start simply calls it again.
 */
export async function writeRecords(
  tx: Tx,
  source: SourceFile,
  records: readonly PaperRecord[],
  options: WriteOptions,
): Promise<BatchWritten> {
  const counts = zeroCounts();
  await tx.run(MERGE_SOURCE, { source: sourceProps(source, options.now) });
  const extraction = options.extractor
    ? { extractor: options.extractor, ...(options.cache ? { cache: options.cache } : {}) }
    : undefined;
  const out: BatchWritten = { ...counts, papers: 0, mentions: 0, ids: [], concepts: [] };
  for (const chunk of chunks(records, options.chunkSize)) {
    const written = await writeChunk(tx, chunk, source.sha256, counts, extraction);
    out.papers += chunk.length;
    out.mentions += written.mentions;
    for (const p of written.planned) out.ids.push(p.merged.id);
    out.concepts.push(...written.concepts);
    options.onChunk?.(out.papers);
  }
  return { ...out, ...counts };
}

/** Remembers concepts a commit wrote, so the file's later batches take them as written. */
export function rememberConcepts(cache: ConceptCache, rows: readonly ConceptRow[]): void {
  for (const row of rows) {
    const aliases = cache.get(row.id) ?? new Set<string>();
    for (const a of row.aliases) aliases.add(a);
    cache.set(row.id, aliases);
  }
}

function sourceProps(source: SourceFile, now: () => Date) {
  return {
    sha256: source.sha256,
    path: source.path,
    name: source.name,
    format: source.format,
    ingestedAt: now().toISOString(),
  };
}

/** True when a file with this hash was ingested completely before. */
export async function sourceDone(db: Db, sha256: string): Promise<boolean> {
  return (await db.read(FIND_SOURCE, { sha256 })).length > 0;
}

/** Marks a file done: its Source gets the number of papers read from it (until then it does not count as ingested). */
export async function markSourceDone(tx: Tx, sha256: string, paperCount: number): Promise<void> {
  await tx.run(SET_SOURCE_COUNT, { sha256, paperCount });
}

/** The error a failed file reports: a PaperAtlasError as it is, anything else as INTERNAL with the file. */
export function loadError(input: { name: string; path: string }, error: unknown): PaperAtlasError {
  return isPaperAtlasError(error)
    ? error
    : new PaperAtlasError(
        "INTERNAL",
        `load: ${input.name}: ${error instanceof Error ? error.message : String(error)}`,
        {
          where: input.path,
          cause: error,
        },
      );
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
  // Search finds every loaded paper once the ingest returns.
  await db.write(AWAIT_TEXT_INDEXES, {});
  return {
    orphansDeleted: orphans?.deleted ?? 0,
    concepts: counted?.concepts ?? 0,
    inferredCitations: cites?.cites ?? 0,
  };
}
