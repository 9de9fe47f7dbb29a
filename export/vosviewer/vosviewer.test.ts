import { describe, expect, it } from "vitest";
import { CLUSTER_PALETTE } from "../../schema/palette.ts";
import type { VosNetwork } from "../../schema/vosviewer.ts";
import rows from "../__fixtures__/rows.json" with { type: "json" };
import { EXPORTERS } from "../exporters.ts";
import { buildExportGraph, type ExportRows } from "../graph.ts";
import { writeVosviewerJson } from "./json.ts";
import { writeVosMapFile, writeVosNetworkFile } from "./map.ts";
import { toVosNetwork } from "./network.ts";
import { parseVosviewerJson, parseVosviewerMap } from "./parse.ts";

const graph = buildExportGraph(rows as unknown as ExportRows);
const network = toVosNetwork(graph);

/** What a map + network pair carries: no title, cluster labels or colours. */
const mapPart = (n: VosNetwork): VosNetwork => ({
  items: n.items,
  links: n.links,
  clusters: n.clusters.map((c) => ({ cluster: c.cluster, label: `Cluster ${c.cluster}` })),
});

describe("toVosNetwork(graph)", () => {
  it("numbers items 1…n in id order and keeps labels, positions and our id", () => {
    expect(network.items).toHaveLength(graph.order);
    expect(network.items.map((i) => i.id)).toEqual(graph.nodes().map((_k, i) => i + 1));
    const paper = network.items[graph.nodes().indexOf("2401.00005")]!;
    expect(paper).toMatchObject({
      label: "Throughput of MoE serving: <script>alert(1)</script>",
      description: "paper · 2024 · 2401.00005",
      url: "https://arxiv.org/abs/2401.00005",
      x: -6,
      y: 0,
      cluster: 1,
      weights: { Documents: 1 },
      scores: { "Avg. pub. year": 2024 },
    });
  });

  it("numbers clusters 1… largest first, with our labels and the map's colours", () => {
    expect(network.clusters[0]).toEqual({
      cluster: 1,
      label: "LLM serving · Mixture-of-Experts",
      color: CLUSTER_PALETTE[0],
    });
    expect(network.clusters.map((c) => c.cluster)).toEqual(network.clusters.map((_c, i) => i + 1));
    const unclustered = network.items[graph.nodes().indexOf("1706.03762")]!;
    expect(unclustered.cluster).toBeUndefined();
  });

  it("makes links undirected: one per pair, source < target, strengths summed", () => {
    const pairs = new Set(graph.mapEdges((_e, _a, s, t) => [s, t].sort().join(" ")));
    expect(network.links).toHaveLength(pairs.size);
    for (const l of network.links) expect(l.source_id).toBeLessThan(l.target_id as number);
    const total = graph.reduceEdges((sum, _e, a) => sum + a.weight, 0);
    expect(network.links.reduce((sum, l) => sum + l.strength, 0)).toBeCloseTo(total, 6);
  });

  it("weighs items by documents and links, and scores concepts by their papers' mean year", () => {
    const i = graph.nodes().indexOf("method:moe");
    const concept = network.items[i]!;
    expect(concept.weights["Links"]).toBe(graph.neighbors("method:moe").length);
    expect(concept.scores["Avg. pub. year"]).toBeGreaterThan(2000);
  });
});

describe("VOSviewer JSON", () => {
  const text = EXPORTERS["vosviewer-json"].write(graph);

  it("has VOSviewer Online's shape: network.items/links/clusters, config.color_schemes, info.title", () => {
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(["config", "info", "network"]);
    expect(Object.keys(doc.network.items[1])).toEqual(
      expect.arrayContaining(["id", "label", "description", "url", "x", "y", "cluster", "weights", "scores"]),
    );
    expect(doc.network.links[0]).toEqual({
      source_id: expect.any(Number),
      target_id: expect.any(Number),
      strength: expect.any(Number),
    });
    expect(doc.config.color_schemes.cluster_colors[0]).toEqual({ cluster: 1, color: CLUSTER_PALETTE[0] });
    expect(doc.network.clusters[0]).toEqual({ cluster: 1, label: "LLM serving · Mixture-of-Experts" });
    expect(doc.info.title).toBe("PaperAtlas graph");
  });

  it("reads back with the same items, labels, clusters, positions and links", () => {
    const back = parseVosviewerJson(text, "atlas.json");
    expect(back.warnings).toEqual([]);
    expect(back.network).toEqual(network);
  });

  it("writes byte-identical golden output", async () => {
    await expect(text).toMatchFileSnapshot("__fixtures__/expected/graph.vosviewer.json");
  });
});

describe("VOSviewer map and network files", () => {
  const [map, net] = EXPORTERS["vosviewer-map"].files!.map((f) => f.write(graph)) as [string, string];

  it("writes the map file with VOSviewer's header and the network file without one", () => {
    expect(map.split("\n")[0]).toBe(
      "id\tlabel\tx\ty\tcluster\tweight<Documents>\tweight<Links>\tweight<Total link strength>\tscore<Avg. pub. year>\tdescription\turl",
    );
    expect(net.split("\n")[0]).toMatch(/^\d+\t\d+\t[\d.]+$/);
    expect(EXPORTERS["vosviewer-map"].write(graph)).toBe(map);
  });

  it("reads back with the same items, labels, clusters, positions and links", () => {
    const back = parseVosviewerMap({ text: map, file: "atlas-map.txt" }, { text: net, file: "atlas-network.txt" });
    expect(back.warnings).toEqual([]);
    expect(back.network).toEqual(mapPart(network));
  });

  it("writes tabs and line breaks inside a label as spaces, and nothing else changes", () => {
    const odd: VosNetwork = {
      items: [{ id: 1, label: 'a\tb\nc "q"', weights: { Documents: 1 }, scores: {} }],
      links: [],
      clusters: [],
    };
    const back = parseVosviewerMap({ text: writeVosMapFile(odd), file: "m.txt" });
    expect(back.network.items[0]!.label).toBe('a b c "q"');
  });

  it("writes byte-identical golden output", async () => {
    await expect(map).toMatchFileSnapshot("__fixtures__/expected/graph-map.txt");
    await expect(net).toMatchFileSnapshot("__fixtures__/expected/graph-network.txt");
  });
});

describe("parseVosviewerJson: hostile input", () => {
  it("refuses a file that is not JSON, naming file and line", () => {
    expect(() => parseVosviewerJson('{\n  "network": {\n    "items": [,]\n  }\n}', "bad.json")).toThrow(
      /bad\.json:3: not valid JSON/,
    );
  });

  it("refuses JSON without network.items", () => {
    expect(() => parseVosviewerJson('{"items": []}', "x.json")).toThrow(/x\.json:1: no network\.items/);
  });

  it("skips bad items and links with a warning at their line, keeping the rest", () => {
    const text = [
      "{",
      '  "network": {',
      '    "items": [',
      '      {"id": 1, "label": "one", "x": 1, "y": 2, "cluster": 1},',
      '      {"label": "no id"},',
      '      {"id": 1, "label": "dup"},',
      '      {"id": "b", "label": "two", "cluster": 1001}',
      "    ],",
      '    "links": [',
      '      {"source_id": 1, "target_id": "b", "strength": 2},',
      '      {"source_id": 1, "target_id": 9},',
      '      {"source_id": "b", "target_id": 1}',
      "    ]",
      "  }",
      "}",
    ].join("\n");
    const { network: n, warnings } = parseVosviewerJson(text, "h.json");
    expect(n.items.map((i) => [i.id, i.label, i.cluster])).toEqual([
      [1, "one", 1],
      ["b", "two", undefined],
    ]);
    expect(n.links).toEqual([{ source_id: 1, target_id: "b", strength: 2 }]);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ["UNPARSED_METADATA", 5],
      ["DUPLICATE_ENTRY", 6],
      ["UNPARSED_METADATA", 7],
      ["UNPARSED_METADATA", 11],
      ["DUPLICATE_ENTRY", 12],
    ]);
    expect(warnings[0]!.message).toBe("h.json:5: items[1]: no id; item skipped");
  });
});

describe("parseVosviewerJson: numbers out of range", () => {
  it("drops a position JSON reads as Infinity and skips a link whose strength is not a positive number", () => {
    const text = [
      '{"network": {"items": [',
      '  {"id": 1, "label": "a", "x": 1e400, "y": 0},',
      '  {"id": 2, "label": "b", "x": 1, "y": 2}',
      '], "links": [',
      '  {"source_id": 1, "target_id": 2, "strength": 1e400},',
      '  {"source_id": 2, "target_id": 1, "strength": -3},',
      '  {"source_id": 1, "target_id": 2, "strength": "7"}',
      "]}}",
    ].join("\n");
    const { network: n, warnings } = parseVosviewerJson(text, "n.json");
    expect(n.items.map((i) => [i.id, i.x])).toEqual([
      [1, undefined],
      [2, 1],
    ]);
    expect(n.links).toEqual([]);
    expect(warnings.map((w) => w.line)).toEqual([2, 5, 6, 7]);
  });
});

describe("parseVosviewerMap: hostile input", () => {
  it("refuses a file without an id or label column", () => {
    expect(() => parseVosviewerMap({ text: "a\tb\n1\t2\n", file: "m.txt" })).toThrow(/m\.txt:1: no id or label column/);
  });

  it("skips a short row, a bad number, a duplicate id and bad links with a warning at file:line", () => {
    const map = [
      "\uFEFFid\tlabel\tx\ty\tcluster\tweight<Links>",
      '1\t"quoted"\t0.5\t-1\t2\t3',
      "2\tcut in half\t1",
      "3\tbad x\tabc\t1\t1\t1",
      "1\tdup\t0\t0\t1\t1",
      "4\tno position\t\t\t0\t1",
    ].join("\r\n");
    const net = ["1\t4\t2", "1\t7\t1", "4\t1\t5", "garbage", "1\t4\tx"].join("\n");
    const { network: n, warnings } = parseVosviewerMap({ text: map, file: "m.txt" }, { text: net, file: "n.txt" });
    expect(n.items).toEqual([
      { id: 1, label: "quoted", x: 0.5, y: -1, cluster: 2, weights: { Links: 3 }, scores: {} },
      { id: 4, label: "no position", weights: { Links: 1 }, scores: {} },
    ]);
    expect(n.clusters).toEqual([{ cluster: 2, label: "Cluster 2" }]);
    expect(n.links).toEqual([{ source_id: 1, target_id: 4, strength: 2 }]);
    expect(warnings.map((w) => `${w.code} ${w.file}:${w.line}`)).toEqual([
      "UNPARSED_METADATA m.txt:3",
      "UNPARSED_METADATA m.txt:4",
      "DUPLICATE_ENTRY m.txt:5",
      "UNPARSED_METADATA n.txt:2",
      "DUPLICATE_ENTRY n.txt:3",
      "UNPARSED_METADATA n.txt:4",
      "UNPARSED_METADATA n.txt:5",
    ]);
  });

  it("reads a map file alone (no network file): items, no links", () => {
    const { network: n } = parseVosviewerMap({ text: "label\tcluster\nalpha\t1\n", file: "m.txt" });
    expect(n.items).toEqual([{ id: "alpha", label: "alpha", cluster: 1, weights: {}, scores: {} }]);
    expect(n.links).toEqual([]);
  });
});

describe("writeVosNetworkFile / writeVosviewerJson", () => {
  it("write an empty graph as an empty network file and a JSON with no items", () => {
    const empty = buildExportGraph({ nodes: [], edges: [], clusters: [] });
    expect(writeVosNetworkFile(toVosNetwork(empty))).toBe("");
    expect(parseVosviewerJson(writeVosviewerJson(empty), "e.json").network.items).toEqual([]);
  });
});
