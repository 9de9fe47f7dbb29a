/** Node types in legend order, built from schema/model.ts's runtime constant (no validator needed). */
import type { NodeType } from "../schema/api.ts";
import { CONCEPT_TYPES } from "../schema/model.ts";

export const NODE_TYPE_ORDER: readonly NodeType[] = ["paper", ...CONCEPT_TYPES];
