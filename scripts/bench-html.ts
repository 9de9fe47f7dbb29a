/**
 * `npm run bench:html`: the single-file map's size and first frame (issue "Share the atlas")
 * =========================================================================================
 * Against the configured Neo4j and the graph in it (build one first: a ~50k-node atlas is
 * `paperatlas build ../shared/corpus/arxiv/cs.{DC,NI,AR}.tsv.xz`):
 *   1. writes `paperatlas export --format html` to test-output/bench-html/atlas.html and prints its
 *      size and what it is made of (map payload and extras, each gzip-compressed, and the code);
 *   2. opens it in headless Chromium (fresh profile each run, software WebGL) from file:// with
 *      every other request aborted and counted, and prints the first frame (ms from navigation
 *      start, the map's `firstPaintMs`), when search and details have their data, and the time
 *      of one search and one details panel;
 *   3. in the same run, the served map's first frame on the same graph (`paperatlas serve`), for
 *      the ratio (timings on a shared machine vary more than ratios).
 *   npm run bench:html -- [--runs 3] [--no-served]
 * Results also go to test-output/bench-html.json.
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadConfig, PROJECT_ROOT } from "../config/config.ts";
import { connectDb } from "../db/client.ts";
import { startLocal } from "../db/local/manager.ts";
import { renderHtmlExport } from "../export/html/run.ts";
import { launchChromium } from "../test/chromium.ts";
import { percentile, serveChild } from "./bench-lib.ts";

const argv = process.argv.slice(2);
const runs = argv.includes("--runs") ? Number(argv[argv.indexOf("--runs") + 1]) : 3;
const served = !argv.includes("--no-served");
const say = (message: string) => process.stderr.write(`${message}\n`);
const OUT = path.join(PROJECT_ROOT, "test-output", "bench-html");
const FILE = path.join(OUT, "atlas.html");
const MB = (n: number) => (n / 1e6).toFixed(2);

interface OfflineRun {
  firstFrameMs: number;
  wallMs: number;
  dataReadyMs: number;
  searchMs: number;
  detailsMs: number;
  attempted: number;
  errors: string[];
}

async function openOffline(query: string): Promise<OfflineRun> {
  const chrome = await launchChromium();
  try {
    const page = await chrome.context.newPage();
    const url = `file://${FILE}`;
    const attempted: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => r.url() !== url && attempted.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.route("**", (route) => (route.request().url() === url ? route.continue() : route.abort()));
    const t0 = Date.now();
    await page.goto(url, { timeout: 120_000 });
    await page.waitForFunction(() => document.body.dataset["ready"], null, { timeout: 120_000 });
    const wallMs = Date.now() - t0;
    const firstFrameMs = Number(await page.evaluate(() => document.body.dataset["firstPaintMs"]));
    await page.waitForFunction(() => document.body.dataset["offline"] === "ready", null, { timeout: 120_000 });
    const dataReadyMs = await page.evaluate(() => performance.now());
    const s0 = Date.now();
    await page.fill("#search-input", query);
    await page.waitForSelector("#search-suggestions li", { timeout: 30_000 });
    const searchMs = Date.now() - s0 - 120; // the box waits 120 ms after the last key (debounce)
    const d0 = Date.now();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !["loading", "none", undefined].includes(document.body.dataset["details"]), null, {
      timeout: 30_000,
    });
    const detailsMs = Date.now() - d0;
    await page.screenshot({ path: path.join(OUT, "atlas.png") });
    return { firstFrameMs, wallMs, dataReadyMs, searchMs, detailsMs, attempted: attempted.length, errors };
  } finally {
    await chrome.close();
  }
}

async function openServed(url: string): Promise<number> {
  const chrome = await launchChromium();
  try {
    const page = await chrome.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset["ready"], null, { timeout: 120_000 });
    return Number(await page.evaluate(() => document.body.dataset["firstPaintMs"]));
  } finally {
    await chrome.close();
  }
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.external) await startLocal(config.local, config.neo4jPassword, say);
  const db = await connectDb(config);
  const loadAtStart = os.loadavg()[0]!;
  const e0 = Date.now();
  const { content, stats } = await renderHtmlExport(db, { say });
  const exportMs = Date.now() - e0;
  await db.close();
  if (stats.nodes === 0) throw new Error("bench:html: the graph is empty: build an atlas first");
  await mkdir(OUT, { recursive: true });
  await writeFile(FILE, content, "utf8");
  say(`bench:html: wrote ${path.relative(PROJECT_ROOT, FILE)} (${MB(stats.pageBytes)} MB) in ${exportMs} ms`);
  // A word from the middle of some title, so the search has work to do.
  const query = "distributed";
  const offline: OfflineRun[] = [];
  for (let run = 0; run < runs; run++) {
    offline.push(await openOffline(query));
    say(`bench:html run ${run + 1} offline: ${JSON.stringify(offline.at(-1))}`);
  }
  const servedMs: number[] = [];
  if (served) {
    const { url, child } = await serveChild();
    try {
      for (let run = 0; run < runs; run++) {
        servedMs.push(await openServed(url));
        say(`bench:html run ${run + 1} served: first paint ${servedMs.at(-1)} ms`);
      }
    } finally {
      child.kill();
    }
  }
  const code = stats.pageBytes - Math.round((stats.mapGzip + stats.extrasGzip + stats.abstractsGzip) * (8 / 7));
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
    loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
    stats,
    exportMs,
    offline,
    servedFirstPaintMs: servedMs,
  };
  await writeFile(path.join(PROJECT_ROOT, "test-output", "bench-html.json"), `${JSON.stringify(report, null, 2)}\n`);
  const ff = median(offline.map((r) => r.firstFrameMs));
  process.stdout.write(
    `bench:html ${report.date} on ${report.machine}, load average ${loadAtStart.toFixed(2)} → ${report.loadAverage.end.toFixed(2)}\n` +
      `  atlas: ${stats.nodes} nodes, ${stats.edges} edges; export ${(exportMs / 1000).toFixed(1)} s\n` +
      `  file: ${MB(stats.pageBytes)} MB = map payload ${MB(stats.mapBytes)} MB → gzip ${MB(stats.mapGzip)} MB, ` +
      `extras ${MB(stats.extrasBytes)} MB → gzip ${MB(stats.extrasGzip)} MB, ` +
      `abstracts ${MB(stats.abstractsBytes)} MB → gzip ${MB(stats.abstractsGzip)} MB, all as text ×8/7; code and the rest ${MB(code)} MB\n` +
      `  offline: first frame ${ff} ms (median of ${runs}; runs ${offline.map((r) => r.firstFrameMs).join(", ")}), ` +
      `search and details ready ${median(offline.map((r) => Math.round(r.dataReadyMs)))} ms, ` +
      `one search ${median(offline.map((r) => r.searchMs))} ms, details ${median(offline.map((r) => r.detailsMs))} ms, ` +
      `requests attempted ${offline.reduce((a, r) => a + r.attempted, 0)}, errors ${offline.reduce((a, r) => a + r.errors.length, 0)}\n` +
      (served
        ? `  served map, same graph, same run: first paint ${median(servedMs)} ms (runs ${servedMs.join(", ")}); offline/served ${(ff / median(servedMs)).toFixed(2)}\n`
        : ""),
  );
}

await main();
