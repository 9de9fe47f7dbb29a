/** Projection: public API (the pure paper–concept projection, the graph structures and seeded randomness clustering and layout share, and the Neo4j reader). */
export { buildProjection, DEFAULT_PROJECTION, searchGraph } from "./projection.ts";
export type {
  ConceptRecord,
  EdgeAttributes,
  NodeAttributes,
  PaperRecord,
  Projection,
  ProjectionGraph,
  ProjectionOptions,
  SearchGraph,
} from "./projection.ts";
export { aggregate, graphFromEdges, membersOf, modularity, renumber, type WeightedGraph } from "./csr.ts";
export { deriveSeed, randomOrder, seededRng, shuffle, type Rng } from "./rng.ts";
export { projectionOptionsOf, readProjection } from "./read.ts";
