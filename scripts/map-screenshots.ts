/**
 * Map screenshots for the docs
 * ============================
 * Pictures of the map as a reader sees it, at three zoom levels (the whole map; the largest
 * region, framed by its legend entry's zoom button; a close-up), taken in headless Chromium (test/chromium.ts)
 * from a server started on the configured Neo4j's current graph. Never edited by hand:
 *
 *   node bin/paperatlas.js build samples/hf-papers && npm run docs:screenshots -- --name sample
 *   node bin/paperatlas.js build ../shared/corpus/arxiv && npm run docs:screenshots -- --name arxiv
 *   npm run docs:screenshots -- --name million --settle 12000   (bench:scale's graph: tiles load on zoom)
 *
 * Writes docs/map/<name>-overview.png, <name>-region.png, <name>-close.png and <name>-time.png (the
 * time overlay).
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import pino from "pino";
import { loadConfig, PROJECT_ROOT } from "../config/config.ts";
import { startServer } from "../server/main.ts";
import { launchChromium } from "../test/chromium.ts";

const argv = process.argv.slice(2);
const name = argv[argv.indexOf("--name") + 1] ?? "sample";
if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`docs:screenshots: --name: expected lower-case letters, got "${name}"`);
const OUT = path.join(PROJECT_ROOT, "docs", "map");
// How long the map rests before each picture: an overview map (a million papers) loads its tiles
// after the camera stops, a few seconds each.
const settleMs = argv.includes("--settle") ? Number(argv[argv.indexOf("--settle") + 1]) : 1500;
if (!(Number.isFinite(settleMs) && settleMs >= 0)) throw new Error("docs:screenshots: --settle: expected milliseconds");

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await startServer(loadConfig(process.env), {
    port: 0,
    logger: pino({ level: "warn" }),
    say: (m) => process.stderr.write(`${m}\n`),
    warm: true,
  });
  const chrome = await launchChromium({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await chrome.context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => document.body.dataset["ready"] === "true", null, { timeout: 300_000 });
    await page.waitForFunction(() => document.body.dataset["labels"] === "ready", null, { timeout: 300_000 });
    const shoot = async (suffix: string) => {
      await page.waitForTimeout(settleMs);
      const file = path.join(OUT, `${name}-${suffix}.png`);
      await page.screenshot({ path: file });
      process.stderr.write(`docs:screenshots: ${path.relative(PROJECT_ROOT, file)}\n`);
    };
    await shoot("overview");
    // The legend lists clusters largest first; its zoom button frames that region.
    await page
      .locator("button", { hasText: /^zoom$/ })
      .first()
      .click();
    await shoot("region");
    // Closer still: wheel-zoom at the middle of the map.
    const box = await page.locator("canvas").first().boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      for (let i = 0; i < 4; i++) {
        await page.mouse.wheel(0, -300);
        await page.waitForTimeout(250);
      }
    }
    await shoot("close");
    // The time overlay at full extent (colour by average publication year, or week).
    await page.goto(`${server.url}/?color=time`);
    await page.waitForFunction(() => document.body.dataset["ready"] === "true", null, { timeout: 300_000 });
    await page.waitForFunction(() => document.body.dataset["labels"] === "ready", null, { timeout: 300_000 });
    await shoot("time");
  } finally {
    await chrome.close();
    await server.close();
  }
}

await main();
