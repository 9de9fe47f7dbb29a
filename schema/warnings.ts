/**
 * Warnings are returned data, not log lines: every stage returns them beside its result, the CLI
 * counts them by code, and tests pin them (STYLE §8).
 */
export const WARNING_CODES = [
  "LATIN1_FALLBACK",
  "CONTROL_CHARS_REMOVED",
  "ENTRY_WITHOUT_ABSTRACT",
  "ENTRY_WITHOUT_TITLE",
  "UNPARSED_METADATA",
  "LINE_TOO_LONG",
  "DUPLICATE_ENTRY",
  "TRAILING_FRAGMENT",
  "RECORD_UNTERMINATED",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  code: WarningCode;
  /** The file's base name. */
  file: string;
  /** 1-based line number, when the warning has one. */
  line?: number;
  /** Byte offset into the file, when the warning is about bytes (decoding). */
  offset?: number;
  message: string;
}
