import { describe, expect, it } from "vitest";
import { formatPublished, isChromeLine, parseAuthorsLine, parseDateLine } from "./metadata.ts";

describe("parseDateLine", () => {
  it("reads a full date", () => {
    expect(parseDateLine("Feb 25, 2022")).toEqual({ year: 2022, month: 2, day: 25, upvotes: null });
  });

  it("reads a year-less date", () => {
    expect(parseDateLine("Nov 17")).toEqual({ year: null, month: 11, day: 17, upvotes: null });
  });

  it("reads a full date followed by upvotes", () => {
    expect(parseDateLine("Nov 25, 2024 1")).toEqual({ year: 2024, month: 11, day: 25, upvotes: 1 });
  });

  it("reads a year-less date followed by upvotes (a year needs the comma)", () => {
    expect(parseDateLine("Nov 17 2")).toEqual({ year: null, month: 11, day: 17, upvotes: 2 });
    expect(parseDateLine("Nov 17 2024")).toEqual({ year: null, month: 11, day: 17, upvotes: 2024 });
  });

  it("accepts full month names and a trailing dot", () => {
    expect(parseDateLine("September 8")).toMatchObject({ month: 9, day: 8 });
    expect(parseDateLine("Sept. 8, 2023")).toMatchObject({ year: 2023, month: 9, day: 8 });
  });

  it("rejects impossible dates and other text", () => {
    for (const line of ["Feb 30, 2022", "Feb 29, 2023", "Nov 31", "Mar", "March 2024", "Graph Mamba", "Nov 17, 24"]) {
      expect(parseDateLine(line), line).toBeNull();
    }
    expect(parseDateLine("Feb 29, 2024")).toMatchObject({ day: 29 });
  });
});

describe("parseAuthorsLine", () => {
  it("reads '  • N authors' and '• 1 author'", () => {
    expect(parseAuthorsLine("  • 7 authors")).toBe(7);
    expect(parseAuthorsLine("• 1 author")).toBe(1);
  });

  it("rejects other bullet lines", () => {
    expect(parseAuthorsLine("• many authors")).toBeNull();
    expect(parseAuthorsLine("7 authors")).toBeNull();
  });
});

describe("formatPublished", () => {
  it("writes YYYY-MM-DD, or --MM-DD without a year", () => {
    expect(formatPublished({ year: 2022, month: 2, day: 5 }, null)).toBe("2022-02-05");
    expect(formatPublished({ year: null, month: 11, day: 17 }, null)).toBe("--11-17");
  });

  it("never takes a year from a header that has none", () => {
    expect(formatPublished({ year: null, month: 3, day: 1 }, { year: null, month: 3, day: 11 })).toBe("--03-01");
  });

  it("takes the header's year so that the date is not after the header", () => {
    const header = { year: 2025, month: 1, day: 2 };
    expect(formatPublished({ year: null, month: 1, day: 2 }, header)).toBe("2025-01-02");
    expect(formatPublished({ year: null, month: 12, day: 30 }, header)).toBe("2024-12-30");
  });

  it("keeps Feb 29 year-less when the inferred year is not a leap year", () => {
    expect(formatPublished({ year: null, month: 2, day: 29 }, { year: 2023, month: 3, day: 1 })).toBe("--02-29");
  });
});

describe("isChromeLine", () => {
  it("knows the page chrome, whatever the case and spacing", () => {
    expect(isChromeLine("Get trending papers in your email inbox!")).toBe(true);
    expect(isChromeLine("  byAK  and the research community ")).toBe(true);
    expect(isChromeLine("Graph Mamba")).toBe(false);
  });
});
