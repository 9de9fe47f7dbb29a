/**
 * Web of Science plain text: the record scanner
 * =============================================
 * Splits a saved WoS file (`FN` / `VR 1.0` header, `PT … ER` records, `EF` at the end) into
 * records of tagged fields, with the line each field starts on. A field is a 2-character tag, a
 * space and a value; a line starting with spaces continues the field above it (one author,
 * reference or wrapped piece of text per line). One pass over the lines, no regexes per character.
 *
 * Damage is reported, never silently absorbed: a record without `ER` that runs into the next `PT`
 * (or `EF`) is kept with a RECORD_UNTERMINATED warning; a record cut off by the end of the file is
 * dropped with one (its abstract and references may be half there); a file without `EF` gets a
 * FILE_UNTERMINATED warning; a line that is neither a field nor a continuation is reported as
 * UNPARSED_METADATA and ignored. Pure.
 */
import type { Warning } from "../../../schema/warnings.ts";
import { recordWarning } from "../common/fields.ts";

export const COMPONENT = "wos";

export interface WosField {
  line: number;
  /** One value per physical line: the tag's line, then each continuation line, trimmed. */
  values: string[];
}

export interface WosRecord {
  /** Line of the record's `PT`. */
  line: number;
  fields: Map<string, WosField>;
}

const TAG = /^([A-Z][A-Z0-9])(?: (.*))?$/;

/** The scanner's state over one file: the open record, the field continuation lines extend. */
class Scanner {
  readonly records: WosRecord[] = [];
  readonly warnings: Warning[] = [];
  private record: WosRecord | null = null;
  private field: WosField | null = null;
  ended = false;
  private strayAfterEnd = false;

  constructor(private readonly file: string) {}

  warn(code: Warning["code"], line: number, message: string): void {
    this.warnings.push(recordWarning(COMPONENT, code, this.file, line, message));
  }

  get open(): WosRecord | null {
    return this.record;
  }

  /** Closes the open record, if any; `why` (no ER before …) makes it a RECORD_UNTERMINATED. */
  private close(why?: string): void {
    if (this.record !== null && why !== undefined) this.warn("RECORD_UNTERMINATED", this.record.line, why);
    if (this.record !== null) this.records.push(this.record);
    this.record = null;
    this.field = null;
  }

  line(line: string, ln: number): void {
    if (line.trim() === "") {
      this.field = null;
    } else if (this.ended) {
      if (!this.strayAfterEnd) this.warn("UNPARSED_METADATA", ln, "text after EF; ignored");
      this.strayAfterEnd = true;
    } else if (/^[ \t]{2,}\S/.test(line)) {
      if (this.field !== null) this.field.values.push(line.trim());
      else this.warn("UNPARSED_METADATA", ln, "continuation line without a field above it; ignored");
    } else {
      const m = TAG.exec(line.trimEnd());
      if (m) this.tagged(m[1]!, (m[2] ?? "").trim(), ln);
      else this.warn("UNPARSED_METADATA", ln, `line is neither a field ("XX value") nor a continuation; ignored`);
    }
  }

  private tagged(tag: string, value: string, ln: number): void {
    if (tag === "PT") {
      this.close(`record has no ER before the next PT at line ${ln}; kept`);
      this.record = { line: ln, fields: new Map([["PT", { line: ln, values: [value] }]]) };
    } else if (tag === "ER") {
      if (this.record === null) this.warn("UNPARSED_METADATA", ln, "ER without a record (no PT above it); ignored");
      this.close();
    } else if (tag === "EF") {
      this.close(`record has no ER before EF at line ${ln}; kept`);
      this.ended = true;
    } else if (this.record === null) {
      if (tag !== "FN" && tag !== "VR") {
        this.warn("UNPARSED_METADATA", ln, `field ${tag} outside a record (no PT); ignored`);
      }
      this.field = null;
    } else {
      const existing = this.record.fields.get(tag);
      if (existing) existing.values.push(value);
      this.field = existing ?? { line: ln, values: [value] };
      if (!existing) this.record.fields.set(tag, this.field);
    }
  }
}

export function scanRecords(text: string, file: string): { records: WosRecord[]; warnings: Warning[] } {
  const scanner = new Scanner(file);
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) scanner.line(lines[i]!, i + 1);
  const open = scanner.open;
  if (open !== null) {
    // Cut off mid-record: its abstract or references may be half there, so it is not a paper.
    scanner.warn("RECORD_UNTERMINATED", open.line, "record is cut off by the end of the file (no ER); skipped");
  } else if (!scanner.ended && scanner.records.length > 0) {
    const read = scanner.records.length;
    scanner.warn(
      "FILE_UNTERMINATED",
      lines.length,
      `no EF line at the end: the file may be truncated (${read} records read)`,
    );
  }
  return { records: scanner.records, warnings: scanner.warnings };
}

/** A field's lines joined with spaces (text fields: TI, AB, SO, PD, …), or "" when absent. */
export function joined(record: WosRecord, tag: string): string {
  return (record.fields.get(tag)?.values ?? []).join(" ").trim();
}

/** A field's lines one by one (list fields: AU, AF, CR), blanks dropped. */
export function listed(record: WosRecord, tag: string): string[] {
  return (record.fields.get(tag)?.values ?? []).filter((v) => v !== "");
}
