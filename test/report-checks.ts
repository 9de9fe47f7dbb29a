/**
 * Parsers that read report outputs back, for tests (issue 7): a strict reader of Markdown headings
 * and GitHub pipe tables (every row as wide as its header, a delimiter row under each header, code
 * fences skipped), and CSV through csv-parse with the byte-order mark handled.
 */
import { parse } from "csv-parse/sync";

export interface MdTable {
  /** The nearest heading above the table. */
  under: string;
  head: string[];
  rows: string[][];
}

export interface MdOutline {
  headings: { level: number; text: string }[];
  tables: MdTable[];
}

/** Cells of one table row, split on pipes that are not backslash-escaped. */
export function mdCells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

const DELIMITER = /^\|(\s*:?-{3,}:?\s*\|)+$/;

/** Headings and tables of a Markdown text; throws on a malformed table. */
export function mdOutline(text: string): MdOutline {
  const lines = text.split("\n");
  const out: MdOutline = { headings: [], tables: [] };
  let fenced = false;
  let under = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("```")) fenced = !fenced;
    if (fenced) continue;
    const heading = /^(#{1,6}) (.+)$/.exec(line);
    if (heading) {
      out.headings.push({ level: heading[1]!.length, text: heading[2]! });
      under = heading[2]!;
      continue;
    }
    if (!line.startsWith("|")) continue;
    const head = mdCells(line);
    const delimiter = lines[i + 1] ?? "";
    if (!DELIMITER.test(delimiter.trim()))
      throw new Error(`mdOutline: line ${i + 2}: a table header without a delimiter row`);
    if (mdCells(delimiter).length !== head.length)
      throw new Error(`mdOutline: line ${i + 2}: delimiter width differs from header`);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith("|"); j++) {
      const cells = mdCells(lines[j]!);
      if (cells.length !== head.length)
        throw new Error(`mdOutline: line ${j + 1}: ${cells.length} cells, header has ${head.length}`);
      rows.push(cells);
    }
    out.tables.push({ under, head, rows });
    i = j - 1;
  }
  if (fenced) throw new Error("mdOutline: a code fence is never closed");
  return out;
}

/** CSV text (with or without a byte-order mark) → records keyed by the header row. */
export function readCsv(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, skip_empty_lines: false, relax_column_count: false }) as Record<
    string,
    string
  >[];
}
