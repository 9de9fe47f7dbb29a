/**
 * Bulk load core: records in, CSV rows out
 * ========================================
 * `BulkGraph` takes the batches the transactional loop would write, in the same order, and emits
 * the rows of the graph that loop would leave behind, without a database. Identity across the whole
 * input is known beforehand (`planIdentity`: which entries are one paper, from their identifiers
 * and title keys only), so a paper seen once — nearly all of them — is written out as soon as its
 * batch is done and nothing of it stays in memory; a paper with copies in several batches is held
 * (merged copy, authors, latest extraction, sources) until its last copy has been seen. What stays
 * for the whole run is small: concept ids with names and aliases, author ids, and (only when the
 * input carries citation data) each paper's identifiers.
 *
 * Per batch it does what `writeRecords` (ingest/load/load.ts) does, with the same pure functions:
 * - papers: a copy merges into the paper held so far with `mergePapers` (richest wins), as the
 *   load merges an incoming paper with the stored node; stored form `paperRow`;
 * - extraction: `extractionRows` over the batch's chunk of merged papers, the batch's `Extractor`
 *   re-extracting a paper whose text changed on merge; a later copy's extraction replaces an
 *   earlier one (CLEAR_EXTRACTION); concepts are created on first sight and gain aliases as
 *   `planConcepts` says, so names and aliases come out as the load writes them;
 * - authors: `authorRows`; an author's first spelling wins, a paper's links are the union with the
 *   latest position (LINK_AUTHORS);
 * - FROM: one per paper and file it was read from; the Source's `paperCount` is what the loop
 *   counts (papers per batch after in-batch dedup, summed).
 * At the end (`finish`) it writes the concepts that some paper mentions, with `paperCount` (what
 * DELETE_ORPHAN_CONCEPTS and SET_CONCEPT_PAPER_COUNTS would leave), the Sources, and resolves
 * citation data with `planCitations` against every paper (stubs for the rest).
 */
import { CONCEPT_LABELS, type ConceptType, type Paper, type PaperRef, type ParsedEntry } from "../../schema/model.ts";
import type { MentionRow } from "../../schema/cypher/concepts.ts";
import type { PaperRow } from "../../schema/cypher/papers.ts";
import { dedupRecords, groupByIdentity, mergePapers, titleKey, type Ids, type PaperRecord } from "../dedup/index.ts";
import type { Extractor } from "../load/load.ts";
import { planCitations } from "../load/plan.ts";
import {
  aliasText,
  authorRows,
  extractionRows,
  paperRow,
  planConcepts,
  samePaper,
  uniqueMentions,
  type ExtractionRows,
} from "../load/rows.ts";
import { PAPER_KEYS, type BulkFile } from "./files.ts";

/** Receives each row as values in the file's column order (files.ts). */
export type RowSink = (file: BulkFile, values: unknown[]) => void;

/** The light identity of one entry, all pass 1 keeps (a title key rather than the title). */
export function entryIds(entry: ParsedEntry): Ids {
  return {
    title: entry.title.trim() === "" ? null : titleKey(entry.title),
    arxivId: entry.arxivId,
    doi: entry.doi ?? null,
    openalexId: entry.openalexId ?? null,
    s2Id: entry.s2Id ?? null,
  };
}

/** Which entries (numbered in reading order over the whole input) are one paper. */
export interface IdentityPlan {
  /** Per entry, the number of the first entry of its paper. */
  roots: Int32Array;
  /** Entries per paper, for papers with more than one. */
  sizes: Map<number, number>;
}

/** Groups the entries of the whole input by the identity rule (ingest/dedup/identity.ts). */
export function planIdentity(ids: readonly Ids[]): IdentityPlan {
  const roots = new Int32Array(ids.length);
  const sizes = new Map<number, number>();
  const order = ids.map((_, i) => i);
  for (const group of groupByIdentity(order, (i) => ids[i]!)) {
    const root = group[0]!;
    for (const i of group) roots[i] = root;
    if (group.length > 1) sizes.set(root, group.length);
  }
  return { roots, sizes };
}

/** The file a batch comes from, as its Source node records it. */
export interface BulkSource {
  name: string;
  path: string;
  sha256: string;
  format: string;
  ingestedAt: string;
}

/** A paper whose copies are not all seen yet, or whose batch is being written. */
interface Held {
  paper: Paper;
  authors: Map<string, number>;
  mentions: Omit<MentionRow, "paperId">[];
  proposes: string[];
  sources: Set<string>;
  references: PaperRef[];
  citedBy: PaperRef[];
  /** Entries of the paper not seen yet. */
  remaining: number;
}

export interface BulkCounts {
  entries: number;
  papers: number;
  newPapers: number;
  updatedPapers: number;
  unchangedPapers: number;
  stubs: number;
  mentions: number;
  concepts: number;
  citations: number;
  authorships: number;
  /** Papers two groups of entries ended up sharing an id with (written once, their links merged). */
  duplicateIds: number;
}

export interface BulkGraphOptions {
  /** Keep each paper's identifiers to resolve citation data at the end (only needed when the input has any). */
  citations: boolean;
}

const noExtraction: ExtractionRows = { conceptsByType: new Map(), mentions: [], proposals: [] };

export class BulkGraph {
  private readonly held = new Map<number, Held>();
  private readonly concepts = new Map<string, { name: string; type: ConceptType; aliases: string[] }>();
  private readonly conceptAliases = new Map<string, string[]>();
  private readonly paperCounts = new Map<string, number>();
  private readonly authors = new Set<string>();
  private readonly sources = new Map<string, BulkSource & { paperCount: number }>();
  private readonly ids = new Set<string>();
  private readonly known: Paper[] = [];
  private readonly citing: { id: string; references: PaperRef[]; citedBy: PaperRef[] }[] = [];
  private nextEntry = 0;
  private unnumbered = 0;
  readonly counts: BulkCounts = {
    entries: 0,
    papers: 0,
    newPapers: 0,
    updatedPapers: 0,
    unchangedPapers: 0,
    stubs: 0,
    mentions: 0,
    concepts: 0,
    citations: 0,
    authorships: 0,
    duplicateIds: 0,
  };

  constructor(
    private readonly plan: IdentityPlan,
    private readonly sink: RowSink,
    private readonly options: BulkGraphOptions,
  ) {}

  /**
   * One batch of one file, its entries in reading order (the same order pass 1 numbered them):
   * deduplicated, merged with what is held, extracted chunk by chunk (`chunkSize` records, as the
   * load's UNWIND chunks), and the papers whose last copy this was written out.
   */
  addBatch(
    source: BulkSource,
    entries: readonly ParsedEntry[],
    extractor: Extractor | undefined,
    options: { chunkSize: number; records?: PaperRecord[] },
  ): PaperRecord[] {
    const first = this.nextEntry;
    this.nextEntry += entries.length;
    this.counts.entries += entries.length;
    const rootByOccurrence = new Map<string, number>();
    const seen = new Map<number, number>();
    entries.forEach((entry, i) => {
      const root = this.plan.roots[first + i] ?? first + i;
      rootByOccurrence.set(`${entry.occurrence.file}:${entry.occurrence.line}`, root);
      seen.set(root, (seen.get(root) ?? 0) + 1);
    });
    const records = options.records ?? dedupRecords(entries);
    const known = this.sources.get(source.sha256);
    if (known) known.paperCount += records.length;
    else this.sources.set(source.sha256, { ...source, paperCount: records.length });
    // A record whose first copy pass 1 did not number (it should not happen) is a paper of its own.
    const rootOf = (record: PaperRecord) =>
      rootByOccurrence.get(record.paper.occurrences[0] ?? "") ?? --this.unnumbered;
    const touched = new Set<number>();
    for (let i = 0; i < records.length; i += options.chunkSize) {
      for (const root of this.addChunk(source, records.slice(i, i + options.chunkSize), rootOf, extractor))
        touched.add(root);
    }
    for (const root of touched) {
      const held = this.held.get(root)!;
      held.remaining -= seen.get(root) ?? held.remaining;
      if (held.remaining <= 0) this.emit(root, held);
    }
    return records;
  }

  private addChunk(
    source: BulkSource,
    records: readonly PaperRecord[],
    rootOf: (record: PaperRecord) => number,
    extractor: Extractor | undefined,
  ): number[] {
    // Copies of one paper in this chunk are one (the load's plan merges them the same way).
    const inChunk = new Map<number, { merged: Paper; authors: string[]; record: PaperRecord[] }>();
    for (const record of records) {
      const root = rootOf(record);
      const here = inChunk.get(root);
      if (here) {
        here.merged = mergePapers(record.paper, here.merged);
        if (record.authors.length > here.authors.length) here.authors = record.authors;
        here.record.push(record);
        continue;
      }
      const prior = this.held.get(root);
      const merged = prior ? mergePapers(record.paper, prior.paper) : record.paper;
      this.count(prior?.paper, merged);
      inChunk.set(root, { merged, authors: record.authors, record: [record] });
    }
    const described = [...inChunk.values()].map((c) => c.merged).filter((p) => p.stub !== true);
    const rows = extractor
      ? extractionRows(extractor.extract(described), (type, name) => extractor.conceptId(type, name))
      : noExtraction;
    this.addConcepts(rows);
    const mentions = new Map<string, Omit<MentionRow, "paperId">[]>();
    for (const { paperId, ...m } of uniqueMentions(rows.mentions)) {
      const list = mentions.get(paperId);
      if (list) list.push(m);
      else mentions.set(paperId, [m]);
    }
    const proposes = new Map<string, string[]>();
    for (const p of rows.proposals) proposes.set(p.paperId, [...(proposes.get(p.paperId) ?? []), p.conceptId]);
    for (const [root, { merged, authors, record }] of inChunk) {
      const held: Held = this.held.get(root) ?? {
        paper: merged,
        authors: new Map(),
        mentions: [],
        proposes: [],
        sources: new Set(),
        references: [],
        citedBy: [],
        remaining: root >= 0 ? (this.plan.sizes.get(root) ?? 1) : 1,
      };
      held.paper = merged;
      held.sources.add(source.sha256);
      const { authors: names, links } = authorRows([{ id: merged.id, authors }]);
      for (const a of names) {
        if (this.authors.has(a.id)) continue;
        this.authors.add(a.id);
        this.sink("authors", [a.id, a.name]);
      }
      for (const l of links) held.authors.set(l.authorId, l.position);
      if (extractor && merged.stub !== true) {
        // Re-extraction replaces what the paper had (CLEAR_EXTRACTION).
        held.mentions = mentions.get(merged.id) ?? [];
        held.proposes = proposes.get(merged.id) ?? [];
      }
      for (const r of record) {
        held.references.push(...r.references);
        held.citedBy.push(...r.citedBy);
      }
      this.held.set(root, held);
    }
    return [...inChunk.keys()];
  }

  /** The load's tally: new on first sight (or a stub filled in), then updated or unchanged. */
  private count(prior: Paper | undefined, merged: Paper): void {
    if (merged.stub === true) {
      if (!prior) this.counts.stubs += 1;
    } else if (!prior || prior.stub === true) this.counts.newPapers += 1;
    else if (prior.id === merged.id && samePaper(prior, merged)) this.counts.unchangedPapers += 1;
    else this.counts.updatedPapers += 1;
  }

  private addConcepts(rows: ExtractionRows): void {
    for (const [type, list] of rows.conceptsByType) {
      const { created, grown } = planConcepts(list, this.conceptAliases);
      for (const c of created) {
        this.concepts.set(c.id, { name: c.name, type, aliases: c.aliases });
        this.conceptAliases.set(c.id, c.aliases);
      }
      for (const c of grown) {
        this.concepts.get(c.id)!.aliases = c.aliases;
        this.conceptAliases.set(c.id, c.aliases);
      }
    }
  }

  /** Writes a paper whose copies have all been seen, with its relationships, and forgets it. */
  private emit(root: number, held: Held): void {
    this.held.delete(root);
    const row = paperRow(held.paper);
    const id = row.id;
    if (this.ids.has(id)) this.counts.duplicateIds += 1;
    else {
      this.ids.add(id);
      this.sink("papers", paperValues(row));
      if (held.paper.stub !== true) this.counts.papers += 1;
      if (this.options.citations) this.known.push(lightPaper(held.paper));
    }
    for (const sha of held.sources) this.sink("from", [id, sha]);
    for (const [author, position] of held.authors) this.sink("writtenBy", [id, author, position]);
    this.counts.authorships += held.authors.size;
    for (const m of held.mentions) {
      this.sink("mentions", [id, m.conceptId, m.count, m.inTitle, m.weight]);
      this.paperCounts.set(m.conceptId, (this.paperCounts.get(m.conceptId) ?? 0) + 1);
    }
    this.counts.mentions += held.mentions.length;
    for (const c of held.proposes) this.sink("proposes", [id, c]);
    if (held.references.length + held.citedBy.length > 0) {
      this.citing.push({ id, references: held.references, citedBy: held.citedBy });
    }
  }

  /** After the last batch: papers still held, concepts, citations and Sources. */
  finish(): BulkCounts {
    for (const [root, held] of [...this.held]) this.emit(root, held);
    for (const [id, c] of this.concepts) {
      const papers = this.paperCounts.get(id) ?? 0;
      if (papers === 0) continue; // DELETE_ORPHAN_CONCEPTS
      this.counts.concepts += 1;
      const labels = ["Concept", CONCEPT_LABELS[c.type]];
      this.sink("concepts", [id, c.name, c.type, c.aliases, aliasText(c.aliases), papers, labels]);
    }
    if (this.citing.length > 0) {
      const plan = planCitations(this.citing, this.known);
      for (const stub of plan.stubs) {
        // MERGE_STUBS leaves an existing node as it is.
        if (this.ids.has(stub.id)) continue;
        this.ids.add(stub.id);
        this.sink("papers", paperValues(stub));
        this.counts.stubs += 1;
      }
      for (const c of plan.cites) this.sink("cites", [c.from, c.to, c.source]);
      this.counts.citations += plan.cites.length;
    }
    for (const s of this.sources.values()) {
      this.sink("sources", [s.sha256, s.path, s.name, s.format, s.ingestedAt, s.paperCount]);
    }
    return this.counts;
  }
}

/** A paper's stored properties in the papers file's column order. */
export function paperValues(row: PaperRow): unknown[] {
  return PAPER_KEYS.map((key) => row[key]);
}

/** What citation matching reads of a paper (identifiers, title), without its text. */
function lightPaper(p: Paper): Paper {
  return {
    id: p.id,
    title: p.title === "" ? "" : titleKey(p.title),
    abstract: "",
    authorCount: null,
    organization: null,
    published: null,
    year: null,
    upvotes: null,
    links: [],
    arxivId: p.arxivId,
    sources: [],
    occurrences: [],
    ...(p.doi ? { doi: p.doi } : {}),
    ...(p.openalexId ? { openalexId: p.openalexId } : {}),
    ...(p.s2Id ? { s2Id: p.s2Id } : {}),
    ...(p.stub ? { stub: true } : {}),
  };
}
