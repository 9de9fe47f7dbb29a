import { describe, expect, it } from "vitest";
import { closingLine, countResults } from "./summary-reporter.ts";

describe("countResults(files)", () => {
  it("counts each test by its state", () => {
    const totals = countResults([{ state: "passed", tests: ["passed", "passed", "skipped"] }]);
    expect(totals).toEqual({ passed: 2, failed: 0, skipped: 1 });
    expect(closingLine(totals)).toBe("tests: 2 passed, 0 failed, 1 skipped");
  });

  it("counts a file whose beforeAll failed (its tests skipped) as one failure", () => {
    const totals = countResults([
      { state: "passed", tests: ["passed"] },
      { state: "failed", tests: ["skipped", "skipped", "skipped"] },
    ]);
    expect(totals.failed).toBe(1);
    expect(closingLine(totals)).toBe("tests: 1 passed, 1 failed, 3 skipped");
  });

  it("counts a file that failed to import (no tests) as one failure", () => {
    expect(countResults([{ state: "failed", tests: [] }]).failed).toBe(1);
  });

  it("does not count a file twice when one of its tests failed", () => {
    expect(countResults([{ state: "failed", tests: ["failed", "passed"] }])).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
    });
  });
});
