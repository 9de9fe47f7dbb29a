/**
 * Concept types
 * =============
 * The six kinds of concept the extractor finds, their Neo4j labels and their display names. Data
 * only (no validator), so the browser bundle can import it.
 */

/** The six kinds of concept the extractor finds. Lower-case in JSON output, capitalised as Neo4j labels. */
export const CONCEPT_TYPES = ["method", "dataset", "hardware", "task", "technique", "metric"] as const;
export type ConceptType = (typeof CONCEPT_TYPES)[number];

/** Neo4j label of each concept type (every concept also carries the `Concept` label). */
export const CONCEPT_LABELS = {
  method: "Method",
  dataset: "Dataset",
  hardware: "Hardware",
  task: "Task",
  technique: "Technique",
  metric: "Metric",
} as const satisfies Readonly<Record<ConceptType, string>>;
/** The label a concept carries besides `Concept`: `Method`, `Dataset`, … */
export type ConceptLabel = (typeof CONCEPT_LABELS)[ConceptType];

/** A concept type's name in the plural, as the map's legend and the reports title it. */
export const CONCEPT_TYPE_TITLES: Readonly<Record<ConceptType, string>> = {
  method: "Methods",
  dataset: "Datasets",
  hardware: "Hardware",
  task: "Tasks",
  technique: "Techniques",
  metric: "Metrics",
};
