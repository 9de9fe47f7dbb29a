/**
 * `npm run bench:map`: how the map draws an arXiv-sized graph without a GPU (issue 14)
 * ===================================================================================
 * Against the configured Neo4j's current graph (build it first:
 * `node bin/paperatlas.js build ../shared/corpus/arxiv`), with `paperatlas serve` in its own process
 * and headless Chromium drawing through its software WebGL (SwiftShader: what CI and these machines
 * have), in the same run:
 *   - ours: the map page, as a reader opens it;
 *   - bare: the same payload drawn by a bare Sigma with default settings (bench-map/bare.ts), nodes
 *     only unless `--bare-edges` (with the arXiv map's ~10^5 edges a bare Sigma does not survive).
 * Each page is loaded afresh, left to finish its background work, then driven by the same scripted
 * pan and wheel zoom (in to about 1/25 of the extent and out again) while every animation frame's
 * time is recorded. Prints per page: first paint, frames per second over the interaction, p50/p95/max
 * frame time; for ours also the frames while the year slider filters the map a step at a time (the
 * keyboard on its lower thumb); and the payload's bytes per edge (brotli, gzip). Also
 * test-output/bench-map.json.
 *
 * `--profile` also records a CPU profile of ours during the interaction
 * (test-output/bench-map-ours.cpuprofile, for Chromium's DevTools) and prints its heaviest functions.
 *
 *   npm run bench:map -- [--runs 1] [--bare-edges] [--no-bare] [--profile]
 *
 * `--overview` measures an overview map instead (bench-map/overview.ts): first paint, the page's JS
 * heap after it and at its peak while the largest `--tour 8` tiles load one after another. With
 * `--threshold N` the server it starts opens graphs above N nodes as an overview (default: the
 * configured PAPERATLAS_MAP_AGGREGATE_ABOVE). `--synthetic [--papers 250000] [--clusters 400]` first
 * REPLACES the graph with a seeded synthetic one (bench-server-graph.ts). Any NEO4J_URI works:
 *
 *   NEO4J_URI=bolt://… NEO4J_PASSWORD=… npm run bench:map -- --overview [--threshold N] [--runs 1] [--tour 8]
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { loadConfig, PROJECT_ROOT } from "../config/config.ts";
import { applySchema, connectDb, type Db } from "../db/client.ts";
import { startLocal } from "../db/local/manager.ts";
import { readStats } from "../db/stats.ts";
import { launchChromium } from "../test/chromium.ts";
import { decodeMap } from "../viz/map-data.ts";
import { percentile, rawBytes, serveChild } from "./bench-lib.ts";
import { measureOverview, type OverviewFigures } from "./bench-map/overview.ts";
import { writeSyntheticGraph } from "./bench-server-graph.ts";

const argv = process.argv.slice(2);
const options = {
  runs: argv.includes("--runs") ? Number(argv[argv.indexOf("--runs") + 1]) : 1,
  bareEdges: argv.includes("--bare-edges"),
  bare: !argv.includes("--no-bare"),
  profile: argv.includes("--profile"),
  overview: argv.includes("--overview"),
  threshold: argv.includes("--threshold") ? Number(argv[argv.indexOf("--threshold") + 1]) : null,
  tour: argv.includes("--tour") ? Number(argv[argv.indexOf("--tour") + 1]) : 8,
  synthetic: argv.includes("--synthetic"),
  papers: argv.includes("--papers") ? Number(argv[argv.indexOf("--papers") + 1]) : 250_000,
  clusters: argv.includes("--clusters") ? Number(argv[argv.indexOf("--clusters") + 1]) : 400,
};
const say = (message: string) => process.stderr.write(`${message}\n`);
const BARE_BASE = "/__bench-bare/";
const VIEWPORT = { width: 1400, height: 900 };

export interface FrameFigures {
  firstPaintMs: number;
  frames: number;
  seconds: number;
  fps: number;
  p50: number;
  p95: number;
  max: number;
}

/** Frame figures from the timestamps of consecutive animation frames (ms). */
export function frameFigures(stamps: number[], firstPaintMs: number): FrameFigures {
  const intervals = stamps.slice(1).map((t, i) => t - stamps[i]!);
  const sorted = [...intervals].sort((a, b) => a - b);
  const seconds = stamps.length > 1 ? (stamps.at(-1)! - stamps[0]!) / 1000 : NaN;
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    firstPaintMs,
    frames: intervals.length,
    seconds: round(seconds),
    fps: round(intervals.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted.at(-1) ?? NaN),
  };
}

/** Builds the bare page into a temporary folder; returns its files by URL path. */
async function buildBarePage(): Promise<Map<string, Buffer>> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), "paperatlas-bench-bare-"));
  try {
    const result = await build({
      configFile: false,
      root: path.join(PROJECT_ROOT, "scripts", "bench-map"),
      base: BARE_BASE,
      logLevel: "warn",
      build: { outDir, emptyOutDir: true, target: "es2022", rollupOptions: { input: "bare.html" } },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ("output" in r ? r.output : []));
    const files = new Map<string, Buffer>();
    for (const o of outputs) files.set(BARE_BASE + o.fileName, await readFile(path.join(outDir, o.fileName)));
    return files;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

// In-page code is passed as strings: tsx would wrap named functions in a __name() the page lacks.
const START_RECORDING = `(() => {
  window.__frames = [];
  window.__recording = true;
  const loop = (t) => { if (!window.__recording) return; window.__frames.push(t); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`;
const STOP_RECORDING = `(() => { window.__recording = false; return window.__frames; })()`;

/** The scripted interaction: a pan at full extent, six wheel steps in, a pan up close, six out. */
async function interact(page: Page): Promise<void> {
  const cx = VIEWPORT.width / 2;
  const cy = VIEWPORT.height / 2;
  const drag = async (dx: number, dy: number) => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 15; i++) {
      await page.mouse.move(cx + (dx * i) / 15, cy + (dy * i) / 15);
      await page.waitForTimeout(30);
    }
    await page.mouse.up();
  };
  const wheel = async (steps: number, delta: number) => {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < steps; i++) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(180);
    }
  };
  await drag(200, 120);
  await wheel(6, -240);
  await drag(-300, -150);
  await wheel(6, 240);
  await page.waitForTimeout(500); // the last zoom's animation
}

/**
 * Ours only: the year slider moved a step at a time with the keyboard (16 steps in, 16 out), each
 * step filtering the map live, while every frame is timed. Null when the map has no year slider.
 */
async function sliderFigures(page: Page): Promise<FrameFigures | null> {
  const thumb = page.locator("#filter-year-from");
  if ((await thumb.count()) === 0) return null;
  await thumb.focus();
  await page.evaluate(START_RECORDING);
  for (const key of ["ArrowRight", "ArrowLeft"])
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press(key);
      await page.waitForTimeout(60);
    }
  await page.waitForTimeout(500);
  const stamps = (await page.evaluate(STOP_RECORDING)) as number[];
  return frameFigures(stamps, NaN);
}

async function measure(page: Page, url: string, edges: number | null): Promise<FrameFigures> {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset["ready"] === "true", null, { timeout: 180_000 });
  const firstPaintMs = Number(await page.evaluate(() => document.body.dataset["firstPaintMs"]));
  // Ours is settled once its labels are planned and the edges it adds after first paint are in.
  if (edges !== null)
    await page.waitForFunction(
      (n) => document.body.dataset["labels"] === "ready" && document.body.dataset["edges"] === n,
      String(edges),
      { timeout: 180_000 },
    );
  await page.waitForTimeout(1000);
  const cdp = options.profile && edges !== null ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.start");
  }
  await page.evaluate(START_RECORDING);
  await interact(page);
  const stamps = (await page.evaluate(STOP_RECORDING)) as number[];
  if (cdp) await writeProfile((await cdp.send("Profiler.stop")).profile);
  return frameFigures(stamps, firstPaintMs);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Saves the profile and prints the functions with the most self time. */
async function writeProfile(profile: CpuProfile): Promise<void> {
  const file = path.join(PROJECT_ROOT, "test-output", "bench-map-ours.cpuprofile");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${path.basename(f.url)}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20);
  say(`bench:map profile (${path.relative(PROJECT_ROOT, file)}), self time:`);
  for (const [name, ms] of top) say(`  ${ms.toFixed(0).padStart(7)} ms  ${name}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function summary(name: string, runs: FrameFigures[]): string {
  const m = (k: keyof FrameFigures) => median(runs.map((r) => r[k]));
  return (
    `  ${name}: first paint ${Math.round(m("firstPaintMs"))} ms; ${m("fps")} fps; frame p50 ${m("p50")} ms, ` +
    `p95 ${m("p95")} ms, max ${m("max")} ms (median of ${runs.length} runs)`
  );
}

/** `--synthetic`: the graph replaced with a seeded synthetic one (bench-server-graph.ts). */
async function replaceWithSynthetic(db: Db): Promise<void> {
  await applySchema(db);
  say(`bench:map: replacing the graph with a synthetic one of ${options.papers} papers`);
  const session = db.driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
  const written = await writeSyntheticGraph(db, { ...options, seed: 42, say });
  say(`bench:map: synthetic graph written: ${JSON.stringify(written)}`);
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.external) await startLocal(config.local, config.neo4jPassword, say);
  const db = await connectDb(config);
  if (options.synthetic) await replaceWithSynthetic(db);
  const stats = await readStats(db);
  await db.close();
  if ((stats.nodes["Paper"] ?? 0) === 0)
    throw new Error("bench:map: the graph is empty: `node bin/paperatlas.js build ../shared/corpus/arxiv` first");
  if (options.threshold !== null) process.env["PAPERATLAS_MAP_AGGREGATE_ABOVE"] = String(options.threshold);
  if (options.overview) return overviewMain();
  const bare = options.bare ? await buildBarePage() : new Map<string, Buffer>();
  const loadAtStart = os.loadavg()[0]!;
  const { url, child } = await serveChild();
  try {
    const mapUrl = `${url}/api/map`;
    const [br, gzip] = [await rawBytes(mapUrl, "br"), await rawBytes(mapUrl, "gzip")];
    const cols = decodeMap(await (await fetch(mapUrl)).arrayBuffer());
    const edges = Object.values(cols.header.edgeCounts).reduce((a, b) => a + b, 0);
    const chrome = await launchChromium({ viewport: VIEWPORT });
    const results: { ours: FrameFigures[]; slider: FrameFigures[]; bare: FrameFigures[] } = {
      ours: [],
      slider: [],
      bare: [],
    };
    try {
      for (let run = 0; run < options.runs; run++) {
        const page = await chrome.context.newPage();
        const ours = await measure(page, `${url}/`, edges);
        results.ours.push(ours);
        say(`bench:map run ${run + 1} ours: ${JSON.stringify(ours)}`);
        const slider = await sliderFigures(page);
        if (slider) results.slider.push(slider);
        say(`bench:map run ${run + 1} ours, year slider: ${JSON.stringify(slider)}`);
        await page.close();
        if (!options.bare) continue;
        const barePage = await chrome.context.newPage();
        await barePage.route(`${url}${BARE_BASE}**`, (route) => {
          const file = bare.get(new URL(route.request().url()).pathname);
          return file
            ? route.fulfill({
                body: file,
                contentType: file === bare.get(`${BARE_BASE}bare.html`) ? "text/html" : "text/javascript",
              })
            : route.fulfill({ status: 404 });
        });
        const baseline = await measure(
          barePage,
          `${url}${BARE_BASE}bare.html${options.bareEdges ? "?edges=1" : ""}`,
          null,
        );
        results.bare.push(baseline);
        say(`bench:map run ${run + 1} bare sigma: ${JSON.stringify(baseline)}`);
        await barePage.close();
      }
    } finally {
      await chrome.close();
    }
    const report = {
      date: new Date().toISOString(),
      machine: `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
      loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
      graph: { nodes: cols.header.nodeCount, edges },
      payload: { br, gzip, bytesPerEdge: { br: br / edges, gzip: gzip / edges } },
      bareEdges: options.bareEdges,
      ...results,
    };
    await mkdir(path.join(PROJECT_ROOT, "test-output"), { recursive: true });
    await writeFile(path.join(PROJECT_ROOT, "test-output", "bench-map.json"), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      `bench:map ${report.date} on ${report.machine}, load average ${loadAtStart.toFixed(2)} → ${report.loadAverage.end.toFixed(2)}\n` +
        `  graph: ${cols.header.nodeCount} nodes, ${edges} edges; payload ${(br / edges).toFixed(2)} B/edge brotli ` +
        `(${(br / 1e6).toFixed(2)} MB), ${(gzip / edges).toFixed(2)} B/edge gzip\n` +
        `${summary("ours", results.ours)}\n` +
        (results.slider.length > 0
          ? `${summary("ours, year slider steps", results.slider).replace(/first paint NaN ms; /, "")}\n`
          : "") +
        (options.bare ? `${summary(`bare sigma (${options.bareEdges ? "with" : "no"} edges)`, results.bare)}\n` : ""),
    );
  } finally {
    child.kill("SIGTERM");
  }
}

/** `--overview`: first paint and the page's memory on an overview map (bench-map/overview.ts). */
async function overviewMain(): Promise<void> {
  const loadAtStart = os.loadavg()[0]!;
  const { url, child } = await serveChild();
  try {
    const mapUrl = `${url}/api/map`;
    const t0 = Date.now();
    const header = decodeMap(await (await fetch(mapUrl)).arrayBuffer()).header;
    const serverMs = Date.now() - t0; // the server warms its map as it starts: mostly already built
    const overview = header.overview;
    if (!overview)
      throw new Error(`bench:map: the map is not an overview: pass --threshold below its ${header.nodeCount} nodes`);
    const br = await rawBytes(mapUrl, "br");
    const chrome = await launchChromium({ viewport: VIEWPORT });
    const runs: OverviewFigures[] = [];
    try {
      for (let run = 0; run < options.runs; run++) {
        const page = await chrome.context.newPage();
        runs.push(await measureOverview(page, `${url}/`, overview, options.tour, say));
        say(`bench:map overview run ${run + 1}: ${JSON.stringify(runs.at(-1))}`);
        await page.close();
      }
    } finally {
      await chrome.close();
    }
    const date = new Date().toISOString();
    const machine = `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB`;
    const report = {
      date,
      machine,
      loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
      overview: { ...overview, tiles: overview.tiles.length },
      payloadBr: br,
      serverMs,
      runs,
    };
    await mkdir(path.join(PROJECT_ROOT, "test-output"), { recursive: true });
    await writeFile(
      path.join(PROJECT_ROOT, "test-output", "bench-map-overview.json"),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    const m = (f: (r: OverviewFigures) => number) => median(runs.map(f));
    process.stdout.write(
      `bench:map --overview ${date} on ${machine}, load average ${loadAtStart.toFixed(2)} → ${report.loadAverage.end.toFixed(2)}\n` +
        `  graph: ${overview.nodeCount} papers and concepts; overview above ${overview.threshold}: ${overview.tiles.length} tiles of level ${overview.tileLevel} (≤ ${overview.tileCap} nodes each), payload ${(br / 1e3).toFixed(1)} kB brotli\n` +
        `  first paint ${Math.round(m((r) => r.firstPaintMs))} ms; JS heap after it ${m((r) => r.heapAfterPaintMb)} MB\n` +
        `  ${m((r) => r.tilesVisited)} largest tiles toured: load p50 ${m((r) => r.tileLoadMs.p50)} ms, max ${m((r) => r.tileLoadMs.max)} ms; ` +
        `peak JS heap ${m((r) => r.peakHeapMb)} MB used (${m((r) => r.peakHeapTotalMb)} MB held) with ${m((r) => r.peakNodes)} nodes on the map; ${m((r) => r.heapAfterGcMb)} MB after GC (median of ${runs.length} runs)\n`,
    );
  } finally {
    child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:map: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
