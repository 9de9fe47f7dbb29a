import { describe, expect, it } from "vitest";
import { PaperAtlasError } from "../schema/errors.ts";
import { findChromium, SYSTEM_CHROMIUM } from "./chromium.ts";

describe("findChromium(env, exists)", () => {
  it("uses the executable CHROMIUM_PATH names", async () => {
    const binary = await findChromium({ CHROMIUM_PATH: "/opt/chrome/chrome" }, (f) => f === "/opt/chrome/chrome");
    expect(binary).toMatchObject({ executablePath: "/opt/chrome/chrome", source: "CHROMIUM_PATH" });
  });

  it("refuses a CHROMIUM_PATH that does not exist, naming it: PREREQUISITE_MISSING with a hint", async () => {
    await expect(findChromium({ CHROMIUM_PATH: "/nope/chrome" }, () => false)).rejects.toThrow(/\/nope\/chrome/);
    const error = await findChromium({ CHROMIUM_PATH: "/nope/chrome" }, () => false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaperAtlasError);
    expect((error as PaperAtlasError).code).toBe("PREREQUISITE_MISSING");
    expect((error as PaperAtlasError).hint).toContain("CHROMIUM_PATH");
  });

  it("prefers the system Chromium when there is one", async () => {
    const binary = await findChromium({}, (f) => f === SYSTEM_CHROMIUM);
    expect(binary.source).toBe("system");
  });

  it("falls back to the Chromium shipped by the @sparticuz/chromium npm package, unpacked locally", async () => {
    const binary = await findChromium({}, () => false);
    expect(binary.source).toBe("@sparticuz/chromium");
    expect(binary.args).toContain("--use-angle=swiftshader");
    expect(binary.args).not.toContain("--disable-web-security");
    const { existsSync } = await import("node:fs");
    expect(existsSync(binary.executablePath)).toBe(true);
  });
});
