/**
 * Hugging Face daily papers API
 * =============================
 * The JSON of `https://huggingface.co/api/daily_papers` (an array of `{paper, publishedAt, title,
 * numComments, submittedBy, …}`), or of `/api/papers/{arxivId}` (one paper object). Per paper:
 * `paper.id` → arxivId, `paper.title`, `paper.summary` → abstract, `paper.publishedAt` → published
 * (the arXiv date, `YYYY-MM-DD`), `paper.upvotes` → upvotes, `paper.authors[].name` → authors,
 * `organization.fullname` (when present) → organization. Occurrences point at the line of the
 * paper's `"id"`. The same papers as the Daily Papers pages (hf-listing), so they meet them by arXiv
 * id. A paper without a title is skipped with a warning; text that is not JSON, or holds no paper,
 * fails with PARSE_FAILED at file:line. Pure.
 */
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { normalizeArxivId } from "../../text/links.ts";
import { baseEntry, cleanText, publishedFrom, recordWarning, withAuthors } from "../common/fields.ts";
import { arr, isObject, num, obj, parseFailed, str, type Json, type JsonObject } from "../common/json.ts";
import { jsonFormat } from "../common/json-format.ts";
import type { Format } from "../format.ts";

const COMPONENT = "hf-api";

/** A paper object: it has an `id`, a `title` and a `summary` or `upvotes`. */
function isPaper(value: Json | undefined): value is JsonObject {
  return (
    isObject(value) && typeof value["id"] === "string" && "title" in value && ("summary" in value || "upvotes" in value)
  );
}

/** The paper of a daily_papers item (`{paper: {…}}`) or a bare paper object; null otherwise. */
function paperOf(value: Json): JsonObject | null {
  if (isObject(value) && isPaper(value["paper"])) return value["paper"] as JsonObject;
  return isPaper(value) ? value : null;
}

export function hfPaperToEntry(
  paper: JsonObject,
  file: string,
  line: number,
  warn: (w: Warning) => void,
): ParsedEntry | null {
  const id = str(paper, "id") ?? "";
  const title = cleanText(str(paper, "title") ?? "", file);
  if (title === "") {
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_TITLE", file, line, `paper ${id} has no title; skipped`));
    return null;
  }
  const abstract = cleanText(str(paper, "summary") ?? "", file);
  if (abstract === "")
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_ABSTRACT", file, line, `paper ${id} has no summary; kept`));
  const entry = baseEntry(file, line, title, abstract);
  entry.arxivId = normalizeArxivId(id);
  entry.published = publishedFrom(str(paper, "publishedAt"));
  entry.upvotes = num(paper, "upvotes");
  entry.organization =
    str(obj(paper, "organization") ?? {}, "fullname") ?? str(obj(paper, "organization") ?? {}, "name");
  const names = arr(paper, "authors").flatMap((a) => (isObject(a) && str(a, "name") !== null ? [str(a, "name")!] : []));
  return withAuthors(entry, names, file);
}

/** The papers of a daily_papers array, or the one paper of a `/api/papers/{id}` object. */
function papersOf(doc: Json, file: string): JsonObject[] {
  const list = Array.isArray(doc) ? doc : [doc];
  const papers = list.map(paperOf);
  const bad = papers.indexOf(null);
  if (bad >= 0 || papers.length === 0) {
    throw parseFailed(
      COMPONENT,
      file,
      1,
      `item ${bad} is not a Hugging Face paper (expected {paper: {id, title, summary, …}})`,
      "save the daily_papers API response as it is, or use --format to pick another reader",
    );
  }
  return papers as JsonObject[];
}

export const hfApi: Format = jsonFormat<JsonObject>({
  id: COMPONENT,
  description: "Hugging Face daily_papers API JSON (array of {paper: {id, title, summary, authors, upvotes}})",
  extensions: [".json"],
  // JSON whose start has a daily_papers item (`"paper": {`) or a paper's `"summary"` and `"upvotes"`.
  signature: (head) =>
    (/"paper"\s*:\s*\{/.test(head) && /"(upvotes|submittedBy|numComments)"/.test(head)) ||
    (/"summary"\s*:/.test(head) && /"upvotes"\s*:/.test(head)),
  idKey: "id",
  itemsOf: papersOf,
  recordOf: (paper) => paper,
  toEntry: hfPaperToEntry,
  noEntry: { what: "no paper with a title", hint: "the file holds no usable paper" },
});
