/**
 * The Chromium that browser tests and benchmarks drive
 * ====================================================
 * Nothing downloads a browser at run time. In order: the executable `CHROMIUM_PATH` names, the
 * system's `/usr/bin/chromium` (Debian's package), else the headless Chromium that the npm package
 * `@sparticuz/chromium` ships inside `node_modules` (unpacked once into the temp folder; WebGL2 through
 * SwiftShader), so `npm ci && npm test` needs no apt on a fresh machine.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** Flags every launch gets: no sandbox (tests run as root), no calls home on a closed network. */
const COMMON_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update"];

/**
 * Of the packaged build's own flags, those that are about running inside AWS Lambda or that weaken
 * the page's security model (which the tests check: CSP, CORS); the GL flags it needs stay.
 */
const PACKAGED_ARGS_DROPPED = new Set([
  "--disable-web-security",
  "--allow-running-insecure-content",
  "--disable-site-isolation-trials",
  "--single-process",
  "--no-zygote",
  "--headless='shell'",
]);

export interface ChromiumBinary {
  executablePath: string;
  args: string[];
  /** Where it came from, for the test log. */
  source: "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";
}

let packaged: Promise<ChromiumBinary> | undefined;

async function packagedChromium(): Promise<ChromiumBinary> {
  const { default: build } = await import("@sparticuz/chromium");
  const executablePath = await build.executablePath();
  const args = build.args.filter((arg) => !PACKAGED_ARGS_DROPPED.has(arg));
  return { executablePath, args: [...new Set([...COMMON_ARGS, ...args])], source: "@sparticuz/chromium" };
}

/** The browser to launch; `env` and `exists` are parameters so the choice can be unit-tested. */
export async function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (file: string) => boolean = existsSync,
): Promise<ChromiumBinary> {
  const named = env["CHROMIUM_PATH"] ?? env["PAPERATLAS_CHROMIUM"];
  if (named) {
    if (!exists(named)) throw new Error(`CHROMIUM_PATH: expected an executable, got "${named}" (no such file)`);
    return { executablePath: named, args: [...COMMON_ARGS, "--disable-gpu"], source: "CHROMIUM_PATH" };
  }
  if (exists(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, args: [...COMMON_ARGS, "--disable-gpu"], source: "system" };
  }
  return (packaged ??= packagedChromium());
}

/** A headless browser (for pages that need no persistent profile). */
export async function launchBrowser(): Promise<Browser> {
  const binary = await findChromium();
  return chromium.launch({ executablePath: binary.executablePath, args: binary.args, headless: true });
}

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless browser with a fresh profile folder of its own, removed on close. */
export async function launchChromium(
  options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): Promise<Chromium> {
  const binary = await findChromium();
  const profile = await mkdtemp(path.join(tmpdir(), "paperatlas-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: binary.executablePath,
    headless: true,
    args: binary.args,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    acceptDownloads: options.acceptDownloads ?? true,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
