/**
 * Title keys and paper ids
 * ========================
 * `titleKey(title)` is the form two copies of one title share: NFKC, invisible characters dropped,
 * case-folded, punctuation and whitespace runs reduced to one space. Letters, digits and symbols
 * (`+`, `#`, `ε`) are kept, so "C++" and "C#" stay apart while "Metanetworks : A" meets
 * "Metanetworks: A" and "GRAPH  mamba" meets "Graph Mamba".
 * `paperId(entry)` is the GUIDE §3 key: the arXiv id when known, else `t:` + the first 16 hex
 * characters of sha256(titleKey) — stable across runs and machines (`doi:…`, `openalex:…` or
 * `s2:…` for a stub that has no title).
 */
import { createHash } from "node:crypto";
import type { ParsedEntry } from "../../schema/model.ts";

/** Format (Cf) characters are invisible: zero-width, bidi controls, soft hyphen, BOM. */
const INVISIBLE = /\p{Cf}/gu;
/** One run of anything that is not a letter, mark, digit or symbol. Single class + `+`: linear. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}\p{S}]+/gu;

export function titleKey(title: string): string {
  const folded = title.normalize("NFKC").replace(INVISIBLE, "").toLowerCase().normalize("NFKC");
  const key = folded.replace(SEPARATORS, " ").trim();
  // A title of punctuation only still needs a key: fall back to its folded, whitespace-trimmed form.
  return key === "" ? folded.trim() : key;
}

/** First 16 hex characters of sha256 of `text` (UTF-8). */
export function shortHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);
}

/** `t:` + 16 hex of sha256(titleKey(title)): the id of a paper without an arXiv id. */
export function titleId(title: string): string {
  return `t:${shortHash(titleKey(title))}`;
}

/**
 * The stable `Paper.id` for an entry: its arXiv id, else `t:` + a hash of its title key; a stub
 * known by an identifier only (no title) is `doi:…`, `openalex:W…` or `s2:…`.
 */
export function paperId(entry: Pick<ParsedEntry, "title" | "arxivId" | "doi" | "openalexId" | "s2Id">): string {
  if (entry.arxivId !== null) return entry.arxivId;
  if (entry.title === "") {
    const strong = entry.doi
      ? `doi:${entry.doi}`
      : entry.openalexId
        ? `openalex:${entry.openalexId}`
        : entry.s2Id
          ? `s2:${entry.s2Id}`
          : null;
    if (strong !== null) return strong;
  }
  return titleId(entry.title);
}
