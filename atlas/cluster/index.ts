/** Clustering: public API (pure core and the Neo4j runner); the projection it reads is in ../projection/. */
export { clusterProjection, DEFAULT_CLUSTER_OPTIONS } from "./cluster.ts";
export type { Algorithm, ClusterLevel, ClusterOptions, Clustering, RunOutcome } from "./cluster.ts";
export { barredConcepts, DEFAULT_LABEL_OPTIONS, labelClusters, logLikelihood, namingBar } from "./labels.ts";
export type { ClusterLabel, LabelOptions, NamingBar, TopConcept } from "./labels.ts";
export { clusterRecords, runIdFor } from "./records.ts";
export { nmi, plantedPartition } from "./planted.ts";
export { currentClusterRun, runCluster } from "./run.ts";
export type { ClusterProgress, ClusterSummary, LevelSummary, RunClusterOptions } from "./run.ts";
