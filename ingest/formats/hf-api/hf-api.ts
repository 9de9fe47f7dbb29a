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
import { baseEntry, cleanText, publishedFrom, withAuthors } from "../common/fields.ts";
import {
  arr,
  firstChar,
  isObject,
  num,
  obj,
  parseFailed,
  parseJson,
  recordsToEntries,
  str,
  type Json,
  type JsonObject,
} from "../common/json.ts";
import { SCORE, type Format, type ParseResult } from "../format.ts";

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
    warn({
      code: "ENTRY_WITHOUT_TITLE",
      file,
      line,
      message: `${COMPONENT}: ${file}:${line}: paper ${id} has no title; skipped`,
    });
    return null;
  }
  const abstract = cleanText(str(paper, "summary") ?? "", file);
  if (abstract === "")
    warn({
      code: "ENTRY_WITHOUT_ABSTRACT",
      file,
      line,
      message: `${COMPONENT}: ${file}:${line}: paper ${id} has no summary; kept`,
    });
  const entry = baseEntry(file, line, title, abstract);
  entry.arxivId = normalizeArxivId(id);
  entry.published = publishedFrom(str(paper, "publishedAt"));
  entry.upvotes = num(paper, "upvotes");
  entry.organization =
    str(obj(paper, "organization") ?? {}, "fullname") ?? str(obj(paper, "organization") ?? {}, "name");
  const names = arr(paper, "authors").flatMap((a) => (isObject(a) && str(a, "name") !== null ? [str(a, "name")!] : []));
  return withAuthors(entry, names, file);
}

export function parseHfApi(text: string, file: string): ParseResult {
  const doc = parseJson(text, file, COMPONENT);
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
  const warnings: Warning[] = [];
  const entries = recordsToEntries(text, papers as JsonObject[], "id", (paper, line) =>
    hfPaperToEntry(paper, file, line, (w) => warnings.push(w)),
  );
  if (entries.length === 0)
    throw parseFailed(COMPONENT, file, 1, "no paper with a title", "the file holds no usable paper");
  return { entries, warnings };
}

/** JSON whose start has a daily_papers item (`"paper": {`) or a paper's `"summary"` and `"upvotes"`. */
function detect(text: string): boolean {
  const head = text.slice(0, 65536);
  const c = firstChar(head);
  if (c !== "{" && c !== "[") return false;
  return (
    (/"paper"\s*:\s*\{/.test(head) && /"(upvotes|submittedBy|numComments)"/.test(head)) ||
    (/"summary"\s*:/.test(head) && /"upvotes"\s*:/.test(head))
  );
}

export const hfApi: Format = {
  id: "hf-api",
  description: "Hugging Face daily_papers API JSON (array of {paper: {id, title, summary, authors, upvotes}})",
  detect: (text) => (detect(text) ? SCORE.sure : SCORE.none),
  parse: parseHfApi,
  extensions: [".json"],
};
