/**
 * Named queries for papers, their authors, citations and source files (GUIDE §3).
 * Stub papers (`stub: true`: known only from another paper's references) are Paper nodes like the
 * others, so citations can point at them and a later file can fill them in; counts leave them out
 * (COUNT_NODES_BY_LABEL reports them as `PaperStub`).
 */
import type { AuthorNode, CitesRel, MentionsRel, PaperNode, Placement, SourceNode, WrittenByRel } from "../model.ts";
import type { MentionRow } from "./concepts.ts";
import { query } from "./query.ts";

/**
 * What the load writes for a paper (`SET p = row`): the stored `PaperNode` without what clustering
 * and layout add. Every identifier is present (null when unknown), `stub` and `titleHash` are set.
 */
export type PaperRow = Omit<PaperNode, keyof Placement>;

export type AuthorRow = Pick<AuthorNode, "id" | "name">;

/** `(Paper {id: paperId})-[:WRITTEN_BY {position}]->(Author {id: authorId})`. */
export type AuthorLinkRow = { paperId: PaperNode["id"]; authorId: AuthorNode["id"] } & WrittenByRel;

/** `(Paper {id: from})-[:CITES {source}]->(Paper {id: to})`. */
export type CitesRow = { from: PaperNode["id"]; to: PaperNode["id"] } & Pick<CitesRel, "source">;

/** Lists of keys to look papers up by; any may be empty. */
export interface PaperKeys {
  ids: string[];
  arxivIds: string[];
  dois: string[];
  openalexIds: string[];
  s2Ids: string[];
  titleHashes: string[];
}

/** Every paper that has any of the keys (one index seek per list; UNION drops repeats). */
export const FIND_PAPERS_BY_KEYS = query<PaperKeys, { paper: Record<string, unknown> }>(`
  CALL () {
    MATCH (p:Paper) WHERE p.id IN $ids RETURN p
    UNION
    MATCH (p:Paper) WHERE p.arxivId IN $arxivIds RETURN p
    UNION
    MATCH (p:Paper) WHERE p.doi IN $dois RETURN p
    UNION
    MATCH (p:Paper) WHERE p.openalexId IN $openalexIds RETURN p
    UNION
    MATCH (p:Paper) WHERE p.s2Id IN $s2Ids RETURN p
    UNION
    MATCH (p:Paper) WHERE p.titleHash IN $titleHashes RETURN p
  }
  RETURN p {.*} AS paper`);

/**
 * A stored paper takes a new id and properties in place (it met a paper with a stronger id, or a
 * stub was filled in): its relationships stay, and so does what clustering and layout wrote.
 */
export const REKEY_PAPERS = query<{ rows: { from: string; props: PaperRow }[] }, { rekeyed: number }>(`
  UNWIND $rows AS row
  MATCH (p:Paper {id: row.from})
  WITH p, row, p {.cluster, .x, .y, .size, .addedIn} AS placement
  SET p = row.props
  SET p += placement
  RETURN count(p) AS rekeyed`);

/**
 * Two stored nodes turned out to be one paper: `from`'s citations, authors and sources move to
 * `into`, then `from` goes (its extraction is redone on `into`; clustering is rerun).
 */
export const ABSORB_PAPERS = query<{ pairs: { from: string; into: string }[] }, { absorbed: number }>(`
  UNWIND $pairs AS pair
  MATCH (old:Paper {id: pair.from})
  MATCH (keep:Paper {id: pair.into})
  CALL (old, keep) {
    MATCH (a:Paper)-[r:CITES]->(old) WHERE a <> keep
    MERGE (a)-[n:CITES {source: r.source}]->(keep)
    SET n += properties(r)
  }
  CALL (old, keep) {
    MATCH (old)-[r:CITES]->(b:Paper) WHERE b <> keep
    MERGE (keep)-[n:CITES {source: r.source}]->(b)
    SET n += properties(r)
  }
  CALL (old, keep) {
    MATCH (old)-[r:WRITTEN_BY]->(au:Author)
    MERGE (keep)-[n:WRITTEN_BY]->(au)
    SET n.position = coalesce(n.position, r.position)
  }
  CALL (old, keep) {
    MATCH (old)-[:FROM]->(s:Source)
    MERGE (keep)-[:FROM]->(s)
  }
  DETACH DELETE old
  RETURN count(*) AS absorbed`);

/** A paper the load found no node for, with everything it links to (see CREATE_PAPERS). */
export interface NewPaperRow {
  props: PaperRow;
  authors: (AuthorRow & WrittenByRel)[];
  mentions: (Pick<MentionRow, "conceptId"> & MentionsRel)[];
  /** Ids of Method concepts the paper proposes. */
  proposes: string[];
}

/**
 * Papers the load found no node for (planned against the graph in the same transaction): CREATE,
 * with no MERGE lock-and-check, together with their FROM, WRITTEN_BY, MENTIONS and PROPOSES, so
 * each new paper is looked up by nobody and each author and concept once per link. Authors are
 * merged here (the first spelling of a name key wins); concepts exist already (CREATE_CONCEPTS).
 */
export const CREATE_PAPERS = query<{ sha256: string; papers: NewPaperRow[] }, { created: number }>(`
  MATCH (s:Source {sha256: $sha256})
  UNWIND $papers AS row
  CREATE (p:Paper)
  SET p = row.props
  CREATE (p)-[:FROM]->(s)
  WITH p, row
  CALL (p, row) {
    UNWIND row.authors AS au
    MERGE (a:Author {id: au.id})
    ON CREATE SET a.name = au.name
    CREATE (p)-[:WRITTEN_BY {position: au.position}]->(a)
  }
  CALL (p, row) {
    UNWIND row.mentions AS m
    MATCH (c:Concept {id: m.conceptId})
    CREATE (p)-[:MENTIONS {count: m.count, inTitle: m.inTitle, weight: m.weight}]->(c)
  }
  CALL (p, row) {
    UNWIND row.proposes AS conceptId
    MATCH (c:Concept {id: conceptId}) WHERE c:Method
    CREATE (p)-[:PROPOSES]->(c)
  }
  RETURN count(p) AS created`);

/** A paper the graph had (found by the plan, re-keyed or absorbed into already), with what it links to. */
export interface OldPaperRow extends Omit<NewPaperRow, "props"> {
  id: PaperNode["id"];
  /** Its merged properties when they are to be written (null: a re-keyed node has them already). */
  props: PaperRow | null;
  /** Re-extracted: its MENTIONS and PROPOSES are replaced by those of the row. */
  clear: boolean;
}

/**
 * Papers the graph had, updated and relinked in ONE statement (the MERGE path of the load):
 * properties replaced except what clustering and layout wrote (`Placement`), FROM the Source,
 * WRITTEN_BY with the author merged in place (the first spelling of a name key wins, position
 * updated), MENTIONS and PROPOSES replaced when the paper was re-extracted. Everything is MERGE, so
 * relinking a paper with what it had changes nothing.
 */
export const UPDATE_PAPERS = query<{ sha256: string; papers: OldPaperRow[] }, { updated: number }>(`
  MATCH (s:Source {sha256: $sha256})
  UNWIND $papers AS row
  MATCH (p:Paper {id: row.id})
  CALL (p, row) {
    WITH p, row WHERE row.props IS NOT NULL
    WITH p, row, p {.cluster, .x, .y, .size, .addedIn} AS placement
    SET p = row.props
    SET p += placement
  }
  MERGE (p)-[:FROM]->(s)
  WITH p, row
  CALL (p, row) {
    UNWIND row.authors AS au
    MERGE (a:Author {id: au.id})
    ON CREATE SET a.name = au.name
    MERGE (p)-[r:WRITTEN_BY]->(a)
    SET r.position = au.position
  }
  CALL (p, row) {
    WITH p, row WHERE row.clear
    MATCH (p)-[r:MENTIONS|PROPOSES]->(:Concept)
    DELETE r
  }
  CALL (p, row) {
    UNWIND row.mentions AS m
    MATCH (c:Concept {id: m.conceptId})
    MERGE (p)-[r:MENTIONS]->(c)
    SET r.count = m.count, r.inTitle = m.inTitle, r.weight = m.weight
  }
  CALL (p, row) {
    UNWIND row.proposes AS conceptId
    MATCH (c:Concept {id: conceptId}) WHERE c:Method
    MERGE (p)-[:PROPOSES]->(c)
  }
  RETURN count(p) AS updated`);

/** Stub papers for citations to papers not in the graph; an existing node (stub or not) is left as it is. */
export const MERGE_STUBS = query<{ stubs: PaperRow[] }, { merged: number }>(`
  UNWIND $stubs AS props
  MERGE (p:Paper {id: props.id})
  ON CREATE SET p = props
  RETURN count(p) AS merged`);

/** `(a)-[:CITES {source}]->(b)`, one per pair and source. */
export const MERGE_CITES = query<{ cites: CitesRow[] }, { cites: number }>(`
  UNWIND $cites AS c
  MATCH (a:Paper {id: c.from})
  MATCH (b:Paper {id: c.to})
  MERGE (a)-[r:CITES {source: c.source}]->(b)
  RETURN count(r) AS cites`);

/** A streamed file's Source node is made when its first batch commits and completed by SET_SOURCE_COUNT. */
export const MERGE_SOURCE = query<{ source: Omit<SourceNode, "paperCount"> }, { sha256: string }>(`
  MERGE (s:Source {sha256: $source.sha256})
  ON CREATE SET s = $source
  RETURN s.sha256 AS sha256`);

export const SET_SOURCE_COUNT = query<{ sha256: string; paperCount: number }, { sha256: string }>(`
  MATCH (s:Source {sha256: $sha256})
  SET s.paperCount = $paperCount
  RETURN s.sha256 AS sha256`);

/** A file already ingested whole; a streamed file still without a paperCount was interrupted, so does not count. */
export const FIND_SOURCE = query<{ sha256: string }, { sha256: string; name: string; paperCount: number }>(`
  MATCH (s:Source {sha256: $sha256}) WHERE s.paperCount IS NOT NULL
  RETURN s.sha256 AS sha256, s.name AS name, s.paperCount AS paperCount`);

/** Stored properties come back without the nulls Neo4j does not keep: see `paperFromStored`. */
export const FIND_PAPERS = query<{ ids: string[] }, { paper: Record<string, unknown> }>(`
  MATCH (p:Paper) WHERE p.id IN $ids
  RETURN p {.*} AS paper`);

export const CREATE_SOURCE = query<{ source: SourceNode }, { sha256: string }>(`
  CREATE (s:Source)
  SET s = $source
  RETURN s.sha256 AS sha256`);

export const LINK_PAPERS_TO_SOURCE = query<{ sha256: string; ids: string[] }, { linked: number }>(`
  MATCH (s:Source {sha256: $sha256})
  UNWIND $ids AS id
  MATCH (p:Paper {id: id})
  MERGE (p)-[:FROM]->(s)
  RETURN count(*) AS linked`);

/** Node counts by label; stub papers are counted as `PaperStub`, not `Paper`. */
export const COUNT_NODES_BY_LABEL = query<Record<string, never>, { label: string; count: number }>(`
  MATCH (n)
  UNWIND labels(n) AS l
  WITH CASE WHEN l = 'Paper' AND n.stub = true THEN 'PaperStub' ELSE l END AS label
  RETURN label, count(*) AS count
  ORDER BY label`);

export const COUNT_RELATIONSHIPS_BY_TYPE = query<Record<string, never>, { type: string; count: number }>(`
  MATCH ()-[r]->()
  RETURN type(r) AS type, count(*) AS count
  ORDER BY type`);
