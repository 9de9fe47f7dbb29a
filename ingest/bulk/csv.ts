/**
 * CSV for neo4j-admin's importer
 * ==============================
 * The files `neo4j-admin database import full` reads, written so that every stored value comes out
 * as the transactional load stores it through the driver (checked by bulk.int.test.ts):
 * - a string is always quoted (`"` doubled inside), so `""` is an empty string and an unquoted empty
 *   field is a missing property (the driver drops nulls the same way);
 * - numbers the load passes as JavaScript numbers are `double` (the driver sends every JS number as a
 *   float); counts Cypher computes (`paperCount` of a concept) are `long`;
 * - string arrays join their elements with ARRAY_DELIMITER (U+001F, which text normalisation never
 *   keeps), each element escaped like a string. An empty array cannot be written (the importer
 *   reads it as no property): run.ts sets the empty lists after the import (EMPTY_LIST_FIXES).
 * Values with a line break make their file a "multiline" one for the importer (slower parsing, so
 * only those files are flagged). Pure: no I/O.
 */

/** A column's Neo4j type in the header (`name:type`); `string` columns carry no suffix. */
export type CsvType = "string" | "double" | "long" | "boolean" | "string[]";

/** U+001F (unit separator): between array elements, never inside one. */
export const ARRAY_DELIMITER = "\u001f";
/** The same, as neo4j-admin's `--array-delimiter` takes it. */
export const ARRAY_DELIMITER_OPTION = "U+001F";

export interface CsvColumn {
  /** Property name; empty for the importer's own fields (`:START_ID`, `:LABEL`, …). */
  name: string;
  type: CsvType;
  /** `ID(space)`, `START_ID(space)`, `END_ID(space)`, `LABEL`, `TYPE`: the importer's field roles. */
  role?: string;
}

/** The header line: `id:ID(Paper),title,year:double,links:string[],…`. */
export function csvHeader(columns: readonly CsvColumn[]): string {
  return (
    columns
      .map((c) => {
        const type = c.role ?? (c.type === "string" ? "" : c.type);
        return type === "" ? c.name : `${c.name}:${type}`;
      })
      .join(",") + "\n"
  );
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** One field; null and undefined are an empty field (no property). */
export function csvField(value: unknown, type: CsvType): string {
  if (value === null || value === undefined) return "";
  switch (type) {
    case "string":
      return quote(String(value));
    case "double":
    case "long": {
      const n = Number(value);
      if (!Number.isFinite(n) || (type === "long" && !Number.isInteger(n)))
        throw new Error(`csv: ${String(value)} is not a ${type}`);
      return String(n);
    }
    case "boolean":
      return value === true ? "true" : "false";
    case "string[]": {
      const items = value as readonly string[];
      if (items.length === 0) return "";
      for (const item of items) {
        if (item.includes(ARRAY_DELIMITER)) throw new Error(`csv: an array element contains U+001F: ${item}`);
      }
      return quote(items.join(ARRAY_DELIMITER));
    }
  }
}

/** One line (with its newline) from values in column order. */
export function csvLine(values: readonly unknown[], columns: readonly CsvColumn[]): string {
  let line = "";
  for (let i = 0; i < columns.length; i++) {
    if (i > 0) line += ",";
    line += csvField(values[i], columns[i]!.type);
  }
  return line + "\n";
}

/** True when a line written by csvLine spans several lines of the file (a value holds a line break). */
export function isMultiline(line: string): boolean {
  const body = line.length > 0 && line.endsWith("\n") ? line.slice(0, -1) : line;
  return body.includes("\n") || body.includes("\r");
}
