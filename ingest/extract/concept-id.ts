/**
 * Concept ids
 * ===========
 * `normName(s)` folds the spelling variants of a name the way the reference scorer
 * (`../shared/eval/score.py`, `norm`) does: NFKC, lower case, hyphens/underscores/slashes to
 * spaces, punctuation dropped, whitespace collapsed, one trailing plural "s" dropped. So
 * "Mixture-of-Experts", "mixture of experts" and "Mixture of Expert" meet in one node.
 * `conceptId(type, name)` = `${type}:${normName(name)}` (GUIDE §3).
 */
import type { ConceptType } from "../../schema/model.ts";

/** The normalised form of a concept name or alias; equality of these is "same concept". */
const memo = new Map<string, string>();

export function normName(name: string): string {
  const plain = foldPlain(name);
  if (plain !== null) return plain;
  const cached = memo.get(name);
  if (cached !== undefined) return cached;
  if (memo.size > 100_000) memo.clear();
  const s = fold(name);
  memo.set(name, s);
  return s;
}

/**
 * `fold` for the usual name, without the memo (a large table, slow to probe): ASCII letters,
 * digits, ". + #", words joined by one space or hyphen. Lower case, hyphens as spaces, one plural
 * "s" off — what `fold` gives for such a name. Null for anything else.
 */
function foldPlain(name: string): string | null {
  let hyphen = false;
  let separated = true; // a space or hyphen here would lead, follow another, or (at the end) trail
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 43 || c === 35) {
      separated = false;
    } else if ((c === 32 || c === 45) && !separated) {
      separated = true;
      hyphen ||= c === 45;
    } else {
      return null;
    }
  }
  if (separated) return null; // empty, or a trailing space or hyphen
  let s = name.toLowerCase();
  if (hyphen) s = s.replace(/-/g, " ");
  if (s.length > 3 && s.endsWith("s") && !s.endsWith("ss")) s = s.slice(0, -1);
  return s;
}

function fold(name: string): string {
  let s = name.normalize("NFKC").toLowerCase();
  s = s.replace(/[\u2010-\u2015\-_/]/g, " ");
  s = s.replace(/[^\p{L}\p{N}_\s.+#²]/gu, "");
  s = s.replace(/\s+/g, " ").trim();
  if (s.length > 3 && s.endsWith("s") && !s.endsWith("ss")) s = s.slice(0, -1);
  return s;
}

/** The key of a concept node: same type and same normalised name are the same concept. */
export function conceptId(type: ConceptType, name: string): string {
  return `${type}:${normName(name)}`;
}
