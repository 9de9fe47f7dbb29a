import { describe, expect, it } from "vitest";
import { INITIAL_STATE, onlyCluster, resetFilters, select, setMinPapers, toggleCluster, toggleType } from "./state.ts";

const all = ["a", "b", "c"];

describe("producers", () => {
  it("toggleCluster(id, all) hides one cluster of all, and showing it again restores 'all' (empty list)", () => {
    const hidden = toggleCluster("b", all)(INITIAL_STATE);
    expect(hidden.filters.clusters).toEqual(["a", "c"]);
    expect(toggleCluster("b", all)(hidden).filters.clusters).toEqual([]);
  });

  it("onlyCluster(id) shows one cluster; onlyCluster(null) shows all", () => {
    expect(onlyCluster("c")(INITIAL_STATE).filters.clusters).toEqual(["c"]);
    expect(onlyCluster(null)(onlyCluster("c")(INITIAL_STATE)).filters.clusters).toEqual([]);
  });

  it("toggleType(type) switches a type off and on", () => {
    const off = toggleType("paper")(INITIAL_STATE);
    expect(off.filters.hiddenTypes).toEqual(["paper"]);
    expect(toggleType("paper")(off).filters.hiddenTypes).toEqual([]);
  });

  it("select(id) returns the same state when nothing changes, so listeners stay quiet", () => {
    const s = select("x")(INITIAL_STATE);
    expect(select("x")(s)).toBe(s);
  });

  it("setMinPapers(n) floors and clamps at zero; resetFilters() restores the defaults", () => {
    expect(setMinPapers(-2)(INITIAL_STATE).filters.minPapers).toBe(0);
    expect(setMinPapers(3.7)(INITIAL_STATE).filters.minPapers).toBe(3);
    expect(resetFilters()(setMinPapers(3)(INITIAL_STATE)).filters).toEqual(INITIAL_STATE.filters);
  });
});
