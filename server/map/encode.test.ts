import { describe, expect, it } from "vitest";
import { MAP_FLAGS } from "../../schema/api.ts";
import type { MapNodeRow } from "../../schema/cypher/map.ts";
import { addEdgesInBatches, buildGraph } from "../../viz/graph.ts";
import { decodeMap } from "../../viz/map-data.ts";
import { dayOfIsoDate, weekOfDay } from "../../viz/time.ts";
import {
  dayOf,
  elidedId,
  encodeMap,
  MAX_LABEL_LENGTH,
  PAPER_LABEL_LENGTH,
  paperLabel,
  type MapInput,
} from "./encode.ts";

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

/** A column as an object keyed by node id (the payload lists nodes in its own order). */
const byId =
  (ids: string[]) =>
  <T>(column: ArrayLike<T>): Record<string, T> =>
    Object.fromEntries(ids.map((id, i) => [id, column[i]!]));

describe("encodeMap(input)", () => {
  it("round-trips through viz/map-data decodeMap: ids, labels, types, clusters, years, flags", () => {
    const { bytes, header } = encodeMap(input());
    const cols = decodeMap(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(header.nodeCount).toBe(5);
    expect([...cols.ids].sort()).toEqual(["dataset:y", "method:x", "p1", "p2", "p3"]);
    const of = byId(cols.ids);
    expect(of(cols.labels)["p1"]).toBe("A title with newline");
    expect(of([...cols.type].map((t) => header.nodeTypes[t]))).toEqual({
      p1: "paper",
      p2: "paper",
      p3: "paper",
      "method:x": "method",
      "dataset:y": "dataset",
    });
    expect(header.clusters.map((c) => [c.id, c.label, c.size])).toEqual([
      ["k:0:0", "Alpha", 3],
      ["k:0:1", "Beta", 2],
    ]);
    expect(of(cols.cluster)).toEqual({ p1: 1, p2: 2, p3: 1, "method:x": 1, "dataset:y": 2 });
    expect(of(cols.year)).toEqual({ p1: 2021, p2: 2023, p3: 0, "method:x": 0, "dataset:y": 0 });
    expect(of(cols.paperCount)).toEqual({ p1: 0, p2: 0, p3: 0, "method:x": 2, "dataset:y": 1 });
    expect(of(cols.flags)["p2"]! & MAP_FLAGS.stub).toBeTruthy();
    expect(of(cols.flags)["p3"]! & MAP_FLAGS.hasPosition).toBe(0);
  });

  it("lists nodes along a Hilbert curve over their positions, unplaced last, and positions survive the delta coding", () => {
    // A 4 × 4 grid given in scrambled order: the curve visits it cell by cell.
    const cells = Array.from({ length: 16 }, (_, k) => ({ x: (k * 7) % 4, y: Math.floor(((k * 7) % 16) / 4) }));
    const nodes = [
      node("unplaced", "paper"),
      ...cells.map((c, k) => node(`n${k}`, "paper", { x: c.x * 10, y: c.y * 10 })),
    ];
    const { bytes } = encodeMap({ nodes, edges: { MENTIONS: [], CITES: [] }, clusters: [] });
    const cols = decodeMap(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(cols.ids.at(-1)).toBe("unplaced");
    const { graph } = buildGraph(cols);
    const at = cols.ids.slice(0, 16).map((id) => graph.getNodeAttributes(id));
    for (let k = 1; k < 16; k++)
      expect(Math.abs(at[k]!.x - at[k - 1]!.x) + Math.abs(at[k]!.y - at[k - 1]!.y)).toBeCloseTo(10, 2);
    cells.forEach((c, k) => {
      expect(graph.getNodeAttribute(`n${k}`, "x")).toBeCloseTo(c.x * 10, 2);
      expect(graph.getNodeAttribute(`n${k}`, "y")).toBeCloseTo(c.y * 10, 2);
    });
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
    expect(byId(cols.ids)(cols.fine[0]!)).toEqual({ p1: 1, p2: 2, p3: 0, "method:x": 1, "dataset:y": 0 });
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

  it("leaves out a level's column when the level below nests in it, and the map rebuilds it", () => {
    const nested: MapInput = {
      ...input(),
      clusters: [
        ...input().clusters,
        { id: "k:1:0", label: "A1", level: 1, size: 3 },
        { id: "k:1:1", label: "B1", level: 1, size: 2 },
      ],
      fine: [
        { cluster: "k:1:0", level: 1, members: ["p1", "p3", "method:x"] },
        { cluster: "k:1:1", level: 1, members: ["p2", "dataset:y"] },
      ],
    };
    const { bytes, header } = encodeMap(nested);
    expect(header.sections.map((s) => s.name)).not.toContain("cluster");
    expect(header.sections.map((s) => s.name)).toContain("cluster.1");
    expect(header.levels![0]!.clusters.map((c) => [c.id, c.parent])).toEqual([
      ["k:1:0", 1],
      ["k:1:1", 2],
    ]);
    const cols = decodeMap(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(byId(cols.ids)(cols.cluster)).toEqual({ p1: 1, p2: 2, p3: 1, "method:x": 1, "dataset:y": 2 });
    expect(buildGraph(cols).graph.getNodeAttributes("p3").clusters).toEqual(["k:0:0", "k:1:0"]);
  });

  it("is byte-identical for identical input", () => {
    expect(Buffer.from(encodeMap(input()).bytes).equals(Buffer.from(encodeMap(input()).bytes))).toBe(true);
  });

  it("cuts long concept labels with an ellipsis", () => {
    const long = "x".repeat(500);
    const { bytes } = encodeMap({ ...input(), nodes: [node("method:x", "method", { label: long })] });
    const label = decodeMap(bytes.slice().buffer).labels[0]!;
    expect(label.length).toBe(MAX_LABEL_LENGTH);
    expect(label.endsWith("…")).toBe(true);
  });

  it("labels a paper by the name before its title's colon, else by its first words", () => {
    expect(paperLabel("LLaMA: Open and Efficient Foundation Language Models")).toBe("LLaMA");
    expect(paperLabel("Attention Is All You Need")).toBe("Attention Is All You Need");
    expect(paperLabel("On the Difficulty of Training Recurrent Neural Networks at Scale")).toBe(
      "On the Difficulty of Training Recurrent…",
    );
    expect(paperLabel("A: b")).toBe("A: b"); // too short a name to stand alone
    expect(paperLabel("x".repeat(60))).toBe(`${"x".repeat(PAPER_LABEL_LENGTH - 1)}…`);
  });

  it("leaves out concept ids the map rebuilds from type and label, and only those", () => {
    const nodes = [
      node("method:transformer", "method", { label: "Transformer" }),
      node("method:mixture of expert", "method", { label: "Mixture-of-Experts" }),
      node("dataset:café", "dataset", { label: "Café" }),
      node("2401.00001", "paper", { label: "2401.00001" }),
    ];
    const { bytes } = encodeMap({ nodes, edges: { MENTIONS: [], CITES: [] }, clusters: [] });
    expect(elidedId("method", "method:transformer", "Transformer")).toBe("");
    expect(elidedId("method", "method:mixture of expert", "Mixture-of-Experts")).toBe("");
    expect(elidedId("method", "method:moe", "Mixture-of-Experts")).toBe("method:moe");
    expect(elidedId("dataset", "dataset:café", "Café")).toBe("dataset:café");
    expect(elidedId("paper", "paper:x", "X")).toBe("paper:x");
    expect([...decodeMap(bytes.slice().buffer).ids].sort()).toEqual(nodes.map((n) => n.id).sort());
  });

  it("encodes an empty graph", () => {
    const { bytes, header } = encodeMap({ nodes: [], edges: { MENTIONS: [], CITES: [] }, clusters: [] });
    const cols = decodeMap(bytes.slice().buffer);
    expect(header.nodeCount).toBe(0);
    expect(cols.ids).toEqual([]);
    expect(header.bbox).toBeNull();
  });
});

describe("encodeMap(input): what the time overlay and the Unlinked group need", () => {
  const decode = (i: MapInput) => decodeMap(encodeMap(i).bytes.slice().buffer);
  /** A daily listing: every paper of 2024 (one of them undated), one concept named by two. */
  const daily = (): MapInput => ({
    ...input(),
    nodes: [
      node("p1", "paper", { year: 2024, published: "2024-03-04" }),
      node("p2", "paper", { year: 2024, published: "2024-03-20" }),
      node("p3", "paper", { year: 2024, published: "2024" }),
      node("method:x", "method", { paperCount: 2 }),
      node("dataset:y", "dataset", { paperCount: 1 }),
    ],
  });

  it("dayOf(published) reads full dates only", () => {
    expect(dayOf("1970-01-02")).toBe(1);
    expect(dayOf("2024-03-04")).toBe(dayOfIsoDate("2024-03-04"));
    for (const partial of ["2024", "2024-03", "--03-04", "2024-02-30", null, undefined])
      expect(dayOf(partial)).toBeNull();
  });

  it("sends publication days when the papers' years span at most two years; the map then goes by week", () => {
    const cols = decode(daily());
    expect([...cols.day!]).toEqual([dayOf("2024-03-04")! + 1, dayOf("2024-03-20")! + 1, 0, 0, 0]);
    const { graph, meta } = buildGraph(cols);
    const w = weekOfDay(dayOf("2024-03-04")!);
    expect(meta.time).toMatchObject({ unit: "week", min: w, max: w + 2 });
    expect(graph.getNodeAttribute("p2", "time")).toBe(w + 2);
    expect(graph.getNodeAttribute("method:x", "time")).toBe(w + 1); // mean of p1 and p2
    expect(graph.getNodeAttribute("dataset:y", "time")).toBe(w);
    expect(graph.getNodeAttribute("p3", "time")).toBeNull();
    expect(graph.getNodeAttribute("p3", "timeBin")).toBe(-1);
  });

  it("sends no days when the years spread wider (the map goes by year) or no paper has a full date", () => {
    const wide = decode(input()); // 2021 and 2023
    expect(wide.day).toBeNull();
    expect(encodeMap(input()).header.sections.map((s) => s.name)).not.toContain("day");
    const { graph, meta } = buildGraph(wide);
    expect(meta.time).toMatchObject({ unit: "year", min: 2021, max: 2023 });
    expect(graph.getNodeAttribute("method:x", "time")).toBe(2022); // mentioned by p1 (2021) and p2 (2023)
    const undated = daily();
    undated.nodes = undated.nodes.map((n) => ({ ...n, published: null }));
    expect(decode(undated).day).toBeNull();
  });

  it("carries the Other and Unlinked flags of every level's clusters; the map marks the unlinked nodes", () => {
    const flagged: MapInput = {
      ...input(),
      clusters: [
        { id: "k:0:0", label: "Alpha", level: 0, size: 3, other: null, unlinked: false },
        { id: "k:0:1", label: "Unlinked", level: 0, size: 2, unlinked: true },
        { id: "k:1:0", label: "Other", level: 1, size: 1, other: true },
      ],
      fine: [{ cluster: "k:1:0", level: 1, members: ["p1"] }],
    };
    const { header } = encodeMap(flagged);
    expect(header.clusters).toEqual([
      { id: "k:0:0", label: "Alpha", level: 0, size: 3 },
      { id: "k:0:1", label: "Unlinked", level: 0, size: 2, unlinked: true },
    ]);
    expect(header.levels![0]!.clusters).toEqual([{ id: "k:1:0", label: "Other", level: 1, size: 1, other: true }]);
    const { graph, meta } = buildGraph(decode(flagged));
    expect(meta.clusters.map((c) => [c.id, c.other, c.unlinked])).toEqual([
      ["k:0:0", false, false],
      ["k:0:1", false, true],
    ]);
    expect(meta.fineClusters[0]!.other).toBe(true);
    expect(graph.filterNodes((_, a) => a.unlinked)).toEqual(["p2", "dataset:y"]);
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
