import { describe, expect, it } from "vitest";
import { INITIAL_STATE, type ViewState } from "./state.ts";
import { dayOfIsoDate, weekOfDay } from "./time.ts";
import { decodeView, encodeView } from "./url.ts";

const full: ViewState = {
  ...INITIAL_STATE,
  selection: "cs/9901001",
  filters: {
    hiddenTypes: ["metric", "paper"],
    clusters: ["run:0:1", "run:0:3"],
    yearMin: 2019,
    yearMax: 2023,
    weekMin: null,
    weekMax: null,
    minPapers: 4,
    unlinked: true,
    since: null,
  },
  camera: { x: 0.51234, y: 0.48, ratio: 0.25 },
  showEdges: false,
  colorMode: "time",
};

describe("encodeView(state) ⇄ decodeView(params)", () => {
  it("round-trips selection, filters, camera and the edges switch", () => {
    expect(decodeView(encodeView(full))).toEqual(full);
  });

  it("round-trips a week range on a map by week, written as the weeks' Mondays", () => {
    const byWeek = { showEdges: true, timeUnit: "week" as const };
    const from = weekOfDay(dayOfIsoDate("2024-03-06")!);
    const s: ViewState = { ...full, filters: { ...full.filters, weekMin: from, weekMax: from + 3 } };
    const query = encodeView(s, byWeek);
    expect(new URLSearchParams(query).get("wfrom")).toBe("2024-03-04");
    expect(new URLSearchParams(query).get("wto")).toBe("2024-03-25");
    expect(query).toContain("color=time");
    expect(decodeView(query, byWeek)).toEqual(s);
  });

  it("ignores week ranges on a map by year, and colour modes it does not know", () => {
    const s = decodeView("wfrom=2024-03-04&wto=2024-03-25&color=rainbow");
    expect([s.filters.weekMin, s.filters.weekMax, s.colorMode]).toEqual([null, null, "clusters"]);
    expect(decodeView("wfrom=2024-02-30", { showEdges: true, timeUnit: "week" }).filters.weekMin).toBeNull();
  });

  it("encodes the initial state as an empty query", () => {
    expect(encodeView(INITIAL_STATE)).toBe("");
    expect(decodeView("")).toEqual(INITIAL_STATE);
  });

  it("leaves hover and console highlights out of the URL", () => {
    expect(encodeView({ ...full, hovered: "x", highlight: ["a", "b"] })).toBe(encodeView(full));
  });

  it("writes the links switch only when it differs from the map's default", () => {
    const big = { showEdges: false };
    expect(encodeView({ ...INITIAL_STATE, showEdges: false }, big)).toBe("");
    expect(encodeView({ ...INITIAL_STATE, showEdges: true }, big)).toBe("edges=1");
    expect(decodeView("edges=1", big).showEdges).toBe(true);
    expect(decodeView("", big).showEdges).toBe(false);
  });

  it("ignores malformed and unknown parameters", () => {
    const s = decodeView("hide=paper,nonsense&from=abc&to=99999&minPapers=-3&cam=1,2&x=1&node=");
    expect(s.filters.hiddenTypes).toEqual(["paper"]);
    expect(s.filters.yearMin).toBeNull();
    expect(s.filters.yearMax).toBeNull();
    expect(s.filters.minPapers).toBe(0);
    expect(s.camera).toBeNull();
    expect(s.selection).toBeNull();
  });

  it("writes the 'new since' filter as its update's run id and reads it back against the map's updates", () => {
    const updated = { showEdges: true, updates: ["run-a", "run-b"] };
    const s: ViewState = { ...full, filters: { ...full.filters, since: { run: "run-a", from: 1 } } };
    const query = encodeView(s, updated);
    expect(new URLSearchParams(query).get("since")).toBe("run-a");
    expect(decodeView(query, updated)).toEqual(s);
    expect(decodeView("since=run-b", updated).filters.since).toEqual({ run: "run-b", from: 2 });
  });

  it("drops a 'since' naming an update the map does not have (or on a map never updated)", () => {
    expect(decodeView("since=run-gone", { showEdges: true, updates: ["run-a"] }).filters.since).toBeNull();
    expect(decodeView("since=run-a").filters.since).toBeNull();
    expect(encodeView(decodeView("since=run-gone&unlinked=1", { showEdges: true, updates: ["run-a"] }))).toBe(
      "unlinked=1",
    );
  });

  it("survives ids with URL-special characters", () => {
    const s = { ...INITIAL_STATE, selection: "method:a&b=c #1/2" };
    expect(decodeView(new URL(`http://x/?${encodeView(s)}`).searchParams).selection).toBe("method:a&b=c #1/2");
  });
});
