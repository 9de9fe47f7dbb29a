/**
 * Lexicon matching in one pass
 * ============================
 * `buildLexicon(sources)` compiles the curated term lists (`lexicons/*.ts`) into one character
 * trie keyed by lower-case letters and digits, so separators do not matter: "ResNet50",
 * "ResNet-50" and "ResNet 50" share a path, as do "Mixture-of-Experts" and "Mixture of Experts".
 * `matchLexicon(tokens, lexicon)` walks the trie from each word start over the atoms of
 * `tokens.ts` (never across hard punctuation) and keeps the longest match; plurals are folded at
 * the last atom ("A100s", "GNNs", "strategies", "processes"). Cost is linear in the text, whatever
 * the number of terms (Aho–Corasick-style, but anchored at word starts, which is all we need).
 */
import type { ConceptType } from "../../schema/model.ts";
import { SEP_HARD, SEP_HYPHEN, SEP_NONE, type Tokens } from "./tokens.ts";

/** A lexicon type, or "stop": a span that is consumed and never reported ("state of the art"). */
export type LexType = ConceptType | "stop";

export interface LexEntry {
  name: string;
  type: LexType;
  /** Every form of the entry, canonical name first. */
  forms: string[];
  /** Added from the corpus's acronym definitions, not curated. */
  corpus?: boolean;
}

interface Form {
  entry: LexEntry;
  /** "~" forms must be written without a space ("speedup", not the verb "speed up"). */
  compact: boolean;
  /** Set when this form must match with exactly this case (letters and digits only). */
  exact: string | null;
  /** Exact forms that are plain capitalised words ("Galaxy") may not open a sentence. */
  notSentenceStart: boolean;
}

/** A trie node. Most nodes have one child (the trie is mostly chains), kept inline for speed. */
interface Node {
  ch: number;
  child: Node | undefined;
  next: Map<number, Node> | null;
  forms: Form[] | null;
}

export interface Lexicon {
  root: Node;
  entries: LexEntry[];
  /** normName-free quick look-up: lower-case key (letters, digits) → entries. */
  byKey: Map<string, LexEntry[]>;
}

export interface LexMatch {
  entry: LexEntry;
  /** First and last atom index, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

/** The trie key of a form: lower case, letters/digits/.+# only. */
export function lexKey(form: string): string {
  return form
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.+#]/gu, "")
    .replace(/\.(?!\d)/g, "");
}

const newNode = (): Node => ({ ch: -1, child: undefined, next: null, forms: null });

function step(node: Node, c: number): Node | undefined {
  if (node.ch === c) return node.child;
  return node.next === null ? undefined : node.next.get(c);
}

/**
 * Parse a lexicon data block: one entry a line, `Canonical | alias | alias`; `#` starts a comment;
 * a leading `==` on a line makes every form case-sensitive, `=` on one form just that form ("=OT");
 * `~` on a form means it must be written without a space ("~speedup" is not the verb "speed up").
 */
export function parseLexiconData(type: LexType, data: string): LexEntry[] {
  const entries: LexEntry[] = [];
  for (const rawLine of data.split("\n")) {
    const line = rawLine.replace(/\s#.*$/, "").trim();
    if (line === "" || line.startsWith("#")) continue;
    const allExact = line.startsWith("==");
    const body = allExact ? line.slice(2) : line;
    const forms = body
      .split("|")
      .map((f) => f.trim())
      .filter((f) => f !== "")
      .map((f) => (allExact && !f.startsWith("=") ? `=${f}` : f));
    const name = forms[0]!.replace(/^[=~]+/, "");
    entries.push({ name, type, forms });
  }
  return entries;
}

function insert(root: Node, key: string, form: Form): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let child = step(node, c);
    if (child === undefined) {
      child = newNode();
      if (node.ch === -1) {
        node.ch = c;
        node.child = child;
      } else {
        node.next ??= new Map();
        node.next.set(c, child);
      }
    }
    node = child;
  }
  (node.forms ??= []).push(form);
}

export function buildLexicon(entries: LexEntry[]): Lexicon {
  const root = newNode();
  const byKey = new Map<string, LexEntry[]>();
  for (const entry of entries) {
    for (const raw of entry.forms) {
      const flags = /^[=~]*/.exec(raw)![0];
      const exactForm = flags.includes("=");
      const form = raw.slice(flags.length);
      const key = lexKey(form);
      if (key === "") continue;
      const exact = exactForm ? form.replace(/[^\p{L}\p{N}.+#]/gu, "") : null;
      insert(root, key, {
        entry,
        exact,
        compact: flags.includes("~"),
        notSentenceStart: exactForm && /^\p{Lu}\p{Ll}+$/u.test(form),
      });
      const list = byKey.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byKey.set(key, list);
    }
  }
  return { root, entries, byKey };
}

/** Entries whose some form has this key (letters and digits, any case, plural folded). */
export function lookup(lexicon: Lexicon, text: string): LexEntry[] {
  const key = lexKey(text);
  const direct = lexicon.byKey.get(key);
  if (direct !== undefined) return direct;
  if (key.length > 3 && key.endsWith("s")) return lexicon.byKey.get(key.slice(0, -1)) ?? [];
  return [];
}

function acceptForm(forms: Form[], tokens: Tokens, start: number, end: number, sentenceStart: boolean): Form | null {
  let surface: string | null = null;
  for (const form of forms) {
    if (form.compact && /\s/.test(tokens.text.slice(start, end))) continue;
    if (form.exact === null) return form;
    surface ??= tokens.text.slice(start, end).replace(/[^\p{L}\p{N}.+#]/gu, "");
    const ok = surface === form.exact || surface === `${form.exact}s`;
    if (ok && !(form.notSentenceStart && sentenceStart)) return form;
  }
  return null;
}

/** Size suffixes that may follow a name inside one word ("Llama 2-70B", "GPT-3-175B"). */
const SIZE_SUFFIX = /^\d+(?:\.\d+)?(?:[bmkt]|gb)$|^\d+x\d+b$/;

/** A match may open a word, or follow lower-case modifiers inside it ("non-GNN"); "BERT" in "NAS-BERT" is another name. */
function isWordStart(tokens: Tokens, i: number): boolean {
  const atom = tokens.atoms[i]!;
  if (atom.sep !== SEP_NONE && atom.sep !== SEP_HYPHEN) return true;
  const word = tokens.words[atom.word]!;
  return !/[\p{Lu}\p{N}]/u.test(tokens.text.slice(word.start, atom.start));
}

/** A match may end inside a word only before a lower-case part, a size ("Llama 2-70B"), or in a lower-case word. */
function endAllowed(tokens: Tokens, j: number): boolean {
  const next = tokens.atoms[j + 1];
  if (next === undefined || (next.sep !== SEP_NONE && next.sep !== SEP_HYPHEN)) return true;
  const text = tokens.text;
  const lower = (at: number): boolean => {
    const c = text.charCodeAt(at);
    return (c >= 97 && c <= 122) || (c > 127 && /\p{Ll}/u.test(text[at]!));
  };
  return lower(next.start) || SIZE_SUFFIX.test(next.lower) || lower(tokens.words[tokens.atoms[j]!.word]!.start);
}

/** The form a plural ending folds to: "GNNs" → "GNN", "processes" → "process", "strategies" → "strategy". */
function pluralForm(
  word: string,
  p1: Node | undefined,
  p2: Node | undefined,
  p3: Node | undefined,
  tokens: Tokens,
  start: number,
  end: number,
  sentenceStart: boolean,
): Form | null {
  if (p1?.forms) {
    const f = acceptForm(p1.forms, tokens, start, end, sentenceStart);
    if (f) return f;
  }
  if (p2?.forms && /(?:s|x|z|ch|sh)es$/.test(word)) {
    const f = acceptForm(p2.forms, tokens, start, end, sentenceStart);
    if (f) return f;
  }
  const y = word.endsWith("ies") && p3 !== undefined ? step(p3, 121) : undefined;
  return y?.forms ? acceptForm(y.forms, tokens, start, end, sentenceStart) : null;
}

/** Longest lexicon matches, left to right, not overlapping. */
export function matchLexicon(tokens: Tokens, lexicon: Lexicon): LexMatch[] {
  const { atoms } = tokens;
  const out: LexMatch[] = [];
  let i = 0;
  while (i < atoms.length) {
    const first = atoms[i]!;
    if (step(lexicon.root, first.lower.charCodeAt(0)) === undefined || !isWordStart(tokens, i)) {
      i++;
      continue;
    }
    let node: Node | undefined = lexicon.root;
    let best: { last: number; form: Form } | null = null;
    const sentenceStart = i === 0 || first.sentence !== atoms[i - 1]!.sentence;
    for (let j = i; j < atoms.length && node !== undefined; j++) {
      const atom = atoms[j]!;
      if (j > i && atom.sep === SEP_HARD) break;
      const word = atom.lower;
      // p1/p2/p3: the node before the last one, two and three characters (for "s", "es", "ies")
      const n = word.length;
      let p1: Node | undefined;
      let p2: Node | undefined;
      let p3: Node | undefined;
      for (let k = 0; k < n && node !== undefined; k++) {
        const c = word.charCodeAt(k);
        if (c === 94 || c === 39 || c === 8217) continue; // ^ ' ’
        if (k === n - 1) p1 = node;
        else if (k === n - 2) p2 = node;
        else if (k === n - 3) p3 = node;
        node = step(node, c);
      }
      const exact = node?.forms ?? null;
      const plural = n > 3 && word.charCodeAt(n - 1) === 115 && word.charCodeAt(n - 2) !== 115;
      if (exact === null && !plural) continue;
      if (!endAllowed(tokens, j)) continue;
      const form =
        (exact && acceptForm(exact, tokens, first.start, atom.end, sentenceStart)) ||
        (plural ? pluralForm(word, p1, p2, p3, tokens, first.start, atom.end, sentenceStart) : null);
      if (form) best = { last: j, form };
    }
    if (best === null) {
      i++;
      continue;
    }
    const lastAtom = atoms[best.last]!;
    out.push({ entry: best.form.entry, first: i, last: best.last, start: first.start, end: lastAtom.end });
    i = best.last + 1;
  }
  return out;
}
