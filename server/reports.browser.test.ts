/**
 * The map's download buttons in Chromium against the real server (issue 7): the toolbar's
 * "Download" menu gives the whole report and the graph, a cluster's legend entry gives its report.
 * Each download is read back. Screenshots go to test-output/browser/.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import pino from "pino";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, PROJECT_ROOT } from "../config/config.ts";
import type { Db } from "../db/client.ts";
import { ReportData } from "../schema/report.ts";
import { readBack } from "../test/export-checks.ts";
import { CLUSTER_FIXTURE, createClusterFixture } from "../test/fixtures/cluster-graph.ts";
import { freshDb, testTarget } from "../test/neo4j.ts";
import { launchChromium, type Chromium } from "./__fixtures__/browser.ts";
import { startServer, type RunningServer } from "./main.ts";

const OUT = path.join(PROJECT_ROOT, "test-output", "browser");

let db: Db;
let server: RunningServer;
let chrome: Chromium;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  db = await freshDb();
  await createClusterFixture(db);
  const config = { ...loadConfig({}), ...testTarget(), external: true };
  server = await startServer(config, {
    port: 0,
    db,
    viz: true,
    logger: pino({ level: "silent" }),
    say: () => undefined,
  });
  chrome = await launchChromium();
  page = await chrome.context.newPage();
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset["ready"] === "true", null, { timeout: 60_000 });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
  await db?.close();
});

async function downloaded(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent("download"), click()])) as [Download, void];
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, "utf8") };
}

describe("download buttons on the map", () => {
  it("the toolbar's menu downloads the whole report", async () => {
    await page.click("#downloads summary");
    await page.screenshot({ path: path.join(OUT, "downloads-menu.png") });
    const html = await downloaded(() => page.click("#downloads a:has-text('Report (HTML)')"));
    expect(html.name).toBe("report.html");
    expect(html.text).toMatch(/^<!doctype html>/);
    await page.click("#downloads summary");
    const json = await downloaded(() => page.click("#downloads a:has-text('Report (JSON)')"));
    expect(ReportData.parse(JSON.parse(json.text)).clusters).toHaveLength(2);
  });

  it("the toolbar's menu downloads the graph for Gephi", async () => {
    await page.click("#downloads summary");
    const gexf = await downloaded(() => page.click("#downloads a:has-text('GEXF')"));
    expect(gexf.name).toBe("paperatlas.gexf");
    expect(readBack("gexf", gexf.text).order).toBe(CLUSTER_FIXTURE.nodes);
  });

  it("the toolbar's menu downloads the map as one offline HTML file", async () => {
    await page.click("#downloads summary");
    const html = await downloaded(() => page.click("#downloads a:has-text('one HTML file')"));
    expect(html.name).toBe("paperatlas.html");
    expect(html.text).toContain('<script type="application/octet-stream" id="paperatlas-map"');
    expect(html.text).toContain("Content-Security-Policy");
  });

  it("a cluster's legend entry downloads that cluster's report", async () => {
    const report = await downloaded(() => page.click('#legend-clusters a[data-report="rfixture:0:1"]'));
    expect(report.name).toBe("cluster-0-1.html");
    expect(report.text).toContain("Cluster 1 · GNN · message passing");
    expect(problems).toEqual([]);
  });
});
