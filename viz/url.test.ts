import { describe, expect, it } from "vitest";
import { INITIAL_STATE, type ViewState } from "./state.ts";
import { decodeView, encodeView } from "./url.ts";

const full: ViewState = {
  ...INITIAL_STATE,
  selection: "cs/9901001",
  filters: {
    hiddenTypes: ["metric", "paper"],
    clusters: ["run:0:1", "run:0:3"],
    yearMin: 2019,
    yearMax: 2023,
    minPapers: 4,
  },
  camera: { x: 0.51234, y: 0.48, ratio: 0.25 },
  showEdges: false,
};

describe("encodeView(state) ⇄ decodeView(params)", () => {
  it("round-trips selection, filters, camera and the edges switch", () => {
    expect(decodeView(encodeView(full))).toEqual(full);
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

  it("survives ids with URL-special characters", () => {
    const s = { ...INITIAL_STATE, selection: "method:a&b=c #1/2" };
    expect(decodeView(new URL(`http://x/?${encodeView(s)}`).searchParams).selection).toBe("method:a&b=c #1/2");
  });
});
