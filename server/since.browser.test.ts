/**
 * A living atlas in Chromium (issue 15), against the real server and Neo4j: the sample corpus
 * built from four of its five files, a map link saved with a cluster filter and a camera, then
 * `paperatlas update` with the fifth file. The saved link still opens the same cluster filter and
 * camera; a link naming a cluster that no map has loses it quietly (and the URL forgets it); a gone
 * id the payload redirects leads where the redirect says, with a one-line notice (only when the
 * update removed an id: on the sample none is gone, viz/redirects.test.ts covers that path); the
 * "Show: new in the latest update" filter leaves exactly the papers the update added, the counts
 * line follows and the URL carries the update's run id. Screenshots: test-output/browser/since-*.png.
 */
import { readdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCluster } from "../atlas/cluster/run.ts";
import { runLayout } from "../atlas/layout/run.ts";
import { runUpdate, type UpdateSummary } from "../atlas/update/index.ts";
import { PROJECT_ROOT } from "../config/config.ts";
import type { Db } from "../db/client.ts";
import { runIngest } from "../ingest/run.ts";
import { NODE_TYPES } from "../schema/map.ts";
import { decodeMap, type MapColumns } from "../viz/map-data.ts";
import type { ViewState } from "../viz/state.ts";
import { launchChromium, openMapPage, type Chromium } from "./__fixtures__/browser.ts";
import { startTestServer, type TestServer } from "./__fixtures__/server.ts";

const OUT = path.join(PROJECT_ROOT, "test-output", "browser");
const SAMPLE = path.join(PROJECT_ROOT, "samples", "hf-papers");
const FILES = readdirSync(SAMPLE)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => path.join(SAMPLE, f));
const BUILT = () => new Date("2026-01-01T00:00:00Z");
const UPDATED = () => new Date("2026-01-02T06:00:00Z");

interface MapDebug {
  state(): ViewState;
  cameraRatio(): number;
}
type Win = { paperatlas: MapDebug };

let t: TestServer;
let chrome: Chromium;

async function cypher(db: Db, text: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const session = db.driver.session();
  try {
    return (await session.run(text, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

const openMap = (query: string, problems: string[]): Promise<Page> =>
  openMapPage(chrome.context, `${t.url}/${query}`, problems);

const state = (page: Page) => page.evaluate(() => (window as unknown as Win).paperatlas.state());
const visible = (page: Page) => page.evaluate(() => Number(document.body.dataset["visibleNodes"]));
const query = (page: Page) => new URL(page.url()).searchParams;

async function mapColumns(): Promise<MapColumns> {
  const response = await fetch(`${t.url}/api/map`);
  return decodeMap(await response.arrayBuffer());
}

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  t = await startTestServer({ viz: true }, async (db) => {
    await runIngest(db, FILES.slice(0, 4), { now: BUILT });
    await runCluster(db, { now: BUILT });
    await runLayout(db, { now: BUILT });
  });
  chrome = await launchChromium();
});
afterAll(async () => {
  await chrome?.close();
  await t?.close();
});

describe("a map link saved before `paperatlas update`", () => {
  let cluster: string;
  let saved: string;
  let summary: UpdateSummary;
  const camera = { x: 0.41, y: 0.57, ratio: 0.5 };

  it("before the update: the link opens its cluster filter and camera, and the map has no update", async () => {
    const [top] = await cypher(
      t.db,
      `MATCH (k:Cluster {level: 0}) WHERE NOT coalesce(k.other, false) AND NOT coalesce(k.unlinked, false)
       RETURN k.id AS id ORDER BY k.size DESC, k.id LIMIT 1`,
    );
    cluster = String(top!["id"]);
    saved = `?${new URLSearchParams({ cluster, cam: `${camera.x},${camera.y},${camera.ratio}` })}`;
    const problems: string[] = [];
    const page = await openMap(saved, problems);
    const s = await state(page);
    expect(s.filters.clusters).toEqual([cluster]);
    expect(s.camera).toEqual(camera);
    expect(await page.locator("#filter-since").count()).toBe(0); // no update yet: no "Show:" select
    expect(problems).toEqual([]);
    await page.close();

    summary = await runUpdate(t.db, [FILES[4]!], { now: UPDATED });
    expect(summary.changed).toBe(true);
    expect(summary.addedPapers).toBeGreaterThan(20);
  });

  it("after the update: the same link opens the same cluster filter and camera, and the URL keeps them", async () => {
    const cols = await mapColumns();
    expect(cols.header.updates?.map((u) => u.run)).toEqual([summary.runId]);
    expect(cols.header.clusters.some((c) => c.id === cluster)).toBe(true);
    const problems: string[] = [];
    const page = await openMap(saved, problems);
    const s = await state(page);
    expect(s.filters.clusters).toEqual([cluster]);
    expect(s.camera).toEqual(camera);
    expect(await page.evaluate(() => (window as unknown as Win).paperatlas.cameraRatio())).toBeCloseTo(camera.ratio, 3);
    expect(await page.locator(`#legend-clusters input[data-cluster="${cluster}"]`).isChecked()).toBe(true);
    await page.waitForTimeout(500); // past the URL writer's debounce
    expect(query(page).getAll("cluster")).toEqual([cluster]);
    expect(query(page).get("cam")).toBe(`${camera.x},${camera.y},${camera.ratio}`);
    expect(await page.locator("#banner").isHidden()).toBe(true);
    await page.screenshot({ path: path.join(OUT, "since-saved-link.png") });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a cluster id no map has is dropped quietly, and the rewritten URL no longer names it", async () => {
    const problems: string[] = [];
    const fake = "u000000000000:0:999";
    const page = await openMap(`?cluster=${encodeURIComponent(fake)}&cluster=${cluster}&since=unknown-run`, problems);
    const s = await state(page);
    expect(s.filters.clusters).toEqual([cluster]);
    expect(s.filters.since).toBeNull();
    await expect.poll(() => query(page).getAll("cluster"), { timeout: 3000 }).toEqual([cluster]);
    expect(query(page).has("since")).toBe(false);
    expect(await page.locator("#banner").isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("'Show: new in the latest update' leaves only what it added; the counts line and the URL follow", async () => {
    const cols = await mapColumns();
    const [added] = await cypher(t.db, "MATCH (p:Paper {addedIn: $run}) RETURN count(p) AS n", { run: summary.runId });
    expect(Number(added!["n"])).toBe(summary.addedPapers);
    // Papers only, Unlinked shown: every paper the update added, nothing else.
    const concepts = NODE_TYPES.filter((type) => type !== "paper");
    const problems: string[] = [];
    const page = await openMap(`?hide=${concepts.join(",")}&unlinked=1`, problems);
    const total = await visible(page);
    const options = await page.locator("#filter-since option").allTextContents();
    expect(options).toEqual(["all", `new in the latest update (2026-01-02, ${summary.addedPapers} papers)`]);
    await page.selectOption("#filter-since", summary.runId);
    expect((await state(page)).filters.since).toEqual({ run: summary.runId, from: 1 });
    expect(await visible(page)).toBe(summary.addedPapers);
    expect(total).toBeGreaterThan(summary.addedPapers);
    expect(await page.locator("#counts").textContent()).toBe(
      `${summary.addedPapers.toLocaleString("en")} of ${cols.ids.length.toLocaleString("en")} nodes`,
    );
    await expect.poll(() => query(page).get("since"), { timeout: 3000 }).toBe(summary.runId);
    await page.screenshot({ path: path.join(OUT, "since-latest-papers.png") });

    // With concepts and without Unlinked: the nodes (papers and concepts) the update added, outside Unlinked.
    const unlinked = new Set(cols.header.clusters.flatMap((c, i) => (c.unlinked ? [i + 1] : [])));
    const expected = cols.ids.filter((_, i) => cols.added[i]! >= 1 && !unlinked.has(cols.cluster[i]!)).length;
    const again = await openMap(`?since=${summary.runId}`, problems);
    expect(await again.inputValue("#filter-since")).toBe(summary.runId);
    expect(await visible(again)).toBe(expected);
    await again.selectOption("#filter-since", "");
    expect(await visible(again)).toBeGreaterThan(expected);
    await expect.poll(() => query(again).has("since"), { timeout: 3000 }).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
    await again.close();
  });
});
