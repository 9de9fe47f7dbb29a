/**
 * The Chromium that PaperAtlas drives
 * ===================================
 * One launcher for everything that needs a browser: `paperatlas report --format pdf` (report/pdf/)
 * prints with it, and the browser tests and benchmarks run in it (test/chromium.ts re-exports this
 * module), so the PDF is made by the same Chromium the tests check pages in.
 *
 * Nothing downloads a browser at run time. In order: the executable `CHROMIUM_PATH` (or
 * `PAPERATLAS_CHROMIUM`) names, the system's `/usr/bin/chromium` (Debian's package), else the
 * headless Chromium that the npm package `@sparticuz/chromium` ships inside `node_modules` (Linux
 * x64/arm64; unpacked once into the temp folder; WebGL2 through SwiftShader), so `npm ci` is enough
 * on a fresh Linux machine. `playwright-core` and `@sparticuz/chromium` are loaded only when a
 * browser is launched, so the rest of the command line never pays for them. When no browser can be
 * found or started, the error is a `PaperAtlasError` (`PREREQUISITE_MISSING`) with a hint.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, BrowserType } from "playwright-core";
import { PaperAtlasError } from "../schema/errors.ts";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

const HINT =
  "install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable; " +
  "on Linux x64/arm64, `npm ci` also brings one (@sparticuz/chromium)";

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
  /** Where it came from, for logs. */
  source: "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";
}

let packaged: Promise<ChromiumBinary> | undefined;

async function packagedChromium(): Promise<ChromiumBinary> {
  try {
    const { default: build } = await import("@sparticuz/chromium");
    const executablePath = await build.executablePath();
    const args = build.args.filter((arg) => !PACKAGED_ARGS_DROPPED.has(arg));
    return { executablePath, args: [...new Set([...COMMON_ARGS, ...args])], source: "@sparticuz/chromium" };
  } catch (cause) {
    packaged = undefined;
    throw new PaperAtlasError(
      "PREREQUISITE_MISSING",
      `chromium: no Chromium found: not at ${SYSTEM_CHROMIUM}, CHROMIUM_PATH unset, and the packaged one (@sparticuz/chromium) is unavailable: ${(cause as Error).message}`,
      { hint: HINT, cause },
    );
  }
}

/** The browser to launch; `env` and `exists` are parameters so the choice can be unit-tested. */
export async function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (file: string) => boolean = existsSync,
): Promise<ChromiumBinary> {
  const named = env["CHROMIUM_PATH"] ?? env["PAPERATLAS_CHROMIUM"];
  if (named) {
    if (!exists(named)) {
      throw new PaperAtlasError(
        "PREREQUISITE_MISSING",
        `CHROMIUM_PATH: expected an executable, got "${named}" (no such file)`,
        {
          where: named,
          hint: HINT,
        },
      );
    }
    return { executablePath: named, args: [...COMMON_ARGS, "--disable-gpu"], source: "CHROMIUM_PATH" };
  }
  if (exists(SYSTEM_CHROMIUM)) {
    return { executablePath: SYSTEM_CHROMIUM, args: [...COMMON_ARGS, "--disable-gpu"], source: "system" };
  }
  return (packaged ??= packagedChromium());
}

async function playwright(): Promise<{ chromium: BrowserType }> {
  try {
    return await import("playwright-core");
  } catch (cause) {
    throw new PaperAtlasError("PREREQUISITE_MISSING", "chromium: the package playwright-core is not installed", {
      hint: "run `npm ci` (playwright-core is a dependency of paperatlas)",
      cause,
    });
  }
}

function launchFailed(binary: ChromiumBinary, cause: unknown): PaperAtlasError {
  const first = ((cause as Error).message ?? String(cause)).split("\n")[0];
  return new PaperAtlasError("PREREQUISITE_MISSING", `chromium: cannot start ${binary.executablePath}: ${first}`, {
    where: binary.executablePath,
    hint: HINT,
    cause,
  });
}

/** A headless browser (for pages that need no persistent profile). */
export async function launchBrowser(): Promise<Browser> {
  const binary = await findChromium();
  const { chromium } = await playwright();
  try {
    return await chromium.launch({ executablePath: binary.executablePath, args: binary.args, headless: true });
  } catch (cause) {
    throw launchFailed(binary, cause);
  }
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
  const { chromium } = await playwright();
  const profile = await mkdtemp(path.join(tmpdir(), "paperatlas-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: binary.executablePath,
      headless: true,
      args: binary.args,
      viewport: options.viewport ?? { width: 1400, height: 900 },
      acceptDownloads: options.acceptDownloads ?? true,
    });
  } catch (cause) {
    await rm(profile, { recursive: true, force: true });
    throw launchFailed(binary, cause);
  }
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
