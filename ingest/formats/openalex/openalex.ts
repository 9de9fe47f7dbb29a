/**
 * OpenAlex works
 * ==============
 * Works as the OpenAlex API returns them (https://docs.openalex.org/api-entities/works): a single
 * work (`/works/W…`), a results page (`{meta, results: [work…]}`), a JSON array of works, or JSON
 * Lines with one work per line (a snapshot or a saved export; these stream).
 *
 * Per work: `title` (or `display_name`) with HTML markup removed; the abstract rebuilt from
 * `abstract_inverted_index` (word → positions); `id` → openalexId (`W…`); `doi` → doi (an arXiv DOI
 * `10.48550/arxiv.X` also gives the arXiv id, as does an arxiv.org location); `publication_date`
 * (else `publication_year`) → published; `authorships[].author.display_name` → authors;
 * `referenced_works` → references, each a `CITES {source:'openalex'}` in the graph. Occurrences
 * point at the line of the work's `"id"`. A work without a title is skipped with a warning; text
 * that is not JSON, or JSON that holds no work, fails with PARSE_FAILED at file:line. Pure.
 */
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { arxivIdFromDoi, normalizeDoi, normalizeOpenalexId } from "../../dedup/identity.ts";
import { arxivIdFromLinks } from "../../text/links.ts";
import {
  baseEntry,
  cleanText,
  paperRef,
  publishedFrom,
  recordWarning,
  stripMarkup,
  withAuthors,
} from "../common/fields.ts";
import { arr, isObject, num, obj, parseFailed, str, type Json, type JsonObject } from "../common/json.ts";
import { jsonFormat } from "../common/json-format.ts";
import type { Format } from "../format.ts";

const COMPONENT = "openalex";

/** The abstract an inverted index encodes: each word put back at its positions, joined by spaces. */
export function abstractFromInvertedIndex(index: JsonObject | null): string {
  if (index === null) return "";
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const p of positions) {
      if (typeof p === "number" && Number.isInteger(p) && p >= 0 && p < 100_000) words[p] = word;
    }
  }
  let out = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w !== undefined) out += out === "" ? w : ` ${w}`;
  }
  return out;
}

/** True for an object that is an OpenAlex work: its id is an openalex.org/W… URL (or a W id). */
export function isWork(value: Json | undefined): value is JsonObject {
  return isObject(value) && normalizeOpenalexId(str(value, "id")) !== null;
}

function arxivIdOf(work: JsonObject, doi: string | null): string | null {
  const fromDoi = arxivIdFromDoi(doi);
  if (fromDoi !== null) return fromDoi;
  const urls = arr(work, "locations").flatMap((l) =>
    isObject(l) ? [str(l, "landing_page_url"), str(l, "pdf_url")] : [],
  );
  return arxivIdFromLinks(urls.filter((u): u is string => u !== null));
}

/** One work → an entry, or null (with a warning) when it has no title. */
export function workToEntry(
  work: JsonObject,
  file: string,
  line: number,
  warn: (w: Warning) => void,
): ParsedEntry | null {
  const openalexId = normalizeOpenalexId(str(work, "id"));
  const title = cleanText(stripMarkup(str(work, "title") ?? str(work, "display_name") ?? ""), file);
  if (title === "") {
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_TITLE", file, line, `work ${openalexId} has no title; skipped`));
    return null;
  }
  const abstract = cleanText(abstractFromInvertedIndex(obj(work, "abstract_inverted_index")), file);
  if (abstract === "") {
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_ABSTRACT", file, line, `work ${openalexId} has no abstract; kept`));
  }
  const doi = normalizeDoi(str(work, "doi") ?? str(obj(work, "ids") ?? {}, "doi"));
  const entry = baseEntry(file, line, title, abstract);
  entry.arxivId = arxivIdOf(work, doi);
  entry.doi = doi;
  entry.openalexId = openalexId;
  entry.published = publishedFrom(str(work, "publication_date")) ?? publishedFrom(num(work, "publication_year"));
  const names = arr(work, "authorships").flatMap((a) => {
    if (!isObject(a)) return [];
    const name = str(obj(a, "author") ?? {}, "display_name") ?? str(a, "raw_author_name");
    return name === null ? [] : [name];
  });
  withAuthors(entry, names, file);
  entry.references = arr(work, "referenced_works").flatMap((w) => {
    const id = typeof w === "string" ? normalizeOpenalexId(w) : null;
    return id === null || id === openalexId ? [] : [paperRef("openalex", { openalexId: id })];
  });
  return entry;
}

/** The works a parsed document holds: one work, a results page, or an array of works. */
function worksOf(doc: Json, file: string): JsonObject[] {
  if (isWork(doc)) return [doc];
  const list = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc["results"]) ? doc["results"] : null;
  if (list === null || !list.every((w) => isWork(w))) {
    throw parseFailed(
      COMPONENT,
      file,
      1,
      "holds no OpenAlex work (expected a work, {results: […]} or an array of works)",
      "save the API's JSON response as it is, or use --format to pick another reader",
    );
  }
  return list as JsonObject[];
}

export const openalex: Format = jsonFormat<JsonObject>({
  id: COMPONENT,
  description:
    "OpenAlex works: one work, a /works results page, an array or JSON Lines of works (authorships, referenced_works)",
  extensions: [".json", ".jsonl", ".ndjson"],
  // JSON whose start names an OpenAlex work id and a work field.
  signature: (head) =>
    head.includes("openalex.org/W") &&
    /"(abstract_inverted_index|referenced_works|authorships|publication_year)"/.test(head),
  idKey: "id",
  itemsOf: worksOf,
  recordOf: (work) => work,
  toEntry: workToEntry,
  lines: {
    itemOf: (value) => (isWork(value) ? value : null),
    notRecord: "line is not an OpenAlex work (no openalex.org/W… id)",
    hint: "each line must be one work object",
  },
  noEntry: { what: "no work with a title", hint: "the file holds no usable OpenAlex work" },
});
