/**
 * PaperAtlas graph model
 * ======================
 * The one place the model is declared (GUIDE §3). Every stage imports these types; `server/` and
 * `viz/` import them with `import type` only (or data constants such as `CONCEPT_TYPES`). Property
 * names here are the property names in Neo4j.
 *
 * - `model/graph.ts`: `LABELS`, `REL_TYPES`; `NodeProps` / `RelProps` map each to its stored shape
 * - `model/types.ts`: `CONCEPT_TYPES`, `CONCEPT_LABELS`, `CONCEPT_TYPE_TITLES`
 * - `model/paper.ts`: `ParsedEntry`, `Paper`, `PaperNode`, `AuthorNode`, `OrganizationNode`, `SourceNode`
 * - `model/concept.ts`: `Concept`, `ConceptNode`, `Mention`, the extractor's output
 * - `model/cluster.ts`: `Placement` (cluster, x, y, size), `ClusterRun`, `Cluster`, `ClusterNode`
 * - `model/relationships.ts`: `MentionsRel`, `CitesRel`, `WrittenByRel`, `InClusterRel`, …
 *
 * The rows the writers send (schema/cypher/*.ts) are derived from these shapes (`Pick`, `Omit`),
 * never declared field by field again. A new label or relationship type goes into `LABELS` or
 * `REL_TYPES` with its shape in `NodeProps` or `RelProps`: model.test.ts reads every statement in
 * schema/cypher/ and fails on a name declared here but not used there, or used but not declared.
 */
export * from "./model/cluster.ts";
export * from "./model/concept.ts";
export * from "./model/graph.ts";
export * from "./model/paper.ts";
export * from "./model/relationships.ts";
export * from "./model/types.ts";
