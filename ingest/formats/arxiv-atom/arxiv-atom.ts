/**
 * arXiv API Atom feeds
 * ====================
 * The Atom 1.0 feed of `http://export.arxiv.org/api/query` (https://info.arxiv.org/help/api/user-manual.html):
 * one `<entry>` per paper with `<id>http://arxiv.org/abs/2401.01234v2</id>` → arxivId (version
 * dropped), `<title>`, `<summary>` → abstract (LaTeX kept), `<published>` → published (the v1 date),
 * `<author><name>` → authors, `<arxiv:doi>` → doi. XML is parsed by fast-xml-parser (well kept,
 * no native code); occurrences point at the line of each `<entry>`. Malformed XML fails with
 * PARSE_FAILED at the line the validator names; an arXiv error feed (its one entry's id is
 * `…/api/errors#…`) fails with the error's text; an entry without a title is skipped with a
 * warning. Pure.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { normalizeDoi } from "../../dedup/identity.ts";
import { normalizeArxivId } from "../../text/links.ts";
import { baseEntry, cleanText, publishedFrom, recordWarning, withAuthors } from "../common/fields.ts";
import { LineIndex, parseFailed } from "../common/json.ts";
import { latexAccents } from "../common/latex.ts";
import { SCORE, type Format, type ParseResult } from "../format.ts";

const COMPONENT = "arxiv-atom";

type Node = { [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  textNodeName: "#text",
  parseTagValue: false,
  isArray: (name) => name === "entry" || name === "author" || name === "link" || name === "category",
});

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value !== null && typeof value === "object" && "#text" in value) return text((value as Node)["#text"]);
  return "";
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? (value.filter((v) => v !== null && typeof v === "object") as Node[]) : [];
}

/** `http://arxiv.org/abs/2401.01234v2` → `2401.01234`; old-style `hep-th/9901001v1` too. */
export function arxivIdFromAbsUrl(url: string): string | null {
  const at = url.indexOf("/abs/");
  return at < 0 ? null : normalizeArxivId(url.slice(at + 5).trim());
}

export function atomEntryToEntry(
  node: Node,
  file: string,
  line: number,
  warn: (w: Warning) => void,
): ParsedEntry | null {
  const id = text(node["id"]).trim();
  const title = latexAccents(cleanText(text(node["title"]), file));
  if (title === "") {
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_TITLE", file, line, `entry ${id} has no title; skipped`));
    return null;
  }
  const abstract = latexAccents(cleanText(text(node["summary"]), file));
  if (abstract === "")
    warn(recordWarning(COMPONENT, "ENTRY_WITHOUT_ABSTRACT", file, line, `entry ${id} has no summary; kept`));
  const entry = baseEntry(file, line, title, abstract);
  entry.arxivId = arxivIdFromAbsUrl(id);
  entry.published = publishedFrom(text(node["published"]).trim());
  const doiLink = list(node["link"]).find((l) => l["@_title"] === "doi");
  entry.doi =
    normalizeDoi(text(node["doi"])) ?? normalizeDoi(typeof doiLink?.["@_href"] === "string" ? doiLink["@_href"] : null);
  return withAuthors(
    entry,
    list(node["author"]).map((a) => text(a["name"])),
    file,
  );
}

export function parseArxivAtom(text_: string, file: string): ParseResult {
  const valid = XMLValidator.validate(text_);
  if (valid !== true) {
    throw parseFailed(
      COMPONENT,
      file,
      valid.err.line,
      `not well-formed XML (${valid.err.msg})`,
      "save the API response as it is; a cut-off download ends mid-element",
    );
  }
  const doc = parser.parse(text_) as Node;
  const feed = doc["feed"];
  if (feed === null || typeof feed !== "object")
    throw parseFailed(COMPONENT, file, 1, "no Atom <feed> element", "expected the arXiv API's Atom response");
  const nodes = list((feed as Node)["entry"]);
  const first = nodes[0];
  if (nodes.length === 1 && first !== undefined && text(first["id"]).includes("/api/errors")) {
    throw parseFailed(
      COMPONENT,
      file,
      1,
      `the feed is an arXiv API error: ${cleanText(text(first["summary"]), file)}`,
      "fix the query and fetch the feed again",
    );
  }
  const lines = new LineIndex(text_);
  const warnings: Warning[] = [];
  let cursor = 0;
  const entries = nodes.flatMap((node) => {
    const at = text_.indexOf("<entry", cursor);
    cursor = at < 0 ? cursor : at + 6;
    return atomEntryToEntry(node, file, lines.lineAt(at < 0 ? 0 : at), (w) => warnings.push(w)) ?? [];
  });
  if (entries.length === 0)
    throw parseFailed(COMPONENT, file, 1, "the feed has no entry with a title", "the query matched nothing: check it");
  return { entries, warnings };
}

/** An Atom feed (`<feed` in the Atom namespace) that mentions arxiv. */
function detect(text_: string): number {
  const head = text_.slice(0, 65536);
  const feed = head.includes("<feed") && head.includes("http://www.w3.org/2005/Atom") && /arxiv/i.test(head);
  return feed ? SCORE.sure : SCORE.none;
}

export const arxivAtom: Format = {
  id: "arxiv-atom",
  description: "arXiv API Atom XML feed (<entry> with id, title, summary, published, author, arxiv:doi)",
  detect: (t) => detect(t),
  parse: parseArxivAtom,
  extensions: [".xml", ".atom"],
};
