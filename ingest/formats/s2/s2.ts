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
import { baseEntry, cleanText, paperRef, publishedFrom, recordWarning, withAuthors } from "../common/fields.ts";
import { arr, isObject, num, obj, parseFailed, str, type Json, type JsonObject } from "../common/json.ts";
import { jsonFormat } from "../common/json-format.ts";
import type { Format } from "../format.ts";

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
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_TITLE", file, line, `paper ${label} has no title; skipped`));
    return null;
  }
  const abstract = cleanText(str(paper, "abstract") ?? "", file);
  if (abstract === "" && !stub) {
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_ABSTRACT", file, line, `paper ${label} has no abstract; kept`));
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

export const s2: Format = jsonFormat<Item>({
  id: COMPONENT,
  description:
    "Semantic Scholar Graph API: a paper, an array, {data: […]} pages or JSON Lines of papers (references, citations)",
  extensions: [".json", ".jsonl", ".ndjson"],
  // JSON whose start has a `"paperId"` key.
  signature: (head) => /"paperId"\s*:/.test(head),
  idKey: "paperId",
  itemsOf,
  recordOf: (item) => item.paper,
  toEntry: (item, file, line, warn) => paperToEntry(item.paper, file, line, warn, item.stub),
  lines: {
    itemOf: (value) => (isPaper(value) ? { paper: value, stub: false } : null),
    notRecord: "line is not a Semantic Scholar paper (no paperId)",
    hint: "each line must be one paper object",
  },
  noEntry: { what: "no paper with a title", hint: "the file holds no usable Semantic Scholar paper" },
});
