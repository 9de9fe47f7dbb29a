import { describe, expect, it } from "vitest";
import rows from "../../export/__fixtures__/rows.json" with { type: "json" };
import { buildExportGraph, type ExportRows } from "../../export/graph.ts";
import { toVosNetwork } from "../../export/vosviewer/network.ts";
import type { VosNetwork } from "../../schema/vosviewer.ts";
import { networkNameFor, vosviewerKind } from "./detect.ts";
import { planVosImport, termType } from "./plan.ts";

const source = { file: "atlas.json", sha256: "0".repeat(64), at: "2026-12-03T00:00:00.000Z" };
const graph = buildExportGraph(rows as unknown as ExportRows);
const plan = planVosImport(toVosNetwork(graph), source);

describe("planVosImport(network) on our own export", () => {
  it("keeps every node's id and type from the description, and its label and position", () => {
    const concepts = Object.values(plan.concepts).flat();
    expect(plan.papers.length + concepts.length).toBe(graph.order);
    expect(plan.papers.find((p) => p.id === "2401.00005")).toMatchObject({
      title: "Throughput of MoE serving: <script>alert(1)</script>",
      year: 2024,
      arxivId: "2401.00005",
      x: -6,
      y: 0,
    });
    expect(plan.concepts.method.find((c) => c.id === "method:moe")).toMatchObject({ name: "Mixture-of-Experts" });
  });

  it("turns paper–concept links into MENTIONS and paper–paper links into CITES, with nothing RELATED", () => {
    const mentions = graph.filterEdges((_e, a) => a.type === "MENTIONS").length;
    expect(plan.mentions).toHaveLength(mentions);
    expect(plan.related).toEqual([]);
    const citePairs = new Set(
      graph.filterEdges((_e, a) => a.type === "CITES").map((e) => [graph.source(e), graph.target(e)].sort().join(" ")),
    );
    expect(plan.cites.length + plan.mutualCites.length).toBe(citePairs.size);
  });

  it("numbers clusters from the file's numbers, with their labels, and an id that depends on the file only", () => {
    expect(plan.clusters.map((c) => [c.id, c.number, c.label])).toEqual([
      [`${plan.run.id}:0:0001`, 0, "LLM serving · Mixture-of-Experts"],
      [`${plan.run.id}:0:0002`, 1, "GNN · message passing"],
    ]);
    expect(plan.run).toMatchObject({ algorithm: "imported", importedFrom: "atlas.json", clusterCounts: [2] });
    expect(planVosImport(toVosNetwork(graph), { ...source, at: "2030-01-01T00:00:00.000Z" }).run.id).toBe(plan.run.id);
    expect(planVosImport(toVosNetwork(graph), { ...source, sha256: "1".repeat(64) }).run.id).not.toBe(plan.run.id);
  });
});

describe("planVosImport(network) on a foreign map", () => {
  const network: VosNetwork = {
    items: [
      { id: 1, label: "ImageNet", x: 0, y: 0, cluster: 1, weights: { Occurrences: 9 }, scores: {} },
      { id: 2, label: "Imagenets", x: 1, y: 1, cluster: 1, weights: {}, scores: {} },
      { id: 3, label: "GPU", cluster: 2, weights: {}, scores: {} },
      { id: 4, label: "vaswani (2017)", url: "https://arxiv.org/abs/1706.03762", weights: {}, scores: {} },
      { id: 5, label: "smith (2020)", description: "Smith, J. (2020)", weights: {}, scores: {} },
    ],
    links: [
      { source_id: 1, target_id: 3, strength: 2 },
      { source_id: 2, target_id: 3, strength: 3 },
      { source_id: 4, target_id: 5, strength: 1 },
      { source_id: 4, target_id: 1, strength: 4 },
    ],
    clusters: [],
  };
  const foreign = planVosImport(network, source);

  it("types terms by the lexicons and makes items with a url or description papers", () => {
    expect(termType("ImageNet")).toBe("dataset");
    expect(termType("GPUs")).toBe("hardware");
    expect(termType("robot")).toBe("technique");
    expect(foreign.concepts.dataset.map((c) => [c.id, c.paperCount])).toEqual([["dataset:imagenet", 9]]);
    expect(foreign.concepts.hardware.map((c) => [c.id, c.x])).toEqual([["hardware:gpu", null]]);
    expect(foreign.papers.map((p) => p.id)).toEqual(["1706.03762", expect.stringMatching(/^t:[0-9a-f]{16}$/)]);
  });

  it("folds items with one id into one node, adding their links; foreign paper–paper links are RELATED", () => {
    expect(foreign.warnings.map((w) => w.code)).toEqual(["DUPLICATE_ENTRY"]);
    expect(foreign.related).toEqual([
      { source: "dataset:imagenet", target: "hardware:gpu", strength: 5 },
      { source: "1706.03762", target: foreign.papers[1]!.id, strength: 1 },
    ]);
    expect(foreign.mentions).toEqual([{ paperId: "1706.03762", conceptId: "dataset:imagenet", weight: 4 }]);
    expect(foreign.cites).toEqual([]);
  });

  it("makes a cluster per number the items use, named Cluster n when the file names none", () => {
    expect(foreign.clusters.map((c) => [c.label, c.size, c.x])).toEqual([
      ["Cluster 1", 1, 0],
      ["Cluster 2", 1, undefined],
    ]);
    expect(foreign.run.layoutAt).toBeUndefined();
  });
});

describe("vosviewerKind(head)", () => {
  it("tells VOSviewer JSON, map and network files from other inputs", () => {
    expect(vosviewerKind('{"config": {}, "network": {"items": [')).toBe("vosviewer-json");
    expect(vosviewerKind('\uFEFF{"network": {"items": []}}')).toBe("vosviewer-json");
    expect(vosviewerKind('{"results": [{"title": "x"}]}')).toBeNull();
    expect(vosviewerKind("id\tlabel\tx\ty\tcluster\tweight<Links>\n1\ta\t0\t0\t1\t2\n")).toBe("vosviewer-map");
    expect(vosviewerKind("label\tcluster\nalpha\t1\n")).toBe("vosviewer-map");
    expect(vosviewerKind("id\ttitle\tlabel\tcluster\n")).toBeNull();
    expect(vosviewerKind("1\t2\t3\n2\t3\t0.5\n")).toBe("vosviewer-network");
    expect(vosviewerKind("label\treplace by\nGPUs\tGPU\n")).toBeNull();
    expect(vosviewerKind("@article{x,\n title={y}}\n")).toBeNull();
  });

  it("names the network file beside a map file as VOSviewer does", () => {
    expect(networkNameFor("atlas-map.txt")).toBe("atlas-network.txt");
    expect(networkNameFor("VOSviewer_map.txt")).toBe("VOSviewer_network.txt");
    expect(networkNameFor("terms.txt")).toBeNull();
  });
});
