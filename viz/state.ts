/**
 * View state and its producers (STYLE §12): the state is a plain object; every change is a pure
 * producer `(args) => (state) => state'`, so panels never write into each other or into the graph.
 */
import type { NodeType } from "../schema/map.ts";

export interface Filters {
  /** Node types switched off in the legend. */
  hiddenTypes: NodeType[];
  /** Clusters shown; empty means all. */
  clusters: string[];
  yearMin: number | null;
  yearMax: number | null;
  /** Papers published outside these weeks are hidden (weeks as time.ts counts them; maps by week only). */
  weekMin: number | null;
  weekMax: number | null;
  /** Concepts named by fewer papers are hidden. */
  minPapers: number;
  /** Show the "Unlinked" group (nodes that share nothing with any other); hidden by default. */
  unlinked: boolean;
  /**
   * "New since": only the nodes added by this update (`MapHeader.updates`, by run id) and the later
   * ones; null for off. `from` is 1 + the update's index there, what a node's `added` must reach
   * (resolved once from the run id, so the filters alone decide a node's visibility).
   */
  since: SinceFilter | null;
}

/** The "new since" filter: the update's run id (what the URL carries) and its place in the update list. */
export interface SinceFilter {
  run: string;
  from: number;
}

/** What gives the nodes their colour: their top-level cluster, or their time (time.ts). */
export type ColorMode = "clusters" | "time";
export const COLOR_MODES: readonly ColorMode[] = ["clusters", "time"];

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  filters: Filters;
  selection: string | null;
  hovered: string | null;
  /** Nodes the last console result named, lit up on the map. */
  highlight: string[];
  camera: CameraView | null;
  showEdges: boolean;
  colorMode: ColorMode;
}

export type Producer = (state: ViewState) => ViewState;

export const DEFAULT_FILTERS: Filters = {
  hiddenTypes: [],
  clusters: [],
  yearMin: null,
  yearMax: null,
  weekMin: null,
  weekMax: null,
  minPapers: 0,
  unlinked: false,
  since: null,
};

export const INITIAL_STATE: ViewState = {
  filters: DEFAULT_FILTERS,
  selection: null,
  hovered: null,
  highlight: [],
  camera: null,
  showEdges: true,
  colorMode: "clusters",
};

/** Patches the filters; the same state back when nothing changes (a slider's repeated value redraws nothing). */
const withFilters =
  (patch: Partial<Filters>): Producer =>
  (s) =>
    (Object.keys(patch) as (keyof Filters)[]).every((k) => s.filters[k] === patch[k])
      ? s
      : { ...s, filters: { ...s.filters, ...patch } };

export const select =
  (id: string | null): Producer =>
  (s) =>
    s.selection === id ? s : { ...s, selection: id };
export const hover =
  (id: string | null): Producer =>
  (s) =>
    s.hovered === id ? s : { ...s, hovered: id };
export const setCamera =
  (camera: CameraView | null): Producer =>
  (s) => ({ ...s, camera });
export const setHighlight =
  (ids: string[]): Producer =>
  (s) => ({ ...s, highlight: [...new Set(ids)] });
export const setShowEdges =
  (showEdges: boolean): Producer =>
  (s) => ({ ...s, showEdges });
export const resetFilters = (): Producer => (s) => ({ ...s, filters: DEFAULT_FILTERS });

export const toggleType =
  (type: NodeType): Producer =>
  (s) => {
    const hidden = s.filters.hiddenTypes;
    return withFilters({ hiddenTypes: hidden.includes(type) ? hidden.filter((t) => t !== type) : [...hidden, type] })(
      s,
    );
  };

/** Shows or hides one cluster; `all` is every cluster id, so "everything shown" stays the empty list. */
export const toggleCluster =
  (id: string, all: string[]): Producer =>
  (s) => {
    const shown = s.filters.clusters.length === 0 ? all : s.filters.clusters;
    const next = shown.includes(id) ? shown.filter((c) => c !== id) : [...shown, id];
    return withFilters({ clusters: next.length === all.length ? [] : all.filter((c) => next.includes(c)) })(s);
  };

export const onlyCluster = (id: string | null): Producer => withFilters({ clusters: id === null ? [] : [id] });

export const setYears = (yearMin: number | null, yearMax: number | null): Producer => withFilters({ yearMin, yearMax });

export const setWeeks = (weekMin: number | null, weekMax: number | null): Producer => withFilters({ weekMin, weekMax });

/**
 * Shows only what the update `run` and the later ones added (`runs`: the map's update run ids,
 * oldest first); null, or a run not among them, turns the filter off.
 */
export function sinceFilter(run: string | null, runs: readonly string[]): SinceFilter | null {
  const index = run === null ? -1 : runs.indexOf(run);
  return index < 0 ? null : { run: run!, from: index + 1 };
}

export const setSince =
  (run: string | null, runs: readonly string[]): Producer =>
  (s) => {
    const since = sinceFilter(run, runs);
    return s.filters.since?.run === since?.run ? s : { ...s, filters: { ...s.filters, since } };
  };

export const setShowUnlinked = (unlinked: boolean): Producer => withFilters({ unlinked });

export const setColorMode =
  (colorMode: ColorMode): Producer =>
  (s) =>
    s.colorMode === colorMode ? s : { ...s, colorMode };

export const setMinPapers = (minPapers: number): Producer =>
  withFilters({ minPapers: Math.max(0, Math.floor(minPapers)) });
