import { describe, expect, it } from "vitest";
import { decodeText7, encodeText7 } from "./offline.ts";

function bytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let a = seed;
  for (let i = 0; i < n; i++) {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0;
    out[i] = a >>> 24;
  }
  return out;
}

describe("encodeText7(bytes) / decodeText7(text, n)", () => {
  it("round-trips every byte value and every length up to 64", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decodeText7(encodeText7(all), all.length)).toEqual(all);
    for (let n = 0; n <= 64; n++) expect(decodeText7(encodeText7(bytes(n, n + 1)), n)).toEqual(bytes(n, n + 1));
  });

  it("never writes <, CR or NUL (a raw-text <script> carries it verbatim)", () => {
    const text = encodeText7(bytes(100_000));
    expect(text).not.toMatch(/[<\r\0]/);
    expect(decodeText7(text, 100_000)).toEqual(bytes(100_000));
  });

  it("costs 8/7 of the bytes, plus a little for the three escaped values", () => {
    const n = 70_000;
    const utf8 = new TextEncoder().encode(encodeText7(bytes(n))).length;
    expect(utf8 / n).toBeGreaterThan(8 / 7);
    expect(utf8 / n).toBeLessThan(1.18);
  });
});
