/**
 * `report --format pdf` (issue "Share the atlas", item 3): the sample report (docs/report-example/)
 * and a large generated one (../__fixtures__/large.ts) printed by the same Chromium the browser tests
 * use, then read back with pdf.js: enough pages, none blank, every cluster's label in the text, each
 * cluster opening a page, outside links written out. And the print layout itself (print media at the
 * A4 text width) has no overlapping or overflowing table. The PDFs go to test-output/report-pdf/.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReportData, type ReportDataT } from "../../schema/report.ts";
import { launchBrowser } from "../../test/chromium.ts";
import { measureLayout } from "../../test/layout.ts";
import { readPdf, squash } from "../../test/pdf.ts";
import { largeReportRows } from "../__fixtures__/large.ts";
import { buildReport } from "../data.ts";
import { REPORT_PRINTERS } from "../writers/index.ts";
import { writeHtml } from "../writers/html.ts";
import { printFiles } from "./print.ts";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const OUT = path.join(ROOT, "test-output", "report-pdf");
const EXAMPLE = path.join(ROOT, "docs", "report-example");
/** A4 less the 12 mm side margins, in CSS pixels: the width the print layout gets. */
const A4_TEXT_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

let browser: Browser;
const reports: Record<string, { data: ReportDataT; html: string }> = {};

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  const sample = ReportData.parse(JSON.parse(await readFile(path.join(EXAMPLE, "report.json"), "utf8")));
  reports["sample"] = { data: sample, html: await readFile(path.join(EXAMPLE, "report.html"), "utf8") };
  const large = buildReport(largeReportRows(), { generatedAt: "2025-02-03T04:05:06.000Z" });
  reports["large"] = { data: large, html: writeHtml(large) };
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("printFiles(files, REPORT_PRINTERS.pdf)", () => {
  it.each(["sample", "large"])(
    "prints the %s report: pages with text, every label, a page per cluster",
    async (name) => {
      const { data, html } = reports[name]!;
      const files = [{ name: "report.html", content: html, contentType: "text/html; charset=utf-8" }];
      const [pdf, ...rest] = await printFiles(files, REPORT_PRINTERS.pdf, { browser });
      expect(rest).toEqual([]);
      expect(pdf!.name).toBe("report.pdf");
      expect(pdf!.contentType).toBe("application/pdf");
      await writeFile(path.join(OUT, `${name}.pdf`), pdf!.content);
      expect(Buffer.from(pdf!.content.subarray(0, 5)).toString("latin1")).toBe("%PDF-");

      const pages = await readPdf(pdf!.content);
      expect(pages.length).toBeGreaterThan(data.clusters.length);
      const blank = pages.flatMap((p, i) => (p.body.trim().length < 20 ? [i + 1] : []));
      expect(blank).toEqual([]);
      const all = squash(pages.map((p) => p.text).join(" "));
      expect(data.clusters.filter((c) => !all.includes(squash(c.label))).map((c) => c.label)).toEqual([]);
      // Each cluster starts a page (print style sheet: a page break before every cluster but the first
      // of a one-cluster report).
      const openers = pages.map((p) => squash(p.first));
      const missing = data.clusters.filter((c) => !openers.some((o) => o.startsWith(squash(`Cluster ${c.number} ·`))));
      expect(missing.map((c) => c.number)).toEqual([]);
      // Every page carries the footer: title and "n / total".
      expect(pages.every((p, i) => p.text.includes(`${i + 1} / ${pages.length}`))).toBe(true);
      if (name === "large") expect(all).toContain("(https://arxiv.org/abs/");
    },
  );

  it.each(["sample", "large"])(
    "lays the %s report out for print with no overlap and nothing too wide",
    async (name) => {
      const page = await browser.newPage({ viewport: { width: A4_TEXT_WIDTH, height: 1000 } });
      await page.setContent(reports[name]!.html, { waitUntil: "load" });
      await page.emulateMedia({ media: "print" });
      const { overlaps, scrollWidth, innerWidth, wideTables, spilledCells } = await measureLayout(page);
      await page.close();
      expect({ overlaps, sideways: scrollWidth > innerWidth, wideTables, spilledCells }).toEqual({
        overlaps: [],
        sideways: false,
        wideTables: [],
        spilledCells: [],
      });
    },
  );
});
