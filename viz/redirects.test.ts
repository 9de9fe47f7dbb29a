import { describe, expect, it } from "vitest";
import { redirectNotice, resolveLinkedClusters, withResolvedClusters } from "./redirects.ts";
import { DEFAULT_FILTERS } from "./state.ts";

const known = new Set(["b:0:1", "b:0:2", "b:1:7"]);
const redirects = [
  { from: "b:0:3", to: "b:0:1" },
  { from: "b:1:9", to: "b:1:7" },
  { from: "b:0:4", to: "b:0:gone-too" },
];
const labels: Record<string, string> = { "b:0:1": "Diffusion models", "b:1:7": "Video <b>generation</b>" };
const labelOf = (id: string) => labels[id] ?? id;

describe("resolveLinkedClusters(ids, known, redirects)", () => {
  it("keeps the clusters the map has, in order", () => {
    expect(resolveLinkedClusters(["b:0:2", "b:0:1"], known, redirects)).toEqual({
      clusters: ["b:0:2", "b:0:1"],
      redirected: [],
      dropped: [],
    });
  });

  it("replaces a gone id by where its redirect leads, on any level, without duplicates", () => {
    const r = resolveLinkedClusters(["b:0:3", "b:0:1", "b:1:9"], known, redirects);
    expect(r.clusters).toEqual(["b:0:1", "b:1:7"]);
    expect(r.redirected).toEqual([
      { from: "b:0:3", to: "b:0:1" },
      { from: "b:1:9", to: "b:1:7" },
    ]);
    expect(r.dropped).toEqual([]);
  });

  it("drops an id with no redirect, or whose redirect leads to no cluster of the map", () => {
    const r = resolveLinkedClusters(["fake:0:1", "b:0:4", "b:0:2"], known, redirects);
    expect(r).toEqual({ clusters: ["b:0:2"], redirected: [], dropped: ["fake:0:1", "b:0:4"] });
    expect(resolveLinkedClusters(["fake:0:1"], known).clusters).toEqual([]);
  });
});

describe("withResolvedClusters(filters, resolution)", () => {
  it("returns the same filters when nothing changed, new filters with the resolved list otherwise", () => {
    const f = { ...DEFAULT_FILTERS, clusters: ["b:0:1"] };
    expect(withResolvedClusters(f, resolveLinkedClusters(f.clusters, known, redirects))).toBe(f);
    const gone = { ...DEFAULT_FILTERS, clusters: ["b:0:3"], minPapers: 2 };
    expect(withResolvedClusters(gone, resolveLinkedClusters(gone.clusters, known, redirects))).toEqual({
      ...gone,
      clusters: ["b:0:1"],
    });
  });
});

describe("redirectNotice(redirected, labelOf)", () => {
  it("says where one redirected cluster went, by its label (markup is only characters, dom.ts inserts text)", () => {
    expect(redirectNotice([{ from: "b:0:3", to: "b:0:1" }], labelOf)).toBe(
      "A cluster in this link merged into Diffusion models.",
    );
    expect(redirectNotice([{ from: "b:1:9", to: "b:1:7" }], labelOf)).toContain("Video <b>generation</b>");
  });

  it("names each target once for several, and says nothing when no id was redirected", () => {
    const r = resolveLinkedClusters(["b:0:3", "b:1:9"], known, redirects).redirected;
    expect(redirectNotice(r, labelOf)).toBe(
      "2 clusters in this link have changed; now shown: Diffusion models, Video <b>generation</b>.",
    );
    expect(redirectNotice([], labelOf)).toBeNull();
  });
});
