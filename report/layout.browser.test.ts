/**
 * The HTML report holds its layout at every width (issue "Share the atlas", item 2): the sample
 * report (docs/report-example/, all clusters and one cluster) and a large generated one (many
 * clusters, long unbroken names, six-digit counts: __fixtures__/large.ts) and the "what's new"
 * report of an update to it (report/since/html.ts, same style sheet) opened from a file in
 * Chromium at phone, tablet, laptop and wide-screen widths. No two tables or figures overlap, the
 * page never scrolls sideways, every table fits the block it sits in and no cell's text spills out.
 * Screenshots of each go to test-output/report-layout/.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../test/chromium.ts";
import { measureLayout } from "../test/layout.ts";
import { largeReportRows, largeSinceRows } from "./__fixtures__/large.ts";
import { buildReport } from "./data.ts";
import { buildSinceReport } from "./since/data.ts";
import { writeSinceHtml } from "./since/html.ts";
import { writeHtml } from "./writers/html.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "test-output", "report-layout");
const EXAMPLE = path.join(ROOT, "docs", "report-example");
/** 360 is the narrowest phone the issue names; the other four are the widths it asks to check. */
const WIDTHS = [360, 390, 800, 1200, 1600];

let browser: Browser;
const pages: Record<string, string> = {
  sample: path.join(EXAMPLE, "report.html"),
  "sample-cluster": path.join(EXAMPLE, "cluster-0-0.html"),
  large: path.join(OUT, "large.html"),
  "large-since": path.join(OUT, "large-since.html"),
};

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  const data = buildReport(largeReportRows(), { generatedAt: "2025-02-03T04:05:06.000Z" });
  await writeFile(pages["large"]!, writeHtml(data), "utf8");
  const since = buildSinceReport(largeSinceRows(), { generatedAt: "2025-02-03T04:05:06.000Z" });
  await writeFile(pages["large-since"]!, writeSinceHtml(since), "utf8");
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the HTML report's layout in Chromium", () => {
  for (const [name, file] of Object.entries(pages)) {
    it.each(WIDTHS)(`${name} report at %i px: no overlap, no sideways scrolling, nothing spills`, async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      const layout = await measureLayout(page);
      await page.screenshot({ path: path.join(OUT, `${name}-${width}.png`) });
      await page.close();
      expect(layout.boxes).toBeGreaterThan(name === "large" ? 300 : 5);
      const { overlaps, scrollWidth, innerWidth, wideTables, spilledCells } = layout;
      expect({ overlaps, sideways: scrollWidth > innerWidth, wideTables, spilledCells }).toEqual({
        overlaps: [],
        sideways: false,
        wideTables: [],
        spilledCells: [],
      });
    });
  }
});
