/**
 * Time overlay
 * ============
 * Pure: each node's time from the decoded payload, and the colour scale the overlay paints it with
 * (VOSviewer's overlay view). A paper's time is its publication year, or — on a daily listing,
 * whose years are one or two (the payload then carries the `day` column, MapHeader) — its
 * publication week; a concept's is the mean over the papers that mention it. Weeks are counted
 * from Monday 1970-01-05 (week 0) and shown by the date of their Monday.
 */
import type { MapColumns } from "./map-data.ts";
import { quantile } from "./extent.ts";

export type TimeUnit = "year" | "week";

export interface TimeScale {
  unit: TimeUnit;
  /** The papers' earliest and latest time: the range slider's ends. */
  min: number;
  max: number;
  /**
   * The colour ramp's ends: the 2nd and 98th percentile of the papers' times, so a few outliers
   * (a 1998 paper on a map of the 2020s) do not squeeze everyone else into one colour.
   */
  lo: number;
  hi: number;
}

/** The ramp's steps: nodes share one display object per step (reducers.ts), not one each. */
export const TIME_BINS = 32;
/** Viridis (perceptually uniform, readable in grey and by most colour-blind readers): early → late. */
const VIRIDIS = ["#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725"];
/** Nodes with no known time (a paper without a year, a concept none of whose papers has one). */
export const TIME_UNKNOWN_COLOR = "#b9b9c2";

const DAY_MS = 86_400_000;
/** 1970-01-05, the first Monday after the epoch, in days since 1970-01-01. */
const FIRST_MONDAY = 4;

const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, "0");

function rampOf(stops: readonly string[], n: number): string[] {
  const rgb = stops.map((s) => [1, 3, 5].map((k) => parseInt(s.slice(k, k + 2), 16)) as [number, number, number]);
  return Array.from({ length: n }, (_, i) => {
    const t = (i / (n - 1)) * (rgb.length - 1);
    const k = Math.min(rgb.length - 2, Math.floor(t));
    const f = t - k;
    const [a, b] = [rgb[k]!, rgb[k + 1]!];
    return `#${a.map((v, c) => hex2(v + (b[c]! - v) * f)).join("")}`;
  });
}

/** The overlay's colours, early to late: TIME_BINS steps of viridis. */
export const TIME_RAMP: readonly string[] = Object.freeze(rampOf(VIRIDIS, TIME_BINS));

/** The ramp as a CSS gradient, for the legend's bar (left = early). */
export const TIME_GRADIENT = `linear-gradient(to right, ${VIRIDIS.join(", ")})`;

/** The week (Monday to Sunday) of a day counted from 1970-01-01. */
export function weekOfDay(day: number): number {
  return Math.floor((day - FIRST_MONDAY) / 7);
}

/** The Monday a week starts on, in days since 1970-01-01. */
export function weekStartDay(week: number): number {
  return week * 7 + FIRST_MONDAY;
}

/** `YYYY-MM-DD` of a day counted from 1970-01-01 (UTC, so the same in every time zone). */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day of a `YYYY-MM-DD` date, counted from 1970-01-01; null if it is not a real date. */
export function dayOfIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isoDate(ms / DAY_MS) === text ? ms / DAY_MS : null;
}

/** A time as the legend and the slider say it: a year (`2021`), or a week by its Monday (`2024-03-04`). */
export function formatTime(value: number, unit: TimeUnit): string {
  return unit === "year" ? String(Math.round(value)) : isoDate(weekStartDay(Math.round(value)));
}

/** Which step of TIME_RAMP paints `value` (clamped to the scale's lo–hi); -1 when the time is unknown. */
export function timeBin(value: number | null, scale: TimeScale): number {
  if (value === null || !Number.isFinite(value)) return -1;
  if (scale.hi <= scale.lo) return TIME_BINS - 1;
  const t = (value - scale.lo) / (scale.hi - scale.lo);
  return Math.max(0, Math.min(TIME_BINS - 1, Math.round(t * (TIME_BINS - 1))));
}

/**
 * Every node's time (NaN when unknown) and the map's scale (null when no paper has a time): by
 * week when the payload carries publication days, else by year. Concepts get the mean time of the
 * papers that MENTION them. One pass over the nodes and one over the MENTIONS edges.
 */
export function nodeTimes(cols: MapColumns): { values: Float64Array; scale: TimeScale | null } {
  const n = cols.ids.length;
  const unit: TimeUnit = cols.day ? "week" : "year";
  const paperType = cols.header.nodeTypes.indexOf("paper");
  const values = new Float64Array(n).fill(NaN);
  const known: number[] = [];
  for (let i = 0; i < n; i++) {
    if (cols.type[i] !== paperType) continue;
    const raw = cols.day ? cols.day[i]! : cols.year[i]!;
    if (raw === 0) continue;
    values[i] = cols.day ? weekOfDay(raw - 1) : raw;
    known.push(values[i]!);
  }
  const mentions = cols.edges["MENTIONS"];
  if (mentions) {
    const sum = new Float64Array(n);
    const count = new Uint32Array(n);
    for (let k = 0; k < mentions.source.length; k++) {
      const v = values[mentions.source[k]!]!;
      const c = mentions.target[k]!;
      if (Number.isNaN(v) || cols.type[c] === paperType) continue;
      sum[c]! += v;
      count[c]! += 1;
    }
    for (let i = 0; i < n; i++) if (count[i]! > 0) values[i] = sum[i]! / count[i]!;
  }
  if (known.length === 0) return { values, scale: null };
  const sorted = Float64Array.from(known).sort();
  const scale = {
    unit,
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    lo: quantile(sorted, 0.02),
    hi: quantile(sorted, 0.98),
  };
  return { values, scale };
}
