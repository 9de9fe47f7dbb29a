import { describe, expect, it } from "vitest";
import { PaperAtlasError } from "../../schema/errors.ts";
import { FORMAT_IDS, FORMATS, detectFormat } from "./index.ts";

function failure(run: () => unknown): PaperAtlasError {
  try {
    run();
  } catch (error) {
    if (error instanceof PaperAtlasError) return error;
  }
  throw new Error("expected a PaperAtlasError");
}

describe("detectFormat", () => {
  it("registers every format once, by a unique id", () => {
    expect(new Set(FORMAT_IDS).size).toBe(FORMATS.length);
    expect(FORMAT_IDS).toContain("hf-listing");
  });

  it("picks hf-listing for a Daily Papers page", () => {
    expect(detectFormat("Daily Papers\n\nT\n\nAn abstract.\n", "x.txt").id).toBe("hf-listing");
  });

  it("returns the format an override names, without detection", () => {
    expect(detectFormat('{"not": "a listing"}', "x.json", "hf-listing").id).toBe("hf-listing");
  });

  it("throws PARSE_FAILED listing the supported ids for an unknown override or text", () => {
    const unknown = failure(() => detectFormat("T\n\nA.", "x.txt", "bibtex-ish"));
    expect(unknown.code).toBe("PARSE_FAILED");
    expect(unknown.message).toContain("hf-listing");
    const unrecognised = failure(() => detectFormat('{"papers": []}', "x.json"));
    expect(unrecognised.code).toBe("PARSE_FAILED");
    expect(unrecognised.message).toContain("hf-listing");
  });
});
