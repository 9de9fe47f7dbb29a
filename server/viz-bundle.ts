/**
 * Makes sure the map bundle exists and is newer than its sources: `viz/dist` is built with Vite
 * (a devDependency, which `npm ci` installs) when it is missing or older than any file under viz/
 * or schema/. It builds into a temporary directory and swaps it in, so a server never serves a
 * half-written bundle. The offline map (`viz/offline/`, one self-contained page for
 * `paperatlas export --format html`) is built the same way into `viz/dist-offline`.
 */
import { existsSync } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";
import type { build as viteBuild } from "vite";
import { PaperAtlasError } from "../schema/errors.ts";

export const VIZ_DIR = path.join(PROJECT_ROOT, "viz");
export const VIZ_DIST = path.join(VIZ_DIR, "dist");
const SKIP = new Set(["dist", "dist-offline", "node_modules"]);

/** A bundle: its Vite config and output directory (the page is `index.html` in it). */
interface Bundle {
  config: string;
  dist: string;
}
const MAP_BUNDLE: Bundle = { config: path.join(VIZ_DIR, "vite.config.ts"), dist: VIZ_DIST };
const OFFLINE_BUNDLE: Bundle = {
  config: path.join(VIZ_DIR, "offline", "vite.config.ts"),
  dist: path.join(VIZ_DIR, "dist-offline"),
};

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith(".") || /^dist(-offline)?\./.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestMtime(full));
    else if (!/\.(test|int\.test|browser\.test)\.ts$|README\.md$/.test(entry.name))
      newest = Math.max(newest, (await stat(full)).mtimeMs);
  }
  return newest;
}

/** True when viz/dist/index.html (or the offline page) is missing or older than a source of the bundle. */
export async function vizBundleStale(bundle: Bundle = MAP_BUNDLE): Promise<boolean> {
  const index = path.join(bundle.dist, "index.html");
  if (!existsSync(index)) return true;
  const built = (await stat(index)).mtimeMs;
  const sources = Math.max(await newestMtime(VIZ_DIR), await newestMtime(path.join(PROJECT_ROOT, "schema")));
  return sources > built;
}

export async function buildVizBundle(say: (message: string) => void, bundle: Bundle = MAP_BUNDLE): Promise<void> {
  let build: typeof viteBuild;
  try {
    ({ build } = await import("vite"));
  } catch (cause) {
    throw new PaperAtlasError("PREREQUISITE_MISSING", "viz: the map bundle must be built, and Vite is not installed", {
      where: VIZ_DIST,
      hint: "run `npm ci` (Vite is a devDependency), or build elsewhere with `npm run build:viz` and copy viz/dist",
      cause,
    });
  }
  const tmp = `${bundle.dist}.${process.pid}`;
  const t0 = Date.now();
  const what = bundle === MAP_BUNDLE ? "map bundle" : "offline map page";
  say(`viz: building the ${what} with Vite…`);
  await build({ configFile: bundle.config, logLevel: "warn", build: { outDir: tmp, emptyOutDir: true } });
  await rm(bundle.dist, { recursive: true, force: true });
  await rename(tmp, bundle.dist);
  say(`viz: ${what} built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** Builds the bundle when stale; returns the directory to serve. */
export async function ensureVizBundle(say: (message: string) => void): Promise<string> {
  if (await vizBundleStale()) await buildVizBundle(say);
  return VIZ_DIST;
}

/** Builds the offline map page when stale; returns its path (viz/dist-offline/index.html). */
export async function ensureOfflinePage(say: (message: string) => void): Promise<string> {
  if (await vizBundleStale(OFFLINE_BUNDLE)) await buildVizBundle(say, OFFLINE_BUNDLE);
  return path.join(OFFLINE_BUNDLE.dist, "index.html");
}
