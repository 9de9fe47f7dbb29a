/**
 * The single-file map in Chromium (`paperatlas export --format html`): written from the sample
 * atlas (samples/hf-papers ingested, clustered and laid out here, plus one paper whose title tries
 * to close its `<script>`), opened from file:// with every request other than the file itself
 * aborted and counted. It must draw the map (pixels, node count, labels), search titles and
 * concepts, show a paper's details and a cluster's summary, switch to the time overlay, and never
 * try the network, raise an error or violate its CSP. Screenshots: test-output/browser/offline-*.png.
 */
import { mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCluster } from "../../atlas/cluster/run.ts";
import { runLayout } from "../../atlas/layout/run.ts";
import { PROJECT_ROOT } from "../../config/config.ts";
import type { Db } from "../../db/client.ts";
import { titleId } from "../../ingest/dedup/index.ts";
import { runIngest } from "../../ingest/run.ts";
import { analysePng, launchChromium, type Chromium } from "../../server/__fixtures__/browser.ts";
import { freshDb } from "../../test/neo4j.ts";
import { runExport } from "../run.ts";

const OUT = path.join(PROJECT_ROOT, "test-output", "browser");
const FILE = path.join(PROJECT_ROOT, "test-output", "html-export", "atlas.html");
const DISTSERVE = titleId(
  "DistServe: Disaggregating Prefill and Decoding for Goodput-optimized Large Language Model Serving",
);
const HOSTILE = "</script><script>document.title='pwned'</script> Escaping the offline map";

let db: Db;
let chrome: Chromium;
let page: Page;
const problems: string[] = [];
const attempted: string[] = [];
let nodes = 0;

interface OfflineDebug {
  labels(): unknown[];
  state(): { colorMode: string; selection: string | null };
}
type Win = { paperatlas: OfflineDebug };

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  await rm(path.dirname(FILE), { recursive: true, force: true });
  db = await freshDb();
  const now = () => new Date("2026-01-01T00:00:00Z");
  await runIngest(db, [path.join(PROJECT_ROOT, "samples/hf-papers")], { now });
  await runCluster(db, { now });
  await runLayout(db);
  // A paper whose title would end the data block if it were embedded as text.
  await db.driver.executeQuery(
    `MATCH (c:Cluster {level: 0}) WITH c ORDER BY c.size DESC LIMIT 1
     CREATE (p:Paper {id: 'hostile.00001', title: $title, abstract: '<img src=x onerror=alert(1)>', year: 2025,
                      cluster: c.id, x: 0.0, y: 0.0})-[:IN_CLUSTER {level: 0}]->(c)`,
    { title: HOSTILE },
  );
  nodes = (await runExport(db, { format: "html", out: FILE })).nodes;
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("dialog", (d) => problems.push(`dialog: ${d.message()}`));
  page.on("request", (r) => r.url() !== `file://${FILE}` && attempted.push(r.url()));
  await page.route("**", (route) => (route.request().url() === `file://${FILE}` ? route.continue() : route.abort()));
  await page.goto(`file://${FILE}`);
  await page.waitForFunction(() => document.body.dataset["labels"] === "ready", null, { timeout: 60_000 });
});
afterAll(async () => {
  await chrome?.close();
  await db?.close();
});

async function searchAndPick(q: string, expected: string): Promise<void> {
  await page.fill("#search-input", q);
  await page.waitForSelector(`#search-suggestions li[data-id="${expected}"]`, { timeout: 15_000 });
  await page.click(`#search-suggestions li[data-id="${expected}"]`);
  await page.waitForFunction((id) => document.body.dataset["details"] === id, expected, { timeout: 15_000 });
}

describe("the single-file map, opened from file:// with the network blocked", () => {
  it("is one file that draws the whole map with its labels", async () => {
    const html = await readFile(FILE, "utf8");
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)="(https?:)?\/\//i);
    expect(await page.evaluate(() => document.body.dataset["nodes"])).toBe(String(nodes));
    expect(nodes).toBeGreaterThan(1000);
    const labels = await page.evaluate(() => (window as unknown as Win).paperatlas.labels().length);
    expect(labels).toBeGreaterThan(0);
    const shot = await page.locator("#map").screenshot({ path: path.join(OUT, "offline-map.png") });
    const probe = await chrome.context.newPage();
    expect((await analysePng(probe, shot)).nonBackground).toBeGreaterThan(5_000);
    await probe.close();
  });

  it("searches a title and shows the paper's details", async () => {
    await searchAndPick("DistServe disaggr", DISTSERVE);
    expect(await page.textContent("#details-title")).toMatch(/^DistServe/);
    expect((await page.textContent("#details-abstract"))!.length).toBeGreaterThan(200);
    expect(await page.locator("#details [data-node]").count()).toBeGreaterThan(3);
    expect(await page.evaluate(() => (window as unknown as Win).paperatlas.state().selection)).toBe(DISTSERVE);
    await page.screenshot({ path: path.join(OUT, "offline-details.png") });
  });

  it("searches concepts and shows a concept's papers", async () => {
    await page.fill("#search-input", "");
    await page.fill("#search-input", "KV cac");
    await page.waitForSelector("#search-suggestions li", { timeout: 15_000 });
    const first = await page.getAttribute("#search-suggestions li", "data-id");
    expect(first).toMatch(/^(method|technique|task|hardware|dataset|metric):/);
    await page.click("#search-suggestions li");
    await page.waitForFunction((id) => document.body.dataset["details"] === id, first, { timeout: 15_000 });
    expect(await page.textContent("#details")).toMatch(/Papers \(/);
  });

  it("shows a title with </script> as text, and nothing runs", async () => {
    await searchAndPick("escaping the offline", "hostile.00001");
    expect(await page.textContent("#details-title")).toBe(HOSTILE);
    expect(await page.title()).not.toBe("pwned");
  });

  it("opens a cluster's summary from its legend entry", async () => {
    const link = page.locator("#legend-clusters a[data-report]").first();
    const id = await link.getAttribute("data-report");
    await link.click();
    await page.waitForFunction((c) => document.body.dataset["clusterSummary"] === c, id, { timeout: 15_000 });
    expect(await page.textContent("#cluster-summary")).toMatch(/Most cited papers/);
    await page.screenshot({ path: path.join(OUT, "offline-cluster.png") });
    await page.click("#cluster-summary .close");
  });

  it("switches to the time overlay", async () => {
    await page.click("#color-time");
    await page.waitForSelector("#time-legend", { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as Win).paperatlas.state().colorMode)).toBe("time");
  });

  it("attempted no request and met no error or CSP violation", () => {
    expect(attempted).toEqual([]);
    expect(problems).toEqual([]);
  });
});
