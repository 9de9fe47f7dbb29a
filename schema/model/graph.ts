/**
 * Labels and relationship types
 * =============================
 * Every node label and relationship type the graph holds, as runtime tables (`LABELS`,
 * `REL_TYPES`) and as maps to the stored shapes (`NodeProps`, `RelProps`). The Cypher in
 * `schema/cypher/` uses no other (model.test.ts reads it to check).
 */
import type { ClusterNode, ClusterRun } from "./cluster.ts";
import type { ConceptNode } from "./concept.ts";
import type { AuthorNode, OrganizationNode, PaperNode, SourceNode } from "./paper.ts";
import type {
  CitesRel,
  FromRel,
  InClusterRel,
  MentionsRel,
  PartOfRel,
  ProposesRel,
  RelatedRel,
  WrittenByRel,
} from "./relationships.ts";
import type { ConceptLabel } from "./types.ts";

/** Every node label. A concept carries `Concept` and the label of its type (`CONCEPT_LABELS`). */
export const LABELS = [
  "Paper",
  "Concept",
  "Method",
  "Dataset",
  "Hardware",
  "Task",
  "Technique",
  "Metric",
  "Author",
  "Organization",
  "Source",
  "Cluster",
  "ClusterRun",
] as const;
export type Label = (typeof LABELS)[number];

/** Every relationship type. */
export const REL_TYPES = [
  "MENTIONS",
  "PROPOSES",
  "CITES",
  "RELATED",
  "WRITTEN_BY",
  "FROM",
  "IN_CLUSTER",
  "PART_OF",
] as const;
export type RelType = (typeof REL_TYPES)[number];

/** The stored properties of a node with each label. */
export interface NodeProps extends Record<ConceptLabel, ConceptNode> {
  Paper: PaperNode;
  Concept: ConceptNode;
  Author: AuthorNode;
  Organization: OrganizationNode;
  Source: SourceNode;
  Cluster: ClusterNode;
  ClusterRun: ClusterRun;
}

/** The stored properties of a relationship of each type. */
export interface RelProps {
  MENTIONS: MentionsRel;
  PROPOSES: ProposesRel;
  CITES: CitesRel;
  RELATED: RelatedRel;
  WRITTEN_BY: WrittenByRel;
  FROM: FromRel;
  IN_CLUSTER: InClusterRel;
  PART_OF: PartOfRel;
}
