import { describe, expect, it } from "vitest";
import {
  INITIAL_STATE,
  onlyCluster,
  resetFilters,
  select,
  setColorMode,
  setMinPapers,
  setShowUnlinked,
  setSince,
  setWeeks,
  setYears,
  toggleCluster,
  toggleType,
} from "./state.ts";

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

  it("setYears, setWeeks and setColorMode return the same state when nothing changes (a slider's repeats redraw nothing)", () => {
    const years = setYears(2020, 2022)(INITIAL_STATE);
    expect(years.filters).toMatchObject({ yearMin: 2020, yearMax: 2022 });
    expect(setYears(2020, 2022)(years)).toBe(years);
    const weeks = setWeeks(2800, 2810)(INITIAL_STATE);
    expect(weeks.filters).toMatchObject({ weekMin: 2800, weekMax: 2810 });
    expect(setWeeks(2800, 2810)(weeks)).toBe(weeks);
    const time = setColorMode("time")(INITIAL_STATE);
    expect(time.colorMode).toBe("time");
    expect(setColorMode("time")(time)).toBe(time);
  });

  it("the Unlinked group starts hidden; setShowUnlinked(true) shows it and resetFilters() hides it again", () => {
    expect(INITIAL_STATE.filters.unlinked).toBe(false);
    const shown = setShowUnlinked(true)(INITIAL_STATE);
    expect(shown.filters.unlinked).toBe(true);
    expect(resetFilters()(shown).filters.unlinked).toBe(false);
  });

  it("setMinPapers(n) floors and clamps at zero; resetFilters() restores the defaults", () => {
    expect(setMinPapers(-2)(INITIAL_STATE).filters.minPapers).toBe(0);
    expect(setMinPapers(3.7)(INITIAL_STATE).filters.minPapers).toBe(3);
    expect(resetFilters()(setMinPapers(3)(INITIAL_STATE)).filters).toEqual(INITIAL_STATE.filters);
  });

  it("setSince(run, runs) keys the filter by run id with its place in the updates; unknown runs and null turn it off", () => {
    const runs = ["u1", "u2", "u3"];
    const on = setSince("u2", runs)(INITIAL_STATE);
    expect(on.filters.since).toEqual({ run: "u2", from: 2 });
    expect(setSince("u2", runs)(on)).toBe(on);
    expect(setSince("u3", runs)(on).filters.since).toEqual({ run: "u3", from: 3 });
    expect(setSince("nope", runs)(on).filters.since).toBeNull();
    expect(setSince(null, runs)(on).filters.since).toBeNull();
    expect(resetFilters()(on).filters.since).toBeNull();
  });
});
