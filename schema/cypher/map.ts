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

// ---------- overview maps (MapHeader.overview) and their tiles ----------

/** Papers and concepts in the graph (from the count store): above a threshold the map opens as an overview. */
export const MAP_NODE_COUNT = query<Record<string, never>, { nodes: number }>(`
  CALL () { MATCH (n:Paper) RETURN count(n) AS papers }
  CALL () { MATCH (n:Concept) RETURN count(n) AS concepts }
  RETURN papers + concepts AS nodes`);

/** A cluster of any level with its members' count, mean position and extent (placed members only). */
export interface MapExtentRow {
  id: string;
  label: string;
  level: number;
  /** The cluster it is PART_OF, one level up; null at the top. */
  parent: string | null;
  other: boolean;
  unlinked: boolean;
  members: number;
  x: number | null;
  y: number | null;
  minX: number | null;
  minY: number | null;
  maxX: number | null;
  maxY: number | null;
}

export const MAP_CLUSTER_EXTENTS = query<Record<string, never>, MapExtentRow>(`
  MATCH (c:Cluster)
  CALL (c) {
    MATCH (n)-[:IN_CLUSTER]->(c) WHERE n:Paper OR n:Concept
    RETURN count(n) AS members, avg(n.x) AS x, avg(n.y) AS y,
           min(n.x) AS minX, min(n.y) AS minY, max(n.x) AS maxX, max(n.y) AS maxY
  }
  RETURN c.id AS id, coalesce(c.label, c.id) AS label, coalesce(c.level, 0) AS level,
         COLLECT { MATCH (c)-[:PART_OF]->(p:Cluster) RETURN p.id ORDER BY p.id LIMIT 1 }[0] AS parent,
         c.other = true AS other, c.unlinked = true AS unlinked, members, x, y, minX, minY, maxX, maxY`);

/** The region of a capped cluster's cell (server/map/overview.ts `CellBox`): [min, max) per axis, closed at the cluster's maximum. */
export interface CellBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  closedX: boolean;
  closedY: boolean;
}

/**
 * Positions of one cluster's placed members (to split a capped cluster into cells), as two lists in
 * one record: the driver decodes a list of floats several times faster than as many records.
 */
export const MAP_CLUSTER_POSITIONS = query<{ cluster: string }, { xs: number[]; ys: number[] }>(`
  MATCH (:Cluster {id: $cluster})<-[:IN_CLUSTER]-(n)
  WHERE (n:Paper OR n:Concept) AND n.x IS NOT NULL AND n.y IS NOT NULL
  RETURN collect(n.x) AS xs, collect(n.y) AS ys`);

/**
 * The members of one cluster (within `box` when one is given: a cell) as map rows, the `limit` largest (stored size, then degree) first,
 * and those of `include` that are members too (a node asked for by id, beyond the limit): one tile
 * of an overview map.
 */
export const MAP_TILE_NODES = query<
  { cluster: string; limit: number; include: string[]; box: CellBox | null },
  MapNodeRow
>(`
  CALL () {
    MATCH (:Cluster {id: $cluster})<-[:IN_CLUSTER]-(n)
    WHERE (n:Paper OR n:Concept) AND ($box IS NULL OR (
      n.x >= $box.minX AND (n.x < $box.maxX OR ($box.closedX AND n.x = $box.maxX)) AND
      n.y >= $box.minY AND (n.y < $box.maxY OR ($box.closedY AND n.y = $box.maxY))))
    WITH DISTINCT n
    ORDER BY coalesce(n.size, 0) DESC, COUNT { (n)--() } DESC, n.id
    LIMIT toInteger($limit)
    RETURN n
    UNION
    UNWIND $include AS id
    OPTIONAL MATCH (p:Paper {id: id})
    OPTIONAL MATCH (c:Concept {id: id})
    WITH coalesce(p, c) AS n
    WHERE n IS NOT NULL AND EXISTS { (n)-[:IN_CLUSTER]->(:Cluster {id: $cluster}) }
    RETURN n
  }
  WITH n, n:Paper AS paper
  RETURN n.id AS id, CASE WHEN paper THEN n.title ELSE n.name END AS label,
         CASE WHEN paper THEN 'paper' ELSE n.type END AS type, ${clusterKeyOf("n")} AS cluster,
         n.x AS x, n.y AS y, n.size AS size, CASE WHEN paper THEN n.year END AS year,
         CASE WHEN paper THEN null ELSE n.paperCount END AS paperCount, coalesce(n.stub, false) AS stub,
         CASE WHEN paper THEN n.published END AS published, n.addedIn AS addedIn`);

/** Outgoing MENTIONS of the given papers (the encoder keeps the edges whose target is in the tile). */
export const MAP_TILE_MENTIONS = query<{ ids: string[] }, MapAdjacencyRow>(`
  UNWIND $ids AS id
  MATCH (p:Paper {id: id})-[:MENTIONS]->(c:Concept)
  RETURN p.id AS source, collect(DISTINCT c.id) AS targets`);

/** Outgoing CITES of the given papers (likewise). */
export const MAP_TILE_CITES = query<{ ids: string[] }, MapAdjacencyRow>(`
  UNWIND $ids AS id
  MATCH (a:Paper {id: id})-[:CITES]->(b:Paper) WHERE a <> b
  RETURN a.id AS source, collect(DISTINCT b.id) AS targets`);

/** The finer-level clusters (level > 0) of one cluster's members, with those members. */
export const MAP_TILE_FINE_MEMBERS = query<{ cluster: string }, MapMembershipRow>(`
  MATCH (:Cluster {id: $cluster})<-[:IN_CLUSTER]-(n)-[:IN_CLUSTER]->(c:Cluster)
  WHERE (n:Paper OR n:Concept) AND coalesce(c.level, 0) > 0
  RETURN c.id AS cluster, c.level AS level, collect(DISTINCT n.id) AS members`);

/** The cluster of the given level a paper or concept is in (the tile to load for it); no row when none. */
export const MAP_TILE_OF_NODE = query<
  { id: string; level: number },
  { cluster: string; x: number | null; y: number | null }
>(`
  CALL () {
    MATCH (p:Paper {id: $id}) RETURN p AS n
    UNION
    MATCH (c:Concept {id: $id}) RETURN c AS n
  }
  MATCH (n)-[:IN_CLUSTER]->(k:Cluster) WHERE coalesce(k.level, 0) = $level
  RETURN k.id AS cluster, n.x AS x, n.y AS y ORDER BY k.id LIMIT 1`);
