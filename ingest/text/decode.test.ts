import { describe, expect, it } from "vitest";
import { PaperAtlasError } from "../../schema/errors.ts";
import { decodeBytes } from "./decode.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out: number[] = bigEndian ? [0xfe, 0xff] : [0xff, 0xfe];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return Uint8Array.from(out);
}

function refusal(bytes: Uint8Array): PaperAtlasError {
  try {
    decodeBytes(bytes, "x.txt");
  } catch (error) {
    if (error instanceof PaperAtlasError) return error;
  }
  throw new Error("expected a PaperAtlasError");
}

describe("decodeBytes", () => {
  it("decodes plain UTF-8 without warnings", () => {
    expect(decodeBytes(utf8("Café ε-Shrinking\n"), "x.txt")).toEqual({ text: "Café ε-Shrinking\n", warnings: [] });
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(decodeBytes(concat([0xef, 0xbb, 0xbf], utf8("Title\n")), "x.txt").text).toBe("Title\n");
  });

  it("decodes UTF-16 LE and BE with a BOM", () => {
    expect(decodeBytes(utf16("Résumé\nTitle", false), "x.txt").text).toBe("Résumé\nTitle");
    expect(decodeBytes(utf16("Résumé\nTitle", true), "x.txt").text).toBe("Résumé\nTitle");
  });

  it("recognises BOM-less UTF-16 LE by its NUL pattern", () => {
    const bytes = utf16("A title line\n\nAn abstract of the paper.", false).subarray(2);
    expect(decodeBytes(bytes, "x.txt").text).toBe("A title line\n\nAn abstract of the paper.");
  });

  it("decodes stray invalid bytes as Latin-1 and reports each run's offset and line", () => {
    const bytes = concat(utf8("line one\nCaf"), [0xe9], utf8(" and na"), [0xef, 0x76], utf8("e"));
    const result = decodeBytes(bytes, "x.txt");
    expect(result.text).toBe("line one\nCafé and naïve");
    expect(result.warnings.map((w) => [w.code, w.offset, w.line])).toEqual([
      ["LATIN1_FALLBACK", 12, 2],
      ["LATIN1_FALLBACK", 20, 2],
    ]);
  });

  it("caps LATIN1_FALLBACK warnings and says how many bytes were invalid", () => {
    const bytes = concat(...Array.from({ length: 30 }, () => concat(utf8("a "), [0xe9])));
    const result = decodeBytes(bytes, "x.txt");
    expect(result.warnings).toHaveLength(10);
    expect(result.warnings[9]!.message).toContain("30 invalid bytes");
  });

  it("refuses empty and whitespace-only files with INPUT_UNREADABLE naming the file", () => {
    for (const bytes of [new Uint8Array(0), utf8(" \n\t\r\n  ")]) {
      const error = refusal(bytes);
      expect(error.code).toBe("INPUT_UNREADABLE");
      expect(error.message).toContain("x.txt");
    }
  });

  it("refuses PNG, ZIP and gzip files by their magic numbers", () => {
    for (const magic of [
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a],
      [0x50, 0x4b, 0x03, 0x04],
      [0x1f, 0x8b, 0x08],
    ]) {
      const error = refusal(concat(magic, utf8("rest of the file")));
      expect(error.code).toBe("INPUT_UNREADABLE");
    }
  });

  it("refuses binary content full of NUL and control bytes", () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(refusal(bytes).code).toBe("INPUT_UNREADABLE");
  });

  it("keeps a text with a few stray NULs (the normaliser removes them)", () => {
    expect(decodeBytes(concat(utf8("Title"), [0], utf8("\n\nAbstract.")), "x.txt").text).toBe("Title\0\n\nAbstract.");
  });

  it("decodes 5 MB of mostly invalid bytes in well under a second", () => {
    const bytes = Uint8Array.from({ length: 5_000_000 }, (_, i) => (i % 2 === 0 ? 0xe9 : 0x61));
    const started = performance.now();
    const result = decodeBytes(bytes, "x.txt");
    expect(result.text.length).toBe(5_000_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
