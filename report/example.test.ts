import { describe, expect, it } from "vitest";
import { ReportData } from "../schema/report.ts";
import example from "../docs/report-example/report.json" with { type: "json" };

describe("docs/report-example (npm run report:example)", () => {
  it("is a report of the sample corpus that the current report schema accepts", () => {
    const data = ReportData.parse(example);
    expect(data.overview.papers).toBe(246);
    expect(data.overview.sources).toHaveLength(5);
    expect(data.clusters.length).toBeGreaterThan(1);
  });
});
