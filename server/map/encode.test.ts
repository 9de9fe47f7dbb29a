import { describe, expect, it } from "vitest";
import { MAP_FLAGS } from "../../schema/api.ts";
import type { MapNodeRow } from "../../schema/cypher/map.ts";
import { addEdgesInBatches, buildGraph } from "../../viz/graph.ts";
import { decodeMap } from "../../viz/map-data.ts";
import { encodeMap, MAX_LABEL_LENGTH, type MapInput } from "./encode.ts";

const node = (id: string, type: string, extra: Partial<MapNodeRow> = {}): MapNodeRow => ({
  id,
  label: id.toUpperCase(),
  type,
  cluster: null,
  x: null,
  y: null,
  size: null,
  year: null,
  paperCount: null,
  stub: false,
  ...extra,
});

function input(): MapInput {
  return {
    nodes: [
      node("p1", "paper", { cluster: "k:0:0", x: -10, y: 5, year: 2021, label: "A  title\nwith newline" }),
      node("p2", "paper", { cluster: "k:0:1", x: 10, y: -5, year: 2023, stub: true }),
      node("p3", "paper", { cluster: "k:0:0" }),
      node("method:x", "method", { cluster: "k:0:0", x: 0, y: 0, paperCount: 2 }),
      node("dataset:y", "dataset", { cluster: "k:0:1", x: 3, y: 4, paperCount: 1 }),
      node("odd", "unknown-type"),
      node("p1", "paper"),
    ],
    edges: {
      MENTIONS: [
        { source: "p1", targets: ["method:x", "dataset:y", "method:x", "nowhere"] },
        { source: "p2", targets: ["method:x"] },
      ],
      CITES: [{ source: "p2", targets: ["p1", "p2"] }],
    },
    clusters: [
      { id: "k:0:0", label: "Alpha", level: 0, size: 3 },
      { id: "k:0:1", label: "Beta", level: 0, size: 2 },
    ],
  };
}

describe("encodeMap(input)", () => {
  it("round-trips through viz/map-data decodeMap: ids, labels, types, clusters, years, flags", () => {
    const { bytes, header } = encodeMap(input());
    const cols = decodeMap(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(header.nodeCount).toBe(5);
    expect(cols.ids).toEqual(["p1", "p2", "p3", "method:x", "dataset:y"]);
    expect(cols.labels[0]).toBe("A title with newline");
    expect([...cols.type].map((t) => header.nodeTypes[t])).toEqual(["paper", "paper", "paper", "method", "dataset"]);
    expect(header.clusters.map((c) => [c.id, c.label, c.size])).toEqual([
      ["k:0:0", "Alpha", 3],
      ["k:0:1", "Beta", 2],
    ]);
    expect([...cols.cluster]).toEqual([1, 2, 1, 1, 2]);
    expect([...cols.year]).toEqual([2021, 2023, 0, 0, 0]);
    expect([...cols.paperCount]).toEqual([0, 0, 0, 2, 1]);
    expect(cols.flags[1]! & MAP_FLAGS.stub).toBeTruthy();
    expect(cols.flags[2]! & MAP_FLAGS.hasPosition).toBe(0);
  });

  it("carries finer cluster levels: a table per level and a column per level, decoded into each node's clusters", () => {
    const withFine: MapInput = {
      ...input(),
      clusters: [
        ...input().clusters,
        { id: "k:1:0", label: "Alpha one", level: 1, size: 2 },
        { id: "k:1:1", label: "Beta one", level: 1, size: 1 },
      ],
      fine: [
        { cluster: "k:1:1", level: 1, members: ["p2", "nowhere"] },
        { cluster: "k:1:0", level: 1, members: ["p1", "method:x", "p1"] },
        { cluster: "k:2:0", level: 2, members: ["ghost"] },
      ],
    };
    const { bytes, header } = encodeMap(withFine);
    expect(header.levels).toEqual([
      {
        level: 1,
        clusters: [
          { id: "k:1:0", label: "Alpha one", level: 1, size: 2 },
          { id: "k:1:1", label: "Beta one", level: 1, size: 1 },
        ],
      },
    ]);
    const cols = decodeMap(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(cols.fine.map((c) => [...c])).toEqual([[1, 2, 0, 1, 0]]);
    const { graph, meta } = buildGraph(cols);
    expect(graph.getNodeAttributes("p1").clusters).toEqual(["k:0:0", "k:1:0"]);
    expect(graph.getNodeAttributes("p3").clusters).toEqual(["k:0:0"]);
    expect(meta.fineClusters.map((c) => [c.id, c.level, c.color])).toEqual([
      ["k:1:0", 1, meta.clusters[0]!.color],
      ["k:1:1", 1, meta.clusters[1]!.color],
    ]);
    expect(encodeMap(input()).header.levels).toBeUndefined();
  });

  it("drops duplicate, self-loop and dangling edges and keeps each type's count", () => {
    const { bytes, header } = encodeMap(input());
    const cols = decodeMap(bytes.slice().buffer);
    expect(header.edgeCounts).toEqual({ MENTIONS: 3, CITES: 1 });
    const pairs = (t: string) =>
      [...cols.edges[t]!.source].map((s, k) => `${cols.ids[s]}>${cols.ids[cols.edges[t]!.target[k]!]}`);
    expect(pairs("MENTIONS")).toEqual(["p1>method:x", "p1>dataset:y", "p2>method:x"]);
    expect(pairs("CITES")).toEqual(["p2>p1"]);
  });

  it("quantises positions within the bounding box to better than 1/30000 of its width", () => {
    const { bytes, header } = encodeMap(input());
    const { graph } = buildGraph(decodeMap(bytes.slice().buffer));
    expect(header.bbox).toEqual({ minX: -10, minY: -5, maxX: 10, maxY: 5 });
    expect(graph.getNodeAttribute("p1", "x")).toBeCloseTo(-10, 3);
    expect(graph.getNodeAttribute("dataset:y", "y")).toBeCloseTo(4, 3);
  });

  it("is byte-identical for identical input", () => {
    expect(Buffer.from(encodeMap(input()).bytes).equals(Buffer.from(encodeMap(input()).bytes))).toBe(true);
  });

  it("cuts long labels with an ellipsis", () => {
    const long = "x".repeat(500);
    const { bytes } = encodeMap({ ...input(), nodes: [node("p", "paper", { label: long })] });
    const label = decodeMap(bytes.slice().buffer).labels[0]!;
    expect(label.length).toBe(MAX_LABEL_LENGTH);
    expect(label.endsWith("…")).toBe(true);
  });

  it("encodes an empty graph", () => {
    const { bytes, header } = encodeMap({ nodes: [], edges: { MENTIONS: [], CITES: [] }, clusters: [] });
    const cols = decodeMap(bytes.slice().buffer);
    expect(header.nodeCount).toBe(0);
    expect(cols.ids).toEqual([]);
    expect(header.bbox).toBeNull();
  });
});

describe("buildGraph(columns)", () => {
  it("places nodes without a position near their cluster and sizes concepts by paper count", () => {
    const { bytes } = encodeMap(input());
    const { graph, meta } = buildGraph(decodeMap(bytes.slice().buffer));
    const p3 = graph.getNodeAttributes("p3");
    expect(Number.isFinite(p3.x) && Number.isFinite(p3.y)).toBe(true);
    // cluster k:0:0's placed members: p1 (-10,5) and method:x (0,0); p3 lands near their mean (-5, 2.5)
    expect(Math.hypot(p3.x + 5, p3.y - 2.5)).toBeLessThan(5);
    expect(graph.getNodeAttribute("method:x", "size")).toBeGreaterThan(graph.getNodeAttribute("dataset:y", "size"));
    expect(meta.years).toEqual({ min: 2021, max: 2023 });
    expect(meta.edgeCount).toBe(4);
    expect(graph.getNodeAttribute("p2", "stub")).toBe(true);
  });
});

describe("buildGraph(columns, {edges: false}) then addEdgesInBatches(graph, columns, n)", () => {
  it("builds the nodes alone (and a nodes-only twin sharing their attributes), then adds every edge n at a time", () => {
    const cols = decodeMap(encodeMap(input()).bytes.slice().buffer);
    const { graph, nodesOnly, meta } = buildGraph(cols, { edges: false });
    expect(graph.order).toBe(5);
    expect(nodesOnly?.order).toBe(5);
    expect(nodesOnly?.getNodeAttributes("p1")).toBe(graph.getNodeAttributes("p1"));
    expect(graph.size).toBe(0);
    expect(meta.edgeCount).toBe(4);
    expect([...addEdgesInBatches(graph, cols, 3)]).toEqual([3, 4]);
    expect(graph.size).toBe(4);
    expect(graph.hasDirectedEdge("p2", "p1")).toBe(true);
  });
});
