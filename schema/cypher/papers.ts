/** Named queries for papers and their source files (GUIDE §3). */
import type { Paper } from "../model.ts";
import { query } from "./query.ts";

/** A paper's properties as stored; `Paper` minus nothing, named for clarity at call sites. */
export type PaperProps = Paper;

export const FIND_SOURCE = query<{ sha256: string }, { sha256: string; name: string; paperCount: number }>(`
  MATCH (s:Source {sha256: $sha256})
  RETURN s.sha256 AS sha256, s.name AS name, s.paperCount AS paperCount`);

/** Stored properties come back without the nulls Neo4j does not keep: see `paperFromStored`. */
export const FIND_PAPERS = query<{ ids: string[] }, { paper: Record<string, unknown> }>(`
  MATCH (p:Paper) WHERE p.id IN $ids
  RETURN p {.*} AS paper`);

/** Upserts one batch; `SET p = …` replaces every property with the already-merged values. */
export const UPSERT_PAPERS = query<{ papers: PaperProps[] }, { upserted: number }>(`
  UNWIND $papers AS props
  MERGE (p:Paper {id: props.id})
  SET p = props
  RETURN count(p) AS upserted`);

export const CREATE_SOURCE = query<
  { source: { sha256: string; path: string; name: string; format: string; ingestedAt: string; paperCount: number } },
  { sha256: string }
>(`
  CREATE (s:Source)
  SET s = $source
  RETURN s.sha256 AS sha256`);

export const LINK_PAPERS_TO_SOURCE = query<{ sha256: string; ids: string[] }, { linked: number }>(`
  MATCH (s:Source {sha256: $sha256})
  UNWIND $ids AS id
  MATCH (p:Paper {id: id})
  MERGE (p)-[:FROM]->(s)
  RETURN count(*) AS linked`);

export const COUNT_NODES_BY_LABEL = query<Record<string, never>, { label: string; count: number }>(`
  MATCH (n)
  UNWIND labels(n) AS label
  RETURN label, count(*) AS count
  ORDER BY label`);

export const COUNT_RELATIONSHIPS_BY_TYPE = query<Record<string, never>, { type: string; count: number }>(`
  MATCH ()-[r]->()
  RETURN type(r) AS type, count(*) AS count
  ORDER BY type`);
