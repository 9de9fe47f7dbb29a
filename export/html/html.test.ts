/**
 * The single-file map's pure parts, end to end without a browser: rows → payload + extras →
 * page, and the page's data read back by the offline data source (viz/offline/) answering details,
 * search and clusters as the API does.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { MapNodeRow } from "../../schema/cypher/map.ts";
import { OFFLINE_BLOCKS, type OfflineExtras } from "../../schema/offline.ts";
import { encodeMap, type MapInput } from "../../server/map/encode.ts";
import { decodeMap } from "../../viz/map-data.ts";
import { clusterDetails, clusterList, nodeDetails } from "../../viz/offline/details.ts";
import { search, searchText } from "../../viz/offline/search.ts";
import { createOfflineSource } from "../../viz/offline/source.ts";
import { buildOfflineExtras, offlineAbstracts, type OfflineRows } from "./extras.ts";
import { OFFLINE_MARKS, assemblePage, contentSecurityPolicy, readPageBlocks } from "./page.ts";

const HOSTILE = "Breaking </script><script>alert(1)</script> out: a title";

const node = (id: string, type: string, extra: Partial<MapNodeRow> = {}): MapNodeRow => ({
  id,
  label: id,
  type,
  cluster: "k:0:0",
  x: 1,
  y: 1,
  size: null,
  year: null,
  paperCount: null,
  stub: false,
  ...extra,
});

const INPUT: MapInput = {
  nodes: [
    node("2401.00001", "paper", {
      label: "FlashAttention: Fast and Memory-Efficient Exact Attention",
      year: 2024,
      x: 0,
    }),
    node("2401.00002", "paper", { label: HOSTILE, year: 2023, x: 5 }),
    node("2401.00003", "paper", { label: "Graph Sampling for Sparse Training", year: 2022, cluster: "k:0:1", x: 9 }),
    node("method:flashattention", "method", { label: "FlashAttention", paperCount: 2, x: 2 }),
    node("hardware:gpu", "hardware", { label: "GPU", paperCount: 3, x: 3 }),
    node("task:graph-sampling", "task", { label: "graph sampling", paperCount: 1, cluster: "k:0:1", x: 8 }),
  ],
  edges: {
    MENTIONS: [
      { source: "2401.00001", targets: ["method:flashattention", "hardware:gpu"] },
      { source: "2401.00002", targets: ["method:flashattention", "hardware:gpu"] },
      { source: "2401.00003", targets: ["hardware:gpu", "task:graph-sampling"] },
    ],
    CITES: [{ source: "2401.00002", targets: ["2401.00001"] }],
  },
  clusters: [
    { id: "k:0:0", label: "Attention · GPU", level: 0, size: 5 },
    { id: "k:0:1", label: "Graphs", level: 0, size: 2 },
  ],
};

const ROWS: OfflineRows = {
  papers: [
    {
      id: "2401.00001",
      title: "FlashAttention: Fast and Memory-Efficient Exact Attention",
      abstract: "We propose  FlashAttention,\nan IO-aware exact attention algorithm.",
      published: "2024-01-02",
      authorCount: 5,
      organization: null,
      upvotes: 12,
      arxivId: "2401.00001",
      links: ["https://arxiv.org/abs/2401.00001", "javascript:alert(1)"],
    },
    { id: "2401.00002", title: HOSTILE, abstract: "<img src=x onerror=alert(1)>", published: null, authorCount: null, organization: "Lab", upvotes: null, arxivId: "2401.00002x", links: [] }, // prettier-ignore
    { id: "2401.00003", title: "Graph Sampling for Sparse Training", abstract: "", published: null, authorCount: 1, organization: null, upvotes: null, arxivId: null, links: [] }, // prettier-ignore
  ],
  concepts: [
    { id: "method:flashattention", name: "FlashAttention", aliases: ["Flash Attention"] },
    { id: "hardware:gpu", name: "GPU", aliases: ["GPUs", "graphics processing unit"] },
    { id: "task:graph-sampling", name: "graph sampling", aliases: [] },
  ],
  proposes: [{ paper: "2401.00001", concept: "method:flashattention" }],
  clusters: [
    { id: "k:0:0", label: "Attention · GPU", level: 0, size: 5, topConcepts: ["GPU"], paperCount: 2, conceptCount: 2, modularity: 0.4 }, // prettier-ignore
    { id: "k:0:1", label: "Graphs", level: 0, size: 2, topConcepts: [], paperCount: 1, conceptCount: 1, modularity: null }, // prettier-ignore
  ],
};

const TEMPLATE = `<!doctype html><html><head><meta charset="utf-8" /><title>PaperAtlas map</title>
<style>body{margin:0}</style></head>
<body>${OFFLINE_MARKS.map}<script>console.log("map")</script>${OFFLINE_MARKS.rest}</body></html>`;

function built() {
  const { bytes, header } = encodeMap(INPUT);
  const cols = decodeMap(bytes.slice().buffer);
  const paper = header.nodeTypes.indexOf("paper");
  const nodes = { ids: cols.ids, labels: cols.labels, isPaper: (i: number) => cols.type[i] === paper };
  const extras = buildOfflineExtras(nodes, ROWS, "2026-12-03T00:00:00.000Z");
  return { bytes, cols, extras, abstracts: offlineAbstracts(nodes, ROWS.papers) };
}

/** The blocks as the runner compresses them. */
function blocks() {
  const b = built();
  return { map: gzipSync(b.bytes), extras: gzipSync(JSON.stringify(b.extras)), abstracts: gzipSync(b.abstracts) };
}

/** The blocks of a written page, decoded as the browser does. */
function readBack(page: string): { map: ArrayBuffer; extras: OfflineExtras; abstracts: string[] } {
  const blocks = readPageBlocks(page);
  const map = gunzipSync(blocks.map);
  const extras = JSON.parse(gunzipSync(blocks.extras).toString("utf8")) as OfflineExtras;
  const abstracts = gunzipSync(blocks.abstracts).toString("utf8").split("\n");
  return { map: map.buffer.slice(map.byteOffset, map.byteOffset + map.byteLength), extras, abstracts };
}

describe("buildOfflineExtras(nodes, rows, generatedAt)", () => {
  const { cols, extras, abstracts } = built();
  it("lists papers and concepts in the payload's node order, leaving out what the page rebuilds", () => {
    const papers = cols.ids.filter((id) => !id.includes(":"));
    expect(extras.papers.title).toHaveLength(papers.length);
    const k = papers.indexOf("2401.00001");
    expect(extras.papers.title[k]).toBe("FlashAttention: Fast and Memory-Efficient Exact Attention");
    expect(abstracts.split("\n")[k]).toBe("We propose FlashAttention, an IO-aware exact attention algorithm.");
    expect(extras.papers.arxivId[k]).toBe("");
    expect(extras.papers.links[k]).toEqual(["https://arxiv.org/abs/2401.00001"]);
    expect(extras.concepts.name.every((n) => n === null)).toBe(true);
    expect(extras.proposes).toEqual([cols.ids.indexOf("2401.00001"), cols.ids.indexOf("method:flashattention")]);
  });
});

describe("assemblePage(template, blocks, {title})", () => {
  const { bytes, extras, abstracts } = built();
  const page = assemblePage(TEMPLATE, blocks(), { title: "Atlas <b>&</b>" });

  it("carries the payload and the extras, read back byte for byte", () => {
    const back = readBack(page);
    expect(new Uint8Array(back.map)).toEqual(bytes);
    expect(back.extras).toEqual(extras);
    expect(back.abstracts.join("\n")).toBe(abstracts);
    expect(page.indexOf(OFFLINE_BLOCKS.map)).toBeLessThan(page.indexOf('console.log("map")'));
    expect(page.indexOf(OFFLINE_BLOCKS.abstracts)).toBeGreaterThan(page.indexOf('console.log("map")'));
  });

  it("lets no embedded text out of its block: a title with </script> adds no element", () => {
    expect(page.match(/<script/g)).toHaveLength(4);
    expect(page).not.toContain("alert(1)");
    expect(page).toContain("<title>Atlas &lt;b>&amp;&lt;/b></title>");
  });

  it("allows exactly its own script and style by hash, and no request anywhere", () => {
    const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    const csp = contentSecurityPolicy(TEMPLATE);
    expect(csp).toContain(`script-src ${hash('console.log("map")')}`);
    expect(csp).toContain(`style-src ${hash("body{margin:0}")}`);
    expect(csp).toMatch(/default-src 'none'.*connect-src 'none'/);
    expect(page.indexOf("Content-Security-Policy")).toBeLessThan(page.indexOf("<script"));
  });

  it("refuses a page without the data mark (PaperAtlasError INTERNAL)", () => {
    const none = new Uint8Array();
    expect(() => assemblePage("<html></html>", { map: none, extras: none, abstracts: none }, { title: "" })).toThrow(
      expect.objectContaining({ code: "INTERNAL" }),
    );
  });
});

describe("the offline data source (viz/offline/) on the page's data", () => {
  const { map, extras, abstracts } = readBack(assemblePage(TEMPLATE, blocks(), { title: "" }));
  const src = createOfflineSource(decodeMap(map), extras);
  const text = searchText(src);

  it("answers a paper's details as GET /api/nodes/:id does", () => {
    const d = nodeDetails(src, "2401.00002", abstracts);
    expect(d).toMatchObject({
      kind: "paper",
      title: HOSTILE,
      abstract: "<img src=x onerror=alert(1)>",
      arxivId: "2401.00002x",
    });
    if (d?.kind !== "paper") throw new Error("not a paper");
    expect(d.cluster).toEqual({ id: "k:0:0", label: "Attention · GPU", level: 0, size: 5 });
    expect(d.concepts.hardware.map((c) => c.id)).toEqual(["hardware:gpu"]);
    expect(d.cites).toEqual({ total: 1, papers: [{ id: "2401.00001", title: expect.stringMatching(/^FlashAttention/), year: 2024, cluster: "k:0:0" }] }); // prettier-ignore
    const first = nodeDetails(src, "2401.00001", abstracts);
    expect(first).toMatchObject({
      arxivId: "2401.00001",
      published: "2024-01-02",
      proposes: [{ id: "method:flashattention" }],
    });
    expect(first?.kind === "paper" && first.citedBy.total).toBe(1);
  });

  it("answers a concept's details: papers newest first, co-occurring concepts, proposing papers", () => {
    const d = nodeDetails(src, "hardware:gpu", abstracts);
    if (d?.kind !== "concept") throw new Error("not a concept");
    expect(d.aliases).toEqual(["GPUs", "graphics processing unit"]);
    expect(d.papers.papers.map((p) => p.year)).toEqual([2024, 2023, 2022]);
    expect(d.cooccurring[0]).toMatchObject({ id: "method:flashattention", count: 2 });
    expect(nodeDetails(src, "method:flashattention", abstracts)).toMatchObject({ proposedBy: [{ id: "2401.00001" }] });
    expect(nodeDetails(src, "nowhere", abstracts)).toBeNull();
  });

  it("searches titles, names and aliases: every word required, the last as a prefix", () => {
    const ids = (q: string, types?: string) => search(src, text, { q, types }).hits.map((h) => h.id);
    expect(ids("flashatt")).toEqual(["method:flashattention", "2401.00001"]);
    expect(ids("graphics proc")).toEqual(["hardware:gpu"]);
    expect(ids("sparse graph")).toEqual(["2401.00003"]);
    expect(ids("script")).toEqual(["2401.00002"]);
    expect(ids("attention", "paper")).toEqual(
      ["2401.00001", "2401.00002"].filter((id) => ids("attention").includes(id)),
    );
    expect(ids("  ")).toEqual([]);
    const hit = search(src, text, { q: "gpu" }).hits[0];
    expect(hit).toMatchObject({
      kind: "concept",
      type: "hardware",
      label: "GPU",
      score: 1,
      cluster: "k:0:0",
      paperCount: 3,
    });
  });

  it("lists clusters and answers one cluster's summary", () => {
    expect(clusterList(src, 0).clusters.map((c) => c.id)).toEqual(["k:0:0", "k:0:1"]);
    const d = clusterDetails(src, "k:0:0");
    expect(d?.cluster).toMatchObject({
      label: "Attention · GPU",
      topConcepts: ["GPU"],
      paperCount: 2,
      modularity: 0.4,
    });
    expect(d?.papers[0]?.id).toBe("2401.00001");
    expect(d?.concepts.map((c) => c.id)).toEqual(["hardware:gpu", "method:flashattention"]);
    expect(clusterDetails(src, "nowhere")).toBeNull();
  });
});

describe("viz/offline/index.html", () => {
  it("has every element of the served page (viz/index.html) that the app mounts into", () => {
    const ids = (file: string) =>
      new Set([...readFileSync(new URL(file, import.meta.url), "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const offline = ids("../../viz/offline/index.html");
    expect([...ids("../../viz/index.html")].filter((id) => !offline.has(id))).toEqual([]);
  });
});
