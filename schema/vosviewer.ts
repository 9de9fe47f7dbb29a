/**
 * VOSviewer's network model (issue 17), declared once for the writers and readers in
 * export/vosviewer/: the items, links and clusters that a VOSviewer JSON file and a map + network
 * file pair both carry. Field names follow VOSviewer Online's JSON file type (`network.items[]`,
 * `network.links[]`, `network.clusters[]`); a map file carries the same items as TSV columns
 * (`weight<…>` and `score<…>` columns hold `weights` and `scores`).
 */

/** Cluster numbers VOSviewer accepts: 1 to 1000 (0 or absent is "no cluster"). */
export const VOS_MAX_CLUSTER = 1000;

/** The weights and score the exports write, named as VOSviewer names them. */
export const VOS_WEIGHTS = ["Documents", "Links", "Total link strength"] as const;
export const VOS_SCORES = ["Avg. pub. year"] as const;

/** An item id: the exports write positive integers (what map and network files require); JSON from elsewhere may use strings. */
export type VosId = number | string;

export interface VosItem {
  id: VosId;
  label: string;
  description?: string;
  url?: string;
  x?: number;
  y?: number;
  /** 1–1000; absent when the item is in no cluster. */
  cluster?: number;
  weights: Record<string, number>;
  scores: Record<string, number>;
}

/** An undirected link: `source_id` < `target_id` in what the writers emit. */
export interface VosLink {
  source_id: VosId;
  target_id: VosId;
  strength: number;
}

export interface VosCluster {
  cluster: number;
  label: string;
  /** `#rrggbb`, from `config.color_schemes.cluster_colors[]` (JSON only). */
  color?: string;
}

export interface VosNetwork {
  title?: string;
  items: VosItem[];
  links: VosLink[];
  clusters: VosCluster[];
}
