/** Clustering stage: public API (pure core and the Neo4j runner). */
export { clusterProjection, DEFAULT_CLUSTER_OPTIONS } from "./cluster.ts";
export type { Algorithm, ClusterLevel, ClusterOptions, Clustering, RunOutcome } from "./cluster.ts";
export { labelClusters, labelLevel, logLikelihood } from "./labels.ts";
export type { ClusterLabel, TopConcept } from "./labels.ts";
export { buildProjection, DEFAULT_PROJECTION, searchGraph } from "./projection.ts";
export type {
  ConceptRecord,
  PaperRecord,
  Projection,
  ProjectionGraph,
  ProjectionOptions,
  SearchGraph,
} from "./projection.ts";
export { clusterRecords, runIdFor } from "./records.ts";
export { nmi, plantedPartition } from "./planted.ts";
export { seededRng, type Rng } from "./rng.ts";
export { currentClusterRun, projectionOptionsOf, readProjection, runCluster } from "./run.ts";
export type { ClusterProgress, ClusterSummary, LevelSummary, RunClusterOptions } from "./run.ts";
