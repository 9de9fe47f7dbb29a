/**
 * Pure conversions between the model and what the load queries take: papers to and from stored
 * properties, extraction results to concept and mention rows. No driver, no I/O.
 */
import type { ConceptType, ExtractedPaper, Paper } from "../../schema/model.ts";
import type { ConceptRow, MentionRow, NewConceptRow, ProposesRow } from "../../schema/cypher/concepts.ts";
import type { AuthorLinkRow, AuthorRow, NewPaperRow, OldPaperRow, PaperRow } from "../../schema/cypher/papers.ts";
import { shortHash, titleKey } from "../dedup/index.ts";

/** Neo4j drops null properties; reading back restores them so stored and parsed papers compare equal. */
export function paperFromStored(stored: Record<string, unknown>): Paper {
  const text = (key: string) => (typeof stored[key] === "string" ? (stored[key] as string) : null);
  const num = (key: string) => (typeof stored[key] === "number" ? (stored[key] as number) : null);
  const list = (key: string) => (Array.isArray(stored[key]) ? (stored[key] as string[]) : []);
  return {
    id: String(stored["id"]),
    title: text("title") ?? "",
    abstract: text("abstract") ?? "",
    authorCount: num("authorCount"),
    organization: text("organization"),
    published: text("published"),
    year: num("year"),
    upvotes: num("upvotes"),
    links: list("links"),
    arxivId: text("arxivId"),
    sources: list("sources"),
    occurrences: list("occurrences"),
    // Identifiers and the stub flag only when set, as dedup makes them (see dedup.ts `ordered`).
    ...(text("doi") !== null ? { doi: text("doi") } : {}),
    ...(text("openalexId") !== null ? { openalexId: text("openalexId") } : {}),
    ...(text("s2Id") !== null ? { s2Id: text("s2Id") } : {}),
    ...(stored["stub"] === true ? { stub: true } : {}),
  };
}

/** The hash of a title's key, stored as `titleHash` so a paper can be found by its title. */
export function titleHash(title: string): string | null {
  return title.trim() === "" ? null : shortHash(titleKey(title));
}

/**
 * A Paper as stored: every identifier present (null when unknown, which Neo4j does not keep),
 * `stub` always a boolean so `WHERE NOT p.stub` works, and `titleHash` for lookups by title.
 */
export function paperRow(p: Paper): PaperRow {
  return {
    ...p,
    doi: p.doi ?? null,
    openalexId: p.openalexId ?? null,
    s2Id: p.s2Id ?? null,
    stub: p.stub === true,
    titleHash: titleHash(p.title),
  };
}

/** An Author node's key: the name's title key ("A. Turing" → "a turing"). */
export function authorId(name: string): string {
  return titleKey(name);
}

/** Author nodes and WRITTEN_BY rows for papers and their author lists (first spelling of a key wins). */
export function authorRows(papers: readonly { id: string; authors: readonly string[] }[]): {
  authors: AuthorRow[];
  links: AuthorLinkRow[];
} {
  const authors = new Map<string, AuthorRow>();
  const links: AuthorLinkRow[] = [];
  for (const paper of papers) {
    const seen = new Set<string>();
    paper.authors.forEach((name, position) => {
      const id = authorId(name);
      if (id === "" || seen.has(id)) return;
      seen.add(id);
      if (!authors.has(id)) authors.set(id, { id, name });
      links.push({ paperId: paper.id, authorId: id, position });
    });
  }
  return { authors: [...authors.values()], links };
}

/** Compares through the stored form, which fixes the key order. */
export function samePaper(a: Paper, b: Paper): boolean {
  const canonical = (paper: Paper) => JSON.stringify(paperFromStored({ ...paper }));
  return canonical(a) === canonical(b);
}

export interface ExtractionRows {
  conceptsByType: Map<ConceptType, ConceptRow[]>;
  mentions: MentionRow[];
  proposals: ProposesRow[];
}

/**
 * A title mention says more about a paper than one in passing: weight = count, doubled in the
 * title. Clustering re-weights by how common a concept is; this is only the per-paper signal.
 */
export function mentionWeight(count: number, inTitle: boolean): number {
  return count * (inTitle ? 2 : 1);
}

export function extractionRows(
  extracted: readonly ExtractedPaper[],
  conceptId: (type: ConceptType, name: string) => string,
): ExtractionRows {
  const concepts = new Map<string, ConceptRow & { type: ConceptType }>();
  const mentions: MentionRow[] = [];
  const proposals: ProposesRow[] = [];
  for (const paper of extracted) {
    for (const entity of paper.entities) {
      const id = conceptId(entity.type, entity.name);
      const known = concepts.get(id);
      const aliases = new Set([...(known?.aliases ?? []), ...entity.aliases]);
      concepts.set(id, { id, name: known?.name ?? entity.name, type: entity.type, aliases: [...aliases].sort() });
      mentions.push({
        paperId: paper.id,
        conceptId: id,
        count: entity.count,
        inTitle: entity.inTitle,
        weight: mentionWeight(entity.count, entity.inTitle),
      });
    }
    if (paper.proposed !== null) {
      const id = conceptId("method", paper.proposed);
      if (concepts.has(id)) proposals.push({ paperId: paper.id, conceptId: id });
    }
  }
  const conceptsByType = new Map<ConceptType, ConceptRow[]>();
  for (const { type, ...row } of concepts.values()) {
    const rows = conceptsByType.get(type) ?? [];
    rows.push(row);
    conceptsByType.set(type, rows);
  }
  return { conceptsByType, mentions, proposals };
}

/** One row per (paper, concept), the last winning as MERGE … SET would. */
export function uniqueMentions(mentions: readonly MentionRow[]): MentionRow[] {
  return [...new Map(mentions.map((m) => [`${m.paperId}\u0000${m.conceptId}`, m])).values()];
}

/** The part NewPaperRow and OldPaperRow share: what hangs off each paper, nested under it. */
type PaperChildren = Pick<NewPaperRow, "authors" | "mentions" | "proposes">;

/** Nests authors, mentions and proposals under their paper's row (rows of papers not in `rows` are dropped). */
function nestUnderPapers<R extends PaperChildren>(
  rows: Map<string, R>,
  authors: { authors: readonly AuthorRow[]; links: readonly AuthorLinkRow[] },
  mentions: readonly MentionRow[],
  proposals: readonly ProposesRow[],
): R[] {
  const names = new Map(authors.authors.map((a) => [a.id, a.name]));
  for (const l of authors.links)
    rows.get(l.paperId)?.authors.push({ id: l.authorId, name: names.get(l.authorId)!, position: l.position });
  for (const { paperId, ...m } of mentions) rows.get(paperId)?.mentions.push(m);
  for (const p of proposals) rows.get(p.paperId)?.proposes.push(p.conceptId);
  return [...rows.values()];
}

/** New papers with their authors, mentions and proposals nested, for CREATE_PAPERS. */
export function newPaperRows(
  papers: readonly PaperRow[],
  authors: { authors: readonly AuthorRow[]; links: readonly AuthorLinkRow[] },
  mentions: readonly MentionRow[],
  proposals: readonly ProposesRow[],
): NewPaperRow[] {
  const rows = new Map<string, NewPaperRow>(
    papers.map((props) => [props.id, { props, authors: [], mentions: [], proposes: [] }]),
  );
  return nestUnderPapers(rows, authors, mentions, proposals);
}

/**
 * Papers the graph had with their authors, mentions and proposals nested, for UPDATE_PAPERS:
 * `props` for those whose properties are written here (not re-keyed), `clear` for the re-extracted.
 */
export function oldPaperRows(
  ids: readonly string[],
  props: ReadonlyMap<string, PaperRow>,
  cleared: ReadonlySet<string>,
  authors: { authors: readonly AuthorRow[]; links: readonly AuthorLinkRow[] },
  mentions: readonly MentionRow[],
  proposals: readonly ProposesRow[],
): OldPaperRow[] {
  const rows = new Map<string, OldPaperRow>(
    ids.map((id) => [
      id,
      { id, props: props.get(id) ?? null, clear: cleared.has(id), authors: [], mentions: [], proposes: [] },
    ]),
  );
  return nestUnderPapers(rows, authors, mentions, proposals);
}

/** The full-text index reads aliases as one string (a leading space before each, as stored before). */
export function aliasText(aliases: readonly string[]): string {
  return aliases.map((a) => ` ${a}`).join("");
}

export interface ConceptWrites {
  /** Concepts the graph does not have. */
  created: NewConceptRow[];
  /** Stored concepts that gained aliases: stored ones first, then the new, without repeats. */
  grown: NewConceptRow[];
}

/** Splits extracted concepts of one type into new ones and stored ones with new aliases; the rest need no write. */
export function planConcepts(
  rows: readonly ConceptRow[],
  stored: ReadonlyMap<string, readonly string[]>,
): ConceptWrites {
  const out: ConceptWrites = { created: [], grown: [] };
  for (const row of rows) {
    const have = stored.get(row.id);
    if (have === undefined) {
      const aliases = [...new Set(row.aliases)];
      out.created.push({ ...row, aliases, aliasText: aliasText(aliases) });
      continue;
    }
    const aliases = [...new Set([...have, ...row.aliases])];
    if (aliases.length > have.length) out.grown.push({ ...row, aliases, aliasText: aliasText(aliases) });
  }
  return out;
}
