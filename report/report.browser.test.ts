/**
 * The HTML report in Chromium: the fixture graph's report (all clusters, and one cluster) rendered
 * from a file with no network: no request but the file itself, no failed request, no script error;
 * the charts and the map picture drawn; printable to PDF, and `paperatlas report --format pdf` writes
 * one. Screenshots go to test-output/.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { createClusterFixture } from "../test/fixtures/cluster-graph.ts";
import { launchBrowser } from "../test/chromium.ts";
import { paperatlas } from "../test/cli.ts";
import { freshDb } from "../test/neo4j.ts";
import { readPdf, squash } from "../test/pdf.ts";
import { renderReport } from "./index.ts";

const OUT = path.resolve(import.meta.dirname, "..", "test-output", "report-browser");
const AT = new Date("2025-02-03T04:05:06.000Z");

let db: Db;
let browser: Browser;
beforeAll(async () => {
  db = await freshDb();
  await createClusterFixture(db);
  await mkdir(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await db?.close();
});

async function render(cluster: string | null) {
  const [file] = await renderReport(db, { format: "html", cluster, now: () => AT });
  const target = path.join(OUT, file!.name);
  await writeFile(target, file!.content, "utf8");
  const url = pathToFileURL(target).href;
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const problems: string[] = [];
  const others: string[] = [];
  page.on("request", (r) => r.url() !== url && others.push(r.url()));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ""}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  await page.goto(url, { waitUntil: "load" });
  await page.screenshot({ path: target.replace(/\.html$/, ".png"), fullPage: true });
  return { page, problems, others, target };
}

describe("the HTML report in Chromium", () => {
  it("renders the all-clusters report offline: no other request, no error, charts and map drawn", async () => {
    const { page, problems, others, target } = await render(null);
    expect(problems).toEqual([]);
    expect(others).toEqual([]);
    expect(await page.locator("h2").allTextContents()).toEqual([
      "Corpus overview",
      "Cluster 0 · LLM serving · Mixture-of-Experts",
      "Cluster 1 · GNN · message passing",
    ]);
    // 23 positioned nodes; the one in no cluster lies outside the clustered nodes' frame and is left out.
    expect(await page.locator("svg.map circle").count()).toBe(22);
    expect(await page.locator("svg.histogram rect").count()).toBeGreaterThanOrEqual(3 + 2 + 2);
    expect(await page.locator("script").count()).toBe(0);
    expect(await page.locator("body").textContent()).toContain("Throughput of MoE serving: <script>alert(1)</script>");
    const box = await page.locator("svg.map").boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const pdf = await page.pdf({ path: target.replace(/\.html$/, ".pdf"), format: "A4" });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it("renders one cluster's report with the cluster picked out on the map", async () => {
    const { page, problems, others } = await render("rfixture:1:1");
    expect(problems).toEqual([]);
    expect(others).toEqual([]);
    expect(await page.locator("h2").allTextContents()).toEqual(["Level-1 cluster 1 · throughput · quantization"]);
    expect(await page.locator("svg.map circle:not([opacity])").count()).toBe(6);
    await page.close();
  });

  it("paperatlas report --format pdf --out DIR writes report.pdf with every cluster's label; without --out it refuses", async () => {
    const dir = path.join(OUT, "cli-pdf");
    await rm(dir, { recursive: true, force: true });
    const run = paperatlas(["report", "--format", "pdf", "--out", dir]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const pages = await readPdf(new Uint8Array(await readFile(path.join(dir, "report.pdf"))));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.filter((p) => p.body.trim() === "")).toEqual([]);
    const text = squash(pages.map((p) => p.text).join(" "));
    for (const label of ["LLM serving · Mixture-of-Experts", "GNN · message passing"])
      expect(text).toContain(squash(label));
    const refused = paperatlas(["report", "--format", "pdf"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--out");
  });
});
