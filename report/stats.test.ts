import { describe, expect, it } from "vitest";
import { distinctiveness, risingConcepts, round, sortableDate, timeline, yearCounts } from "./stats.ts";

describe("distinctiveness(a, size, df, n)", () => {
  it("gives share, lift and a positive G² for an over-represented concept", () => {
    const d = distinctiveness(5, 6, 6, 11);
    expect(d.share).toBe(0.8333);
    expect(d.lift).toBe(1.5278);
    expect(d.llr).toBeGreaterThan(0);
  });

  it("gives a negative G² for an under-represented concept, and zeros for an empty cluster", () => {
    expect(distinctiveness(1, 6, 8, 11).llr).toBeLessThan(0);
    expect(distinctiveness(0, 0, 3, 11)).toEqual({ share: 0, lift: 0, llr: 0 });
  });

  it("never divides by zero when the corpus count is stale (df < a)", () => {
    const d = distinctiveness(3, 3, 0, 3);
    expect(Number.isFinite(d.lift) && Number.isFinite(d.llr)).toBe(true);
  });
});

describe("timeline(years)", () => {
  it("fills the years between the first and the last and counts the undated apart", () => {
    expect(timeline(yearCounts([2021, 2023, 2023, null]))).toEqual({
      unit: "year",
      first: 2021,
      last: 2023,
      bins: [
        { period: "2021", papers: 1 },
        { period: "2022", papers: 0 },
        { period: "2023", papers: 2 },
      ],
      undated: 1,
    });
  });

  it("has no bins when no year is known", () => {
    expect(timeline([{ year: null, papers: 4 }])).toEqual({
      unit: "year",
      first: null,
      last: null,
      bins: [],
      undated: 4,
    });
  });
});

describe("risingConcepts(dated, candidates)", () => {
  const dated = ["2020-01-01", "2020-06-01", "2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01"].map((date, i) => ({
    id: `p${i}`,
    date,
  }));
  const options = { minDatedPapers: 6, minConceptPapers: 2, limit: 5 };

  it("ranks concepts whose share grows from the earlier half to the later half", () => {
    const rising = risingConcepts(
      dated,
      [
        { id: "m:new", name: "new", type: "method", paperIds: ["p3", "p4", "p5"] },
        { id: "m:old", name: "old", type: "method", paperIds: ["p0", "p1", "p2"] },
        { id: "m:some", name: "some", type: "method", paperIds: ["p2", "p4", "p5"] },
      ],
      options,
    );
    expect(rising.map((r) => [r.id, r.earlyShare, r.lateShare, r.change])).toEqual([
      ["m:new", 0, 1, 1],
      ["m:some", 0.3333, 0.6667, 0.3334],
    ]);
  });

  it("needs enough dated papers and more than one date", () => {
    const candidates = [{ id: "m:a", name: "a", type: "method" as const, paperIds: ["p4", "p5"] }];
    expect(risingConcepts(dated.slice(0, 5), candidates, options)).toEqual([]);
    expect(
      risingConcepts(
        dated.map((p) => ({ ...p, date: "2020" })),
        candidates,
        options,
      ),
    ).toEqual([]);
  });
});

describe("round / sortableDate", () => {
  it("rounds without printing -0", () => {
    expect(round(-0.00001)).toBe(0);
    expect(Object.is(round(-0.00001), -0)).toBe(false);
    expect(round(Number.NaN)).toBe(0);
  });

  it("uses a full date, else the year; a date without a year is not sortable", () => {
    expect(sortableDate("2024-01-02", 2024)).toBe("2024-01-02");
    expect(sortableDate("--03-11", null)).toBeNull();
    expect(sortableDate(null, 2021)).toBe("2021");
  });
});
