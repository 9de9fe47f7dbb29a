/**
 * The map's vocabulary
 * ====================
 * Constants the server and the browser share: the node types a map node can have, the
 * relationship types the map draws, and the bits of the payload's `flags` column (`MapHeader` in
 * schema/api.ts). Data only, with no validator, so `viz/` imports it without pulling zod into the
 * browser bundle; schema/api.ts builds its schemas from it and re-exports it.
 */
import { CONCEPT_TYPE_TITLES, CONCEPT_TYPES, type RelType } from "./model.ts";

/** What a map node is: a paper, or a concept of one of the six types. Also the legend's order. */
export const NODE_TYPES = ["paper", ...CONCEPT_TYPES] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Each node type's name in the plural, as the legend, details and search title it. */
export const NODE_TYPE_TITLES: Readonly<Record<NodeType, string>> = { paper: "Papers", ...CONCEPT_TYPE_TITLES };

/** Relationship types drawn on the map, in the order their sections appear in the map payload. */
export const MAP_EDGE_TYPES = ["MENTIONS", "CITES"] as const satisfies readonly RelType[];
export type MapEdgeType = (typeof MAP_EDGE_TYPES)[number];

/**
 * Bits of the map payload's `flags` column. `addedLatest`: the node was added by the latest
 * `paperatlas update` (the last of `MapHeader.updates`).
 */
export const MAP_FLAGS = { hasPosition: 1, stub: 2, addedLatest: 4 } as const;
