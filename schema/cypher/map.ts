/**
 * Named queries for the map (issue 6): every paper and concept with what the map draws, and the
 * relationships drawn between them. The server encodes their rows into the binary map payload
 * (`MapHeader` in schema/api.ts).
 */
import { query } from "./query.ts";

/**
 * The map's cluster key of node `v`: its `cluster` property (the top-level Cluster id, schema/model.ts),
 * else the top-level Cluster it is IN_CLUSTER of. `coalesce` stops at the first non-null argument,
 * so the subquery runs only for nodes without the property.
 */
export function clusterKeyOf(v: string): string {
  return `coalesce(toString(${v}.cluster),
    COLLECT { MATCH (${v})-[:IN_CLUSTER]->(c:Cluster) RETURN c.id ORDER BY c.level ASC LIMIT 1 }[0])`;
}

/** The Cluster node of `v` as a ClusterRef map, or null (same choice as `clusterKeyOf`). */
export function clusterRefOf(v: string): string {
  const ref = "c {.id, label: coalesce(c.label, c.id), level: coalesce(c.level, 0), size: coalesce(c.size, 0)}";
  return `coalesce(
    COLLECT { MATCH (c:Cluster {id: toString(${v}.cluster)}) RETURN ${ref} }[0],
    COLLECT { MATCH (${v})-[:IN_CLUSTER]->(c:Cluster) WITH c ORDER BY c.level ASC LIMIT 1 RETURN ${ref} }[0])`;
}

export interface MapNodeRow {
  id: string;
  label: string | null;
  type: string | null;
  cluster: string | null;
  x: number | null;
  y: number | null;
  size: number | null;
  year: number | null;
  paperCount: number | null;
  stub: boolean;
  /** A paper's `published` date (schema/model/paper.ts `PublishedDate`); null or absent on concepts. */
  published?: string | null;
  /** The `paperatlas update` run that added the node (absent or null: the build had it). */
  addedIn?: string | null;
}

export const MAP_PAPERS = query<Record<string, never>, MapNodeRow>(`
  MATCH (n:Paper)
  RETURN n.id AS id, n.title AS label, 'paper' AS type, ${clusterKeyOf("n")} AS cluster,
         n.x AS x, n.y AS y, n.size AS size, n.year AS year, null AS paperCount, coalesce(n.stub, false) AS stub,
         n.published AS published, n.addedIn AS addedIn`);

export const MAP_CONCEPTS = query<Record<string, never>, MapNodeRow>(`
  MATCH (n:Concept)
  RETURN n.id AS id, n.name AS label, n.type AS type, ${clusterKeyOf("n")} AS cluster,
         n.x AS x, n.y AS y, n.size AS size, null AS year, n.paperCount AS paperCount, false AS stub,
         n.addedIn AS addedIn`);

/** Adjacency lists, one row per source node. */
export interface MapAdjacencyRow {
  source: string;
  targets: string[];
}

export const MAP_MENTIONS = query<Record<string, never>, MapAdjacencyRow>(`
  MATCH (p:Paper)-[:MENTIONS]->(c:Concept)
  RETURN p.id AS source, collect(DISTINCT c.id) AS targets`);

export const MAP_CITES = query<Record<string, never>, MapAdjacencyRow>(`
  MATCH (a:Paper)-[:CITES]->(b:Paper) WHERE a <> b
  RETURN a.id AS source, collect(DISTINCT b.id) AS targets`);

export interface MapClusterRow {
  id: string;
  label: string;
  level: number;
  size: number;
  /** The level's "Other" / "Unlinked" cluster (`Cluster.other` / `Cluster.unlinked` in schema/model). */
  other?: boolean | null;
  unlinked?: boolean | null;
}

export const MAP_CLUSTERS = query<Record<string, never>, MapClusterRow>(`
  MATCH (c:Cluster)
  RETURN c.id AS id, coalesce(c.label, c.id) AS label, coalesce(c.level, 0) AS level, coalesce(c.size, 0) AS size,
         c.other = true AS other, c.unlinked = true AS unlinked`);

/** Members (papers and concepts) of each finer-level cluster (level > 0), one row per cluster. */
export interface MapMembershipRow {
  cluster: string;
  level: number;
  members: string[];
}

export const MAP_FINE_MEMBERS = query<Record<string, never>, MapMembershipRow>(`
  MATCH (c:Cluster) WHERE coalesce(c.level, 0) > 0
  RETURN c.id AS cluster, c.level AS level,
         COLLECT { MATCH (n)-[:IN_CLUSTER]->(c) WHERE n:Paper OR n:Concept RETURN n.id } AS members`);

/**
 * Cheap change detector for the cached map: node and relationship counts come from Neo4j's count
 * store. A layout run changes only positions; the cache's age limit catches that.
 */
export const MAP_FINGERPRINT = query<
  Record<string, never>,
  { nodes: number; relationships: number; clusters: number }
>(`
  CALL () { MATCH (n) RETURN count(n) AS nodes }
  CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
  CALL () { MATCH (c:Cluster) RETURN count(c) AS clusters }
  RETURN nodes, relationships, clusters`);

/** The health check's round trip. */
export const PING = query<Record<string, never>, { ok: number }>(`RETURN 1 AS ok`);

/** The graph's labels, relationship types and property keys, sorted (for the console's completion). */
export const GRAPH_NAMES = query<
  Record<string, never>,
  { labels: string[]; relationshipTypes: string[]; propertyKeys: string[] }
>(`
  CALL () { CALL db.labels() YIELD label RETURN label ORDER BY label }
  WITH collect(label) AS labels
  CALL () { CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType }
  WITH labels, collect(relationshipType) AS relationshipTypes
  CALL () { CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey }
  RETURN labels, relationshipTypes, collect(propertyKey) AS propertyKeys`);
