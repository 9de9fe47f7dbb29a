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
      cluster1: "rfixture:1:1",
      clusterLabel1: "throughput · quantization",
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

/** The fixture rows with a third level (2) under cluster rfixture:1:1, holding two of its papers. */
function threeLevels(): ExportRows {
  const level2 = [
    { id: "rfixture:2:0", level: 2, number: 0, label: 'MoE <serving> & "throughput"' },
    { id: "rfixture:2:1", level: 2, number: 1, label: "KV-cache" },
  ];
  const nodes = ROWS.nodes.map((n) =>
    n.id === "2401.00005" || n.id === "metric:throughput"
      ? { ...n, finerClusters: [...n.finerClusters, "rfixture:2:0"] }
      : n.id === "2306.00004"
        ? { ...n, finerClusters: [...n.finerClusters, "rfixture:2:1"] }
        : n,
  );
  return { ...ROWS, nodes, finerClusters: [...(ROWS.finerClusters ?? []), ...level2] };
}

describe("EXPORTERS.gexf", () => {
  it("puts colour with alpha, size and position in the viz namespace, as Gephi reads them", () => {
    const text = EXPORTERS.gexf.write(buildExportGraph(ROWS));
    expect(text).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).toMatch(
      /<viz:color r="78" g="121" b="167" a="1"\/>\s*<viz:size value="2.9"\/>\s*<viz:position x="-6" y="0"\/>/,
    );
    // Edges in the map's grey, at the map's alpha for 41 edges (schema/palette.ts edgeColor).
    expect(text).toMatch(
      /kind="CITES">\s*<attvalues>\s*<attvalue for="type" value="CITES"\/>\s*<\/attvalues>\s*<viz:color r="90" g="90" b="110" a="0.5"\/>/,
    );
    expect(text.match(/<viz:color r="90" g="90" b="110" a="0.5"\/>/g)).toHaveLength(41);
  });

  it("declares the cluster id and label of every level as node attributes", () => {
    const text = EXPORTERS.gexf.write(buildExportGraph(threeLevels()));
    for (const name of [
      "cluster",
      "clusterNumber",
      "clusterLabel",
      "cluster1",
      "clusterLabel1",
      "cluster2",
      "clusterLabel2",
    ])
      expect(text).toContain(
        `<attribute id="${name}" title="${name}" type="${name === "clusterNumber" ? "integer" : "string"}"/>`,
      );
    // ">" needs no escape in an attribute value; "<", "&" and the quote do.
    expect(text).toContain('<attvalue for="clusterLabel2" value="MoE &lt;serving> &amp; &quot;throughput&quot;"/>');
  });

  it("is parsed back by graphology-gexf with every node, edge and attribute, on every level", () => {
    const graph = buildExportGraph(threeLevels());
    const back = readBack("gexf", EXPORTERS.gexf.write(graph));
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(summarise(back)).toEqual(summarise(graph));
    expect(back.getNodeAttributes("2401.00005")).toEqual({
      label: "Throughput of MoE serving: <script>alert(1)</script>",
      type: "paper",
      stub: false,
      cluster: "rfixture:0:0",
      clusterNumber: 0,
      clusterLabel: "LLM serving · Mixture-of-Experts",
      cluster1: "rfixture:1:1",
      clusterLabel1: "throughput · quantization",
      cluster2: "rfixture:2:0",
      clusterLabel2: 'MoE <serving> & "throughput"',
      year: 2024,
      color: "rgba(78,121,167,1)",
      size: 2.9,
      x: -6,
      y: 0,
    });
    expect(back.getEdgeAttributes(back.edge("2402.00002", "2401.00001"))).toEqual({
      type: "CITES",
      kind: "CITES",
      weight: 1,
      color: "rgba(90,90,110,0.5)",
    });
  });
});

describe("EXPORTERS.graphml", () => {
  it("writes the finer levels' cluster attributes too, so both exports carry the same attributes", () => {
    const graph = buildExportGraph(threeLevels());
    const text = EXPORTERS.graphml.write(graph);
    expect(text).toContain('<key id="v_clusterLabel2" for="node" attr.name="clusterLabel2" attr.type="string"/>');
    expect(summarise(readBack("graphml", text))).toEqual(summarise(graph));
  });
});
