/**
 * Hugging Face "Daily Papers" listing format
 * ==========================================
 * `hfListing.parse(text, file)` reads a Daily Papers page saved as text — title line, blank line,
 * abstract paragraph, optional metadata block (`• N authors` or an organisation, `·`, a date with
 * optional year and upvotes) — into ParsedEntry records, skipping the page chrome. Pure: text in,
 * `{entries, warnings}` out; throws PARSE_FAILED when the text holds no entry at all.
 *
 * Where the layout is ambiguous the parser decides by shape: a title is one line of at most
 * TITLE_MAX characters that does not end a sentence; anything else in a title's place is an
 * abstract without a title (ENTRY_WITHOUT_TITLE). A title-shaped line where an abstract is
 * expected starts a new entry when an abstract-shaped paragraph follows it, or when it comes after
 * the entry's metadata block; the previous entry is then kept with ENTRY_WITHOUT_ABSTRACT. A lone
 * line after the last entry, with no abstract and no metadata after it (a truncated sentence at
 * the end of a saved page), is not a paper: it is reported as TRAILING_FRAGMENT.
 * Titles, abstracts, markup and formulas are kept verbatim apart from whitespace.
 */
import { PaperAtlasError } from "../../../schema/errors.ts";
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning, WarningCode } from "../../../schema/warnings.ts";
import { arxivIdFromLinks, extractLinks } from "../../text/links.ts";
import { collapseWhitespace, joinLines } from "../../text/normalize.ts";
import { ENTRY_LINE } from "../bibtex/bibtex.ts";
import { SCORE, type Format, type ParseResult } from "../format.ts";
import { formatPublished, isChromeLine, isStrongChromeLine, type ListingDate } from "./metadata.ts";
import { readMetadata, segment, type Metadata, type Segment } from "./segments.ts";

/** Longest line taken as a title; real titles stay under 300 characters. */
export const TITLE_MAX = 400;
/** Abstract lines longer than this are kept but reported (LINE_TOO_LONG): no listing writes them. */
export const LONG_LINE = 100_000;

interface Draft {
  title: string;
  line: number;
  abstractLines: string[] | null;
  metadata: Metadata | null;
}

function endsSentence(s: string): boolean {
  const last = s.charAt(s.length - 1);
  return last === "." || last === "!" || last === "?";
}

function looksLikeTitle(seg: Segment): boolean {
  if (seg.kind !== "text" || seg.lines.length !== 1) return false;
  const title = collapseWhitespace(seg.lines[0]!);
  return title.length <= TITLE_MAX && !endsSentence(title);
}

/** Where an abstract is expected, does `seg` start the next entry instead? */
function startsNewEntry(draft: Draft, seg: Segment, next: Segment | undefined): boolean {
  if (!looksLikeTitle(seg)) return false;
  // After the metadata block, a separate title-shaped paragraph is the next title; a glued one
  // (no blank line after the metadata) is this entry's abstract.
  if (draft.metadata !== null) return seg.startsBlock;
  return next !== undefined && next.kind === "text" && !looksLikeTitle(next);
}

function warn(warnings: Warning[], code: WarningCode, file: string, line: number, what: string): void {
  warnings.push({ code, file, line, message: `parse: ${file}:${line}: ${what}` });
}

function finish(draft: Draft, header: ListingDate | null, file: string, warnings: Warning[]): ParsedEntry {
  const abstract = draft.abstractLines === null ? "" : joinLines(draft.abstractLines);
  if (abstract === "") warn(warnings, "ENTRY_WITHOUT_ABSTRACT", file, draft.line, "entry has no abstract; kept");
  for (const [k, line] of (draft.abstractLines ?? []).entries()) {
    if (line.length > LONG_LINE) {
      const at = draft.line + 2 + k;
      warn(warnings, "LINE_TOO_LONG", file, at, `abstract line of ${line.length} characters; kept whole`);
    }
  }
  const links = extractLinks(abstract);
  const m = draft.metadata;
  return {
    title: draft.title,
    abstract,
    authorCount: m?.authorCount ?? null,
    organization: m?.organization ?? null,
    published: m?.date ? formatPublished(m.date, header) : null,
    upvotes: m?.upvotes ?? null,
    links,
    arxivId: arxivIdFromLinks(links),
    occurrence: { file, line: draft.line },
  };
}

/**
 * True (with a TRAILING_FRAGMENT warning) for the last draft of a listing when it is a lone line
 * after at least one entry, with no abstract and no metadata: a truncated sentence, not a paper.
 */
function isTrailingFragment(last: Draft | null, before: number, file: string, warnings: Warning[]): boolean {
  if (last === null || before === 0 || last.abstractLines !== null || last.metadata !== null) return false;
  const shown = last.title.length > 80 ? `${last.title.slice(0, 77)}…` : last.title;
  const what = `one line after the last entry, with no abstract and no metadata: "${shown}"; ignored`;
  warn(warnings, "TRAILING_FRAGMENT", file, last.line, what);
  return true;
}

/** Parse a Daily Papers listing; see the banner. `file` is the base name used in occurrences. */
export function parseListing(text: string, file: string): ParseResult {
  const segments = segment(text);
  const entries: ParsedEntry[] = [];
  const warnings: Warning[] = [];
  let header: ListingDate | null = null;
  let inChrome = true; // at the top of a page, before its first entry
  let draft: Draft | null = null;
  const close = (): void => {
    if (draft !== null) entries.push(finish(draft, header, file, warnings));
    draft = null;
  };

  for (let i = 0; i < segments.length; i++) {
    let seg = segments[i]!;
    if (seg.kind === "meta") {
      const read = readMetadata(seg, file);
      const isHeaderDate = read.metadata.date !== null && read.metadata.upvotes === null && seg.lines.length === 1;
      if (draft === null && inChrome && isHeaderDate) {
        header = read.metadata.date;
        continue;
      }
      warnings.push(...read.warnings);
      const current: Draft | null = draft;
      if (current === null)
        warn(warnings, "UNPARSED_METADATA", file, seg.line, "metadata block without an entry; ignored");
      else if (current.metadata !== null)
        warn(
          warnings,
          "UNPARSED_METADATA",
          file,
          seg.line,
          `second metadata block for the entry at line ${current.line}; ignored`,
        );
      else current.metadata = read.metadata;
      continue;
    }
    // Page chrome: at the top of the page, or a page header concatenated mid-file.
    if (isStrongChromeLine(seg.lines[0]!) || (inChrome && draft === null && isChromeLine(seg.lines[0]!))) {
      // A weak chrome line ("new") just before a mid-file header was taken for a title: drop it.
      const chromeDraft: Draft | null = draft;
      if (chromeDraft?.abstractLines === null && chromeDraft.metadata === null && isChromeLine(chromeDraft.title))
        draft = null;
      close();
      inChrome = true;
      let k = 0;
      while (k < seg.lines.length && isChromeLine(seg.lines[k]!)) k++;
      if (k === seg.lines.length) continue;
      seg = { ...seg, line: seg.line + k, lines: seg.lines.slice(k) };
    }
    const current: Draft | null = draft;
    if (current !== null && current.abstractLines === null && !startsNewEntry(current, seg, segments[i + 1])) {
      current.abstractLines = seg.lines;
      continue;
    }
    close();
    const title = collapseWhitespace(seg.lines[0]!);
    if (title.length > TITLE_MAX) {
      warn(warnings, "ENTRY_WITHOUT_TITLE", file, seg.line, "paragraph where a title was expected; skipped");
      continue;
    }
    inChrome = false;
    draft = { title, line: seg.line, abstractLines: seg.lines.length > 1 ? seg.lines.slice(1) : null, metadata: null };
  }
  if (isTrailingFragment(draft, entries.length, file, warnings)) draft = null;
  close();
  if (entries.length === 0) {
    const where = `${file}:${segments[0]?.line ?? 1}`;
    throw new PaperAtlasError(
      "PARSE_FAILED",
      `parse: ${where}: no paper entries found (expected title, blank line, abstract)`,
      {
        where,
        hint: "check the file is a Daily Papers page saved as text, or choose another format with --format",
      },
    );
  }
  return { entries, warnings };
}

/** Lines of a Daily Papers page that no other text has. */
const MARKERS = new Set([
  "byAK and the research community",
  "Get trending papers in your email inbox!",
  "Daily Papers",
]);

/** A title-shaped one-line block followed by an abstract or a metadata block, neither a BibTeX entry. */
function isEntryShape(block: Segment, next: Segment | undefined): boolean {
  if (next === undefined || !looksLikeTitle(block) || ENTRY_LINE.test(block.lines[0]!)) return false;
  return next.kind === "meta" || !ENTRY_LINE.test(next.lines[0]!);
}

/**
 * How much `text` looks like a Daily Papers page. 0 for JSON, XML or HTML, a tab-separated table
 * and a text that starts as a BibTeX library (`@type{key,`). Sure with a line of the page's
 * chrome. Else by its shape: one entry-shaped block (a title, then an abstract or metadata) is
 * likely, each more adds 0.1 up to 0.9; a one-line block no longer than a title followed by
 * another block, and nothing more, is weak.
 */
function detect(text: string): number {
  const head = text.slice(0, 64 * 1024);
  const start = head.trimStart().slice(0, 16).toLowerCase();
  if (start.startsWith("{") || start.startsWith("[")) return SCORE.none;
  if (["<?xml", "<!doctype", "<html", "<rss", "<feed"].some((tag) => start.startsWith(tag))) return SCORE.none;
  const firstLine = head.slice(0, Math.max(0, head.indexOf("\n")));
  if (firstLine.split("\t").length >= 3 || ENTRY_LINE.test(head.trimStart())) return SCORE.none;
  const segments = segment(head);
  if (segments.some((s) => s.kind === "text" && s.lines.some((line) => MARKERS.has(line.trim())))) return SCORE.sure;
  const shaped = segments.filter((seg, i) => seg.startsBlock && isEntryShape(seg, segments[i + 1])).length;
  if (shaped > 0) return Math.min(0.9, SCORE.likely + 0.1 * (shaped - 1));
  const blocks = segments.filter((s) => s.startsBlock);
  const weak = blocks.some((b, k) => b.lines.length === 1 && b.lines[0]!.length <= TITLE_MAX && k + 1 < blocks.length);
  return weak ? SCORE.weak : SCORE.none;
}

export const hfListing: Format = {
  id: "hf-listing",
  description: 'Hugging Face "Daily Papers" page saved as text: title, blank line, abstract, optional metadata',
  detect: (text) => detect(text),
  parse: parseListing,
};
