/** Layout: public API (pure core and the Neo4j runner); the projection it reads is in ../projection/. */
export { DEFAULT_LAYOUT_OPTIONS, layoutProjection, nodeSize, seedPositions } from "./layout.ts";
export type { Layout, LayoutOptions } from "./layout.ts";
export { forceAtlas2, inferFa2Settings, type Fa2Settings } from "./fa2.ts";
export { removeOverlaps, type OverlapOptions, type OverlapResult } from "./overlap.ts";
export { runLayout, type LayoutProgress, type LayoutSummary, type RunLayoutOptions } from "./run.ts";
