/**
 * View ⇄ URL: the selection, filters (the "new since" one by its update's run id), camera, links switch and colour mode live in the query
 * string, so a link reopens the same view. `decodeView(encodeView(s, d), d)` gives back `s` (hover and console highlight aside,
 * which are momentary). Unknown or malformed parameters are ignored, never trusted.
 */
import { NODE_TYPES, type NodeType } from "../schema/map.ts";
import { DEFAULT_FILTERS, INITIAL_STATE, sinceFilter, type CameraView, type ViewState } from "./state.ts";
import { dayOfIsoDate, isoDate, weekOfDay, weekStartDay, type TimeUnit } from "./time.ts";

const NODE_TYPE_SET = new Set<string>(NODE_TYPES);

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/**
 * What a parameter-less URL means for this map: links on, unless the map is big (main.ts); and the
 * map's time unit (week ranges mean something only on a map by week, time.ts).
 */
export interface ViewDefaults {
  showEdges: boolean;
  timeUnit?: TimeUnit;
  /** The map's updates' run ids, oldest first (`MapHeader.updates`): a `since` naming another is dropped. */
  updates?: readonly string[];
}
const DEFAULTS: ViewDefaults = { showEdges: true };

/** A week as the URL writes it: the date of its Monday. */
const weekParam = (week: number) => isoDate(weekStartDay(week));

export function encodeView(state: ViewState, defaults: ViewDefaults = DEFAULTS): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (state.selection) p.set("node", state.selection);
  if (f.hiddenTypes.length) p.set("hide", [...f.hiddenTypes].sort().join(","));
  for (const c of f.clusters) p.append("cluster", c);
  if (f.yearMin !== null) p.set("from", String(f.yearMin));
  if (f.yearMax !== null) p.set("to", String(f.yearMax));
  if (f.weekMin !== null) p.set("wfrom", weekParam(f.weekMin));
  if (f.weekMax !== null) p.set("wto", weekParam(f.weekMax));
  if (f.minPapers > 0) p.set("minPapers", String(f.minPapers));
  if (f.unlinked) p.set("unlinked", "1");
  if (f.since) p.set("since", f.since.run);
  if (state.colorMode !== INITIAL_STATE.colorMode) p.set("color", state.colorMode);
  if (state.showEdges !== defaults.showEdges) p.set("edges", state.showEdges ? "1" : "0");
  if (state.camera) {
    const c = state.camera;
    p.set("cam", [round(c.x, 5), round(c.y, 5), round(c.ratio, 5)].join(","));
  }
  return p.toString();
}

function intOrNull(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^-?\d{1,6}$/.test(raw)) return null;
  const v = Number(raw);
  return v >= min && v <= max ? v : null;
}

function weekOrNull(raw: string | null, unit: TimeUnit | undefined): number | null {
  const day = raw === null || unit !== "week" ? null : dayOfIsoDate(raw);
  return day === null ? null : weekOfDay(day);
}

function camera(raw: string | null): CameraView | null {
  const parts = raw?.split(",").map(Number) ?? [];
  if (parts.length !== 3 || parts.some((v) => !Number.isFinite(v))) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 && ratio < 1e4 ? { x, y, ratio } : null;
}

export function decodeView(search: string | URLSearchParams, defaults: ViewDefaults = DEFAULTS): ViewState {
  const p = typeof search === "string" ? new URLSearchParams(search) : search;
  const node = p.get("node");
  const hidden = (p.get("hide") ?? "").split(",").filter((t): t is NodeType => NODE_TYPE_SET.has(t));
  return {
    ...INITIAL_STATE,
    selection: node && node.length <= 300 ? node : null,
    filters: {
      ...DEFAULT_FILTERS,
      hiddenTypes: [...new Set(hidden)].sort(),
      clusters: p.getAll("cluster").filter((c) => c.length > 0 && c.length <= 200),
      yearMin: intOrNull(p.get("from"), 0, 9999),
      yearMax: intOrNull(p.get("to"), 0, 9999),
      weekMin: weekOrNull(p.get("wfrom"), defaults.timeUnit),
      weekMax: weekOrNull(p.get("wto"), defaults.timeUnit),
      minPapers: intOrNull(p.get("minPapers"), 0, 1_000_000) ?? 0,
      unlinked: p.get("unlinked") === "1",
      since: sinceFilter(p.get("since"), defaults.updates ?? []),
    },
    colorMode: p.get("color") === "time" ? "time" : "clusters",
    showEdges: p.get("edges") === "1" ? true : p.get("edges") === "0" ? false : defaults.showEdges,
    camera: camera(p.get("cam")),
  };
}
