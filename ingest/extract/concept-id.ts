/**
 * Concept ids
 * ===========
 * `normName(s)` folds the spelling variants of a name the way the reference scorer
 * (`../shared/eval/score.py`, `norm`) does: NFKC, lower case, hyphens/underscores/slashes to
 * spaces, punctuation dropped, whitespace collapsed, one trailing plural "s" dropped. So
 * "Mixture-of-Experts", "mixture of experts" and "Mixture of Expert" meet in one node.
 * `conceptId(type, name)` = `${type}:${normName(name)}` (GUIDE §3).
 */
import { foldPlainName as foldPlain } from "../../schema/concept-name.ts";
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
