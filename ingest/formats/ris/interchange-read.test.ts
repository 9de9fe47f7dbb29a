/**
 * RIS, CSL-JSON and Scopus CSV files through readInputs, against a real temporary directory (no
 * database): bytes in, files and refusals out. A broken file is refused or warned at file:line and
 * every other file of the same run is read whole.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../../read/index.ts";

const FORMATS = path.resolve(import.meta.dirname, "..");
const fixture = (folder: string, name: string) => readFileSync(path.join(FORMATS, folder, "__fixtures__", name));

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "paperatlas-interchange-"));
  const ris = fixture("ris", "library.ris");
  const csl = fixture("csl-json", "zotero.json");
  const files: Record<string, Buffer> = {
    "library.ris.gz": gzipSync(ris),
    "endnote.ris": Buffer.concat([
      Buffer.from("TY  - JOUR\r\nTI  - Caf"),
      Buffer.from([0xe9]),
      Buffer.from(" Networks\r\nAB  - Read despite one Latin-1 byte.\r\nER  - \r\n"),
    ]),
    "utf16.ris": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ris.toString("utf8"), "utf16le")]),
    "cut.json": csl.subarray(0, 900),
    "zotero.json": csl,
    "scopus.csv": fixture("table", "scopus.csv"),
    "broken.ris": fixture("ris", "broken.ris"),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readInputs on RIS, CSL-JSON and Scopus files", () => {
  it("reads every good file whole and refuses only the cut JSON, at its line", async () => {
    const { files, refused } = await readInputs([dir]);
    expect(refused).toMatchObject([{ path: path.join(dir, "cut.json"), code: "PARSE_FAILED" }]);
    expect(refused[0]!.message).toContain("csl-json: cut.json:34: not valid JSON");
    const summary = Object.fromEntries(files.map((f) => [f.name, [f.format, f.entries.length]]));
    expect(summary).toEqual({
      "broken.ris": ["ris", 3],
      "endnote.ris": ["ris", 1],
      "library.ris.gz": ["ris", 3],
      "scopus.csv": ["csv", 3],
      "utf16.ris": ["ris", 3],
      "zotero.json": ["csl-json", 3],
    });
  });

  it("decodes a Latin-1 byte with a warning at its offset and a UTF-16 export like UTF-8", async () => {
    const { files } = await readInputs([path.join(dir, "endnote.ris"), path.join(dir, "utf16.ris")]);
    const [endnote, utf16] = files;
    expect(endnote!.entries[0]!.title).toBe("Café Networks");
    expect(endnote!.warnings.map((w) => [w.code, w.offset])).toEqual([["LATIN1_FALLBACK", 21]]);
    const gz = (await readInputs([path.join(dir, "library.ris.gz")])).files[0]!;
    expect(utf16!.entries).toEqual(
      gz.entries.map((e) => ({ ...e, occurrence: { ...e.occurrence, file: "utf16.ris" } })),
    );
  });
});
