/**
 * The input-format registry's contract (STYLE §5): a format scores how sure it is that a text is
 * its own and parses it into entries plus warnings. A new format is one module and one line in
 * `index.ts`. `detect` sees at least the file's first 64 KiB (the whole text for files read
 * whole), so it must decide from a prefix. The registry tries the formats that score above 0,
 * best first, and falls back to the next when one finds no entry (see README.md).
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

/**
 * The scale `detect` answers on. A format's own signature (an Atom feed naming arXiv, an
 * `openalex.org/W…` id, a library that starts with `@type{key,`) is SURE; a generic container
 * with the right field (JSON Lines or a table with a title column) is LIKELY; below that, a guess
 * from the text's shape (a BibTeX entry inside prose is a WEAK one). 0 is "not this format".
 */
export const SCORE = { none: 0, weak: 0.2, likely: 0.5, sure: 1 } as const;

export interface Format {
  /** Stable id, used by `--format` and stored on `Source` nodes. */
  id: string;
  description: string;
  /**
   * How sure it is that `text` is in this format, from its head: 0 (not this format) up to
   * SCORE.sure. `fileName` is a hint only; the registry adds the `extensions` bonus itself.
   */
  detect(text: string, fileName: string): number;
  /**
   * Pure: text in, entries out. `file` is the base name used in occurrences and warnings.
   * Throws PaperAtlasError("PARSE_FAILED", …) with `where: "file:line"` when nothing usable is found.
   */
  parse(text: string, file: string): ParseResult;
  /** File-name endings that hint at this format (`.bib`): a bonus to the score of a format that detects the text. */
  extensions?: readonly string[];
  /**
   * Present when the format can be read piece by piece (one record per row or line): big and
   * compressed files stream through it. `head` is the file's first piece; return null when this
   * file, though in the format, cannot stream (a pretty-printed JSON page).
   */
  stream?(file: string, head: string, onWarning: (warning: Warning) => void): EntryStream | null;
}
