/**
 * The input-format registry's contract (STYLE §5): a format detects itself from the text and
 * parses it into entries plus warnings. A new format is one module and one line in `index.ts`.
 * `detect` sees at least the file's first 64 KiB (the whole text for files read whole), so it must
 * decide from a prefix.
 */
import type { ParsedEntry } from "../../schema/model.ts";
import type { Warning } from "../../schema/warnings.ts";

export interface ParseResult {
  entries: ParsedEntry[];
  warnings: Warning[];
}

/**
 * An incremental parser for files too large to hold whole (STYLE §5): pure, text pieces in,
 * entries out. `push` takes the next decoded piece and returns the entries it completed; `end`
 * flushes the rest. Errors are PaperAtlasError("PARSE_FAILED") with `where: "file:line"`.
 */
export interface EntryStream {
  push(chunk: string): ParsedEntry[];
  end(): ParsedEntry[];
}

export interface Format {
  /** Stable id, used by `--format` and stored on `Source` nodes. */
  id: string;
  description: string;
  /** True when `text` looks like this format; `fileName` is a hint only. */
  detect(text: string, fileName: string): boolean;
  /**
   * Pure: text in, entries out. `file` is the base name used in occurrences and warnings.
   * Throws PaperAtlasError("PARSE_FAILED", …) with `where: "file:line"` when nothing usable is found.
   */
  parse(text: string, file: string): ParseResult;
  /** File-name endings that hint at this format (`.bib`): detection prefers a format whose hint matches. */
  extensions?: readonly string[];
  /**
   * Present when the format can be read piece by piece (one record per row or line): big and
   * compressed files stream through it. `head` is the file's first piece; return null when this
   * file, though in the format, cannot stream (a pretty-printed JSON page).
   */
  stream?(file: string, head: string, onWarning: (warning: Warning) => void): EntryStream | null;
}
