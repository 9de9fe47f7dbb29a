/**
 * `npm run bench:server`: the map server's figures (issue 6)
 * =========================================================
 * Against the configured Neo4j (the local server unless NEO4J_URI is set) and the graph in it, with
 * the server running as `paperatlas serve` in its own process (as users run it):
 *   1. map payload bytes on the wire (brotli, gzip, raw) and bytes per edge;
 *   2. first paint of the map in headless Chromium (fresh profile each run, server warm);
 *   3. search and node-detail latency (p50/p95/p99) under autocannon at a fixed rate (100 req/s).
 *   npm run bench:server -- [--synthetic [--papers 45000]] [--rate 100] [--duration 20] [--runs 3] [--no-browser]
 * `--synthetic` REPLACES the graph with a seeded synthetic arXiv-scale graph (bench-server-graph.ts).
 * Results also go to test-output/bench-server.json.
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { loadConfig, PROJECT_ROOT } from "../config/config.ts";
import { applySchema, connectDb, type Db } from "../db/client.ts";
import { startLocal } from "../db/local/manager.ts";
import { readStats } from "../db/stats.ts";
import { launchChromium } from "../test/chromium.ts";
import { decodeMap } from "../viz/map-data.ts";
import { percentile, rawBytes, serveChild } from "./bench-lib.ts";
import { writeSyntheticGraph } from "./bench-server-graph.ts";

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) =>
  argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback;
const options = {
  synthetic: argv.includes("--synthetic"),
  papers: flag("--papers", 45_000),
  rate: flag("--rate", 100),
  duration: flag("--duration", 20),
  runs: flag("--runs", 3),
  browser: !argv.includes("--no-browser"),
};
const say = (message: string) => process.stderr.write(`${message}\n`);

async function wipeGraph(db: Db): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

async function firstPaint(
  url: string,
  screenshot?: string,
): Promise<{ firstPaintMs: number; wallMs: number; payloadMs: number; graphMs: number }> {
  const chrome = await launchChromium();
  const context = chrome.context;
  try {
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset["ready"], null, { timeout: 120_000 });
    const wallMs = Date.now() - t0;
    // No named helpers inside evaluate: tsx's keepNames would wrap them in a __name() the page lacks.
    const [firstPaintMs, payloadMs, graphMs] = await page.evaluate(
      (names) => names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
      ["paperatlas:first-paint", "paperatlas:payload", "paperatlas:graph"],
    );
    if (screenshot) {
      await page.screenshot({ path: screenshot });
      await page.waitForFunction(() => document.body.dataset["edges"] !== "0", null, { timeout: 120_000 });
      await page.screenshot({ path: screenshot.replace(/\.png$/, "-edges-added.png") });
    }
    return { firstPaintMs: firstPaintMs!, payloadMs: payloadMs!, graphMs: graphMs!, wallMs };
  } finally {
    await chrome.close();
  }
}

interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function load(base: string, paths: string[], rate: number, duration: number): Promise<LoadResult> {
  let i = 0;
  const latencies: number[] = [];
  let errors = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: 10,
        overallRate: rate,
        duration,
        requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        const sorted = latencies.sort((a, b) => a - b);
        resolve({
          requests: sorted.length,
          errors: errors + result.errors + result.timeouts,
          rps: result.requests.average,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          max: sorted.at(-1) ?? NaN,
        });
      },
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status !== 200) errors++;
    });
  });
}

/** Brotli size of each section of the raw payload compressed alone: where the bytes go. */
function sectionSizes(raw: ArrayBuffer): Record<string, number> {
  const view = new DataView(raw);
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(raw, 8, headerLength))) as {
    sections: { name: string; byteLength: number }[];
  };
  const out: Record<string, number> = { header: zlib.brotliCompressSync(new Uint8Array(raw, 8, headerLength)).length };
  let offset = 8 + headerLength;
  for (const section of header.sections) {
    offset += (4 - (offset % 4)) % 4;
    out[section.name] = zlib.brotliCompressSync(new Uint8Array(raw, offset, section.byteLength), {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 },
    }).length;
    offset += section.byteLength;
  }
  return out;
}

/** Seeded sample of request paths: node ids and search words taken from the map itself. */
function samplePaths(ids: string[], labels: string[]): { nodes: string[]; search: string[] } {
  let s = 12345;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const nodes = Array.from(
    { length: 3000 },
    () => `/api/nodes/${encodeURIComponent(ids[Math.floor(rand() * ids.length)]!)}`,
  );
  const search = Array.from({ length: 3000 }, () => {
    const words = labels[Math.floor(rand() * labels.length)]!.split(/\s+/).filter((w) =>
      /^[\p{L}\p{N}-]{3,}$/u.test(w),
    );
    const word = words[Math.floor(rand() * words.length)] ?? "network";
    const q = rand() < 0.5 ? word.slice(0, Math.max(3, Math.ceil(word.length * 0.6))) : word; // half typed-so-far prefixes
    return `/api/search?q=${encodeURIComponent(q)}&limit=10`;
  });
  return { nodes, search };
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.external) await startLocal(config.local, config.neo4jPassword, say);
  const db = await connectDb(config);
  await applySchema(db);
  if (options.synthetic) {
    say(`bench: replacing the graph with a synthetic one of ${options.papers} papers`);
    await wipeGraph(db);
    say(
      `bench: synthetic graph written: ${JSON.stringify(await writeSyntheticGraph(db, { papers: options.papers, clusters: 40, seed: 42, say }))}`,
    );
  }
  const stats = await readStats(db);
  if ((stats.nodes["Paper"] ?? 0) === 0)
    throw new Error("bench: the graph is empty: `paperatlas build ../shared/corpus/arxiv` or pass --synthetic");
  await db.close();
  const loadAtStart = os.loadavg().map((l) => Number(l.toFixed(2)));
  const { url, child } = await serveChild();
  const server = { url };
  try {
    const mapUrl = `${server.url}/api/map`;
    const [br, gzip, raw] = [
      await rawBytes(mapUrl, "br"),
      await rawBytes(mapUrl, "gzip"),
      await rawBytes(mapUrl, "identity"),
    ];
    const rawPayload = await (await fetch(mapUrl)).arrayBuffer();
    const cols = decodeMap(rawPayload);
    const edges = Object.values(cols.header.edgeCounts).reduce((a, b) => a + b, 0);
    const payload = {
      nodes: cols.header.nodeCount,
      edges,
      bytes: { br, gzip, raw },
      bytesPerEdge: { br: br / edges, gzip: gzip / edges, raw: raw / edges },
      brotliBySection: sectionSizes(rawPayload),
    };
    say(`map sections (brotli alone): ${JSON.stringify(payload.brotliBySection)}`);
    say(
      `map: ${payload.nodes} nodes, ${edges} edges; brotli ${br} B (${payload.bytesPerEdge.br.toFixed(2)} B/edge), gzip ${gzip} B (${payload.bytesPerEdge.gzip.toFixed(2)} B/edge), raw ${raw} B`,
    );
    await mkdir(path.join(PROJECT_ROOT, "test-output"), { recursive: true });
    const paints = [];
    for (let r = 0; options.browser && r < options.runs; r++) {
      const last = r === options.runs - 1;
      paints.push(
        await firstPaint(
          `${server.url}/`,
          last ? path.join(PROJECT_ROOT, "test-output", "bench-server-map.png") : undefined,
        ),
      );
      say(`first paint run ${r + 1}: ${JSON.stringify(paints.at(-1))}`);
    }
    const { nodes, search } = samplePaths(cols.ids, cols.labels);
    await load(server.url, search.slice(0, 200), options.rate, 3); // warm the query plans
    await load(server.url, nodes.slice(0, 200), options.rate, 3);
    const searchLoad = await load(server.url, search, options.rate, options.duration);
    say(`search @ ${options.rate} req/s: ${JSON.stringify(searchLoad)}`);
    const nodeLoad = await load(server.url, nodes, options.rate, options.duration);
    say(`node details @ ${options.rate} req/s: ${JSON.stringify(nodeLoad)}`);
    const report = {
      date: new Date().toISOString(),
      machine: `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB`,
      loadAverage: { start: loadAtStart, end: os.loadavg().map((l) => Number(l.toFixed(2))) },
      graph: options.synthetic ? `synthetic (${options.papers} papers, seed 42)` : "as loaded",
      stats,
      payload,
      firstPaint: paints,
      search: searchLoad,
      nodeDetails: nodeLoad,
    };
    await mkdir(path.join(PROJECT_ROOT, "test-output"), { recursive: true });
    await writeFile(
      path.join(PROJECT_ROOT, "test-output", "bench-server.json"),
      `${JSON.stringify(report, null, 2)}\n`,
    );
    const medianPaint = paints.map((p) => p.firstPaintMs).sort((a, b) => a - b)[Math.floor(paints.length / 2)];
    process.stdout.write(
      `bench:server ${report.date} on ${report.machine}, load average ${loadAtStart[0]} → ${report.loadAverage.end[0]}\n` +
        `  graph: ${report.graph}: ${payload.nodes} nodes, ${edges} edges\n` +
        `  map payload: ${payload.bytesPerEdge.br.toFixed(2)} B/edge brotli (${(br / 1e6).toFixed(2)} MB), ${payload.bytesPerEdge.gzip.toFixed(2)} B/edge gzip\n` +
        `  first paint: ${medianPaint === undefined ? "skipped" : `${Math.round(medianPaint)} ms median of ${paints.length}`}\n` +
        `  search @ ${options.rate}/s: p50 ${searchLoad.p50} ms, p95 ${searchLoad.p95} ms, p99 ${searchLoad.p99} ms (${searchLoad.requests} requests, ${searchLoad.errors} errors)\n` +
        `  node details @ ${options.rate}/s: p50 ${nodeLoad.p50} ms, p95 ${nodeLoad.p95} ms, p99 ${nodeLoad.p99} ms (${nodeLoad.requests} requests, ${nodeLoad.errors} errors)\n`,
    );
  } finally {
    child.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
