/**
 * The input-format registry's contract (STYLE §5): a format detects itself from the text and
 * parses it into entries plus warnings. A new format is one module and one line in `index.ts`.
 */
import type { ParsedEntry } from "../../schema/model.ts";
import type { Warning } from "../../schema/warnings.ts";

export interface ParseResult {
  entries: ParsedEntry[];
  warnings: Warning[];
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
}
