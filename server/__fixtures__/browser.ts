/**
 * Chromium for browser tests (test/chromium.ts: the system's or the npm-shipped Chromium), and
 * pixel checks on screenshots done in a blank page's canvas (no image library needed).
 */
import type { BrowserContext, Page } from "playwright-core";

export { launchChromium, type Chromium } from "../../test/chromium.ts";

/**
 * Opens the map at `url` in a new page of `context`, collecting page errors and console errors
 * into `problems`, and waits until it has drawn (and, with `labels`, planned its labels).
 */
export async function openMapPage(
  context: BrowserContext,
  url: string,
  problems: string[],
  options: { timeoutMs?: number; labels?: boolean } = {},
): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  const timeout = options.timeoutMs ?? 60_000;
  await page.waitForFunction(() => document.body.dataset["ready"] === "true", null, { timeout });
  if (options.labels)
    await page.waitForFunction(() => document.body.dataset["labels"] === "ready", null, { timeout: 30_000 });
  return page;
}

export interface PixelReport {
  width: number;
  height: number;
  /** Pixels that differ from white by more than a little. */
  nonBackground: number;
  /** RGB at each probe point. */
  probes: [number, number, number][];
}

/** Decodes a PNG in a blank page and counts non-white pixels, sampling the given points. */
export async function analysePng(page: Page, png: Buffer, probes: { x: number; y: number }[] = []): Promise<PixelReport> {
  await page.goto("about:blank");
  return page.evaluate(
    async ({ b64, probes }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      let nonBackground = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 740) nonBackground++;
      const at = (x: number, y: number): [number, number, number] => {
        const i = (Math.round(y) * img.width + Math.round(x)) * 4;
        return [data[i]!, data[i + 1]!, data[i + 2]!];
      };
      return { width: img.width, height: img.height, nonBackground, probes: probes.map((p) => at(p.x, p.y)) };
    },
    { b64: png.toString("base64"), probes },
  );
}
