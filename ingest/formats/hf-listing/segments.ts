/**
 * Listing text → segments
 * =======================
 * `segment(text)` cuts a listing into blank-line separated blocks, then cuts each block into runs of
 * text lines and runs of metadata lines, so a metadata block glued to an abstract or a title (no
 * blank line between) is still found. `readMetadata(segment, file)` turns one metadata run into
 * fields plus UNPARSED_METADATA warnings. One pass over the lines; no regexes.
 *
 * Which lines are metadata: "·"; the line right after "·" (the date slot); the line right before
 * "·" (authors or organisation slot); any "•" line; any line that parses as a listing date; and
 * an upvote count right after a date.
 */
import type { Warning } from "../../../schema/warnings.ts";
import { collapseWhitespace } from "../../text/normalize.ts";
import {
  isBulletLine,
  isSeparatorLine,
  parseAuthorsLine,
  parseCountLine,
  parseDateLine,
  type DateLine,
} from "./metadata.ts";

export interface Segment {
  kind: "text" | "meta";
  /** 1-based line number of the first line. */
  line: number;
  lines: string[];
  /** True when a blank line (or the start of the text) comes right before this segment. */
  startsBlock: boolean;
}

export interface Metadata {
  line: number;
  authorCount: number | null;
  organization: string | null;
  date: DateLine | null;
  upvotes: number | null;
}

function isMetaLine(lines: readonly string[], j: number): boolean {
  const line = lines[j]!;
  if (isSeparatorLine(line) || isBulletLine(line)) return true;
  const prev = lines[j - 1];
  const next = lines[j + 1];
  if (prev !== undefined && isSeparatorLine(prev)) return true;
  if (next !== undefined && isSeparatorLine(next) && line.length <= 200) return true;
  if (parseDateLine(line) !== null) return true;
  return prev !== undefined && parseCountLine(line) !== null && parseDateLine(prev) !== null;
}

/** Split one block (consecutive non-blank lines starting at `firstLine`) into segments. */
function splitBlock(lines: string[], firstLine: number, out: Segment[]): void {
  let current: Segment | null = null;
  for (let j = 0; j < lines.length; j++) {
    const kind = isMetaLine(lines, j) ? "meta" : "text";
    if (current === null || current.kind !== kind) {
      current = { kind, line: firstLine + j, lines: [], startsBlock: j === 0 };
      out.push(current);
    }
    current.lines.push(lines[j]!);
  }
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0xa0) return false;
  }
  return true;
}

/** All segments of a listing, in order. Lines keep their text; `\r` before `\n` is dropped. */
export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  let block: string[] = [];
  let blockStart = 0;
  let lineNo = 0;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    lineNo++;
    let line = text.slice(from, to);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    from = to + 1;
    if (isBlank(line)) {
      if (block.length > 0) splitBlock(block, blockStart, out);
      block = [];
      continue;
    }
    if (block.length === 0) blockStart = lineNo;
    block.push(line);
  }
  if (block.length > 0) splitBlock(block, blockStart, out);
  return out;
}

function unparsed(file: string, line: number, text: string, why: string): Warning {
  const shown = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return {
    code: "UNPARSED_METADATA",
    file,
    line,
    message: `parse: ${file}:${line}: ${why}: "${shown}"; ignored`,
  };
}

/** Read one metadata segment; every line that is not understood becomes a warning. */
export function readMetadata(seg: Segment, file: string): { metadata: Metadata; warnings: Warning[] } {
  const metadata: Metadata = { line: seg.line, authorCount: null, organization: null, date: null, upvotes: null };
  const warnings: Warning[] = [];
  seg.lines.forEach((raw, j) => {
    const lineNo = seg.line + j;
    const line = collapseWhitespace(raw);
    const next = seg.lines[j + 1];
    if (isSeparatorLine(line)) return;
    const authors = parseAuthorsLine(line);
    const date = authors === null ? parseDateLine(line) : null;
    const count = parseCountLine(line);
    if (authors !== null && metadata.authorCount === null) {
      metadata.authorCount = authors;
    } else if (date !== null && metadata.date === null) {
      metadata.date = date;
      if (date.upvotes !== null) metadata.upvotes = date.upvotes;
    } else if (count !== null && metadata.date !== null && metadata.upvotes === null) {
      metadata.upvotes = count;
    } else if (next !== undefined && isSeparatorLine(next) && !isBulletLine(line) && metadata.organization === null) {
      metadata.organization = line;
    } else {
      const why = isBulletLine(line)
        ? "unreadable authors line"
        : date || authors !== null
          ? "repeated metadata"
          : "unreadable metadata";
      warnings.push(unparsed(file, lineNo, line, why));
    }
  });
  return { metadata, warnings };
}
