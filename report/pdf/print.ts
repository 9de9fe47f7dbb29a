/**
 * Printing a report to PDF
 * ========================
 * `printFiles(files, printer)`: the files a writer made (the HTML report) → PDF files, printed by
 * headless Chromium (browser/chromium.ts, the launcher the browser tests use) with `page.pdf()`:
 * A4, backgrounds kept (cluster swatches, map), the report's print style sheet (writers/style.ts:
 * one cluster per page, no table cut, links written out) and a footer with the title and page
 * numbers. The HTML is self-contained and its Content-Security-Policy forbids every request, so
 * printing needs no network. I/O only: the report itself is made by the pure writers.
 */
import type { Browser } from "playwright-core";
import { launchBrowser } from "../../browser/chromium.ts";
import type { PrintedFile, ReportFile, ReportPrinter } from "../writers/types.ts";

export interface PrintOptions {
  /** A browser to print with (tests share one); else one is launched and closed. */
  browser?: Browser;
}

const FOOTER =
  '<div style="width:100%;font:8px system-ui,sans-serif;color:#5f6878;padding:0 12mm;display:flex;justify-content:space-between">' +
  '<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>';

/** Prints one HTML document to PDF bytes. */
export async function printHtml(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: FOOTER,
      margin: { top: "14mm", bottom: "16mm", left: "12mm", right: "12mm" },
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

/** Every file of the printer's source format, printed; other files (none for HTML) are left out. */
export async function printFiles(
  files: readonly ReportFile[],
  printer: ReportPrinter,
  options: PrintOptions = {},
): Promise<PrintedFile[]> {
  const sources = files.filter((f) => f.name.endsWith(`.${printer.from}`));
  const browser = options.browser ?? (await launchBrowser());
  try {
    const printed: PrintedFile[] = [];
    for (const file of sources) {
      printed.push({
        name: `${file.name.slice(0, -printer.from.length)}${printer.extension}`,
        content: await printHtml(browser, file.content),
        contentType: printer.contentType,
      });
    }
    return printed;
  } finally {
    if (!options.browser) await browser.close();
  }
}
