/**
 * Web of Science cited references (`CR`)
 * ======================================
 * One `CR` line names one cited work: `Author I, Year, SOURCE, Vvol, Ppage, DOI 10.x/…`; any part
 * may be missing, and WoS writes several DOIs as `DOI [10.a/1, 10.b/2]`. `parseCited` splits it;
 * `citedKey` is what identifies a reference without a DOI: first author, year and source, folded
 * like a title (case, punctuation). Pure.
 */
import { normalizeDoi } from "../../dedup/identity.ts";
import { titleKey } from "../../dedup/title-key.ts";

export interface Cited {
  /** The reference without its DOI part, as written: a stub's title when nothing else names it. */
  text: string;
  author: string | null;
  year: number | null;
  source: string | null;
  doi: string | null;
}

const DOI_TAIL = /,?\s*DOI\s+(\[[^\]]*\]?|\S+)\s*$/i;

export function parseCited(raw: string): Cited {
  const line = raw.trim();
  const m = DOI_TAIL.exec(line);
  let doi: string | null = null;
  let text = line;
  if (m) {
    const dois = m[1]!.replace(/^\[|\]$/g, "").split(/[,\s]+/);
    doi = dois.map((d) => normalizeDoi(d)).find((d) => d !== null) ?? null;
    text = line.slice(0, m.index).trim();
  }
  const parts = text === "" ? [] : text.split(",").map((p) => p.trim());
  let author: string | null = parts[0] && !/^\d{4}$/.test(parts[0]) ? parts[0] : null;
  if (author === "[Anonymous]" || author === "") author = null;
  const yearAt = parts.findIndex((p, i) => i <= 1 && /^\d{4}$/.test(p));
  const year = yearAt < 0 ? null : Number(parts[yearAt]);
  const after = parts[yearAt < 0 ? 1 : yearAt + 1];
  const source = after !== undefined && after !== "" && !/^[VP]\d|^DOI\b/i.test(after) ? after : null;
  return { text, author, year, source, doi };
}

/** `author|year|source` folded, or null when the reference names none of the three. */
export function citedKey(author: string | null, year: number | string | null, source: string | null): string | null {
  if (author === null && source === null) return null;
  return `${author === null ? "" : titleKey(author)}|${year ?? ""}|${source === null ? "" : titleKey(source)}`;
}
