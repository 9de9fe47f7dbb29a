/**
 * Named queries for the single-file offline map (`paperatlas export --format html`, export/html/):
 * what the served map reads per request (node details, search) read once for every node — full
 * titles, abstracts and metadata of papers, names and aliases of concepts, PROPOSES. The map
 * payload itself comes from schema/cypher/map.ts and the clusters from `CLUSTER_LIST`.
 */
import { query } from "./query.ts";

export interface OfflinePaperRow {
  id: string;
  title: string;
  abstract: string;
  published: string | null;
  authorCount: number | null;
  organization: string | null;
  upvotes: number | null;
  arxivId: string | null;
  links: string[];
}

export const OFFLINE_PAPERS = query<Record<string, never>, OfflinePaperRow>(`
  MATCH (p:Paper)
  RETURN p.id AS id, toString(coalesce(p.title, p.id)) AS title, toString(coalesce(p.abstract, '')) AS abstract,
         toString(p.published) AS published, p.authorCount AS authorCount, toString(p.organization) AS organization,
         p.upvotes AS upvotes, toString(p.arxivId) AS arxivId, [l IN coalesce(p.links, []) | toString(l)] AS links`);

export interface OfflineConceptRow {
  id: string;
  name: string;
  aliases: string[];
}

export const OFFLINE_CONCEPTS = query<Record<string, never>, OfflineConceptRow>(`
  MATCH (c:Concept)
  RETURN c.id AS id, toString(coalesce(c.name, c.id)) AS name, [a IN coalesce(c.aliases, []) | toString(a)] AS aliases`);

export const OFFLINE_PROPOSES = query<Record<string, never>, { paper: string; concept: string }>(`
  MATCH (p:Paper)-[:PROPOSES]->(c:Concept)
  RETURN p.id AS paper, c.id AS concept`);
