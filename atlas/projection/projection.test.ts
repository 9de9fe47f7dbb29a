import { describe, expect, it } from "vitest";
import { COMMON, conceptKey, topicCorpus } from "../cluster/__fixtures__/topics.ts";
import { buildProjection, DEFAULT_PROJECTION, searchGraph } from "./projection.ts";

describe("buildProjection(papers, concepts, options)", () => {
  const { papers, concepts } = topicCorpus();

  it("weights a mention by (1 + ln count) · ln(N / df)", () => {
    const p = buildProjection(papers, concepts);
    const g = p.graph;
    const edge = g.edge("diffusion-00", "method:diffusion model")!;
    const df = papers.filter((x) => x.conceptIds.includes("method:diffusion model")).length;
    expect(g.getEdgeAttribute(edge, "weight")).toBeCloseTo((1 + Math.log(2)) * Math.log(36 / df), 12);
  });

  it("gives a concept every paper names weight 0, so it drops out of the search", () => {
    const p = buildProjection(papers, concepts);
    const common = conceptKey(COMMON);
    expect(p.graph.everyEdge(common, (_e, attr) => attr.weight === 0)).toBe(true);
    expect(searchGraph(p).index.has(common)).toBe(false);
  });

  it("leaves concepts outside [minPapers, maxPapers] out of the search but in the graph", () => {
    const p = buildProjection(papers, concepts, { ...DEFAULT_PROJECTION, maxPapers: 8 });
    const common = p.graph.getNodeAttributes(conceptKey(COMMON));
    expect(common.included).toBe(false);
    expect(p.excludedConcepts).toBeGreaterThan(0);
    expect(p.graph.hasNode(conceptKey(COMMON))).toBe(true);
  });

  it("merges citations both ways into one edge weighted like a mean mention", () => {
    const p = buildProjection(
      [
        { id: "a", conceptIds: ["task:x"], weights: [1], cites: ["b"] },
        { id: "b", conceptIds: ["task:x"], weights: [1], cites: ["a", "missing"] },
        { id: "c", conceptIds: [], weights: [], cites: [] },
      ],
      [{ id: "task:x", name: "X", type: "task" }],
    );
    const edge = p.graph.edge("a", "b")!;
    expect(p.graph.getEdgeAttribute(edge, "raw")).toBe(2);
    expect(p.cites).toBe(2);
  });

  it("does not depend on the order of the rows or of each paper's mentions", () => {
    const a = buildProjection(papers, concepts);
    const shuffled = papers.map((p) => ({
      ...p,
      conceptIds: [...p.conceptIds].reverse(),
      weights: [...p.weights].reverse(),
    }));
    const b = buildProjection(shuffled.reverse(), [...concepts].reverse());
    expect(b.graph.nodes()).toEqual(a.graph.nodes());
    expect(b.graph.edges().map((e) => b.graph.extremities(e))).toEqual(
      a.graph.edges().map((e) => a.graph.extremities(e)),
    );
    expect(b.graph.edges().map((e) => b.graph.getEdgeAttribute(e, "weight"))).toEqual(
      a.graph.edges().map((e) => a.graph.getEdgeAttribute(e, "weight")),
    );
  });
});
