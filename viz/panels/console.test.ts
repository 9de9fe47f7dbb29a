import { describe, expect, it } from "vitest";
import { cellText, resultNodeIds } from "./console.ts";

describe("cellText(value)", () => {
  it("shows nodes by label, id and title, relationships by type, the rest as JSON", () => {
    expect(cellText({ kind: "node", id: "p1", labels: ["Paper"], properties: { title: "<b>T</b>" } })).toBe(
      "(:Paper p1) <b>T</b>",
    );
    expect(cellText({ kind: "relationship", type: "CITES" })).toBe("[:CITES]");
    expect(cellText({ kind: "path", nodes: [1, 2, 3] })).toBe("path of 3 nodes");
    expect(cellText(null)).toBe("null");
    expect(cellText([1, "a"])).toBe('[1,"a"]');
    expect(cellText("x".repeat(400) as unknown)).toHaveLength(400);
  });
});

describe("resultNodeIds(result, hasNode)", () => {
  it("collects node values and string cells that are map nodes", () => {
    const result = {
      columns: ["a", "b"],
      rows: [
        ["p1", 3],
        ["nope", "m"],
      ],
      nodeIds: ["p2", "gone"],
      rowCount: 2,
      truncated: false,
      limit: 10,
      elapsedMs: 1,
    };
    const on = new Set(["p1", "p2", "m"]);
    expect(resultNodeIds(result, (id) => on.has(id)).sort()).toEqual(["m", "p1", "p2"]);
  });
});
