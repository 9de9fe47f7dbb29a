/**
 * Text normalisation for extraction
 * =================================
 * `normaliseText(s)`: Unicode NFC, URLs out, hyphenated line breaks joined, LaTeX markup reduced to
 * its text, inline math kept out of names, whitespace collapsed. Titles and abstracts from arXiv carry LaTeX
 * (`$O(n^2)$`, `\emph{…}`); HF listings carry soft hyphens and odd spaces. Pure, no I/O.
 */

/** Math symbols whose meaning matters to a rule ("8$\times$ A100"); everything else becomes a break. */
const MATH_SYMBOLS: Record<string, string> = {
  "\\times": "×",
  "\\sim": "~",
  "\\approx": "≈",
  "\\%": "%",
  "\\mu": "μ",
  "\\pm": "±",
};

/** Prefixes that keep their hyphen when a word is broken across lines ("multi-\ntask"). */
const KEEP_HYPHEN =
  /^(?:multi|pre|post|non|self|co|cross|semi|sub|inter|intra|over|under|out|end|real|low|high|fine|large|small|long|short|data|model|task|graph|deep|state)$/i;

/** Replace `$…$` spans. Math glued to letters ("M$^3$ViT") keeps its text; free math becomes a hard break. */
function replaceMath(text: string): string {
  return text.replace(/\$\$?([^$]{0,200})\$\$?/g, (whole, body: string, offset: number) => {
    const trimmed = body.trim();
    const symbol = MATH_SYMBOLS[trimmed];
    if (symbol !== undefined) return symbol;
    const before = text[offset - 1] ?? " ";
    const after = text[offset + whole.length] ?? " ";
    const glued = /[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after);
    if (glued && trimmed.length <= 12) return trimmed.replace(/[{}\\]/g, "").replace(/\s+/g, "");
    if (/^[\d.,]+$/.test(trimmed)) return trimmed;
    return " ⟨math⟩ ";
  });
}

/** Drop LaTeX commands but keep their argument text (`\emph{X}` → X, `{\em X}` → X, `\cite{…}` → nothing). */
function stripLatex(text: string): string {
  if (!text.includes("\\") && !text.includes("{")) return text;
  return text
    .replace(/\\(?:cite[tp]?|ref|eqref|label|footnote|url|href)\{[^}]*\}/g, "")
    .replace(/\\(?:emph|textit|textbf|textsc|texttt|textrm|mathrm|mathbf|text|underline|mbox)\{([^}]*)\}/g, "$1")
    .replace(/\{\\(?:em|it|bf|sc|tt)\s+([^}]*)\}/g, "$1")
    .replace(/\\([%&#_])/g, "$1")
    .replace(/\\["'`^~]\{?([A-Za-z])\}?/g, "$1")
    .replace(/\\textless/g, "<")
    .replace(/\\textgreater/g, ">")
    .replace(/\\[A-Za-z]+\*?/g, " ")
    .replace(/(^|[^\\])[{}]/g, "$1");
}

/** Join words broken at a line end: "trans-\nformers" → "transformers", "multi-\ntask" → "multi-task". */
function joinBrokenWords(text: string): string {
  return text.replace(/([\p{L}]+)[-\u00AD\u2010]\s*\n\s*([\p{Ll}]+)/gu, (_whole, left: string, right: string) =>
    KEEP_HYPHEN.test(left) ? `${left}-${right}` : `${left}${right}`,
  );
}

/** Normalise a title or abstract for extraction. Idempotent. */
export function normaliseText(raw: string): string {
  // Latin-1 text (most abstracts) is already NFC: skip the ICU call
  let text = /[\u0100-\uffff]/.test(raw) ? raw.normalize("NFC") : raw;
  // URLs name repositories and organisations ("github.com/VITA-Group/READ-ME"), never concepts
  if (/http|www\.|github/i.test(text))
    text = text.replace(
      /(?:\bhttps?:\s?\/\/|\bwww\.|\b[\w-]+\.github\.io\b|\bgithub\.com\/)[^\s]*[^\s.,;:)\]}'"]/gi,
      " ⟨url⟩ ",
    );
  if (text.includes("\u00AD")) text = text.replace(/\u00AD(?!\s*\n)/g, ""); // soft hyphens inside a line are invisible
  if (text.includes("\n")) text = joinBrokenWords(text);
  if (text.includes("$")) text = replaceMath(text);
  text = stripLatex(text);
  // LaTeX's non-breaking space: "Service Level Agreement~(SLA)"; "~10x" (about) keeps its tilde
  if (text.includes("~")) text = text.replace(/(?<=[\p{L}\p{N})\].,;:])~/gu, " ");
  // typographic quotes and odd spaces only occur in non-ASCII text
  if (/[^ -~\t\n\r]/.test(text))
    text = text
      .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
      .replace(/[\u200B-\u200D\uFEFF]/g, "");
  if (text.includes("``") || text.includes("''")) text = text.replace(/``|''/g, '"');
  // most texts are single-spaced already; rebuild only when some whitespace is not one lone space
  if (/\s\s|[^\S ]/.test(text)) text = text.replace(/\s+/g, " ");
  text = text.trim();
  return text;
}
