/**
 * `npm run bench:map -- --overview`: first paint and page memory of an overview map
 * ================================================================================
 * For a graph above the overview threshold (MapHeader.overview; `--threshold N` sets
 * PAPERATLAS_MAP_AGGREGATE_ABOVE for the server it starts, so any graph can be measured so): opens
 * the map afresh in headless Chromium and records the first paint and the JS heap after it
 * (CDP `Performance.getMetrics` JSHeapUsedSize), then tours the `tour` largest tiles — Fit, the
 * pointer on the tile's aggregate, four wheel steps in — timing each until its nodes are in, and
 * records the heap after each (the peak is what the tile budget bounds) and once more after a
 * garbage collection.
 */
import type { CDPSession, Page } from "playwright-core";
import type { MapHeader } from "../../schema/api.ts";

export interface OverviewFigures {
  firstPaintMs: number;
  /** JS heap in use after the first paint, MB. */
  heapAfterPaintMb: number;
  tilesVisited: number;
  /** From the last wheel step to the tile's nodes on the map, ms. */
  tileLoadMs: { p50: number; max: number };
  /** The largest heap in use during the tour, MB, and the nodes on the map then. */
  peakHeapMb: number;
  peakNodes: number;
  /** After the tour and a forced garbage collection, MB. */
  heapAfterGcMb: number;
  /** JS heap the page holds (used or not) at the peak, MB. */
  peakHeapTotalMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

async function heap(cdp: CDPSession): Promise<{ used: number; total: number }> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { used: get("JSHeapUsedSize"), total: get("JSHeapTotalSize") };
}

interface Debug {
  paperatlas: {
    tiles(): string[];
    graphNodes(): { total: number; aggregates: number };
    viewportPosition(id: string): { x: number; y: number } | null;
  };
}

export async function measureOverview(
  page: Page,
  url: string,
  overview: NonNullable<MapHeader["overview"]>,
  tour: number,
  say: (message: string) => void,
): Promise<OverviewFigures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset["ready"] === "true", null, { timeout: 180_000 });
  const firstPaintMs = Number(await page.evaluate(() => document.body.dataset["firstPaintMs"]));
  const afterPaint = await heap(cdp);
  const box = (await page.locator("#map").boundingBox())!;
  const loads: number[] = [];
  let peak = afterPaint;
  let peakNodes = 0;
  const largest = [...overview.tiles].sort((a, b) => b.nodes - a.nodes).slice(0, tour);
  for (const tile of largest) {
    await page.click("#reset-camera");
    await page.waitForTimeout(800);
    const at = await page.evaluate(
      (id) => (window as unknown as Debug).paperatlas.viewportPosition(id),
      `tile:${tile.id}`,
    );
    if (at === null) continue; // already on the map, or out of view
    await page.mouse.move(box.x + at.x, box.y + at.y);
    for (let k = 0; k < 4; k++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(250);
    }
    const t0 = Date.now();
    // In once a tile arrives: that one, or, where tiles overlap (a big graph's finest clusters spread
    // wide), whichever the view wants most (tiles.ts loads the nearest first).
    const before = await page.evaluate(() => (window as unknown as Debug).paperatlas.tiles());
    await page.waitForFunction(
      ([id, held]) => {
        const now = (window as unknown as Debug).paperatlas.tiles();
        return now.includes(id) || now.some((x) => !held.includes(x));
      },
      [tile.id, before] as const,
      { timeout: 120_000, polling: 50 },
    );
    // In once the tile is held and its nodes drawn (two frames).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    loads.push(Date.now() - t0);
    const now = await heap(cdp);
    const nodes = await page.evaluate(() => (window as unknown as Debug).paperatlas.graphNodes().total);
    const held = await page.evaluate(() => (window as unknown as Debug).paperatlas.tiles());
    const came = held.includes(tile.id) ? [tile.id] : held.filter((x) => !before.includes(x));
    say(
      `bench:map overview: zoomed at tile ${tile.id} (${tile.nodes} nodes): ${came.join(", ")} in ${loads.at(-1)} ms; ` +
        `heap ${mb(now.used)} MB, ${nodes} nodes on the map, tiles held ${held.length}`,
    );
    if (now.used > peak.used) [peak, peakNodes] = [now, nodes];
  }
  await cdp.send("HeapProfiler.collectGarbage");
  const afterGc = await heap(cdp);
  const sorted = [...loads].sort((a, b) => a - b);
  return {
    firstPaintMs,
    heapAfterPaintMb: mb(afterPaint.used),
    tilesVisited: loads.length,
    tileLoadMs: { p50: sorted[Math.floor(sorted.length / 2)] ?? NaN, max: sorted.at(-1) ?? NaN },
    peakHeapMb: mb(peak.used),
    peakNodes,
    heapAfterGcMb: mb(afterGc.used),
    peakHeapTotalMb: mb(peak.total),
  };
}
