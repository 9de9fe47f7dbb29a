/**
 * Tokens for extraction
 * =====================
 * `tokenize(text)` splits normalised text into atoms (runs of letters and digits, with "3.5",
 * "M^3" and "C++" kept whole), records what separates each atom from the previous one (nothing,
 * a space, a hyphen, or hard punctuation that no name crosses), groups atoms into words
 * (hyphen-joined: "Mixture-of-Experts", "GPT-4") and numbers sentences. Every rule works on this
 * one pass; no regex per term. Pure.
 */

/** What stands between an atom and the one before it. */
export const SEP_NONE = 0;
export const SEP_SPACE = 1;
export const SEP_HYPHEN = 2;
export const SEP_HARD = 3;

export interface Atom {
  start: number;
  end: number;
  /** Lower-cased text, the key for lexicon look-ups. */
  lower: string;
  /** SEP_* before this atom. */
  sep: number;
  sentence: number;
  /** Index of the word this atom belongs to. */
  word: number;
}

export interface Word {
  /** First and last atom index, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** The text has a capital A–Z or a non-ASCII character (found while scanning, so rules need not rescan). */
  cased: boolean;
  /** The text has a digit. */
  digits: boolean;
}

export interface Tokens {
  text: string;
  atoms: Atom[];
  words: Word[];
  /** Start offset of each sentence. */
  sentenceStarts: number[];
}

const HYPHEN_ONLY = /^[-\u2010\u2011\u2012\u2013]$/;
const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "al",
  "vs",
  "etc",
  "fig",
  "figs",
  "eq",
  "eqs",
  "cf",
  "approx",
  "resp",
  "no",
  "sec",
  "ref",
  "refs",
  "viz",
  "ca",
  "mr",
  "dr",
  "st",
]);

function classify(sep: string): number {
  if (sep === " ") return SEP_SPACE;
  if (sep === "") return SEP_NONE;
  if (HYPHEN_ONLY.test(sep)) return SEP_HYPHEN;
  if (/^\s+$/.test(sep)) return SEP_SPACE;
  return SEP_HARD;
}

/** SEP_* for the text between two atoms; the common separators (nothing, a space, a hyphen) without a slice. */
function separator(text: string, last: number, start: number): number {
  if (start === last) return SEP_NONE;
  const c = start - last === 1 ? text.charCodeAt(last) : -1;
  if (c === 32) return SEP_SPACE;
  if (c === 45) return SEP_HYPHEN;
  return classify(text.slice(last, start));
}

function endsSentence(sepText: string, prev: Atom | undefined, next: string): boolean {
  if (!/[.!?]["')\]]*\s/.test(sepText)) return false;
  if (prev !== undefined && sepText.startsWith(".") && ABBREVIATIONS.has(prev.lower)) return false;
  return /^[\p{Lu}\p{N}"'(]/u.test(next) || /^[\p{Lu}]/u.test(next);
}

const UNICODE_ALNUM = /[\p{L}\p{N}]/u;

/** Letters and digits, with an ASCII fast path (the scanner's hot test). */
function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdbff) return UNICODE_ALNUM.test(text.slice(i, i + 2));
  return UNICODE_ALNUM.test(text[i]!);
}

export function tokenize(text: string): Tokens {
  const atoms: Atom[] = [];
  const words: Word[] = [];
  const sentenceStarts = [0];
  let sentence = 0;
  let last = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    // ASCII fast path inline: this loop sees every character
    const alnum0 =
      c0 < 128 ? (c0 >= 97 && c0 <= 122) || (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) : isAlnumAt(text, i);
    if (!alnum0) {
      i++;
      continue;
    }
    const start = i;
    // letters other than a–z and digits: the atom needs lower-casing (most do not)
    let cased = c0 >= 65 && (c0 <= 90 || c0 >= 128);
    let digits = c0 >= 48 && c0 <= 57;
    i++;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) continue;
      if (c >= 48 && c <= 57) {
        digits = true;
        continue;
      }
      if (c >= 65 && c <= 90) {
        cased = true;
        continue;
      }
      if (c >= 128 && isAlnumAt(text, i)) {
        cased = true;
        continue;
      }
      if ((c === 46 || c === 94 || c === 39 || c === 8217) && i + 1 < n && isAlnumAt(text, i + 1)) {
        cased ||= c === 8217;
        continue; // . ^ ' ’
      }
      break;
    }
    while (i < n && (text.charCodeAt(i) === 43 || text.charCodeAt(i) === 35)) i++; // + #
    const raw = text.slice(start, i);
    const prev = atoms.length === 0 ? undefined : atoms[atoms.length - 1]!;
    const sep = prev === undefined ? SEP_HARD : separator(text, last, start);
    if (prev !== undefined && sep === SEP_HARD && endsSentence(text.slice(last, start), prev, raw)) {
      sentence++;
      sentenceStarts.push(start);
    }
    // a non-ASCII hyphen joining this atom to the word ("state‐of‐the‐art") is a non-ASCII character in it
    const wideHyphen = sep === SEP_HYPHEN && text.charCodeAt(last) !== 45;
    const lastWord = words.length === 0 ? undefined : words[words.length - 1]!;
    let wordIndex: number;
    if ((sep === SEP_NONE || sep === SEP_HYPHEN) && lastWord !== undefined) {
      lastWord.last = atoms.length;
      lastWord.end = i;
      lastWord.cased ||= cased || wideHyphen;
      lastWord.digits ||= digits;
      wordIndex = words.length - 1;
    } else {
      wordIndex = words.length;
      words.push({ first: atoms.length, last: atoms.length, start, end: i, text: raw, sentence, cased, digits });
    }
    atoms.push({ start, end: i, lower: cased ? raw.toLowerCase() : raw, sep, sentence, word: wordIndex });
    last = i;
  }
  for (const w of words) if (w.last > w.first) w.text = text.slice(w.start, w.end); // hyphenated words, once
  return { text, atoms, words, sentenceStarts };
}

/** Index of the first atom ending after `offset` (binary search). */
export function atomAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.atoms[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence containing offset `at`. */
export function sentenceAt(tokens: Tokens, index: number): string {
  const start = tokens.sentenceStarts[index] ?? 0;
  const end = tokens.sentenceStarts[index + 1] ?? tokens.text.length;
  return tokens.text.slice(start, end).trim();
}

/** The word without a possessive "'s" or "’s" ("GPT-4's" → "GPT-4"): `replace(/['’]s$/, "")`, without the regex. */
export function unpossessed(word: string): string {
  const n = word.length;
  const c = word.charCodeAt(n - 2);
  return n >= 2 && word.charCodeAt(n - 1) === 115 && (c === 39 || c === 8217) ? word.slice(0, -2) : word;
}

/** Shape tests used by several rules. */
export const isCapitalised = (s: string): boolean => /^\p{Lu}/u.test(s);
export const isAllCaps = (s: string): boolean => /^[\p{Lu}\p{N}]+$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);
/** One part of a hyphenated word that makes it a name: CamelCase, two capitals, or letters with digits ("GSM8K"). */
const namePart = (p: string): boolean =>
  /\p{Ll}\p{Lu}/u.test(p) ||
  /\p{Lu}\p{Lu}/u.test(p) ||
  (/\p{Lu}/u.test(p) && /\p{N}/u.test(p) && (p.match(/\p{L}/gu) ?? []).length >= 2);

/** CamelCase, digit-bearing or mixed-case: "NetMamba", "ResNet50", "MoE", "vLLM", "MSR-VTT", "SpecDec++" — not "Real-Time". */
/** Capitals marking an acronym's letters in an ordinary word ("COmputation", "deCoupled"): not a name. */
const EMPHASIS = /^(?:\p{Lu}{2}\p{Ll}{5,}|\p{Ll}{1,3}\p{Lu}\p{Ll}{3,}(?:ed|ing|ive|al|tion|ly|er))$/u;

export const isNameLike = (s: string): boolean =>
  !EMPHASIS.test(s) &&
  !/[()[\]{}=]/.test(s) &&
  !/\+\d{0,4}$/.test(s.replace(/\+\+$/, "")) &&
  ((/\+\+$/.test(s) && /\p{Lu}/u.test(s)) || s.split(/[-\u2010-\u2013]/).some(namePart));
