/**
 * CSL-JSON (Zotero's "CSL JSON" export, citeproc, doi.org content negotiation)
 * ============================================================================
 * An array of CSL items (Zotero), one item (what `https://doi.org/…` returns for
 * `Accept: application/vnd.citationstyles.csl+json`), or JSON Lines of items (a line that is not
 * JSON fails at its line). Per item: `title` → title, `abstract` →
 * abstract (markup and a trailing copyright notice dropped), `author[]` (`{family, given}` →
 * "given family", or `{literal}`) → authors, `issued` (`date-parts` as numbers or strings, else `raw`) → published (the precision
 * given), `DOI` → doi (an arXiv DOI names the arXiv id too), `URL` → doi or arXiv id when it is a
 * doi.org or arxiv.org link. `container-title` and `keyword` are read by nobody: the paper model
 * has no venue or keyword field yet. Each entry points at the line where its item opens. An item
 * without a title, or that is not an object, is skipped with a warning at its line; text that is
 * not JSON fails with PARSE_FAILED at the line of the syntax error (nothing of the file is kept:
 * a broken document has no trustworthy items); PARSE_FAILED too when no item gives a paper. Pure.
 */
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { arxivIdFromDoi, normalizeDoi } from "../../dedup/identity.ts";
import { arxivIdFromLinks } from "../../text/links.ts";
import { baseEntry, cleanText, publishedFrom, recordWarning, stripMarkup, withAuthors } from "../common/fields.ts";
import {
  JsonLines,
  LineIndex,
  arr,
  firstChar,
  isObject,
  looksLikeJsonLines,
  obj,
  parseFailed,
  parseJson,
  str,
  type Json,
} from "../common/json.ts";
import { SCORE, type Format, type ParseResult } from "../format.ts";
import { hfApi } from "../hf-api/hf-api.ts";
import { openalex } from "../openalex/openalex.ts";
import { s2 } from "../s2/s2.ts";
import { withoutPublisherNotice } from "../table/columns.ts";

const COMPONENT = "csl-json";

/**
 * The offsets where the elements of a top-level array start (`[` → each element's first
 * character), or `[start of the document]` when it is not an array. One pass over a text that
 * JSON.parse has accepted, strings skipped.
 */
export function topLevelItemOffsets(text: string): number[] {
  const start = text.search(/\S/);
  if (text[start] !== "[") return [Math.max(start, 0)];
  const offsets: number[] = [];
  let depth = 0;
  let expectItem = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (depth === 1 && expectItem) offsets.push(i);
      expectItem = false;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "[" || c === "{") {
      if (depth === 1 && expectItem) offsets.push(i);
      expectItem = false;
      depth++;
      if (depth === 1) expectItem = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectItem = true;
    else if (depth === 1 && expectItem && !/\s/.test(c)) {
      offsets.push(i); // a number, true, false or null
      expectItem = false;
    }
  }
  return offsets;
}

/** `[[2017, 6, 12]]` or `[["2017", "6"]]` → `2017-06-12`, `2017-06`; `raw` when no parts; null otherwise. */
export function issuedDate(issued: Json | undefined): string | null {
  if (!isObject(issued)) return null;
  const parts = arr(issued, "date-parts")[0];
  if (Array.isArray(parts) && parts.length > 0) {
    const [y, m, d] = parts.map((p) => String(p).trim());
    const pad = (s: string) => s.padStart(2, "0");
    if (!/^\d{4}$/.test(y ?? "")) return publishedFrom(y); // a whole date in one part: "2017-06-12"
    if (m === undefined || !/^\d{1,2}$/.test(m)) return publishedFrom(y);
    const month = `${y}-${pad(m)}`;
    if (d === undefined || !/^\d{1,2}$/.test(d)) return publishedFrom(month) ?? publishedFrom(y);
    return publishedFrom(`${month}-${pad(d)}`) ?? publishedFrom(month) ?? publishedFrom(y);
  }
  const raw = str(issued, "raw") ?? str(issued, "literal");
  return raw === null ? null : (publishedFrom(raw) ?? publishedFrom(/\b\d{4}\b/.exec(raw)?.[0]));
}

/** `{family, given}` → "given family"; `{literal}` as written; anything else → nothing. */
function authorName(author: Json): string[] {
  if (!isObject(author)) return [];
  const literal = str(author, "literal");
  if (literal !== null) return [literal];
  const name = [str(author, "given"), str(author, "non-dropping-particle"), str(author, "family")]
    .filter((p) => p !== null)
    .join(" ");
  const suffix = str(author, "suffix");
  return name === "" ? [] : [suffix === null ? name : `${name} ${suffix}`];
}

/** A title as a string, or the first of a list (Crossref writes `["…"]`). */
function textOf(value: Json | undefined): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === "string") ?? "";
  return "";
}

export function cslItemToEntry(item: Json, file: string, line: number, warn: (w: Warning) => void): ParsedEntry | null {
  if (!isObject(item)) {
    const what = Array.isArray(item) ? "an array" : JSON.stringify(item).slice(0, 40);
    warn(recordWarning(COMPONENT, "UNPARSED_METADATA", file, line, `item is ${what}, not a CSL item; skipped`));
    return null;
  }
  const id = typeof item["id"] === "string" || typeof item["id"] === "number" ? ` ${item["id"]}` : "";
  const title = cleanText(stripMarkup(textOf(item["title"])), file);
  if (title === "") {
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_TITLE", file, line, `item${id} has no title; skipped`));
    return null;
  }
  const abstract = withoutPublisherNotice(cleanText(stripMarkup(textOf(item["abstract"])), file));
  if (abstract === "")
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_ABSTRACT", file, line, `item${id} has no abstract; kept`));
  const entry = baseEntry(file, line, title, abstract);
  entry.published = issuedDate(obj(item, "issued") ?? undefined);
  const url = str(item, "URL");
  entry.doi = normalizeDoi(str(item, "DOI")) ?? normalizeDoi(url);
  entry.arxivId = arxivIdFromDoi(entry.doi) ?? (url === null ? null : arxivIdFromLinks([url]));
  return withAuthors(entry, arr(item, "author").flatMap(authorName), file);
}

/** The items of a document (an array, or one item) or of JSON Lines (one item a line), each with its line. */
function itemsOf(text: string, file: string): { item: Json; line: number }[] {
  if (looksLikeJsonLines(text) && text.trim().includes("\n")) {
    const reader = new JsonLines(file, COMPONENT);
    return [...reader.push(text), ...reader.end()].map(({ line, value }) => ({ item: value, line }));
  }
  const doc = parseJson(text, file, COMPONENT);
  const items: Json[] = Array.isArray(doc) ? doc : [doc];
  const lines = new LineIndex(text);
  const offsets = topLevelItemOffsets(text);
  return items.map((item, k) => ({ item, line: lines.lineAt(offsets[k] ?? 0) }));
}

export function parseCslJson(text: string, file: string): ParseResult {
  const warnings: Warning[] = [];
  const entries = itemsOf(text, file).flatMap(
    ({ item, line }) => cslItemToEntry(item, file, line, (w) => warnings.push(w)) ?? [],
  );
  if (entries.length === 0)
    throw parseFailed(
      COMPONENT,
      file,
      1,
      "no CSL item with a title",
      'expected [{"type": …, "title": …, "author": [{"family": …, "given": …}], "issued": {"date-parts": [[2017]]}}]',
    );
  return { entries, warnings };
}

/** Keys only CSL writes: a date in parts, a container title, a citation key, or `author` as name parts. */
const SIGNATURE =
  /"(?:date-parts|container-title|citation-key)"\s*:|"author"\s*:\s*\[\s*\{\s*"(?:family|given|literal)"\s*:/;

/**
 * Sure when the text starts with `[` or `{`, has a `"title"` key and a CSL signature in its head,
 * and is none of the API formats (OpenAlex, Semantic Scholar, Hugging Face), whose detectors decide
 * first; 0 otherwise.
 */
function detect(text: string, fileName: string): number {
  const head = text.slice(0, 65536);
  const c = firstChar(head);
  if ((c !== "[" && c !== "{") || !/"title"\s*:/.test(head) || !SIGNATURE.test(head)) return SCORE.none;
  return [openalex, s2, hfApi].some((f) => f.detect(text, fileName) > 0) ? SCORE.none : SCORE.sure;
}

export const cslJson: Format = {
  id: "csl-json",
  description: "CSL-JSON (Zotero's CSL JSON export, doi.org): title, abstract, author, issued, DOI, URL",
  detect,
  parse: parseCslJson,
  extensions: [".csl.json", ".json"],
};
