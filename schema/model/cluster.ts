/**
 * Clustering and layout
 * =====================
 * What `paperatlas cluster` and `paperatlas layout` store: the `ClusterRun` record, one `Cluster`
 * node per cluster and level, and the properties they write back onto papers and concepts.
 */

/**
 * What clustering and layout write back onto `Paper` and `Concept` nodes; each is absent until its
 * stage has run (and `cluster` on a node in no cluster).
 */
export interface Placement {
  /** Id of the node's top-level (level 0) Cluster; IN_CLUSTER links it to one cluster per level. */
  cluster?: string;
  /** Position from `paperatlas layout`, in layout units. */
  x?: number;
  y?: number;
  /** Drawn size from `paperatlas layout` (not the Cluster's member count of the same name). */
  size?: number;
  /** Id of the `ClusterRun` of the `paperatlas update` that added the node (absent: there from the build). */
  addedIn?: string;
}

/** How a clustering run searched: Leiden (Louvain + refinement) or plain Louvain. */
export type ClusterAlgorithm = "leiden" | "louvain";

/**
 * A `ClusterRun` node: the parameters and outcome of one `paperatlas cluster`. Exactly one run has
 * `current: true`; older runs stay as a record (with `current: false` and `replacedAt`) but their
 * Cluster nodes are gone. `id` is a hash of the parameters and the projected graph, so re-running
 * on an unchanged graph with the same parameters reproduces the same ids.
 */
export interface ClusterRun {
  id: string;
  current: boolean;
  createdAt: string;
  replacedAt?: string;
  /** `imported`: the clusters came from a file (`importedFrom`), not from a search; the parameters below are then 0. */
  algorithm: ClusterAlgorithm | "imported";
  /** Set by a VOSviewer import (ingest/vosviewer/): the base name of the file the clusters were read from. */
  importedFrom?: string;
  resolution: number;
  seed: number;
  /** Seeded searches made; the best modularity won. */
  runs: number;
  /** Projection: concepts named by fewer / more papers were left out of the search (null = no upper bound). */
  minPapers: number;
  maxPapers: number | null;
  /** A citation's weight as a multiple of the mean paper–concept weight. */
  citesWeight: number;
  /** Paper–concept weighting: "tf-idf" = (1 + ln count) · ln(N / df). */
  weighting: string;
  /** Modularity (γ = 1) of the top level on the search graph, and the quality at `resolution`. */
  modularity: number;
  quality: number;
  /** Number of levels and clusters per level, level 0 (top) first. */
  levels: number;
  clusterCounts: number[];
  papers: number;
  concepts: number;
  searchNodes: number;
  searchEdges: number;
  /** Nodes with no link at all: the members of the "Unlinked" cluster of each level. */
  unassigned: number;
  elapsedMs: number;
  /** Set by `paperatlas layout` once positions for this run are written (an update carries them over). */
  layoutAt?: string;
  layoutIterations?: number;
  layoutSeed?: number;
  /** Set by `paperatlas update`: the run it updated (the previous current run). */
  basedOn?: string;
  /** Set by `paperatlas update`: papers and concepts it added, and previous nodes whose finest cluster changed. */
  addedPapers?: number;
  addedConcepts?: number;
  movedNodes?: number;
  /**
   * Set by `paperatlas update`: what became of the previous clusters, as JSON (a node property
   * holds no nested maps): `ClusterLineage[]`, one per level, top first.
   */
  lineage?: string;
  /**
   * Set by `paperatlas update`: the size and paper count of every cluster it replaced, as JSON
   * `{[clusterId]: [size, paperCount]}` (what `paperatlas report --since` compares the clusters with).
   */
  sizesBefore?: string;
}

/** One level of `ClusterRun.lineage`: merges, splits, new clusters, and where each id that is gone now leads. */
export interface ClusterLineage {
  level: number;
  /** Clusters that took the majority of two or more previous clusters (`into` kept one of their ids). */
  merges: { into: string; from: string[] }[];
  /** Previous clusters whose members now sit in several clusters. */
  splits: { from: string; into: string[] }[];
  /** Clusters with no previous id. */
  created: string[];
  /** Ids no longer used, and the cluster that holds most of their members now (where a saved link leads). */
  redirects: { from: string; to: string }[];
}

/**
 * A `Cluster` as `paperatlas cluster` writes it: cluster `number` (0 = largest; the "Other" and
 * "Unlinked" clusters come last) of `level` (0 = top, 8–30 regions on a corpus large enough, the
 * `cluster` property of papers and concepts; higher levels are finer, each with a minimum cluster
 * size, and each cluster is PART_OF one of the level above). `id` = `${run}:${level}:${number}`. Top concepts are names, most
 * distinctive first (log-likelihood against the rest of the graph, as CiteSpace labels clusters); the
 * label is made of the one or two concepts with the best naming score (`labelConceptIds`, `labelScores`).
 */
export interface Cluster {
  id: string;
  run: string;
  level: number;
  number: number;
  label: string;
  /** Papers and concepts in the cluster. */
  size: number;
  paperCount: number;
  conceptCount: number;
  topConcepts: string[];
  topConceptIds: string[];
  /**
   * The concepts `label` is made of, in label order, and the naming score of each: G² × the weight of
   * its type, among concepts that are neither generic nor corpus-wide (atlas/cluster/labels.ts). Empty
   * when no concept may name the cluster (the label is then its most-mentioned member concept), and
   * on the "Other" and "Unlinked" clusters. Clusters stored by a version without them read as empty.
   */
  labelConceptIds: string[];
  labelScores: number[];
  topMethods: string[];
  topDatasets: string[];
  topHardware: string[];
  topTasks: string[];
  topTechniques: string[];
  topMetrics: string[];
  /** Modularity (γ = 1) of this cluster's level. */
  modularity: number;
  /** Id of the cluster of level − 1 this one is PART_OF; absent on level 0. */
  parent?: string;
  /**
   * Set by `paperatlas update`: the previous clusters (of the same level) that gave this one members,
   * most members first; empty for a cluster of new nodes only.
   */
  from?: string[];
  /**
   * The level's one "Other" cluster: small islands (groups of nodes linked to each other but to no
   * cluster of the level) too small to be clusters of their own. Absent on every other cluster.
   */
  other?: true;
  /**
   * The one "Unlinked" cluster of each level: nodes that share nothing with any other node (no
   * concept, citation, author, title word or source file), gathered in one spot of the map, which
   * the map hides by default. Absent on every other cluster.
   */
  unlinked?: true;
}

/** A `Cluster` node as stored: the cluster, and the centre `paperatlas layout` gives it (mean of its members). */
export interface ClusterNode extends Cluster {
  x?: number;
  y?: number;
}
