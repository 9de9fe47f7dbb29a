import { DirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { DIMMED_COLOR } from "./colors.ts";
import type { EdgeAttrs, MapGraph, NodeAttrs } from "./graph.ts";
import { countVisible, derive, edgeReducer, isVisible, nodeReducer } from "./reducers.ts";
import { TIME_RAMP, TIME_UNKNOWN_COLOR } from "./time.ts";
import { INITIAL_STATE, type ViewState } from "./state.ts";
import { nodeAttrs } from "./__fixtures__/node-attrs.ts";

function node(kind: NodeAttrs["kind"], extra: Partial<NodeAttrs> = {}): NodeAttrs {
  return nodeAttrs({ kind, clusters: extra.cluster === null ? [] : [extra.cluster ?? "k1"], ...extra });
}

function graph(): MapGraph {
  const g: MapGraph = new DirectedGraph<NodeAttrs, EdgeAttrs>();
  g.addNode("p1", node("paper", { year: 2020 }));
  g.addNode("p2", node("paper", { year: 2024, cluster: "k2" }));
  g.addNode("p3", node("paper", { year: null }));
  g.addNode("m", node("method", { paperCount: 2 }));
  g.addNode("d", node("dataset", { paperCount: 1, cluster: "k2" }));
  g.addDirectedEdgeWithKey("e1", "p1", "m", { rel: "MENTIONS" });
  g.addDirectedEdgeWithKey("e2", "p2", "m", { rel: "MENTIONS" });
  g.addDirectedEdgeWithKey("e3", "p2", "d", { rel: "MENTIONS" });
  g.addDirectedEdgeWithKey("e4", "p2", "p1", { rel: "CITES" });
  return g;
}

const withFilters = (f: Partial<ViewState["filters"]>): ViewState => ({
  ...INITIAL_STATE,
  filters: { ...INITIAL_STATE.filters, ...f },
});

describe("isVisible(attrs, filters)", () => {
  const g = graph();
  it("hides switched-off types and clusters outside the shown set", () => {
    expect(countVisible(g, withFilters({ hiddenTypes: ["paper"] }).filters)).toBe(2);
    expect(countVisible(g, withFilters({ clusters: ["k2"] }).filters)).toBe(2);
  });

  it("filters papers by year (unknown years go when a range is set) and concepts by paper count", () => {
    const f = withFilters({ yearMin: 2021 }).filters;
    expect(["p1", "p2", "p3"].filter((n) => isVisible(g.getNodeAttributes(n), f))).toEqual(["p2"]);
    expect(isVisible(g.getNodeAttributes("d"), withFilters({ minPapers: 2 }).filters)).toBe(false);
    expect(isVisible(g.getNodeAttributes("m"), withFilters({ minPapers: 2 }).filters)).toBe(true);
  });
});

describe("nodeReducer(state, derived) and edgeReducer", () => {
  const g = graph();
  const run = (state: ViewState) => {
    const d = derive(state, g);
    const nr = nodeReducer(state, d);
    const er = edgeReducer(state, d);
    return {
      nodes: Object.fromEntries(g.mapNodes((n, a) => [n, { ...a, ...nr(n, a) }])),
      edges: Object.fromEntries(g.mapEdges((e, a) => [e, { ...a, ...er(e, a) }])),
    };
  };

  it("without focus: filtered nodes hidden, the rest keep their colour", () => {
    const { nodes } = run(withFilters({ hiddenTypes: ["dataset"] }));
    expect(nodes["d"]!.hidden).toBe(true);
    expect(nodes["m"]!.color).toBe("#123456");
  });

  it("hovering a node keeps it and its neighbours, dims the others and shows only its edges", () => {
    const { nodes, edges } = run({ ...INITIAL_STATE, hovered: "m" });
    expect(nodes["m"]!.highlighted).toBe(true);
    expect(nodes["p1"]!.color).toBe("#123456");
    expect(nodes["p2"]!.color).toBe("#123456");
    expect(nodes["d"]!.color).toBe(DIMMED_COLOR);
    expect(nodes["p3"]!.label).toBeNull();
    expect(edges["e1"]!.hidden).toBeFalsy();
    expect(edges["e3"]!.hidden).toBe(true);
  });

  it("the hovered node wins over the selected one; a filtered-out focus is ignored", () => {
    expect(derive({ ...INITIAL_STATE, selection: "p1", hovered: "d" }, g).focus).toBe("d");
    expect(derive({ ...withFilters({ hiddenTypes: ["paper"] }), selection: "p1" }, g).focus).toBeNull();
  });

  it("a console highlight lights its nodes and dims the rest", () => {
    const { nodes, edges } = run({ ...INITIAL_STATE, highlight: ["p2", "missing"] });
    expect(nodes["p2"]!.highlighted).toBe(true);
    expect(nodes["p1"]!.color).toBe(DIMMED_COLOR);
    expect(edges["e1"]!.hidden).toBe(true);
  });

  it("edges switched off are hidden unless a focus shows its own", () => {
    expect(run({ ...INITIAL_STATE, showEdges: false }).edges["e1"]!.hidden).toBe(true);
    expect(run({ ...INITIAL_STATE, showEdges: false, selection: "p1" }).edges["e1"]!.hidden).toBeFalsy();
  });
});

describe("the time overlay and the Unlinked group", () => {
  function timed(): MapGraph {
    const g: MapGraph = new DirectedGraph<NodeAttrs, EdgeAttrs>();
    g.addNode("early", node("paper", { year: 2020, time: 2020, timeBin: 0 }));
    g.addNode("late", node("paper", { year: 2024, time: 2024, timeBin: 31 }));
    g.addNode("late2", node("paper", { year: 2024, time: 2024, timeBin: 31 }));
    g.addNode("undated", node("paper", { year: null }));
    g.addNode("m", node("method", { time: 2022, timeBin: 15, borderColor: "#ring" }));
    g.addNode("alone", node("paper", { year: 2021, time: 2021, timeBin: 8, unlinked: true, cluster: "u" }));
    g.addDirectedEdgeWithKey("e1", "early", "m", { rel: "MENTIONS" });
    return g;
  }
  const g = timed();
  const display = (state: ViewState) => {
    const reduce = nodeReducer(state, derive(state, g));
    return Object.fromEntries(g.mapNodes((n, a) => [n, reduce(n, a)]));
  };

  it("colours papers (fill and ring) and concepts (fill; their type ring stays) by time, unknown times grey", () => {
    const d = display({ ...INITIAL_STATE, colorMode: "time" });
    expect(d["early"]).toMatchObject({ color: TIME_RAMP[0], borderColor: TIME_RAMP[0] });
    expect(d["late"]).toMatchObject({ color: TIME_RAMP[31], borderColor: TIME_RAMP[31] });
    expect(d["m"]).toEqual({ color: TIME_RAMP[15] });
    expect(d["undated"]).toMatchObject({ color: TIME_UNKNOWN_COLOR });
  });

  it("nodes of one ramp step share one display object; cluster mode returns no colour at all", () => {
    const d = display({ ...INITIAL_STATE, colorMode: "time" });
    expect(d["late"]).toBe(d["late2"]);
    expect(Object.isFrozen(d["late"])).toBe(true);
    expect(display(INITIAL_STATE)["late"]!.color).toBeUndefined();
  });

  it("a focus keeps its time colour and its neighbours theirs; the rest dims", () => {
    const d = display({ ...INITIAL_STATE, colorMode: "time", selection: "m" });
    expect(d["m"]).toMatchObject({ color: TIME_RAMP[15], highlighted: true });
    expect(d["early"]).toMatchObject({ color: TIME_RAMP[0], zIndex: 2 });
    expect(d["late"]!.color).toBe(DIMMED_COLOR);
  });

  it("a week range hides papers outside it and papers without a week; concepts stay", () => {
    const f = withFilters({ weekMin: 2021, weekMax: 2024 }).filters;
    const shown = g.filterNodes((_, a) => isVisible(a, f));
    expect(shown).toEqual(["late", "late2", "m"]);
  });

  it("hides the Unlinked group by default, whatever the cluster list, and shows it on its own switch", () => {
    expect(isVisible(g.getNodeAttributes("alone"), INITIAL_STATE.filters)).toBe(false);
    expect(isVisible(g.getNodeAttributes("alone"), withFilters({ unlinked: true }).filters)).toBe(true);
    expect(isVisible(g.getNodeAttributes("alone"), withFilters({ unlinked: true, clusters: ["k1"] }).filters)).toBe(
      true,
    );
    expect(countVisible(g, INITIAL_STATE.filters)).toBe(5);
  });
});

describe("isVisible with the 'new since' filter", () => {
  // The build's nodes (added 0), the first update's (1) and the second's (2).
  const g: MapGraph = new DirectedGraph<NodeAttrs, EdgeAttrs>();
  g.addNode("old", node("paper"));
  g.addNode("oldConcept", node("method", { paperCount: 3 }));
  g.addNode("u1", node("paper", { added: 1 }));
  g.addNode("u1Concept", node("task", { paperCount: 1, added: 1 }));
  g.addNode("u2", node("paper", { added: 2 }));
  g.addNode("u2Alone", node("paper", { added: 2, unlinked: true, cluster: null }));
  const shown = (f: ViewState["filters"]) => g.filterNodes((_, a) => isVisible(a, f));

  it("shows everything when off", () => {
    expect(shown(INITIAL_STATE.filters)).toEqual(["old", "oldConcept", "u1", "u1Concept", "u2"]);
  });

  it("since the latest update: only what it added; since an earlier one: that one's and every later one's", () => {
    expect(shown(withFilters({ since: { run: "r2", from: 2 } }).filters)).toEqual(["u2"]);
    expect(shown(withFilters({ since: { run: "r1", from: 1 } }).filters)).toEqual(["u1", "u1Concept", "u2"]);
  });

  it("combines with the other filters (types, the Unlinked switch)", () => {
    const f = withFilters({ since: { run: "r1", from: 1 }, hiddenTypes: ["task"], unlinked: true }).filters;
    expect(shown(f)).toEqual(["u1", "u2", "u2Alone"]);
    expect(countVisible(g, f)).toBe(3);
  });
});
