/**
 * CSV (and other delimited tables) with a header row
 * ===================================================
 * A table whose first row names its columns, one paper per row, mapped by columns.ts (a `title`
 * column is required). The delimiter is the first of `,` `\t` `;` that splits the header into a
 * row with a title column. Quoting as RFC 4180 (and pandas) write it: `"…"` with `""` escapes, and
 * quoted fields may span lines; the arXiv tokenizer (arxiv-tsv/tsv.ts) does the splitting, so
 * big files stream. A row with the wrong number of fields fails with PARSE_FAILED at file:line;
 * a row without a title is skipped with a warning. Pure.
 */
import type { ParsedEntry } from "../../../schema/model.ts";
import type { Warning } from "../../../schema/warnings.ts";
import { TsvTokenizer, type TsvRow } from "../arxiv-tsv/tsv.ts";
import { parseFailed } from "../common/json.ts";
import { SCORE, type EntryStream, type Format, type ParseResult } from "../format.ts";
import { fieldOf, rowToEntry, type Field } from "./columns.ts";

const COMPONENT = "csv";
const DELIMITERS = [",", "\t", ";"] as const;

function headerLine(text: string): string {
  const end = text.indexOf("\n");
  return (end < 0 ? text : text.slice(0, end))
    .slice(0, 8192)
    .replace(/\r$/, "")
    .replace(/^\ufeff/, "");
}

/** The delimiter that splits the header into columns including a title, or null. */
export function sniffDelimiter(text: string): string | null {
  const header = headerLine(text);
  for (const d of DELIMITERS) {
    const names = header.split(d).map((n) => n.trim().replace(/^"|"$/g, ""));
    if (names.length > 1 && names.some((n) => fieldOf(n) === "title")) return d;
  }
  return null;
}

class CsvStream implements EntryStream {
  private readonly tokenizer: TsvTokenizer;
  private columns: Map<Field, number> | null = null;
  private width = 0;

  constructor(
    private readonly file: string,
    delimiter: string,
    private readonly warn: (w: Warning) => void,
  ) {
    this.tokenizer = new TsvTokenizer(file, { delimiter, component: COMPONENT });
  }

  private read(rows: TsvRow[]): ParsedEntry[] {
    const out: ParsedEntry[] = [];
    for (const row of rows) {
      if (this.columns === null) {
        this.columns = new Map();
        row.fields.forEach((name, i) => {
          const field = fieldOf(name.replace(/^\ufeff/, ""));
          if (field !== null && !this.columns!.has(field)) this.columns!.set(field, i);
        });
        this.width = row.fields.length;
        if (!this.columns.has("title"))
          throw parseFailed(
            COMPONENT,
            this.file,
            row.line,
            "the header has no title column",
            "name one column `title` (see the column mapping in ingest/formats/table/README.md)",
          );
        continue;
      }
      if (row.fields.length !== this.width) {
        throw parseFailed(
          COMPONENT,
          this.file,
          row.line,
          `expected ${this.width} fields, got ${row.fields.length}`,
          "a quote or delimiter is probably broken",
        );
      }
      const entry = rowToEntry(
        (f) => (this.columns!.has(f) ? row.fields[this.columns!.get(f)!] : undefined),
        this.file,
        row.line,
        COMPONENT,
        this.warn,
      );
      if (entry) out.push(entry);
    }
    return out;
  }

  push(chunk: string): ParsedEntry[] {
    const rows: TsvRow[] = [];
    this.tokenizer.push(chunk, rows);
    return this.read(rows);
  }

  end(): ParsedEntry[] {
    const rows: TsvRow[] = [];
    this.tokenizer.end(rows);
    return this.read(rows);
  }
}

export function csvStream(file: string, head: string, warn: (w: Warning) => void): EntryStream | null {
  const delimiter = sniffDelimiter(head);
  return delimiter === null ? null : new CsvStream(file, delimiter, warn);
}

export function parseCsv(text: string, file: string): ParseResult {
  const warnings: Warning[] = [];
  const stream = csvStream(file, text, (w) => warnings.push(w));
  if (stream === null)
    throw parseFailed(
      COMPONENT,
      file,
      1,
      "the header row has no title column",
      "the first row must name the columns, one of them `title`",
    );
  const entries = [...stream.push(text), ...stream.end()];
  if (entries.length === 0)
    throw parseFailed(COMPONENT, file, 1, "no row with a title", "one paper per row after the header");
  return { entries, warnings };
}

export const csv: Format = {
  id: "csv",
  description: "CSV/TSV with a header row naming the columns (title required; see the column mapping)",
  detect: (text) => (sniffDelimiter(text) !== null ? SCORE.likely : SCORE.none),
  parse: parseCsv,
  extensions: [".csv", ".tsv"],
  stream: (file, head, onWarning) => csvStream(file, head, onWarning),
};
