/**
 * LaTeX in BibTeX fields → plain Unicode text
 * ===========================================
 * `latexToText(s)` turns what BibTeX libraries write into the text a reader sees: accents
 * (`{\"o}`, `\'{e}`, `\v c`, `\c{c}`) become combined characters (NFC), `\ss`, `\o`, `\ae`, `\l` and
 * friends their letters, escaped specials (`\&`, `\%`, `\_`) themselves, `--`/`---` dashes, `~` a
 * space, ``` `` ``` and `''` curly quotes; formatting commands (`\emph{x}`, `\textbf{x}`) keep their
 * argument; protective braces (`{BERT}`) go. Math (`$…$`) is kept verbatim, as the extractor wants
 * it. One pass, linear. Pure.
 */

/** Combining marks for the accent commands. */
const ACCENTS: Readonly<Record<string, string>> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030c",
  H: "\u030b",
  c: "\u0327",
  k: "\u0328",
  r: "\u030a",
  d: "\u0323",
  b: "\u0331",
};

/** Letter-like commands. */
const SYMBOLS: Readonly<Record<string, string>> = {
  ss: "ß",
  o: "ø",
  O: "Ø",
  aa: "å",
  AA: "Å",
  ae: "æ",
  AE: "Æ",
  oe: "œ",
  OE: "Œ",
  l: "ł",
  L: "Ł",
  i: "ı",
  j: "ȷ",
  dag: "†",
  S: "§",
  P: "¶",
  textendash: "–",
  textemdash: "—",
  ldots: "…",
  dots: "…",
  textquoteright: "’",
  textquoteleft: "‘",
  LaTeX: "LaTeX",
  TeX: "TeX",
};

const ESCAPED = new Set(["&", "%", "$", "#", "_", "{", "}", "\\", " "]);

function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
}

/** Reads one accent argument at `i`: `{e}`, `{\i}`, `e` or `\i`; returns [base letter, next index]. */
function accentArgument(s: string, i: number): [string, number] {
  while (s[i] === " ") i++;
  let braced = false;
  if (s[i] === "{") {
    braced = true;
    i++;
  }
  let base = "";
  if (s[i] === "\\" && isLetter(s[i + 1])) {
    let j = i + 1;
    while (isLetter(s[j])) j++;
    const name = s.slice(i + 1, j);
    base = name === "i" ? "i" : name === "j" ? "j" : (SYMBOLS[name] ?? "");
    i = j;
  } else if (i < s.length && s[i] !== "}") {
    base = s[i]!;
    i++;
  }
  if (braced) {
    while (i < s.length && s[i] !== "}") base += s[i++];
    i++;
  }
  return [base, i];
}

export function latexToText(s: string): string {
  if (!/[\\{}~`'$-]/.test(s)) return s;
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === "$") {
      const end = s.indexOf("$", i + 1);
      const stop = end < 0 ? s.length : end + 1;
      out += s.slice(i, stop);
      i = stop;
    } else if (c === "\\") {
      const next = s[i + 1];
      if (next !== undefined && ACCENTS[next] !== undefined && (!isLetter(next) || !isLetter(s[i + 2]))) {
        const [base, j] = accentArgument(s, i + 2);
        out += base === "" ? "" : (base[0]! + ACCENTS[next] + base.slice(1)).normalize("NFC");
        i = j;
      } else if (isLetter(next)) {
        let j = i + 1;
        while (isLetter(s[j])) j++;
        const name = s.slice(i + 1, j);
        out += SYMBOLS[name] ?? "";
        if (SYMBOLS[name] !== undefined && s[j] === "{" && s[j + 1] === "}") j += 2;
        while (SYMBOLS[name] !== undefined && s[j] === " " && isLetter(s[j + 1]) && out.length > 0) {
          j++; // `\ss e` → "ße": the space only ended the command
          break;
        }
        i = j;
      } else if (next !== undefined && ESCAPED.has(next)) {
        out += next === "\\" ? " " : next;
        i += 2;
      } else {
        i++;
      }
    } else if (c === "{" || c === "}") {
      i++;
    } else if (c === "~") {
      out += " ";
      i++;
    } else if (c === "-" && s[i + 1] === "-") {
      const triple = s[i + 2] === "-";
      out += triple ? "—" : "–";
      i += triple ? 3 : 2;
    } else if (c === "`" && s[i + 1] === "`") {
      out += "“";
      i += 2;
    } else if (c === "'" && s[i + 1] === "'") {
      out += "”";
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** An accent command with its letter, optionally wrapped in one group: `{\'e}`, `\'{e}`, `\'e`, `\v{c}`, `{\H o}`, `\'\i`. */
const ACCENT_COMMAND = /(\{?)\\([`'^"~=.]|[uvHckrdb](?=[\s{]))\s*(?:\{(\\[ij]|[a-zA-Z])\}|(\\[ij]|[a-zA-Z]))(\}?)/g;
/** A letter command in braces: `{\ss}`, `{\o}`, `{\aa}`. */
const LETTER_COMMAND = /\{\\(ss|o|O|aa|AA|ae|AE|oe|OE|l|L)\}/g;

/**
 * Only the accents and braced letter commands of `latexToText`, everything else left as written
 * (math, `\emph{…}`, braces): for sources such as arXiv metadata whose LaTeX the extractor reads,
 * but whose names and titles should read "Lévy", not "L\'evy". Linear (one regex pass each).
 */
export function latexAccents(s: string): string {
  if (!s.includes("\\")) return s;
  return s
    .replace(ACCENT_COMMAND, (_whole, open: string, accent: string, braced?: string, bare?: string, close?: string) => {
      const letter = braced ?? bare ?? "";
      const base = letter === "\\i" ? "i" : letter === "\\j" ? "j" : letter;
      const text = (base + ACCENTS[accent]!).normalize("NFC");
      // One group around the command goes with it; an unmatched brace stays.
      return open && close ? text : `${open}${text}${close ?? ""}`;
    })
    .replace(LETTER_COMMAND, (_whole, name: string) => SYMBOLS[name] ?? _whole);
}
