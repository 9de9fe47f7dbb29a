/**
 * Streaming TSV tokenizer
 * =======================
 * `new TsvTokenizer(file)`; `push(chunk, out)` for each piece of text as it arrives, then
 * `end(out)`: rows come out as `{line, fields}` with `line` the 1-based physical line the row
 * starts on. The dialect is what pandas' `to_csv(sep="\t")` writes: tab-separated, a field that
 * holds a tab, a quote or a newline is wrapped in `"` with inner quotes doubled, and a quoted field
 * may span lines. A quote inside an unquoted field is literal. A character other than a tab or a
 * newline after a closing quote, or a quote left open at the end, is an error naming file:line.
 *
 * A state machine that jumps from delimiter to delimiter with cached indexOf searches (each
 * character is looked at a bounded number of times; no regexes, no look-back); text is copied out
 * of a chunk by slices, so memory holds one chunk plus the current row whatever the file's size.
 */
import { PaperAtlasError } from "../../../schema/errors.ts";

export interface TsvRow {
  /** 1-based physical line the row starts on. */
  line: number;
  fields: string[];
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** Just read a `"` inside a quoted field: a second one is a literal quote, else the field ended. */
  QuoteSeen,
}

export class TsvTokenizer {
  private state = State.FieldStart;
  /** Pieces of the current field (it may span chunks or hold `""` escapes). */
  private parts: string[] = [];
  private fields: string[] = [];
  private line = 1;
  private rowLine = 1;
  private quoteLine = 1;

  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly component: string;

  /** `options.delimiter` (default tab) makes it a CSV tokenizer; `component` names it in errors. */
  constructor(
    private readonly file: string,
    options: { delimiter?: string; component?: string } = {},
  ) {
    this.delimiter = options.delimiter ?? "\t";
    this.delimiterCode = this.delimiter.charCodeAt(0);
    this.component = options.component ?? "arxiv-tsv";
  }

  private fail(line: number, what: string): never {
    const where = `${this.file}:${line}`;
    throw new PaperAtlasError("PARSE_FAILED", `${this.component}: ${where}: ${what}`, {
      where,
      hint: "check the file is an intact tab-separated export (quoted fields closed, one row per record)",
    });
  }

  private endField(stripCr: boolean): void {
    let field = this.parts.length === 1 ? this.parts[0]! : this.parts.join("");
    if (stripCr && field.charCodeAt(field.length - 1) === CR) field = field.slice(0, -1);
    this.fields.push(field);
    this.parts = [];
  }

  private endRow(out: TsvRow[]): void {
    const blank = this.fields.length === 1 && this.fields[0] === "";
    if (!blank) out.push({ line: this.rowLine, fields: this.fields });
    this.fields = [];
    this.line++;
    this.rowLine = this.line;
  }

  /** Tokenize the next piece of text; complete rows are appended to `out`. */
  push(chunk: string, out: TsvRow[]): void {
    const n = chunk.length;
    // Next tab / newline / quote at or after the cursor, found by native indexOf and cached, so
    // each is searched for once per occurrence: linear however many fields a line holds.
    let nextTab = -2;
    let nextLf = -2;
    let nextQuote = -2;
    const find = (cached: number, ch: string, at: number): number =>
      cached === -1 || cached >= at ? cached : chunk.indexOf(ch, at);
    let from = 0; // start of the current field's piece within this chunk
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case State.FieldStart:
          if (chunk.charCodeAt(i) === QUOTE) {
            this.state = State.Quoted;
            this.quoteLine = this.line;
            from = ++i;
          } else {
            this.state = State.Unquoted;
            from = i;
          }
          continue;
        case State.Unquoted: {
          nextTab = find(nextTab, this.delimiter, i);
          nextLf = find(nextLf, "\n", i);
          const end = nextTab < 0 ? nextLf : nextLf < 0 ? nextTab : Math.min(nextTab, nextLf);
          if (end < 0) {
            i = n;
            continue;
          }
          const isLf = end === nextLf;
          this.parts.push(chunk.slice(from, end));
          this.endField(isLf);
          this.state = State.FieldStart;
          if (isLf) this.endRow(out);
          i = end + 1;
          continue;
        }
        case State.Quoted: {
          nextQuote = find(nextQuote, '"', i);
          const end = nextQuote < 0 ? n : nextQuote;
          for (nextLf = find(nextLf, "\n", i); nextLf >= 0 && nextLf < end; nextLf = chunk.indexOf("\n", nextLf + 1)) {
            this.line++;
          }
          if (nextQuote < 0) {
            i = n;
            continue;
          }
          this.parts.push(chunk.slice(from, end));
          this.state = State.QuoteSeen;
          i = end + 1;
          continue;
        }
        case State.QuoteSeen: {
          const c = chunk.charCodeAt(i);
          if (c === QUOTE) {
            this.state = State.Quoted;
            from = i; // the second quote starts the next piece: it is the literal one
          } else if (c === this.delimiterCode || c === LF) {
            this.endField(false);
            this.state = State.FieldStart;
            if (c === LF) this.endRow(out);
          } else if (c !== CR) {
            this.fail(
              this.line,
              `unexpected ${JSON.stringify(chunk.charAt(i))} after the quoted field that closes here`,
            );
          }
          i++;
          continue;
        }
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted) this.parts.push(chunk.slice(from, n));
  }

  /** Flush the last row (a file need not end with a newline). Throws on a quote left open. */
  end(out: TsvRow[]): void {
    if (this.state === State.Quoted) this.fail(this.quoteLine, "quoted field opened here is never closed");
    if (this.state === State.Unquoted || this.state === State.QuoteSeen || this.fields.length > 0) {
      this.endField(this.state === State.Unquoted);
      this.endRow(out);
    }
    this.state = State.FieldStart;
  }
}
