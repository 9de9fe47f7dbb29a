/**
 * Acronym definitions (Schwartz & Hearst 2003)
 * ============================================
 * `findAcronymDefinitions(text)` finds short ↔ long form pairs a text defines:
 *   "Mixture-of-Experts (MoE)"          long form, then the short form in parentheses;
 *   "MHR (Multi-Head Routing)"          short form, then the long form in parentheses;
 *   "Positional/Structural Encodings (SE/PE)"  slash forms, split into single pairs.
 * The long form is the shortest run of preceding words whose letters contain the short form's
 * characters in order, the first one opening a word (Schwartz & Hearst, "A simple algorithm for
 * identifying abbreviation definitions in biomedical text", PSB 2003). Digits stand for words as
 * in "I2V" (image-to-video). Plural short forms ("SSMs") are singularised. Pure.
 */
import { STOP_NAMES } from "./lexicons/stop.ts";

export interface AcronymDefinition {
  short: string;
  long: string;
  /** Offsets of the whole definition in the text ("long (short)"). */
  start: number;
  end: number;
}

const FUNCTION_WORDS = new Set(
  "a an the of in on for to and or with by from as at via into over under our its their this that these those is are we".split(
    " ",
  ),
);
const DIGIT_WORDS: Record<string, string> = { "2": "t", "4": "f" };

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** A short-form candidate: 2–12 characters, at most two words, starts alphanumeric, has an upper-case letter. */
function isShortForm(s: string): boolean {
  if (s.length < 2 || s.length > 12) return false;
  if (s.split(/\s+/).length > 2) return false;
  if (!isAlnum(s[0])) return false;
  if (!/\p{Lu}/u.test(s)) return false;
  if (!/^[\p{L}\p{N}][\p{L}\p{N}\-/&.+ ]*$/u.test(s) || (s.match(/\p{L}/gu) ?? []).length < 2) return false;
  if (/^[IVX]+$/.test(s) || (/^\d/.test(s) && !/\p{L}{2}/u.test(s))) return false;
  return !STOP_NAMES.has(singular(s).toUpperCase());
}

function schwartzHearst(short: string, candidate: string): string | null {
  let s = short.length - 1;
  let l = candidate.length - 1;
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    if (!isAlnum(c)) {
      s--;
      continue;
    }
    // the first character of the short form must open a word of the long form
    while (l >= 0 && (candidate[l]!.toLowerCase() !== c || (s === 0 && isAlnum(candidate[l - 1])))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  return candidate.slice(candidate.lastIndexOf(" ", l) + 1).trim();
}

/**
 * The long form whose word initials spell the short form exactly, function words skipped
 * ("IID" ← "independent and identically distributed", where Schwartz–Hearst alone stops at
 * "identically distributed"). Words split at hyphens too ("Multi-task learning" → M, T, L).
 */
function initialsLongForm(short: string, candidate: string): string | null {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
  if (letters.length < 2 || !/^\p{L}+$/u.test(letters)) return null;
  const words = [...candidate.matchAll(/[\p{L}\p{N}]+/gu)];
  let li = letters.length - 1;
  let wi = words.length - 1;
  while (wi >= 0 && li >= 0) {
    const w = words[wi]![0].toLowerCase();
    if (w[0] === letters[li]) {
      li--;
      wi--;
    } else if (FUNCTION_WORDS.has(w) && li < letters.length - 1) {
      wi--;
    } else {
      return null;
    }
  }
  if (li >= 0) return null;
  return candidate.slice(words[wi + 1]!.index).trim();
}

/** Schwartz–Hearst best long form: the shortest suffix of `candidate` matching `short`, or null. */
export function bestLongForm(short: string, candidate: string): string | null {
  const initials = initialsLongForm(short, candidate);
  if (initials !== null) return initials;
  const direct = schwartzHearst(short, candidate);
  if (direct !== null || !/[24]/.test(short)) return direct;
  let spelled = short;
  for (const [digit, letter] of Object.entries(DIGIT_WORDS)) spelled = spelled.split(digit).join(letter);
  return schwartzHearst(spelled, candidate);
}

function plausible(short: string, long: string): boolean {
  if (long.length <= short.length) return false;
  const words = long.split(/[\s]+/);
  const letters = short.replace(/[^\p{L}\p{N}]/gu, "").length;
  if (words.length > Math.min(letters + 5, letters * 2 + 1)) return false;
  if (FUNCTION_WORDS.has(words[0]!.toLowerCase())) return false;
  if (FUNCTION_WORDS.has(words[words.length - 1]!.toLowerCase())) return false;
  if (words.some((w) => w === short)) return false;
  if (/[()[\]{}=^\\]/.test(long) || !/\p{L}{3}/u.test(long)) return false;
  return true;
}

/** "SSMs" → "SSM" when the rest is upper case; "MoEs" → "MoE". */
function singular(short: string): string {
  if (/^[\p{Lu}\p{N}-]+s$/u.test(short) && short.length > 2) return short.slice(0, -1);
  if (/^\p{Lu}\p{Ll}\p{Lu}s$/u.test(short)) return short.slice(0, -1);
  return short;
}

function trimLong(long: string): string {
  return long.replace(/^["'“‘]+|["'”’.,;:]+$/g, "").trim();
}

/** Split "Positional/Structural Encodings" × "SE/PE" into ["Structural Encodings"↔SE, "Positional Encodings"↔PE]. */
function splitSlashes(short: string, candidate: string): Array<[string, string]> {
  const shorts = short.split("/").map((s) => s.trim());
  const m = /(\S+(?:\/\S+)+)\s+([^/]+)$/.exec(candidate);
  if (m === null) return [];
  const alternatives = m[1]!.split("/");
  const tail = m[2]!.trim();
  const pairs: Array<[string, string]> = [];
  for (const sf of shorts) {
    for (const alt of alternatives) {
      const long = bestLongForm(sf, `${alt} ${tail}`);
      if (long !== null && long.startsWith(alt) && plausible(sf, long)) {
        pairs.push([singular(sf), trimLong(long)]);
        break;
      }
    }
  }
  return pairs;
}

/** The words before offset `end` in the same clause (stops at punctuation that ends a phrase). */
function precedingClause(text: string, end: number): string {
  const before = text.slice(Math.max(0, end - 160), end);
  const cut = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf(", "),
    before.lastIndexOf("; "),
    before.lastIndexOf(": "),
    before.lastIndexOf("("),
    before.lastIndexOf(")"),
    before.lastIndexOf('"'),
  );
  return before.slice(cut + 1).trim();
}

export function findAcronymDefinitions(text: string): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  const seen = new Set<string>();
  const add = (short: string, long: string, start: number, end: number): void => {
    const key = `${short}\u0000${long.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ short, long, start, end });
  };
  for (const m of text.matchAll(/\(([^()]{1,120})\)/g)) {
    const open = m.index;
    const close = open + m[0].length;
    let inner = m[1]!.trim();
    if (/^(?:e\.g|i\.e|see|cf|resp|c\.f)\b/i.test(inner)) continue;
    inner = inner.split(/[;,]\s/)[0]!.trim();
    if (isShortForm(inner)) {
      const candidate = precedingClause(text, open);
      if (candidate === "") continue;
      if (inner.includes("/") && candidate.includes("/")) {
        for (const [sf, lf] of splitSlashes(inner, candidate)) add(sf, lf, open - candidate.length, close);
        continue;
      }
      const short = singular(inner);
      const long = bestLongForm(short, candidate);
      if (long !== null && plausible(short, trimLong(long))) add(short, trimLong(long), open - long.length, close);
      continue;
    }
    // "SF (long form)": the word before the parenthesis is the short form.
    if (inner.split(/\s+/).length < 2) continue;
    const before = /([\p{L}\p{N}][\p{L}\p{N}\-+]*)\s*$/u.exec(text.slice(Math.max(0, open - 20), open));
    if (before === null) continue;
    const short = singular(before[1]!);
    if (!isShortForm(short) || !/\p{Lu}.*\p{Lu}/u.test(short)) continue;
    const long = bestLongForm(short, inner);
    if (long !== null && long === inner && plausible(short, long)) add(short, long, open - before[1]!.length, close);
  }
  return out;
}
