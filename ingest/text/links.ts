/**
 * Links in free text
 * ==================
 * `extractLinks(text)` finds the http(s) URLs in an abstract, in order, without duplicates, and
 * trims what copy-paste and LaTeX glue to them: trailing punctuation (`…/TRIP/.`), unbalanced
 * closing brackets (`(https://uhh.de/x).`) and a `{…}` tail left by `\href{url}{text}`
 * (`…/Faster-Diffusion{FasterDiffusion}`). A scheme split by a space (`https: //github.com/…`) is
 * mended. `arxivIdFromLinks(links)` reads an arXiv identifier from arxiv.org/abs|pdf URLs.
 * Single pass with indexOf; no regexes over the whole text.
 */

/** Characters that end a URL in running text. */
function isUrlEnd(c: number): boolean {
  return c <= 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60 || c === 0x7f || c === 0xa0;
}

const TRAILING_PUNCTUATION = new Set([".", ",", ";", ":", "!", "?", "'", "*"]);
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/** Trim a raw URL candidate to the URL its author meant. */
export function trimUrl(raw: string): string {
  // Braces are never literal in a URL: "{" starts LaTeX link text or a macro argument.
  const brace = raw.indexOf("{");
  const url = brace >= 0 ? raw.slice(0, brace) : raw;
  // Bracket balance is counted once, then updated as characters come off the end (linear time).
  const balance: Record<string, number> = { "(": 0, "[": 0, "{": 0 };
  for (let i = 0; i < url.length; i++) {
    const ch = url.charAt(i);
    if (ch in balance) balance[ch]!++;
    const opener = CLOSERS[ch];
    if (opener !== undefined) balance[opener]!--;
  }
  let end = url.length;
  while (end > 0) {
    const last = url.charAt(end - 1);
    const opener = CLOSERS[last];
    if (TRAILING_PUNCTUATION.has(last)) end--;
    // "(see https://x.org/a_(b))" keeps the balanced ")" of the URL and drops the sentence's one.
    else if (opener !== undefined && balance[opener]! < 0) {
      balance[opener]!++;
      end--;
    } else break;
  }
  return url.slice(0, end);
}

/** True when `url` has a host after the scheme (so "https://" alone is no link). */
function hasHost(url: string): boolean {
  const rest = url.slice(url.indexOf("//") + 2);
  return rest.length > 0 && rest.charAt(0) !== "/" && rest.includes(".");
}

/**
 * The start of a URL: scheme, colon, at most one stray space, "//". Fixed-length pieces with
 * single optional characters, so the engine never backtracks more than a few steps.
 */
const URL_START = /(https?):( ?)\/\//gi;

/** The http(s) URLs in `text`, trimmed, in order of first appearance, without duplicates. */
export function extractLinks(text: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  URL_START.lastIndex = 0;
  for (let match = URL_START.exec(text); match !== null; match = URL_START.exec(text)) {
    let end = URL_START.lastIndex;
    while (end < text.length && !isUrlEnd(text.charCodeAt(end))) end++;
    URL_START.lastIndex = end;
    // "https: //host" (a space slipped in after the colon) is mended.
    const url = trimUrl(`${match[1]!.toLowerCase()}://${text.slice(match.index + match[0].length, end)}`);
    if (!hasHost(url) || seen.has(url)) continue;
    seen.add(url);
    found.push(url);
  }
  return found;
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** `2401.01234` / `1709.0123` or the old `cs/9809007` form, version suffix dropped; null if not an id. */
export function normalizeArxivId(raw: string): string | null {
  let id = raw.trim();
  if (id.toLowerCase().startsWith("arxiv:")) id = id.slice(6);
  if (id.toLowerCase().endsWith(".pdf")) id = id.slice(0, -4);
  const v = id.lastIndexOf("v");
  if (v > 0 && v < id.length - 1 && [...id.slice(v + 1)].every(isDigit)) id = id.slice(0, v);
  const dot = id.indexOf(".");
  const slash = id.indexOf("/");
  if (dot === 4 && slash < 0) {
    const [yymm, num] = [id.slice(0, 4), id.slice(5)];
    if ([...yymm].every(isDigit) && (num.length === 4 || num.length === 5) && [...num].every(isDigit)) return id;
    return null;
  }
  if (slash > 0 && dot < 0) {
    const [archive, num] = [id.slice(0, slash), id.slice(slash + 1)];
    const archiveOk = [...archive].every((c) => (c >= "a" && c <= "z") || c === "-" || (c >= "A" && c <= "Z"));
    if (archiveOk && num.length === 7 && [...num].every(isDigit)) return id;
  }
  return null;
}

/**
 * The arXiv id an abstract's links name through arxiv.org/abs/… or arxiv.org/pdf/…, but only when
 * they name exactly one: an abstract citing two arXiv papers says nothing certain about its own id.
 */
export function arxivIdFromLinks(links: readonly string[]): string | null {
  const ids = new Set<string>();
  for (const link of links) {
    // Index into the lower-cased copy only when lower-casing kept every index in place.
    const lower = link.toLowerCase().length === link.length ? link.toLowerCase() : link;
    for (const marker of ["arxiv.org/abs/", "arxiv.org/pdf/"]) {
      const at = lower.indexOf(marker);
      if (at < 0) continue;
      let rest = link.slice(at + marker.length);
      const cut = rest.search(/[?#]/);
      if (cut >= 0) rest = rest.slice(0, cut);
      if (rest.endsWith("/")) rest = rest.slice(0, -1);
      const id = normalizeArxivId(rest);
      if (id) ids.add(id);
    }
  }
  return ids.size === 1 ? [...ids][0]! : null;
}
