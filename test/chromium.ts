/**
 * The Chromium that browser tests and benchmarks drive: the runtime launcher (browser/chromium.ts),
 * the same one `paperatlas report --format pdf` prints with. Re-exported here so tests keep one
 * import path for it.
 */
export {
  findChromium,
  launchBrowser,
  launchChromium,
  SYSTEM_CHROMIUM,
  type Chromium,
  type ChromiumBinary,
} from "../browser/chromium.ts";
