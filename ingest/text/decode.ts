/**
 * Byte decoding
 * =============
 * `decodeBytes(bytes, file)` turns a file's bytes into a JS string, or refuses it.
 * - UTF-8 with or without BOM; UTF-16 LE/BE with BOM (and without one when the NUL pattern is
 *   unmistakable); UTF-32 is refused.
 * - Bytes that are not valid UTF-8 are decoded one by one as Latin-1 (what a stray `é` saved by a
 *   Latin-1 editor most likely was), each run reported as a LATIN1_FALLBACK warning with its offset.
 * - Empty, whitespace-only and binary inputs (magic numbers, many NUL/control bytes) throw
 *   PaperAtlasError("INPUT_UNREADABLE") naming the file and the reason.
 * Pure and linear-time: one pass over the bytes, no regexes.
 */
import { PaperAtlasError } from "../../schema/errors.ts";
import type { Warning } from "../../schema/warnings.ts";

export interface DecodeResult {
  text: string;
  warnings: Warning[];
}

/** File signatures of formats that are never text listings. */
const MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a ZIP archive", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "a ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "an xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: "a bzip2 archive", bytes: [0x42, 0x5a, 0x68] },
  { name: "a zstd archive", bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "an ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Only the first bytes are sampled for the binary check: enough to judge, cheap on a 50 MB file. */
const SAMPLE_BYTES = 64 * 1024;
/** At most this many LATIN1_FALLBACK warnings per file; the last one gives the total. */
const MAX_FALLBACK_WARNINGS = 10;

function refuse(file: string, reason: string, hint?: string): never {
  throw new PaperAtlasError("INPUT_UNREADABLE", `decode: ${file}: ${reason}`, {
    where: file,
    hint: hint ?? "give a plain-text listing (UTF-8 or UTF-16 with BOM)",
  });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** BOM-less UTF-16: most code units of ASCII-heavy text have one NUL half, always the same one. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  if (oddNul > units * 0.6 && evenNul < units * 0.05) return "utf-16le";
  if (evenNul > units * 0.6 && oddNul < units * 0.05) return "utf-16be";
  return null;
}

/** True for bytes no text file contains: C0 controls other than TAB, LF, VT, FF, CR and ESC. */
function isBinaryByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

function binaryReason(bytes: Uint8Array): string | null {
  for (const magic of MAGIC) if (startsWith(bytes, magic.bytes)) return `looks like ${magic.name}, not text`;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let suspicious = 0;
  for (let i = 0; i < n; i++) if (isBinaryByte(bytes[i]!)) suspicious++;
  // A few stray NULs or controls are noise the normaliser removes; a few percent means binary
  // (random or compressed bytes have about 10%).
  if (suspicious > 8 && suspicious > n * 0.02)
    return `binary content (${suspicious} NUL or control bytes in the first ${n})`;
  return null;
}

function inRange(bytes: Uint8Array, i: number, lo: number, hi: number): boolean {
  const b = bytes[i];
  return b !== undefined && b >= lo && b <= hi;
}

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  // The second byte's range depends on the lead byte (no overlongs, no surrogates, ≤ U+10FFFF).
  let lo = 0x80;
  let hi = 0xbf;
  let len: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) len = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    len = 3;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    len = 4;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return 0;
  if (!inRange(bytes, i + 1, lo, hi)) return 0;
  for (let k = 2; k < len; k++) if (!inRange(bytes, i + k, 0x80, 0xbf)) return 0;
  return len;
}

/** The code point of the valid `len`-byte UTF-8 sequence at `i`. */
function codePoint(bytes: Uint8Array, i: number, len: number): number {
  const b0 = bytes[i]!;
  if (len === 1) return b0;
  let cp = b0 & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
  for (let k = 1; k < len; k++) cp = (cp << 6) | (bytes[i + k]! & 0x3f);
  return cp;
}

function unitsToString(units: Uint16Array, length: number): string {
  const chunks: string[] = [];
  for (let i = 0; i < length; i += 8192)
    chunks.push(String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192))));
  return chunks.join("");
}

/**
 * UTF-8 with each invalid byte taken as the Latin-1 character of the same value. One pass into a
 * UTF-16 buffer (never longer than the input); one warning per run of invalid bytes (capped).
 */
function decodeUtf8Lenient(bytes: Uint8Array, start: number, file: string): DecodeResult {
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  try {
    return { text: strict.decode(bytes.subarray(start)), warnings: [] };
  } catch {
    // Not valid UTF-8 somewhere: fall through to the byte-by-byte pass that finds where.
  }
  const units = new Uint16Array(bytes.length);
  const warnings: Warning[] = [];
  let n = 0;
  let line = 1;
  let invalidTotal = 0;
  let runStart = -1;
  const endRun = (at: number): void => {
    invalidTotal += at - runStart;
    if (warnings.length < MAX_FALLBACK_WARNINGS) {
      warnings.push({
        code: "LATIN1_FALLBACK",
        file,
        line,
        offset: runStart,
        message: `decode: ${file}:${line}: ${at - runStart} byte(s) at offset ${runStart} are not valid UTF-8; decoded as Latin-1`,
      });
    }
    runStart = -1;
  };
  for (let i = start; i < bytes.length;) {
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) {
      if (runStart < 0) runStart = i;
      units[n++] = bytes[i]!;
      i++;
      continue;
    }
    if (runStart >= 0) endRun(i);
    const cp = codePoint(bytes, i, len);
    if (cp === 0x0a) line++;
    if (cp > 0xffff) {
      units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[n++] = cp;
    i += len;
  }
  if (runStart >= 0) endRun(bytes.length);
  const last = warnings[warnings.length - 1];
  if (last && warnings.length === MAX_FALLBACK_WARNINGS) {
    last.message += ` (${invalidTotal} invalid bytes in all; later runs not listed)`;
  }
  return { text: unitsToString(units, n), warnings };
}

/**
 * Decode a file's bytes to text. `file` is the name used in messages and warnings.
 * Throws PaperAtlasError("INPUT_UNREADABLE") for empty, whitespace-only, binary or UTF-32 input.
 */
export function decodeBytes(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length === 0) refuse(file, "the file is empty", "check that the file was saved completely");
  let result: DecodeResult;
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    refuse(file, "UTF-32 text is not supported", "re-save the file as UTF-8");
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    result = { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), warnings: [] };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    result = { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), warnings: [] };
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      result = { text: new TextDecoder(utf16).decode(bytes), warnings: [] };
    } else {
      const reason = binaryReason(bytes);
      if (reason) refuse(file, reason);
      result = decodeUtf8Lenient(bytes, startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0, file);
    }
  }
  if (result.text.trim() === "")
    refuse(file, "the file contains only whitespace", "check that the file was saved completely");
  return result;
}
