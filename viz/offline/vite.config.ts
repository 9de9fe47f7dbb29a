/**
 * Vite build of the offline map: viz/offline/index.html → viz/dist-offline/index.html, ONE file —
 * the map's code in one inline script and its CSS in one inline style, nothing else (no chunks, no
 * assets: anything small enough is a data: URL, anything else fails the build). The script is a
 * classic one placed between the map's data (and the titles) and the abstracts (most of the file),
 * so it runs as soon as the map's data is parsed instead of after the whole document as a module would. The
 * same app as the served map (viz/main.ts); two of its modules are swapped for offline ones: the
 * API client (`call`, answered from the data embedded in the page: api-client.ts) and the Cypher
 * console (which needs the server: console.ts). `paperatlas export --format html` fills in the data.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const root = path.dirname(fileURLToPath(import.meta.url));
const viz = path.dirname(root);

/** The modules of viz/ the offline page replaces, by the path they resolve to. */
const SWAPS: Record<string, string> = {
  [path.join(viz, "api-client.ts")]: path.join(root, "api-client.ts"),
  [path.join(viz, "panels", "console.ts")]: path.join(root, "console.ts"),
};

function swapModules(): Plugin {
  return {
    name: "paperatlas-offline-swaps",
    enforce: "pre",
    async resolveId(source, importer, options) {
      // The offline modules themselves import the originals (ApiError).
      if (!importer || importer.startsWith(root + path.sep)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && SWAPS[resolved.id] ? SWAPS[resolved.id] : null;
    },
  };
}

/** Scripts may not contain `</script` or `<!--` once inlined: both are written with a backslash (same meaning in JS). */
const scriptSafe = (code: string): string => code.replace(/<\/script/gi, "<\\/script").replace(/<!--/g, "<\\!--");

/** Where export/html/page.ts writes the data (`OFFLINE_MARKS`). */
const MAP_MARK = "<!--paperatlas:map-->";
const DATA_MARK = "<!--paperatlas:data-->";

function inlineEverything(): Plugin {
  return {
    name: "paperatlas-offline-inline",
    enforce: "post",
    generateBundle(_options, bundle) {
      const html = bundle["index.html"];
      if (!html || html.type !== "asset") throw new Error("offline: no index.html in the bundle");
      let page = String(html.source);
      for (const [name, item] of Object.entries(bundle)) {
        if (name === "index.html") continue;
        const ref = new RegExp(
          `<(script|link)[^>]*(src|href)="[^"]*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*>(</script>)?`,
        );
        if (item.type === "chunk") {
          // One chunk without imports or exports: a module's code runs the same in a strict async function.
          const code = `(async () => {"use strict";\n${scriptSafe(item.code)}\n})();`;
          page = page.replace(ref, "").replace(DATA_MARK, () => `${MAP_MARK}\n<script>${code}</script>\n${DATA_MARK}`);
        } else if (name.endsWith(".css")) page = page.replace(ref, () => `<style>${String(item.source)}</style>`);
        else throw new Error(`offline: ${name} would be a file of its own; the page must be one file`);
        delete bundle[name];
      }
      html.source = page;
    },
  };
}

export default defineConfig({
  root,
  base: "./",
  publicDir: false,
  logLevel: "warn",
  plugins: [swapModules(), inlineEverything()],
  build: {
    outDir: path.join(viz, "dist-offline"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    minify: process.env["PAPERATLAS_VIZ_MINIFY"] !== "0",
    assetsInlineLimit: 100_000,
    cssCodeSplit: false,
    modulePreload: false,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
