/**
 * Text normalisation
 * ==================
 * `normalizeText(text, file)` makes decoded text safe and predictable for the parsers while keeping
 * its line structure (so `file:line` in warnings stays true):
 * - CRLF and lone CR (and U+2028/U+2029) become LF; Unicode NFC;
 * - zero-width characters, bidi controls, NUL, DEL and the C0/C1 controls other than `\n` and `\t`
 *   are removed, counted in one CONTROL_CHARS_REMOVED warning (form feed and vertical tab become a
 *   space instead, so the words either side of a page break stay apart).
 * `joinLines(lines)` joins a paragraph's lines, mending words hyphenated at a line break, and
 * `collapseWhitespace(s)` is the title clean-up. All single-pass, no regexes that can backtrack.
 */
import type { Warning } from "../../schema/warnings.ts";

export interface NormalizeResult {
  text: string;
  warnings: Warning[];
}

type Removal = "zero-width" | "bidi" | "control";

/** What happens to a code unit: kept (undefined), dropped (a Removal) or replaced by a string. */
function classify(c: number): Removal | " " | "\n" | undefined {
  if (c >= 0x20 && c < 0x7f) return undefined; // the hot path: printable ASCII
  if (c === 0x0a || c === 0x09) return undefined;
  if (c === 0x0b || c === 0x0c) return " ";
  if (c === 0x0d) return "\n"; // CRLF is folded before this is consulted
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return "control";
  if (c < 0x200b) return c === 0x061c ? "bidi" : c === 0x00ad ? "zero-width" : undefined;
  if (c <= 0x200d || c === 0x2060 || c === 0xfeff) return "zero-width";
  if (c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return "bidi";
  if (c === 0x2028 || c === 0x2029) return "\n";
  return undefined;
}

/**
 * Every character `classify` acts on, as one single-character class: matching it with /g is a
 * native linear scan, so clean text (the usual case) costs one pass and no copies.
 */
const ACTIONABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060\u2066-\u2069\ufeff]/g;

/** Normalise decoded text; see the banner. `file` names the file in the warning. */
export function normalizeText(text: string, file: string): NormalizeResult {
  const counts: Record<Removal, number> = { "zero-width": 0, bidi: 0, control: 0 };
  const parts: string[] = [];
  let keptFrom = 0;
  ACTIONABLE.lastIndex = 0;
  for (let match = ACTIONABLE.exec(text); match !== null; match = ACTIONABLE.exec(text)) {
    const i = match.index;
    const action = classify(text.charCodeAt(i));
    if (action === undefined) continue;
    parts.push(text.slice(keptFrom, i));
    keptFrom = i + 1;
    if (action === " " || action === "\n") parts.push(action);
    else counts[action]++;
    // CRLF: the CR became the LF, so the LF that follows is skipped.
    if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a) keptFrom = i + 2;
  }
  parts.push(text.slice(keptFrom));
  const cleaned = parts.length === 1 ? text : parts.join("");
  const warnings: Warning[] = [];
  const removed = counts["zero-width"] + counts.bidi + counts.control;
  if (removed > 0) {
    const detail = (Object.keys(counts) as Removal[])
      .filter((k) => counts[k] > 0)
      .map((k) => `${counts[k]} ${k}`)
      .join(", ");
    warnings.push({
      code: "CONTROL_CHARS_REMOVED",
      file,
      message: `normalize: ${file}: removed ${removed} invisible or control character(s) (${detail})`,
    });
  }
  return { text: cleaned.normalize("NFC"), warnings };
}

/** Whitespace in titles and paragraphs: ASCII, no-break, the U+2000 spaces, ideographic. */
const OTHER_SPACE = "\\t\\n\\v\\f\\r\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000";
/**
 * A whitespace run that is not already a single " ": it starts with another space character, or
 * it is " " followed by more. Each branch is one class then a greedy class run: no backtracking,
 * and ordinary text (single spaces only) has no match at all.
 */
const ODD_SPACE_RUN = new RegExp(`[${OTHER_SPACE}][ ${OTHER_SPACE}]*| [ ${OTHER_SPACE}]+`, "g");

/** Trim and reduce every run of whitespace (including no-break and ideographic spaces) to one space. */
export function collapseWhitespace(s: string): string {
  const single = s.replace(ODD_SPACE_RUN, " ");
  const start = single.charCodeAt(0) === 0x20 ? 1 : 0;
  const end =
    single.length > start && single.charCodeAt(single.length - 1) === 0x20 ? single.length - 1 : single.length;
  return start === 0 && end === single.length ? single : single.slice(start, end);
}

function isLowerLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Join the lines of one paragraph with single spaces. A line ending in `letter-` followed by a line
 * starting with a lower-case letter is a word hyphenated at the break ("distri-" + "buted"): the
 * hyphen goes. After a digit or capital ("GPT-" + "4") the hyphen stays and no space is added.
 */
export function joinLines(lines: readonly string[]): string {
  // Parts are collected and joined once: repeated `out + line` with a slice would be quadratic.
  const parts: string[] = [];
  for (const raw of lines) {
    const line = collapseWhitespace(raw);
    if (line === "") continue;
    const prev = parts[parts.length - 1];
    if (prev === undefined) {
      parts.push(line);
      continue;
    }
    const before = prev.charAt(prev.length - 2);
    if (prev.endsWith("-") && before !== "" && before !== " " && before !== "-") {
      if (isLowerLetter(before) && isLowerLetter(line.charAt(0))) parts[parts.length - 1] = prev.slice(0, -1);
      parts.push(line);
    } else {
      parts.push(" ", line);
    }
  }
  return parts.join("");
}
