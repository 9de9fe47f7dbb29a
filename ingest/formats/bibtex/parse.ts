/**
 * BibTeX syntax
 * =============
 * `parseBibtexEntries(text, file)` reads the entries of a `.bib` file: `@type{key, field = value,
 * …}` (or with parentheses), values in braces (nested), in quotes, bare numbers or `@string`
 * macros (the month abbreviations built in), joined with `#`. `@comment` and `@preamble` are
 * skipped, and so is text between entries, as BibTeX does. Field names are lower-cased; values are
 * returned raw (LaTeX and braces intact: see latex.ts). A hand-written scanner: each character is
 * looked at once, no regexes over the file, so a 100 MB library parses in linear time. An
 * unclosed brace or quote, or a missing `=`, fails with PARSE_FAILED at the line it starts on. Pure.
 */
import { LineIndex, parseFailed } from "../common/json.ts";

export interface BibEntry {
  type: string;
  key: string;
  /** 1-based line of the entry's `@`. */
  line: number;
  fields: Map<string, string>;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function isNameChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_\-:.+/'!?*&|<>[\]]/.test(c);
}

class Scanner {
  i = 0;
  readonly lines: LineIndex;
  readonly macros = new Map<string, string>(MONTHS.map((m, n) => [m, String(n + 1)]));

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    this.lines = new LineIndex(text);
  }

  fail(at: number, what: string): never {
    throw parseFailed(
      "bibtex",
      this.file,
      this.lines.lineAt(at),
      what,
      "check the entry's braces, quotes and `field = value,` pairs",
    );
  }

  skipSpace(): void {
    const t = this.text;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.i++;
      else if (c === 0x25) {
        const nl = t.indexOf("\n", this.i); // `%` comments inside an entry run to the end of the line
        this.i = nl < 0 ? t.length : nl + 1;
      } else break;
    }
  }

  name(): string {
    const start = this.i;
    while (isNameChar(this.text[this.i])) this.i++;
    return this.text.slice(start, this.i);
  }

  /** A `{…}` group at `i` (on the `{`): its inside, braces nested. */
  braced(): string {
    const start = this.i;
    let depth = 0;
    for (; this.i < this.text.length; this.i++) {
      const c = this.text[this.i];
      if (c === "\\") this.i++;
      else if (c === "{") depth++;
      else if (c === "}" && --depth === 0) return this.text.slice(start + 1, this.i++);
    }
    return this.fail(start, "brace opened here is never closed");
  }

  /** A `"…"` value at `i` (on the quote); a quote inside braces does not end it. */
  quoted(): string {
    const start = this.i++;
    let depth = 0;
    for (; this.i < this.text.length; this.i++) {
      const c = this.text[this.i];
      if (c === "\\") this.i++;
      else if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === '"' && depth === 0) return this.text.slice(start + 1, this.i++);
    }
    return this.fail(start, "quote opened here is never closed");
  }

  /** value ( # value )* */
  value(): string {
    let out = "";
    for (;;) {
      this.skipSpace();
      const c = this.text[this.i];
      if (c === "{") out += this.braced();
      else if (c === '"') out += this.quoted();
      else if (isNameChar(c)) {
        const at = this.i;
        const word = this.name();
        if (/^\d+$/.test(word)) out += word;
        else {
          const macro = this.macros.get(word.toLowerCase());
          if (macro === undefined) this.fail(at, `unknown @string macro "${word}"`);
          out += macro;
        }
      } else this.fail(this.i, c === undefined ? "file ends inside an entry" : `expected a value, found "${c}"`);
      this.skipSpace();
      if (this.text[this.i] !== "#") return out;
      this.i++;
    }
  }

  /** `name = value` pairs up to the closing `close`. */
  fields(close: string, start: number): Map<string, string> {
    const fields = new Map<string, string>();
    for (;;) {
      this.skipSpace();
      if (this.text[this.i] === close) {
        this.i++;
        return fields;
      }
      if (this.i >= this.text.length) this.fail(start, "entry opened here is never closed");
      const at = this.i;
      const field = this.name().toLowerCase();
      if (field === "") this.fail(at, `expected a field name, found "${this.text[at]}"`);
      this.skipSpace();
      if (this.text[this.i] !== "=") this.fail(at, `field "${field}" has no "="`);
      this.i++;
      fields.set(field, this.value());
      this.skipSpace();
      if (this.text[this.i] === ",") this.i++;
      else if (this.text[this.i] !== close) this.fail(this.i, `expected "," or the entry's end after field "${field}"`);
    }
  }
}

export function parseBibtexEntries(text: string, file: string): BibEntry[] {
  const s = new Scanner(text, file);
  const entries: BibEntry[] = [];
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", s.i)) {
    s.i = at + 1;
    const type = s.name().toLowerCase();
    s.skipSpace();
    const open = text[s.i];
    if (type === "" || (open !== "{" && open !== "(")) continue; // an `@` in free text between entries
    if (type === "comment" || type === "preamble") {
      if (open === "{") s.braced();
      else s.i = Math.max(s.i + 1, text.indexOf(")", s.i) + 1);
      continue;
    }
    const close = open === "{" ? "}" : ")";
    s.i++;
    if (type === "string") {
      for (const [name, value] of s.fields(close, at)) s.macros.set(name, value);
      continue;
    }
    s.skipSpace();
    const keyStart = s.i;
    while (s.i < text.length && !/[,\s}]/.test(text[s.i]!) && text[s.i] !== close) s.i++;
    const key = text.slice(keyStart, s.i);
    s.skipSpace();
    if (text[s.i] === ",") s.i++;
    else if (text[s.i] !== close) s.fail(s.i, `expected "," after the key "${key}"`);
    entries.push({ type, key, line: s.lines.lineAt(at), fields: s.fields(close, at) });
  }
  return entries;
}
