/**
 * Vite build of the map: viz/index.html → viz/dist (gitignored). `paperatlas serve` runs this
 * when the bundle is missing or stale; `npm run build:viz` runs it by hand.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  base: "/",
  publicDir: path.join(root, "public"),
  logLevel: "warn",
  build: {
    outDir: path.join(root, "dist"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    minify: process.env["PAPERATLAS_VIZ_MINIFY"] !== "0",
    // The page's CSP forbids inline script and style: keep everything in files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1000,
  },
});
