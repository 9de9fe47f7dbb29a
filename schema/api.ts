/**
 * HTTP API contract
 * =================
 * The API declared once, as a table of routes with zod schemas (STYLE §4). The server implements
 * it as a mapped type over `API` (a missing route is a compile error), the map calls it by key
 * through `viz/api-client.ts` using only the types, and `/api/openapi.json` is generated from the
 * same schemas. Types are derived from the validators, so the check and the type cannot drift.
 */
import { z } from "zod";
import { CONCEPT_TYPES } from "./model.ts";
import type { ErrorCode } from "./errors.ts";
import { MAP_EDGE_TYPES, MAP_FLAGS, NODE_TYPES, type MapEdgeType, type NodeType } from "./map.ts";
import { EXPORT_FILES, EXPORT_FORMATS, REPORT_CSV_TABLES, REPORT_FORMATS } from "./report.ts";

// The map's vocabulary is declared in map.ts (no zod there, so the browser can import it).
export { MAP_EDGE_TYPES, MAP_FLAGS, NODE_TYPES, type MapEdgeType, type NodeType };

const NodeTypeSchema = z.enum(NODE_TYPES);
const ConceptTypeSchema = z.enum(CONCEPT_TYPES);
const Year = z.number().int().nullable();

/** A key of a Paper (arXiv id or `t:` + hash) or a Concept (`type:normalised-name`). */
const NodeId = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .describe("a Paper id (arXiv id or t:hash) or a Concept id (type:name)");
const ClusterId = z.string().trim().min(1).max(200).describe("a Cluster id");

/** A comma-separated list of node types, e.g. `paper,method`. */
const NodeTypeList = z
  .string()
  .max(200)
  .transform((s) =>
    s
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t !== ""),
  )
  .pipe(z.array(NodeTypeSchema).min(1));

// ---------- responses ----------

/** `GET /api/health`: the server answers and Neo4j answers. */
export const Health = z.object({
  status: z.literal("ok"),
  version: z.string(),
  neo4j: z.object({ latencyMs: z.number() }),
});

/** Node counts by label and relationship counts by type. */
export const Stats = z.object({
  nodes: z.record(z.string(), z.number()),
  relationships: z.record(z.string(), z.number()),
});

/** A cluster named in another answer. */
export const ClusterRef = z.object({ id: z.string(), label: z.string(), level: z.number(), size: z.number() });

/** A paper named in another answer. */
export const PaperRef = z.object({ id: z.string(), title: z.string(), year: Year, cluster: z.string().nullable() });

/** A concept named in another answer. */
export const ConceptRef = z.object({
  id: z.string(),
  name: z.string(),
  type: ConceptTypeSchema,
  paperCount: z.number(),
});

/** One full-text search hit: a paper (title, abstract) or a concept (name, aliases). */
export const SearchHit = z.object({
  id: z.string(),
  kind: z.enum(["paper", "concept"]),
  type: NodeTypeSchema,
  label: z.string(),
  score: z.number().describe("relevance in (0, 1], relative to the best hit of the same kind (paper or concept)"),
  cluster: z.string().nullable(),
  year: Year,
  paperCount: z.number().nullable(),
});
export const SearchResult = z.object({ query: z.string(), hits: z.array(SearchHit) });

const PaperList = z.object({ total: z.number(), papers: z.array(PaperRef) });

/** A paper's details: metadata, abstract, links, concepts grouped by type, cited and citing papers. */
export const PaperDetails = z.object({
  kind: z.literal("paper"),
  id: z.string(),
  title: z.string(),
  abstract: z.string(),
  published: z.string().nullable(),
  year: Year,
  authorCount: z.number().nullable(),
  organization: z.string().nullable(),
  upvotes: z.number().nullable(),
  arxivId: z.string().nullable(),
  links: z.array(z.string()),
  sources: z.array(z.string()),
  stub: z.boolean(),
  cluster: ClusterRef.nullable(),
  concepts: z.record(ConceptTypeSchema, z.array(ConceptRef)),
  proposes: z.array(ConceptRef),
  cites: PaperList,
  citedBy: PaperList,
});

/** A concept's details: its papers, the concepts that co-occur with it, its cluster. */
export const ConceptDetails = z.object({
  kind: z.literal("concept"),
  id: z.string(),
  name: z.string(),
  type: ConceptTypeSchema,
  aliases: z.array(z.string()),
  paperCount: z.number(),
  cluster: ClusterRef.nullable(),
  papers: PaperList,
  proposedBy: z.array(PaperRef),
  cooccurring: z.array(ConceptRef.extend({ count: z.number() })),
});
export const NodeDetails = z.discriminatedUnion("kind", [PaperDetails, ConceptDetails]);

/** A cluster as the clustering stage wrote it, with its member counts. */
export const ClusterSummary = ClusterRef.extend({
  topConcepts: z.array(z.string()),
  paperCount: z.number(),
  conceptCount: z.number(),
});
export const ClusterList = z.object({ clusters: z.array(ClusterSummary) });
export const ClusterDetails = z.object({
  cluster: ClusterSummary.extend({ modularity: z.number().nullable() }),
  parent: ClusterRef.nullable(),
  children: z.array(ClusterRef),
  papers: z.array(PaperRef),
  concepts: z.array(ConceptRef),
});

/** Deepest nesting of arrays and objects in a JSON value, measured without recursion. */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [next, depth] = stack.pop()!;
    if (next === null || typeof next !== "object") continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(next)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Deepest nesting a console query's parameters may have. */
export const MAX_PARAM_DEPTH = 16;

/** A read-only Cypher query for the console; `params` are Cypher parameters (`$name`). */
export const CypherRequest = z
  .object({
    query: z.string().trim().min(1).max(10_000),
    // JSON values, checked for depth without recursion (a recursive schema would overflow first).
    params: z
      .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.unknown())
      .refine((params) => jsonDepth(params) <= MAX_PARAM_DEPTH + 1, {
        message: `parameters may nest at most ${MAX_PARAM_DEPTH} deep`,
      })
      .default({}),
    limit: z.number().int().min(1).max(5_000).optional().describe("row cap; the server's cap applies when larger"),
    timeoutMs: z
      .number()
      .int()
      .min(100)
      .max(30_000)
      .optional()
      .describe("time limit; the server's applies when larger"),
  })
  .strict();
/** A console query to check without running it: what the editor shows inline as you type. */
export const CypherCheckRequest = z
  .object({
    query: z.string().max(10_000),
    params: CypherRequest.shape.params,
  })
  .strict();

/** An error or warning at a place in the query: 0-based character offsets `[start, end)`. */
export const CypherDiagnostic = z.object({
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  start: z.number(),
  end: z.number(),
});

export const CypherCheck = z.object({
  /** Syntax and semantic errors and warnings from Neo4j's Cypher front end. */
  diagnostics: z.array(CypherDiagnostic),
  /** Why the console would refuse the query (writes, LOAD CSV, outside procedures…), or null. */
  refusal: z.object({ code: z.string(), message: z.string() }).nullable(),
});

/** The graph's names, for completion in the console's editor. */
export const CypherSchema = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
  /** Functions and procedures the console allows. */
  functions: z.array(z.string()),
  procedures: z.array(z.string()),
});

export const CypherResult = z.object({
  columns: z.array(z.string()),
  /** Values as JSON: nodes `{kind:"node", id, labels, properties}`, relationships, paths, scalars. */
  rows: z.array(z.array(z.unknown())),
  /** Ids of the graph's nodes the rows name, to light them up on the map. */
  nodeIds: z.array(z.string()),
  rowCount: z.number(),
  truncated: z.boolean(),
  limit: z.number(),
  elapsedMs: z.number(),
});

/** Every error answer: a code from `schema/errors.ts`, a plain message, never a stack. */
export const ApiErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  hint: z.string().optional(),
  requestId: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

// ---------- the map payload ----------

/**
 * How one column of the binary map payload is stored (little-endian, each padded to 4 bytes).
 * `i16-delta`: each value minus its predecessor's (the first minus 0), wrapping modulo 2^16, stored
 * as two byte planes (every high byte, then every low byte).
 */
export type MapSectionEncoding = "utf8-lines" | "u8" | "u16" | "i16" | "i16-delta" | "varint";

/** One cluster of the map payload's cluster tables. */
export interface MapClusterEntry {
  id: string;
  label: string;
  level: number;
  /** Map nodes in the cluster. */
  size: number;
  /** The level's "Other" cluster: small islands (schema/model `Cluster.other`). Absent otherwise. */
  other?: true;
  /** The level's "Unlinked" group: nodes that share nothing; the map hides it by default. Absent otherwise. */
  unlinked?: true;
}

/**
 * One cluster of the overview's tile level (`MapOverview.tileLevel`): drawn as one aggregate disc
 * until the view zooms into it, when the map loads its nodes (`GET /api/map/tile?cluster=`).
 */
export interface MapTile {
  /**
   * The tile's id: its cluster's id, or, for a cluster with more than `MapOverview.tileCap` members,
   * `cluster@cell` — one cell of a quadtree over the members' positions (server/map/overview.ts).
   */
  id: string;
  /** The cluster of a cell (absent when the tile is the whole cluster: `id` is the cluster's). */
  cluster?: string;
  /** Mean position of its placed members. */
  x: number;
  y: number;
  /** Its members (papers and concepts). */
  size: number;
  /** Members its tile carries: `size`, at most `MapOverview.tileCap` (the largest first). */
  nodes: number;
  /** Extent of its placed members: [minX, minY, maxX, maxY]. */
  bbox: [number, number, number, number];
}

/**
 * The overview a map of more than `threshold` nodes opens with: no nodes in the payload, the
 * cluster tables of the levels down to `tileLevel`, and one `MapTile` per cluster of that level.
 */
export interface MapOverview {
  /** Papers and concepts in the graph. */
  nodeCount: number;
  /** Maps with more nodes than this open as an overview (PAPERATLAS_MAP_AGGREGATE_ABOVE). */
  threshold: number;
  /** The level whose clusters are the tiles: the coarsest whose largest cluster fits in `tileCap`, else the finest. */
  tileLevel: number;
  /** Most nodes one tile carries. */
  tileCap: number;
  tiles: MapTile[];
}

/**
 * Header of `GET /api/map` (binary, `application/vnd.paperatlas.map`): the bytes "PAM1", a uint32
 * header length, this JSON, then the sections it lists. Node columns hold one value per node in
 * the same order — by type, then along a Hilbert curve over the positions (unplaced last), so neighbours in
 * the list are neighbours on the map and the columns compress well. An empty line in `ids` is a
 * concept whose id is `${type}:${foldPlainName(label)}` (schema/concept-name.ts). Edges of each type are stored as adjacency lists: `edges.T.counts` (out-degree
 * per node) and `edges.T.targets` (sorted target indices, delta-coded). All varints are LEB128.
 * The column `day` (u16: 1 + days since 1970-01-01 of a paper's full publication date, 0 for none
 * and for concepts) is sent only when the papers' years span at most two calendar years (daily
 * listings): then the map's time overlay goes by week, otherwise by year.
 */
export interface MapHeader {
  format: "paperatlas-map/1";
  nodeCount: number;
  edgeCounts: Record<MapEdgeType, number>;
  nodeTypes: readonly NodeType[];
  /** Cluster table: column `cluster` holds 1 + the index here, 0 for none. */
  clusters: MapClusterEntry[];
  /**
   * Finer cluster levels (1, 2, …), each with its own table: column `cluster.<level>` holds 1 + the
   * index in that level's `clusters`, 0 for none. Absent when the clustering wrote one level.
   */
  levels?: {
    level: number;
    /**
     * `parent`: 1 + the index of the cluster this one lies in, in the level above (the top level's
     * `clusters` for level 1), 0 for none. When every cluster of a level has one, the level above's
     * column is left out: it follows from this level's.
     */
    clusters: (MapClusterEntry & { parent?: number })[];
  }[];
  /** x and y are quantised to int16 over this box; null when no node has a position. */
  bbox: { minX: number; minY: number; maxX: number; maxY: number } | null;
  /** Column `size` holds round(255 * size / sizeMax). */
  sizeMax: number;
  /**
   * The updates (`paperatlas update`) since the atlas was last built, oldest first: the run id, when
   * it ran, what it added. Column `added` (u16) holds 1 + the index here of the update that added
   * each node, 0 for the nodes the build had; the flag `MAP_FLAGS.addedLatest` marks the last one's.
   * Absent, with the column, when there was no update.
   */
  updates?: { run: string; at: string; papers: number; concepts: number }[];
  /**
   * Cluster ids gone in those updates and the cluster that exists now that a saved link to each
   * should open (each update's lineage followed run by run, atlas/update/lineage.ts), sorted by
   * `from`. Absent when no id is gone.
   */
  redirects?: { from: string; to: string }[];
  /**
   * Present on a map of more than `overview.threshold` nodes: the payload then holds no nodes, only
   * the clusters down to the tile level and their tiles; the map loads a tile's nodes as it zooms in.
   */
  overview?: MapOverview;
  /**
   * Present on a tile (`GET /api/map/tile`): `cluster` is the tile's id (`MapTile.id`: the cluster,
   * or `cluster@cell`), `truncated` whether it has more members than it carries (it then holds the
   * largest `tileCap`, plus a node asked for). Edges go between its nodes only.
   */
  tile?: { cluster: string; truncated: boolean };
  sections: { name: string; encoding: MapSectionEncoding; byteLength: number }[];
}

// ---------- the table ----------

/** One route: its schemas, the error codes it may answer with, and a summary for OpenAPI. */
export interface RouteSpec {
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The response schema, or "binary" for an octet payload described in prose. */
  /** "file": a download (Content-Disposition: attachment) whose media type depends on the request. */
  res: z.ZodType | "binary" | "file";
  errors: readonly ErrorCode[];
}

const NoQuery = z.object({}).strict();

export const API = {
  "GET /api/health": {
    summary: "Liveness: the server and Neo4j answer",
    query: NoQuery,
    res: Health,
    errors: ["NEO4J_UNAVAILABLE"],
  },
  "GET /api/stats": {
    summary: "Node counts by label, relationship counts by type",
    query: NoQuery,
    res: Stats,
    errors: [],
  },
  "GET /api/map": {
    summary: "The whole map graph in the compact binary form MapHeader describes (compressed on the wire)",
    query: z.object({ v: z.string().max(64).optional().describe("cache buster, ignored") }).strict(),
    res: "binary",
    errors: [],
  },
  "GET /api/map/tile": {
    summary:
      "One tile of an overview map (MapHeader.overview): a cluster's nodes and the edges between them, in the map's binary form",
    query: z
      .object({
        cluster: ClusterId.optional().describe(
          "a tile's id from MapHeader.overview.tiles (a cluster of any level, or cluster@cell)",
        ),
        node: NodeId.optional().describe("or a node: the tile of its cluster at the overview's tile level"),
        v: z.string().max(64).optional().describe("cache buster, ignored"),
      })
      .strict()
      .refine((q) => (q.cluster === undefined) !== (q.node === undefined), {
        message: "expected exactly one of cluster and node",
      }),
    res: "binary",
    errors: ["BAD_REQUEST", "NOT_FOUND"],
  },
  "GET /api/search": {
    summary: "Full-text search over paper titles and abstracts and concept names and aliases",
    query: z
      .object({
        q: z.string().trim().min(1).max(200).describe("words; the last one matches as a prefix"),
        limit: z.coerce.number().int().min(1).max(50).default(10),
        types: NodeTypeList.optional().describe("comma-separated node types to keep"),
      })
      .strict(),
    res: SearchResult,
    errors: ["BAD_REQUEST"],
  },
  "GET /api/nodes/:id": {
    summary: "A paper's or a concept's details and neighbours",
    params: z.object({ id: NodeId }),
    query: NoQuery,
    res: NodeDetails,
    errors: ["BAD_REQUEST", "NOT_FOUND"],
  },
  "GET /api/clusters": {
    summary: "Every cluster, largest first",
    query: z.object({ level: z.coerce.number().int().min(0).max(20).optional() }).strict(),
    res: ClusterList,
    errors: ["BAD_REQUEST"],
  },
  "GET /api/clusters/:id": {
    summary: "One cluster: its parent and children, top papers and concepts",
    params: z.object({ id: ClusterId }),
    query: NoQuery,
    res: ClusterDetails,
    errors: ["BAD_REQUEST", "NOT_FOUND"],
  },
  "POST /api/cypher": {
    summary: "Run a read-only Cypher query (read transaction, plan checked first, time limit, row cap)",
    body: CypherRequest,
    res: CypherResult,
    errors: ["BAD_REQUEST", "CYPHER_WRITE_REFUSED", "CYPHER_TIMEOUT", "TOO_MANY_REQUESTS"],
  },
  "POST /api/cypher/check": {
    summary:
      "Check a console query without running it: Neo4j's syntax and semantic diagnostics, and the console's refusal",
    body: CypherCheckRequest,
    res: CypherCheck,
    errors: ["BAD_REQUEST", "TOO_MANY_REQUESTS"],
  },
  "GET /api/cypher/schema": {
    summary:
      "The graph's labels, relationship types and property keys, and the functions and procedures the console allows",
    query: NoQuery,
    res: CypherSchema,
    errors: [],
  },
  "GET /api/report": {
    summary:
      "The cluster report of the current clustering as a file: Markdown, HTML, JSON (report/schema.json) or one CSV table",
    query: z
      .object({
        format: z.enum(REPORT_FORMATS).default("html"),
        cluster: ClusterId.optional().describe("one cluster (any level); every top-level cluster when absent"),
        table: z.enum(REPORT_CSV_TABLES).default("clusters").describe("which CSV table (format=csv only)"),
      })
      .strict(),
    res: "file",
    errors: ["BAD_REQUEST", "NOT_FOUND"],
  },
  "GET /api/export": {
    summary:
      "The graph as GEXF, GraphML (Gephi) or VOSviewer JSON / map / network file, with the map's clusters, colours, sizes and positions",
    query: z
      .object({
        format: z.enum(EXPORT_FORMATS).default("gexf"),
        level: z.coerce
          .number()
          .int()
          .min(0)
          .max(20)
          .default(0)
          .describe("hierarchy level of the exported clusters (0 = top)"),
        file: z.enum(EXPORT_FILES).optional().describe("which file of vosviewer-map: map (default) or network"),
      })
      .strict(),
    res: "file",
    errors: ["BAD_REQUEST"],
  },
  "GET /api/openapi.json": {
    summary: "This API as an OpenAPI 3.1 document",
    query: NoQuery,
    res: z.record(z.string(), z.unknown()),
    errors: [],
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteKey = keyof typeof API;
type Spec<K extends RouteKey> = (typeof API)[K];
type Part<S, F extends string, IO extends "in" | "out"> = S extends { [P in F]: infer T extends z.ZodType }
  ? IO extends "in"
    ? z.input<T>
    : z.output<T>
  : undefined;

/** The client's view of each route: what it sends (schema inputs) and what it gets back. */
export type Api = {
  [K in RouteKey]: {
    params: Part<Spec<K>, "params", "in">;
    query: Part<Spec<K>, "query", "in">;
    body: Part<Spec<K>, "body", "in">;
    res: Spec<K>["res"] extends z.ZodType ? z.output<Spec<K>["res"]> : ArrayBuffer;
  };
};

/** The server's view: the request after validation (defaults applied, strings coerced). */
export type ApiParsed<K extends RouteKey> = {
  params: Part<Spec<K>, "params", "out">;
  query: Part<Spec<K>, "query", "out">;
  body: Part<Spec<K>, "body", "out">;
};

/** What a client passes to call a route: only the parts the route has. */
export type ApiRequest<K extends RouteKey> = {
  [P in "params" | "query" | "body" as Api[K][P] extends undefined ? never : P]: Api[K][P];
};

export type SearchHitT = z.output<typeof SearchHit>;
export type NodeDetailsT = z.output<typeof NodeDetails>;
export type PaperDetailsT = z.output<typeof PaperDetails>;
export type ConceptDetailsT = z.output<typeof ConceptDetails>;
export type ClusterSummaryT = z.output<typeof ClusterSummary>;
export type CypherResultT = z.output<typeof CypherResult>;
export type CypherCheckT = z.output<typeof CypherCheck>;
export type CypherDiagnosticT = z.output<typeof CypherDiagnostic>;
export type CypherSchemaT = z.output<typeof CypherSchema>;
export type PaperRefT = z.output<typeof PaperRef>;
export type ConceptRefT = z.output<typeof ConceptRef>;
export type ClusterRefT = z.output<typeof ClusterRef>;
export type ApiErrorBodyT = z.output<typeof ApiErrorBody>;
