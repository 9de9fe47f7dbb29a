import { describe, expect, it } from "vitest";
import { PaperAtlasError } from "../schema/errors.ts";
import { findChromium, SYSTEM_CHROMIUM } from "./chromium.ts";

describe("findChromium(env, exists)", () => {
  it("takes the executable CHROMIUM_PATH names first", async () => {
    const binary = await findChromium({ CHROMIUM_PATH: "/opt/chrome" }, (f) => f === "/opt/chrome");
    expect(binary).toMatchObject({ executablePath: "/opt/chrome", source: "CHROMIUM_PATH" });
    expect(binary.args).toContain("--no-sandbox");
  });

  it("refuses a CHROMIUM_PATH that does not exist with PREREQUISITE_MISSING and a hint", async () => {
    const error = await findChromium({ CHROMIUM_PATH: "/nowhere/chromium" }, () => false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaperAtlasError);
    expect((error as PaperAtlasError).code).toBe("PREREQUISITE_MISSING");
    expect((error as PaperAtlasError).hint).toContain("CHROMIUM_PATH");
  });

  it("takes the system's Chromium when there is one", async () => {
    const binary = await findChromium({}, (f) => f === SYSTEM_CHROMIUM);
    expect(binary).toMatchObject({ executablePath: SYSTEM_CHROMIUM, source: "system" });
  });
});
