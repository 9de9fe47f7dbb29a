import { describe, expect, it } from "vitest";
import { CLUSTER_PALETTE, UNCLUSTERED_COLOR } from "../schema/palette.ts";
import { readBack, summarise } from "../test/export-checks.ts";
import rows from "./__fixtures__/rows.json" with { type: "json" };
import { EXPORTERS } from "./exporters.ts";
import { buildExportGraph, xmlSafe, type ExportRows } from "./graph.ts";

const ROWS = rows as unknown as ExportRows;

describe("buildExportGraph(rows)", () => {
  const graph = buildExportGraph(ROWS);

  it("holds every paper and concept and every MENTIONS and CITES, directed", () => {
    expect([graph.type, graph.order, graph.size]).toEqual(["directed", 23 + 1, 41]);
    expect(graph.edges().slice(0, 2)).toEqual(["e0", "e1"]);
  });

  it("gives nodes the map's attributes: type, cluster, colour, size and position", () => {
    expect(graph.getNodeAttributes("2401.00005")).toEqual({
      label: "Throughput of MoE serving: <script>alert(1)</script>",
      type: "paper",
      cluster: "rfixture:0:0",
      clusterNumber: 0,
      clusterLabel: "LLM serving · Mixture-of-Experts",
      color: CLUSTER_PALETTE[0],
      size: 2.9,
      x: -6,
      y: 0,
      year: 2024,
      stub: false,
    });
    expect(graph.getNodeAttributes("metric:accuracy")).toMatchObject({
      type: "metric",
      color: UNCLUSTERED_COLOR,
      paperCount: 2,
    });
    expect(graph.getNodeAttributes("1706.03762")).toEqual({
      label: "Attention Is All You Need",
      type: "paper",
      color: UNCLUSTERED_COLOR,
      size: 1,
      stub: true,
    });
  });

  it("gives edges their relationship type and weight", () => {
    const mentions = graph.edge("2402.00002", "method:moe")!;
    expect(graph.getEdgeAttributes(mentions)).toEqual({ type: "MENTIONS", weight: 3.2 });
    expect(graph.getEdgeAttributes(graph.edge("2402.00002", "2401.00001")!)).toEqual({ type: "CITES", weight: 1 });
  });

  it("xmlSafe() drops what XML 1.0 cannot carry and keeps the rest", () => {
    expect(xmlSafe("a\u0000b\u0007c\td\ue000 Ø \ud83d\ude00")).toBe("abc\td\ue000 Ø \ud83d\ude00");
    expect(xmlSafe("lone \ud800 surrogate")).toBe("lone  surrogate");
  });
});

describe.each(["gexf", "graphml"] as const)("EXPORTERS.%s", (format) => {
  const graph = buildExportGraph(ROWS);
  const text = EXPORTERS[format].write(graph);

  it("is read back by graphology with the same nodes, edges and attributes", () => {
    const back = readBack(format, text);
    expect(summarise(back)).toEqual(summarise(graph));
  });

  it("writes byte-identical golden output", async () => {
    await expect(text).toMatchFileSnapshot(`__fixtures__/expected/graph.${format}`);
  });
});

describe("EXPORTERS.gexf", () => {
  it("puts colour, size and position in the viz namespace, as Gephi reads them", () => {
    const text = EXPORTERS.gexf.write(buildExportGraph(ROWS));
    expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).toMatch(
      /<viz:color r="78" g="121" b="167"\/>\s*<viz:size value="2.9"\/>\s*<viz:position x="-6" y="0"\/>/,
    );
  });
});
