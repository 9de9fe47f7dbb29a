/** readArxivTsv against real files in a temp dir: plain .tsv, .tsv.xz through `xz -dc`, failures. */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PaperAtlasError } from "../../../schema/errors.ts";
import type { ParsedEntry } from "../../../schema/model.ts";
import { readArxivTsv } from "./stream.ts";

const SAMPLE = path.join(path.dirname(fileURLToPath(import.meta.url)), "__fixtures__", "sample.tsv");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "paperatlas-arxiv-"));
  copyFileSync(SAMPLE, path.join(dir, "sample.tsv"));
  execFileSync("xz", ["-k", path.join(dir, "sample.tsv")]);
  writeFileSync(path.join(dir, "corrupt.tsv.xz"), Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 1, 2, 3, 4]));
  writeFileSync(path.join(dir, "broken.tsv"), readFileSyncText(SAMPLE).replace("Jim Gray", '"Jim Gray'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readFileSyncText(file: string): string {
  return execFileSync("cat", [file], { encoding: "utf8" });
}

async function collect(file: string): Promise<ParsedEntry[]> {
  const entries: ParsedEntry[] = [];
  for await (const entry of readArxivTsv(file)) entries.push(entry);
  return entries;
}

async function failure(file: string): Promise<PaperAtlasError> {
  try {
    await collect(file);
  } catch (error) {
    if (error instanceof PaperAtlasError) return error;
    throw error;
  }
  throw new Error("expected a PaperAtlasError");
}

describe("readArxivTsv", () => {
  it("streams the same entries from .tsv and .tsv.xz", async () => {
    const plain = await collect(path.join(dir, "sample.tsv"));
    const xz = await collect(path.join(dir, "sample.tsv.xz"));
    expect(plain.map((e) => e.arxivId)).toEqual(["cs/9809007", "1612.06748", "0704.2902", "1502.04032", "0805.1257"]);
    expect(xz.map((e) => ({ ...e, occurrence: e.occurrence.line }))).toEqual(
      plain.map((e) => ({ ...e, occurrence: e.occurrence.line })),
    );
    expect(xz[0]!.occurrence).toEqual({ file: "sample.tsv.xz", line: 2 });
  });

  it("stops cleanly when the consumer breaks early", async () => {
    let seen = 0;
    for await (const entry of readArxivTsv(path.join(dir, "sample.tsv.xz"))) {
      expect(entry.title).not.toBe("");
      if (++seen === 2) break;
    }
    expect(seen).toBe(2);
  });

  it("refuses a missing file with INPUT_NOT_FOUND and a corrupt archive with INPUT_UNREADABLE", async () => {
    expect((await failure(path.join(dir, "missing.tsv.xz"))).code).toBe("INPUT_NOT_FOUND");
    expect((await failure(path.join(dir, "corrupt.tsv.xz"))).code).toBe("INPUT_UNREADABLE");
  });

  it("reports a malformed row with file:line", async () => {
    const error = await failure(path.join(dir, "broken.tsv"));
    expect(error.code).toBe("PARSE_FAILED");
    expect(error.where).toMatch(/^broken\.tsv:\d+$/);
  });
});
