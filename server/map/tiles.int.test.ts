/**
 * Overview maps against a real Neo4j: with the threshold below the fixture graph's 24 nodes,
 * `GET /api/map` sends the clusters as tiles and no node, and `GET /api/map/tile` sends one
 * cluster's nodes and the edges between them, by cluster or by a node in it, cached with an ETag.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeMap } from "../../viz/map-data.ts";
import { startTestServer, type TestServer } from "../__fixtures__/server.ts";

let t: TestServer;

async function map(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(t.url + path, { headers });
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) return { status: response.status, headers: response.headers, json: await response.json() };
  return { status: response.status, headers: response.headers, cols: decodeMap(await response.arrayBuffer()) };
}

describe("an overview map (threshold 5 nodes, tiles of at most 100)", () => {
  beforeAll(async () => {
    t = await startTestServer({ overview: { threshold: 5, tileCap: 100 } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("GET /api/map sends no node, the top-level clusters and one tile per cluster of the tile level", async () => {
    const r = await map("/api/map");
    expect(r.status).toBe(200);
    const { header } = r.cols!;
    expect(header.nodeCount).toBe(0);
    expect(r.headers.get("x-map-nodes")).toBe("0");
    expect(header.overview).toMatchObject({ nodeCount: 24, threshold: 5, tileLevel: 0, tileCap: 100 });
    expect(header.clusters.map((c) => [c.id, c.size])).toEqual([
      ["fx:0:0", 9],
      ["fx:0:2", 8],
      ["fx:0:1", 7],
    ]);
    const tile = header.overview!.tiles.find((x) => x.id === "fx:0:1")!;
    // Mean and extent of the placed members of "Computer vision".
    expect(tile.bbox).toEqual([14, -15, 25, -4]);
    expect(tile.x).toBeCloseTo((20 + 24 + 17 + 21 + 25 + 14 + 19) / 7);
  });

  it("GET /api/map/tile?cluster= sends that cluster's nodes and the edges between them, with an ETag", async () => {
    const r = await map("/api/map/tile?cluster=fx:0:1", { "accept-encoding": "br" });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-encoding")).toBe("br");
    const cols = r.cols!;
    expect(cols.header.tile).toEqual({ cluster: "fx:0:1", truncated: false });
    expect([...cols.ids].sort()).toEqual([
      "1901.00006",
      "2001.00007",
      "2102.00008",
      "2202.00009",
      "dataset:imagenet",
      "method:resnet-50",
      "task:image-classification",
    ]);
    // 2102.00008 mentions the Transformer (another cluster): that edge is not in the tile.
    expect(cols.header.edgeCounts).toEqual({ MENTIONS: 9, CITES: 3 });
    expect(cols.header.clusters.map((c) => c.id)).toEqual(["fx:0:1"]);
    const again = await fetch(`${t.url}/api/map/tile?cluster=fx:0:1`, {
      headers: { "if-none-match": r.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
  });

  it("GET /api/map/tile?node= sends the tile of the node's cluster", async () => {
    const cols = (await map("/api/map/tile?node=2303.00010")).cols!;
    expect(cols.header.tile?.cluster).toBe("fx:0:2");
    expect(cols.ids).toContain("2303.00010");
    expect(cols.ids).toContain("method:distserve");
  });

  it("answers 400 without exactly one of cluster and node, 404 for an unknown one", async () => {
    expect((await map("/api/map/tile")).status).toBe(400);
    expect((await map("/api/map/tile?cluster=fx:0:1&node=2303.00010")).status).toBe(400);
    expect((await map("/api/map/tile?cluster=fx:0:1&x=1")).status).toBe(400);
    const cluster = await map("/api/map/tile?cluster=nope");
    expect([cluster.status, cluster.json.code]).toEqual([404, "NOT_FOUND"]);
    const node = await map("/api/map/tile?node=0000.00000");
    expect([node.status, node.json.code]).toEqual([404, "NOT_FOUND"]);
  });
});

describe("an overview map whose clusters exceed the tile cap (tiles of at most 1 node)", () => {
  beforeAll(async () => {
    t = await startTestServer({ overview: { threshold: 5, tileCap: 1 } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("tiles the finest level, a cluster above the cap as cells of its members' positions", async () => {
    const { header } = (await map("/api/map")).cols!;
    expect(header.overview?.tileLevel).toBe(1);
    expect(header.levels?.[0]?.clusters.map((c) => [c.id, c.parent])).toEqual([["fx:1:0", 1]]);
    const tiles = header.overview!.tiles;
    // fx:1:0's two members, at two places: one cell each, both naming the cluster.
    expect(tiles).toHaveLength(2);
    expect(tiles.map((x) => [x.cluster, x.size, x.nodes])).toEqual([
      ["fx:1:0", 1, 1],
      ["fx:1:0", 1, 1],
    ]);
    expect(tiles.every((x) => x.id.startsWith("fx:1:0@"))).toBe(true);
    // Each cell's tile carries its one member, untruncated; the two together are the cluster.
    const members: string[] = [];
    for (const x of tiles) {
      const tile = (await map(`/api/map/tile?cluster=${encodeURIComponent(x.id)}`)).cols!;
      expect(tile.header.tile).toEqual({ cluster: x.id, truncated: false });
      expect(tile.ids).toHaveLength(1);
      members.push(...tile.ids);
    }
    expect(members.sort()).toEqual(["2201.00003", "2301.00002"]);
  });

  it("GET /api/map/tile?node= sends the cell the node lies in", async () => {
    const { header } = (await map("/api/map")).cols!;
    for (const node of ["2301.00002", "2201.00003"]) {
      const tile = (await map(`/api/map/tile?node=${node}`)).cols!;
      expect(header.overview!.tiles.map((x) => x.id)).toContain(tile.header.tile?.cluster);
      expect(tile.ids).toEqual([node]);
    }
  });

  it("GET /api/map/tile?cluster= still sends a whole cluster's largest members by its id", async () => {
    const tile = (await map("/api/map/tile?cluster=fx:1:0")).cols!;
    expect(tile.header.tile).toEqual({ cluster: "fx:1:0", truncated: true });
    expect(tile.ids).toHaveLength(1);
  });
});
