/**
 * An overview map in Chromium against the real server and Neo4j: the sample corpus (ingested,
 * clustered and laid out here) served with the overview threshold below its size, so the map opens
 * with one aggregate per cluster and no paper or concept; zooming into a cluster loads its nodes;
 * a paper of a cluster not loaded, found by search, shows its details and comes onto the map.
 * Screenshots go to test-output/browser/tiles-*.png.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCluster } from "../atlas/cluster/run.ts";
import { runLayout } from "../atlas/layout/run.ts";
import { PROJECT_ROOT } from "../config/config.ts";
import { runIngest } from "../ingest/run.ts";
import type { MapHeader } from "../schema/api.ts";
import { decodeMap } from "../viz/map-data.ts";
import { launchChromium, openMapPage, type Chromium } from "./__fixtures__/browser.ts";
import { startTestServer, type TestServer } from "./__fixtures__/server.ts";

const OUT = path.join(PROJECT_ROOT, "test-output", "browser");

interface MapDebug {
  graphNodes(): { total: number; aggregates: number };
  tiles(): string[];
  viewportPosition(id: string): { x: number; y: number } | null;
  cameraRatio(): number;
}
type Win = { paperatlas: MapDebug };

/** The sample corpus ingested, clustered and laid out. */
async function sampleAtlas(db: TestServer["db"]): Promise<void> {
  const now = () => new Date("2026-01-01T00:00:00Z");
  await runIngest(db, [path.join(PROJECT_ROOT, "samples/hf-papers")], { now });
  await runCluster(db, { now });
  await runLayout(db);
}

let chrome: Chromium;
let t: TestServer;
let overview: NonNullable<MapHeader["overview"]>;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  chrome = await launchChromium();
  t = await startTestServer({ viz: true, overview: { threshold: 50, tileCap: 5000 } }, sampleAtlas);
  const header = decodeMap(await (await fetch(`${t.url}/api/map`)).arrayBuffer()).header;
  overview = header.overview!;
}, 300_000);
afterAll(async () => {
  await chrome?.close();
  await t?.close();
});

const graphNodes = (page: Page) => page.evaluate(() => (window as unknown as Win).paperatlas.graphNodes());
const tilesHeld = (page: Page) => page.evaluate(() => (window as unknown as Win).paperatlas.tiles());

describe("an overview map of the sample corpus (threshold 50 nodes)", () => {
  it("opens with aggregates only, loads a cluster's nodes when zoomed into it, and finds an unloaded paper", async () => {
    expect(overview.nodeCount).toBeGreaterThan(50);
    expect(overview.tiles.length).toBeGreaterThan(2);
    const problems: string[] = [];
    const page = await openMapPage(chrome.context, `${t.url}/`, problems, { labels: true });

    // First view: one aggregate per tile, nothing else.
    const first = await graphNodes(page);
    expect(first).toEqual({ total: overview.tiles.length, aggregates: overview.tiles.length });
    expect(await tilesHeld(page)).toEqual([]);
    await page.screenshot({ path: path.join(OUT, "tiles-overview.png") });

    // Zoom with the wheel at the largest tile's aggregate: its nodes come, its aggregate goes.
    const largest = [...overview.tiles].sort((a, b) => b.nodes - a.nodes)[0]!;
    const at = await page.evaluate(
      (id) => (window as unknown as Win).paperatlas.viewportPosition(id),
      `tile:${largest.id}`,
    );
    expect(at).not.toBeNull();
    const box = (await page.locator("#map").boundingBox())!;
    await page.mouse.move(box.x + at!.x, box.y + at!.y);
    for (let k = 0; k < 6 && !(await tilesHeld(page)).includes(largest.id); k++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(700);
    }
    await expect.poll(() => tilesHeld(page), { timeout: 15_000 }).toContain(largest.id);
    await expect
      .poll(() => graphNodes(page), { timeout: 15_000 })
      .toMatchObject({ aggregates: overview.tiles.length - (await tilesHeld(page)).length });
    const zoomed = await graphNodes(page);
    expect(zoomed.total - zoomed.aggregates).toBeGreaterThan(0);
    // The filters' count follows the nodes the tiles brought.
    await expect
      .poll(() => page.evaluate(() => Number(document.body.dataset["visibleNodes"])), { timeout: 5_000 })
      .toBe(zoomed.total);
    await page.screenshot({ path: path.join(OUT, "tiles-zoomed.png") });

    // Search for a paper of a tile not loaded: details show, and its tile comes onto the map.
    const held = new Set(await tilesHeld(page));
    const other = overview.tiles.find((x) => !held.has(x.id))!;
    const tile = decodeMap(
      await (await fetch(`${t.url}/api/map/tile?cluster=${encodeURIComponent(other.id)}`)).arrayBuffer(),
    );
    const paperType = tile.header.nodeTypes.indexOf("paper");
    const paper = tile.ids.find((_, i) => tile.type[i] === paperType)!;
    const details = (await (await fetch(`${t.url}/api/nodes/${encodeURIComponent(paper)}`)).json()) as {
      title: string;
    };
    await page.fill("#search-input", details.title);
    await page.locator(`#search-suggestions li[data-id="${paper}"]`).click();
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(details.title);
    await expect.poll(() => tilesHeld(page), { timeout: 15_000 }).toContain(other.id);
    // The camera flies to it once its tile is in.
    const inView = async () => {
      const p = await page.evaluate((id) => (window as unknown as Win).paperatlas.viewportPosition(id), paper);
      return p !== null && p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
    };
    await expect.poll(inView, { timeout: 15_000 }).toBe(true);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(OUT, "tiles-search.png") });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("an overview map whose tiles carry 3 nodes each (tileCap 3)", () => {
  let capped: TestServer;
  beforeAll(async () => {
    await t?.close();
    capped = await startTestServer({ viz: true, overview: { threshold: 50, tileCap: 3 } }, sampleAtlas);
  }, 300_000);
  afterAll(async () => {
    await capped?.close();
  });

  it("splits clusters above the cap into cells by position; a search reaches a paper in any cell", async () => {
    const header = decodeMap(await (await fetch(`${capped.url}/api/map`)).arrayBuffer()).header;
    const tiles = header.overview!.tiles;
    const cells = tiles.filter((x) => x.cluster !== undefined);
    expect(cells.length).toBeGreaterThan(1);
    expect(tiles.every((x) => x.nodes <= 3)).toBe(true);
    // Two papers of the cluster with the most cells, each in a cell of its own.
    const counts = new Map<string, number>();
    for (const c of cells) counts.set(c.cluster!, (counts.get(c.cluster!) ?? 0) + 1);
    const cluster = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    const session = capped.db.driver.session();
    const rows = await session
      .run(
        `MATCH (:Cluster {id: $cluster})<-[:IN_CLUSTER]-(p:Paper) RETURN p.id AS id, p.title AS title ORDER BY p.id`,
        { cluster },
      )
      .finally(() => session.close());
    const papers = rows.records.map((r) => ({ id: r.get("id") as string, title: r.get("title") as string }));
    const cellOf = async (id: string) =>
      decodeMap(await (await fetch(`${capped.url}/api/map/tile?node=${encodeURIComponent(id)}`)).arrayBuffer()).header
        .tile!.cluster;
    const first = papers[0]!;
    const firstCell = await cellOf(first.id);
    let second: (typeof papers)[number] | undefined;
    for (const p of papers.slice(1)) if ((await cellOf(p.id)) !== firstCell) [second] = [p];
    expect(second).toBeDefined();

    const problems: string[] = [];
    const page = await openMapPage(chrome.context, `${capped.url}/`, problems, { labels: true });
    expect((await graphNodes(page)).aggregates).toBe(tiles.length);
    const onMap = (id: string) =>
      page.evaluate((node) => (window as unknown as Win).paperatlas.viewportPosition(node) !== null, id);
    for (const paper of [first, second!]) {
      expect(await onMap(paper.id)).toBe(false);
      await page.fill("#search-input", paper.title);
      await page.locator(`#search-suggestions li[data-id="${paper.id}"]`).click();
      await expect.poll(() => page.locator("#details-title").textContent()).toBe(paper.title);
      await expect.poll(() => onMap(paper.id), { timeout: 15_000 }).toBe(true);
      // (The camera's flight may bring neighbouring tiles in too.)
      expect(await tilesHeld(page)).toContain(await cellOf(paper.id));
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
