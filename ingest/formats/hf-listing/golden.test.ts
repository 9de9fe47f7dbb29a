/**
 * Golden tests: small real snippets of the sample corpus, one per listing shape, parsed and
 * compared with `__fixtures__/NAME.expected.json`. On a mismatch, `NAME.actual.json` is written
 * beside it for diffing (STYLE §9); `vitest -u` accepts the new output.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { hfListing } from "./hf-listing.ts";
import { expectGolden } from "../../../test/golden.ts";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "__fixtures__");
const SHAPES = readdirSync(FIXTURES)
  .filter((name) => name.endsWith(".txt"))
  .sort();

describe("hfListing.parse golden fixtures", () => {
  it("has one fixture per shape", () => {
    expect(SHAPES).toEqual([
      "at-lines.txt",
      "authors-full-date.txt",
      "chrome-header.txt",
      "date-upvotes.txt",
      "links.txt",
      "missing-metadata.txt",
      "organization.txt",
      "plain-entries.txt",
      "short-date.txt",
      "trailing-fragment.txt",
    ]);
  });

  it.each(SHAPES)("parse(%s) matches its expected JSON", async (name) => {
    const text = readFileSync(path.join(FIXTURES, name), "utf8");
    expect(hfListing.detect(text, name)).toBeGreaterThan(0);
    const actual = `${JSON.stringify(hfListing.parse(text, name), null, 2)}\n`;
    const expectedPath = path.join(FIXTURES, name.replace(/\.txt$/, ".expected.json"));
    await expectGolden(actual, expectedPath);
  });
});
