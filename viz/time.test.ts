import { describe, expect, it } from "vitest";
import type { MapHeader } from "../schema/api.ts";
import { NODE_TYPES } from "../schema/map.ts";
import type { MapColumns } from "./map-data.ts";
import {
  dayOfIsoDate,
  formatTime,
  isoDate,
  nodeTimes,
  TIME_BINS,
  TIME_RAMP,
  timeBin,
  weekOfDay,
  weekStartDay,
  type TimeScale,
} from "./time.ts";

/** Columns of papers (year, optional day) and concepts, with MENTIONS pairs [paper, concept]. */
function columns(
  nodes: { type: string; year?: number; day?: string }[],
  mentions: [number, number][],
  byDay: boolean,
): MapColumns {
  const n = nodes.length;
  const u16 = (f: (i: number) => number) => Uint16Array.from({ length: n }, (_, i) => f(i));
  return {
    header: { nodeTypes: NODE_TYPES } as unknown as MapHeader,
    ids: nodes.map((_, i) => `n${i}`),
    labels: nodes.map((_, i) => `n${i}`),
    type: Uint8Array.from(nodes.map((x) => (NODE_TYPES as readonly string[]).indexOf(x.type))),
    cluster: new Uint16Array(n),
    x: new Int16Array(n),
    y: new Int16Array(n),
    size: new Uint8Array(n),
    year: u16((i) => nodes[i]!.year ?? 0),
    paperCount: new Uint16Array(n),
    flags: new Uint8Array(n),
    day: byDay ? u16((i) => (nodes[i]!.day ? dayOfIsoDate(nodes[i]!.day!)! + 1 : 0)) : null,
    added: new Uint16Array(n),
    fine: [],
    edges: {
      MENTIONS: {
        source: Uint32Array.from(mentions.map((m) => m[0])),
        target: Uint32Array.from(mentions.map((m) => m[1])),
      },
    },
  };
}

describe("weeks", () => {
  it("weekOfDay(day) starts weeks on Mondays: 1970-01-05 is week 0, the Sunday before is week -1", () => {
    expect(weekOfDay(dayOfIsoDate("1970-01-05")!)).toBe(0);
    expect(weekOfDay(dayOfIsoDate("1970-01-11")!)).toBe(0);
    expect(weekOfDay(dayOfIsoDate("1970-01-04")!)).toBe(-1);
    const monday = dayOfIsoDate("2024-03-04")!;
    for (let d = 0; d < 7; d++) expect(weekOfDay(monday + d)).toBe(weekOfDay(monday));
    expect(weekOfDay(monday + 7)).toBe(weekOfDay(monday) + 1);
  });

  it("weekStartDay(week) is the week's Monday, and formatTime names a week by it", () => {
    const w = weekOfDay(dayOfIsoDate("2024-03-07")!); // a Thursday
    expect(isoDate(weekStartDay(w))).toBe("2024-03-04");
    expect(formatTime(w, "week")).toBe("2024-03-04");
    expect(formatTime(2021.4, "year")).toBe("2021");
  });

  it("dayOfIsoDate(text) reads real dates only", () => {
    expect(dayOfIsoDate("1970-01-02")).toBe(1);
    expect(dayOfIsoDate("2024-02-30")).toBeNull();
    expect(dayOfIsoDate("2024-2-3")).toBeNull();
    expect(dayOfIsoDate("--03-11")).toBeNull();
  });
});

describe("timeBin(value, scale) and the ramp", () => {
  const scale: TimeScale = { unit: "year", min: 2000, max: 2024, lo: 2010, hi: 2020 };
  it("maps lo to the first step, hi to the last, clamps outside, and -1 for an unknown time", () => {
    expect(timeBin(2010, scale)).toBe(0);
    expect(timeBin(2020, scale)).toBe(TIME_BINS - 1);
    expect(timeBin(2015, scale)).toBe(Math.round((TIME_BINS - 1) / 2));
    expect(timeBin(2001, scale)).toBe(0);
    expect(timeBin(2024, scale)).toBe(TIME_BINS - 1);
    expect(timeBin(null, scale)).toBe(-1);
  });

  it("a scale of one value paints everything with the last step", () => {
    expect(timeBin(2024, { ...scale, lo: 2024, hi: 2024 })).toBe(TIME_BINS - 1);
  });

  it("TIME_RAMP runs from viridis purple to yellow in TIME_BINS distinct colours", () => {
    expect(TIME_RAMP).toHaveLength(TIME_BINS);
    expect(TIME_RAMP[0]).toBe("#440154");
    expect(TIME_RAMP[TIME_BINS - 1]).toBe("#fde725");
    expect(new Set(TIME_RAMP).size).toBe(TIME_BINS);
  });
});

describe("nodeTimes(columns)", () => {
  it("by year: papers their year, concepts the mean year of the papers that mention them", () => {
    const cols = columns(
      [
        { type: "paper", year: 2020 },
        { type: "paper", year: 2023 },
        { type: "paper" },
        { type: "method" },
        { type: "dataset" },
      ],
      [
        [0, 3],
        [1, 3],
        [2, 3],
        [2, 4],
      ],
      false,
    );
    const { values, scale } = nodeTimes(cols);
    expect(Array.from(values)).toEqual([2020, 2023, NaN, 2021.5, NaN]);
    expect(scale).toEqual({ unit: "year", min: 2020, max: 2023, lo: 2020, hi: 2023 });
  });

  it("by week when the payload carries days: papers their week, concepts the mean week", () => {
    const cols = columns(
      [
        { type: "paper", year: 2024, day: "2024-03-04" },
        { type: "paper", year: 2024, day: "2024-03-20" },
        { type: "paper", year: 2024 },
        { type: "task" },
      ],
      [
        [0, 3],
        [1, 3],
      ],
      true,
    );
    const { values, scale } = nodeTimes(cols);
    const w0 = weekOfDay(dayOfIsoDate("2024-03-04")!);
    expect(Array.from(values)).toEqual([w0, w0 + 2, NaN, w0 + 1]);
    expect(scale).toMatchObject({ unit: "week", min: w0, max: w0 + 2 });
  });

  it("no paper with a time: no scale", () => {
    expect(nodeTimes(columns([{ type: "paper" }, { type: "method" }], [[0, 1]], false)).scale).toBeNull();
  });

  it("the colour range leaves out the earliest and latest 2 % so outliers do not wash out the rest", () => {
    const years = [1998, ...Array.from({ length: 98 }, (_, i) => 2015 + (i % 10)), 2025];
    const { scale } = nodeTimes(
      columns(
        years.map((year) => ({ type: "paper", year })),
        [],
        false,
      ),
    );
    expect(scale).toMatchObject({ min: 1998, max: 2025 });
    expect(scale!.lo).toBeGreaterThan(1998);
    expect(scale!.hi).toBeLessThan(2025);
  });
});
