/**
 * Semantic Scholar Graph API papers
 * =================================
 * Responses of the Semantic Scholar Graph API (https://api.semanticscholar.org/api-docs/graph):
 * a paper (`/paper/{id}`), an array of papers (`/paper/batch`), a search page (`{data: [paper…]}`),
 * JSON Lines of papers (these stream), and `/paper/{id}/references` or `/citations` pages
 * (`{offset, next?, data: [{citedPaper} | {citingPaper}]}`).
 *
 * Per paper: `title`, `abstract`, `paperId` → s2Id, `externalIds.ArXiv` → arxivId,
 * `externalIds.DOI` → doi, `publicationDate` (else `year`) → published, `authors[].name` → authors,
 * `references[]` → references and `citations[]` → citedBy, each becoming `CITES {source:'s2'}`.
 * A references/citations page does not name the paper it belongs to, so its papers are read as
 * stubs (known only as someone's reference) — ingest the paper itself with `references` for the
 * citations. Occurrences point at the line of the paper's `"paperId"`; a paper with no title is
 * skipped with a warning; text that is not JSON, or holds no paper, fails with PARSE_FAILED at
 * file:line. Pure.
 */
import type { PaperRef, ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { normalizeDoi, normalizeS2Id } from "../../dedup/identity.ts";
import { normalizeArxivId } from "../../text/links.ts";
import { baseEntry, cleanText, paperRef, publishedFrom, withAuthors } from "../common/fields.ts";
import {
  JsonLines,
  arr,
  firstChar,
  isObject,
  looksLikeJsonLines,
  num,
  obj,
  parseFailed,
  parseJson,
  recordsToEntries,
  str,
  type Json,
  type JsonObject,
} from "../common/json.ts";
import { SCORE, type EntryStream, type Format, type ParseResult } from "../format.ts";

const COMPONENT = "s2";

function isPaper(value: Json | undefined): value is JsonObject {
  return isObject(value) && "paperId" in value;
}

interface S2Ids {
  s2Id: string | null;
  arxivId: string | null;
  doi: string | null;
}

function idsOf(paper: JsonObject): S2Ids {
  const external = obj(paper, "externalIds") ?? {};
  const arxiv = str(external, "ArXiv");
  return {
    s2Id: normalizeS2Id(str(paper, "paperId")),
    arxivId: arxiv === null ? null : normalizeArxivId(arxiv),
    doi: normalizeDoi(str(external, "DOI")),
  };
}

/** A referenced or citing paper → a reference; null when it has neither an id nor a title. */
export function toRef(paper: Json, file: string): PaperRef | null {
  if (!isObject(paper)) return null;
  const ids = idsOf(paper);
  const title = cleanText(str(paper, "title") ?? "", file);
  if (ids.s2Id === null && ids.arxivId === null && ids.doi === null && title === "") return null;
  return paperRef("s2", { ...ids, title: title === "" ? null : title, year: num(paper, "year") });
}

/** One paper → an entry, or null (with a warning) when it has no title. */
export function paperToEntry(
  paper: JsonObject,
  file: string,
  line: number,
  warn: (w: Warning) => void,
  stub = false,
): ParsedEntry | null {
  const ids = idsOf(paper);
  const title = cleanText(str(paper, "title") ?? "", file);
  const label = ids.s2Id ?? "without paperId";
  if (title === "") {
    warn({
      code: "ENTRY_WITHOUT_TITLE",
      file,
      line,
      message: `${COMPONENT}: ${file}:${line}: paper ${label} has no title; skipped`,
    });
    return null;
  }
  const abstract = cleanText(str(paper, "abstract") ?? "", file);
  if (abstract === "" && !stub) {
    warn({
      code: "ENTRY_WITHOUT_ABSTRACT",
      file,
      line,
      message: `${COMPONENT}: ${file}:${line}: paper ${label} has no abstract; kept`,
    });
  }
  const entry = baseEntry(file, line, title, abstract);
  entry.arxivId = ids.arxivId;
  entry.doi = ids.doi;
  entry.s2Id = ids.s2Id;
  entry.published = publishedFrom(str(paper, "publicationDate")) ?? publishedFrom(num(paper, "year"));
  const names = arr(paper, "authors").flatMap((a) => (isObject(a) && str(a, "name") !== null ? [str(a, "name")!] : []));
  withAuthors(entry, names, file);
  const refs = (key: string) => arr(paper, key).flatMap((p) => toRef(p, file) ?? []);
  if (!stub) {
    entry.references = refs("references");
    entry.citedBy = refs("citations");
  } else entry.stub = true;
  return entry;
}

interface Item {
  paper: JsonObject;
  stub: boolean;
}

/** The papers a parsed document holds: a paper, an array, a search page or a references/citations page. */
function itemsOf(doc: Json, file: string): Item[] {
  if (isPaper(doc)) return [{ paper: doc, stub: false }];
  const list = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc["data"]) ? doc["data"] : null;
  const items: Item[] = [];
  for (const value of list ?? [null]) {
    if (isPaper(value)) items.push({ paper: value, stub: false });
    else if (isObject(value) && (isObject(value["citedPaper"]) || isObject(value["citingPaper"]))) {
      items.push({ paper: (obj(value, "citedPaper") ?? obj(value, "citingPaper"))!, stub: true });
    } else {
      throw parseFailed(
        COMPONENT,
        file,
        1,
        "holds no Semantic Scholar paper (expected a paper, an array or {data: […]})",
        "save the API's JSON response as it is, or use --format to pick another reader",
      );
    }
  }
  return items;
}

/** Streaming core: one paper per JSON line. */
export function s2Lines(file: string, warn: (w: Warning) => void): EntryStream {
  const lines = new JsonLines(file, COMPONENT);
  const toEntries = (batch: { line: number; value: Json }[]): ParsedEntry[] =>
    batch.flatMap(({ line, value }) => {
      if (!isPaper(value))
        throw parseFailed(
          COMPONENT,
          file,
          line,
          "line is not a Semantic Scholar paper (no paperId)",
          "each line must be one paper object",
        );
      return paperToEntry(value, file, line, warn) ?? [];
    });
  return { push: (chunk) => toEntries(lines.push(chunk)), end: () => toEntries(lines.end()) };
}

export function parseS2(text: string, file: string): ParseResult {
  const warnings: Warning[] = [];
  const warn = (w: Warning) => warnings.push(w);
  let entries: ParsedEntry[];
  if (looksLikeJsonLines(text) && text.trim().includes("\n")) {
    const stream = s2Lines(file, warn);
    entries = [...stream.push(text), ...stream.end()];
  } else {
    const items = itemsOf(parseJson(text, file, COMPONENT), file);
    const stubs = new Set(items.filter((item) => item.stub).map((item) => item.paper));
    entries = recordsToEntries(
      text,
      items.map((item) => item.paper),
      "paperId",
      (paper, line) => paperToEntry(paper, file, line, warn, stubs.has(paper)),
    );
  }
  if (entries.length === 0)
    throw parseFailed(COMPONENT, file, 1, "no paper with a title", "the file holds no usable Semantic Scholar paper");
  return { entries, warnings };
}

/** JSON whose start has a `"paperId"` key. */
function detect(text: string): boolean {
  const head = text.slice(0, 65536);
  const c = firstChar(head);
  return (c === "{" || c === "[") && /"paperId"\s*:/.test(head);
}

export const s2: Format = {
  id: "s2",
  description:
    "Semantic Scholar Graph API: a paper, an array, {data: […]} pages or JSON Lines of papers (references, citations)",
  detect: (text) => (detect(text) ? SCORE.sure : SCORE.none),
  parse: parseS2,
  extensions: [".json", ".jsonl", ".ndjson"],
  stream: (file, head, onWarning) => (looksLikeJsonLines(head) ? s2Lines(file, onWarning) : null),
};
