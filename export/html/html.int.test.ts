/**
 * `paperatlas export --format html` against a real Neo4j: the cluster fixture (two levels of
 * clusters, a stub, citations) written by the runner and by the command line; the file's blocks
 * read back hold every node of the served map's payload, every paper's title and abstract, every
 * cluster of both levels, and the file names no outside URL. (The browser opens one written from
 * the sample atlas in html.browser.test.ts.)
 */
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../db/client.ts";
import type { OfflineExtras } from "../../schema/offline.ts";
import { readMapInput } from "../../server/map/cache.ts";
import { encodeMap } from "../../server/map/encode.ts";
import { paperatlas as runCli } from "../../test/cli.ts";
import { CLUSTER_FIXTURE, createClusterFixture } from "../../test/fixtures/cluster-graph.ts";
import { freshDb } from "../../test/neo4j.ts";
import { runExport } from "../run.ts";
import { readPageBlocks } from "./page.ts";

const OUT = path.join(path.resolve(import.meta.dirname, "../.."), "test-output", "export-html-int");

let db: Db;
beforeAll(async () => {
  db = await freshDb();
  await createClusterFixture(db);
  await rm(OUT, { recursive: true, force: true });
});
afterAll(async () => {
  await db?.close();
});

describe("runExport(db, {format: html})", () => {
  it("writes one page whose blocks hold the map payload, titles, abstracts and clusters", async () => {
    const out = path.join(OUT, "atlas.html");
    const result = await runExport(db, { format: "html", out });
    const page = await readFile(out, "utf8");
    const blocks = readPageBlocks(page);
    const { bytes, header } = encodeMap(await readMapInput(db));
    expect(new Uint8Array(gunzipSync(blocks.map))).toEqual(bytes);
    expect([result.nodes, result.edges]).toEqual([
      header.nodeCount,
      header.edgeCounts.MENTIONS + header.edgeCounts.CITES,
    ]);
    const extras = JSON.parse(gunzipSync(blocks.extras).toString("utf8")) as OfflineExtras;
    const papers = CLUSTER_FIXTURE.papers + CLUSTER_FIXTURE.stubs;
    expect(extras.papers.title).toHaveLength(papers);
    expect(gunzipSync(blocks.abstracts).toString("utf8").split("\n")).toHaveLength(papers);
    expect(extras.clusters.map((c) => c.id).sort()).toEqual(
      [...CLUSTER_FIXTURE.topClusters, ...CLUSTER_FIXTURE.subClusters].sort(),
    );
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(page).not.toMatch(/<(script|link|img|iframe|source)[^>]+(src|href)="(https?:)?\/\//i);
  });
});

describe("paperatlas export --format html", () => {
  it("writes the file --out names and reports the node and edge counts", () => {
    const out = path.join(OUT, "cli", "map.html");
    const run = runCli(["export", "--format", "html", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(\\d+ nodes, \\d+ edges\\)`),
    );
  });
});
