import { describe, expect, it } from "vitest";
import type { ClusterLineage } from "../../schema/model.ts";
import { parseLineage, resolveRedirects, updateChain, type RunRecord } from "./lineage.ts";

const run = (id: string, extra: Partial<RunRecord> = {}): RunRecord => ({
  id,
  createdAt: "2026-01-01T00:00:00.000Z",
  current: false,
  basedOn: null,
  addedPapers: null,
  addedConcepts: null,
  movedNodes: null,
  lineage: null,
  sizesBefore: null,
  ...extra,
});

const level = (n: number, redirects: [string, string][], extra: Partial<ClusterLineage> = {}): ClusterLineage => ({
  level: n,
  merges: [],
  splits: [],
  created: [],
  redirects: redirects.map(([from, to]) => ({ from, to })),
  ...extra,
});

describe("updateChain(runs)", () => {
  it("follows basedOn from the current run back to the build, oldest update first", () => {
    const runs = [
      run("u2", { current: true, basedOn: "u1", createdAt: "2026-01-03T00:00:00Z", lineage: "[]" }),
      run("old", { createdAt: "2025-12-01T00:00:00Z" }),
      run("u1", { basedOn: "b", createdAt: "2026-01-02T00:00:00Z", sizesBefore: '{"b:0:0":[10,4]}' }),
      run("b", { createdAt: "2026-01-01T00:00:00Z" }),
    ];
    const chain = updateChain(runs);
    expect(chain.current?.id).toBe("u2");
    expect(chain.base?.id).toBe("b");
    expect(chain.updates.map((u) => u.id)).toEqual(["u1", "u2"]);
    expect(chain.updates[0]!.sizesBefore?.get("b:0:0")).toEqual([10, 4]);
    expect(chain.updates[1]!.sizesBefore).toBeNull();
  });

  it("has no updates when the current run is a build, and no current run on an empty graph", () => {
    expect(updateChain([run("b", { current: true })])).toMatchObject({ base: { id: "b" }, updates: [] });
    expect(updateChain([])).toEqual({ current: null, base: null, updates: [] });
  });

  it("stops on a basedOn cycle instead of looping", () => {
    const chain = updateChain([run("a", { current: true, basedOn: "b" }), run("b", { basedOn: "a" })]);
    expect(chain.updates.map((u) => u.id)).toEqual(["b", "a"]);
  });
});

describe("parseLineage(text)", () => {
  it("reads what the update stored and treats anything unreadable as no lineage", () => {
    const stored = [level(0, [["a", "b"]], { created: ["u:0:0"], merges: [{ into: "b", from: ["b", "a"] }] })];
    expect(parseLineage(JSON.stringify(stored))).toEqual(stored);
    expect(parseLineage(null)).toEqual([]);
    expect(parseLineage("{not json")).toEqual([]);
    expect(parseLineage('{"level":0}')).toEqual([]);
    expect(parseLineage('[{"level":1}]')).toEqual([{ level: 1, merges: [], splits: [], created: [], redirects: [] }]);
  });
});

describe("resolveRedirects(updates, existing)", () => {
  it("follows an id through successive updates to a cluster that exists now", () => {
    const updates = [
      { lineage: [level(0, [["A", "B"]]), level(1, [["a1", "a2"]])] },
      { lineage: [level(0, [["B", "C"]])] },
      { lineage: [level(0, [["C", "D"]]), level(1, [["x", "a2"]])] },
    ];
    expect(resolveRedirects(updates, new Set(["D", "a2"]))).toEqual([
      { from: "A", to: "D" },
      { from: "B", to: "D" },
      { from: "C", to: "D" },
      { from: "a1", to: "a2" },
      { from: "x", to: "a2" },
    ]);
  });

  it("leaves out ids whose chain ends at no current cluster, and ids that exist again", () => {
    const updates = [
      {
        lineage: [
          level(0, [
            ["A", "B"],
            ["E", "E"],
          ]),
        ],
      },
      { lineage: [level(0, [["F", "G"]])] },
    ];
    expect(resolveRedirects(updates, new Set(["G"]))).toEqual([{ from: "F", to: "G" }]);
    expect(resolveRedirects(updates, new Set(["A", "B", "G"]))).toEqual([{ from: "F", to: "G" }]);
  });

  it("gives nothing without updates", () => {
    expect(resolveRedirects([], new Set(["A"]))).toEqual([]);
  });
});
