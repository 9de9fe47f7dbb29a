/**
 * Lexicon matching in one pass
 * ============================
 * `buildLexicon(entries, extra)` compiles the curated term lists (`lexicons/*.ts`), and a batch's
 * acronyms, into one character trie (trie.ts) keyed by lower-case letters and digits, so
 * separators do not matter: "ResNet50", "ResNet-50" and "ResNet 50" share a path, as do
 * "Mixture-of-Experts" and "Mixture of Experts".
 * `matchLexicon(tokens, lexicon)` walks the trie from each word start over the atoms of
 * `tokens.ts` (never across hard punctuation) and keeps the longest match; plurals are folded at
 * the last atom ("A100s", "GNNs", "strategies", "processes"). Cost is linear in the text, whatever
 * the number of terms (Aho–Corasick-style, but anchored at word starts, which is all we need).
 */
import type { ConceptType } from "../../schema/model.ts";
import { SEP_HARD, SEP_HYPHEN, SEP_NONE, type Tokens } from "./tokens.ts";
import { compileTrie, step, valuesAt as formsAt, type Trie } from "./trie.ts";

/** A lexicon type, or "stop": a span that is consumed and never reported ("state of the art"). */
export type LexType = ConceptType | "stop";

/** One field's lexicon (`lexicons/fields/`): a data block per concept type, as `parseLexiconData` reads. */
export type FieldLexicon = Record<ConceptType, string>;

/** A lexicon entry; read-only once made (`buildLexicon` caches what it compiles from each). */
export interface LexEntry {
  readonly name: string;
  readonly type: LexType;
  /** Every form of the entry, canonical name first. */
  readonly forms: readonly string[];
  /** Added from the corpus's acronym definitions, not curated. */
  readonly corpus?: boolean;
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

export interface Lexicon {
  /** The forms by key (trie.ts). */
  trie: Trie<Form>;
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

/** The node `word` (an atom, lower case) leads to from `node`, ^ ' ’ skipped; -1 when it leaves the trie. */
function walk(trie: Trie<Form>, node: number, word: string): number {
  for (let k = 0; k < word.length && node >= 0; k++) {
    const c = word.charCodeAt(k);
    if (c !== 94 && c !== 39 && c !== 8217) node = step(trie, node, c); // ^ ' ’
  }
  return node;
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

/** An entry's forms with their trie keys, compiled once per entry (corpusLexicon rebuilds the lexicon per batch). */
const compiledForms = new WeakMap<LexEntry, Array<{ key: string; form: Form }>>();

function formsOf(entry: LexEntry): Array<{ key: string; form: Form }> {
  let out = compiledForms.get(entry);
  if (out !== undefined) return out;
  out = [];
  for (const raw of entry.forms) {
    const flags = /^[=~]*/.exec(raw)![0];
    const exactForm = flags.includes("=");
    const form = raw.slice(flags.length);
    const key = lexKey(form);
    if (key === "") continue;
    const exact = exactForm ? form.replace(/[^\p{L}\p{N}.+#]/gu, "") : null;
    out.push({
      key,
      form: {
        entry,
        exact,
        compact: flags.includes("~"),
        notSentenceStart: exactForm && /^\p{Lu}\p{Ll}+$/u.test(form),
      },
    });
  }
  compiledForms.set(entry, out);
  return out;
}

/** The forms and entries by key of an entry list, and its keys in order. */
interface KeyIndex {
  entries: readonly LexEntry[];
  formsByKey: Map<string, Form[]>;
  byKey: Map<string, LexEntry[]>;
  /** Sorted in UTF-16 code unit order, as `compileTrie` needs. */
  keys: string[];
}

function indexEntries(entries: readonly LexEntry[]): KeyIndex {
  const formsByKey = new Map<string, Form[]>();
  const byKey = new Map<string, LexEntry[]>();
  for (const entry of entries) {
    for (const { key, form } of formsOf(entry)) {
      const forms = formsByKey.get(key);
      if (forms === undefined) formsByKey.set(key, [form]);
      else forms.push(form);
      const list = byKey.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byKey.set(key, list);
    }
  }
  return { entries, formsByKey, byKey, keys: [...formsByKey.keys()].sort() };
}

/**
 * The last base indexed. `corpusLexicon` extends the same built-in entries for every batch, so
 * their index (and its sorted keys) is made once and only the batch's entries are added to a copy.
 */
let lastBase: KeyIndex | null = null;

function baseIndex(entries: readonly LexEntry[]): KeyIndex {
  const same =
    lastBase !== null &&
    lastBase.entries.length === entries.length &&
    entries.every((e, i) => e === lastBase!.entries[i]);
  if (!same) lastBase = indexEntries([...entries]);
  return lastBase!;
}

/** Two sorted key lists as one (the lists share no key). */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! < b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * The lexicon of `entries` followed by `extra`: as if built from `[...entries, ...extra]` (a key's
 * forms and entries in that order), the index of `entries` reused from the previous call when it
 * had the same entries. The base index is shared, so its lists are copied before an extra is added.
 */
export function buildLexicon(entries: readonly LexEntry[], extra: readonly LexEntry[] = []): Lexicon {
  const base = baseIndex(entries);
  const formsByKey = new Map(base.formsByKey);
  const byKey = new Map(base.byKey);
  const added: string[] = [];
  for (const entry of extra) {
    for (const { key, form } of formsOf(entry)) {
      const forms = formsByKey.get(key);
      if (forms === undefined) added.push(key);
      formsByKey.set(key, forms === undefined ? [form] : [...forms, form]);
      const list = byKey.get(key) ?? [];
      if (!list.includes(entry)) byKey.set(key, [...list, entry]);
    }
  }
  const keys = added.length === 0 ? base.keys : mergeSorted(base.keys, added.sort());
  return { trie: compileTrie(formsByKey, keys), entries: [...entries, ...extra], byKey };
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
  trie: Trie<Form>,
  word: string,
  p1: number,
  p2: number,
  p3: number,
  tokens: Tokens,
  start: number,
  end: number,
  sentenceStart: boolean,
): Form | null {
  const forms1 = formsAt(trie, p1);
  if (forms1) {
    const f = acceptForm(forms1, tokens, start, end, sentenceStart);
    if (f) return f;
  }
  const forms2 = formsAt(trie, p2);
  if (forms2 && /(?:s|x|z|ch|sh)es$/.test(word)) {
    const f = acceptForm(forms2, tokens, start, end, sentenceStart);
    if (f) return f;
  }
  const y = word.endsWith("ies") && p3 >= 0 ? step(trie, p3, 121) : -1;
  const formsY = formsAt(trie, y);
  return formsY ? acceptForm(formsY, tokens, start, end, sentenceStart) : null;
}

/** Longest lexicon matches, left to right, not overlapping. */
export function matchLexicon(tokens: Tokens, lexicon: Lexicon): LexMatch[] {
  const { atoms } = tokens;
  const { trie } = lexicon;
  const out: LexMatch[] = [];
  let i = 0;
  while (i < atoms.length) {
    const first = atoms[i]!;
    if (step(trie, 0, first.lower.charCodeAt(0)) < 0 || !isWordStart(tokens, i)) {
      i++;
      continue;
    }
    let node = 0; // the root
    // the longest match so far: its last atom and form
    let bestLast = -1;
    let bestForm: Form | null = null;
    const sentenceStart = i === 0 || first.sentence !== atoms[i - 1]!.sentence;
    for (let j = i; j < atoms.length && node >= 0; j++) {
      const atom = atoms[j]!;
      if (j > i && atom.sep === SEP_HARD) break;
      const word = atom.lower;
      const n = word.length;
      const plural = n > 3 && word.charCodeAt(n - 1) === 115 && word.charCodeAt(n - 2) !== 115;
      // p1/p2/p3: the node before the last one, two and three characters (for "s", "es", "ies"); -1 if not reached.
      // Only a plural needs them; other atoms take the plain walk, which makes matching a quarter faster.
      let p1 = -1;
      let p2 = -1;
      let p3 = -1;
      if (!plural) node = walk(trie, node, word);
      else {
        for (let k = 0; k < n && node >= 0; k++) {
          const c = word.charCodeAt(k);
          if (c === 94 || c === 39 || c === 8217) continue; // ^ ' ’
          if (k === n - 1) p1 = node;
          else if (k === n - 2) p2 = node;
          else if (k === n - 3) p3 = node;
          node = step(trie, node, c);
        }
      }
      const exact = formsAt(trie, node);
      if (exact === null && !plural) continue;
      if (!endAllowed(tokens, j)) continue;
      const form =
        (exact && acceptForm(exact, tokens, first.start, atom.end, sentenceStart)) ||
        (plural ? pluralForm(trie, word, p1, p2, p3, tokens, first.start, atom.end, sentenceStart) : null);
      if (form) {
        bestLast = j;
        bestForm = form;
      }
    }
    if (bestForm === null) {
      i++;
      continue;
    }
    out.push({ entry: bestForm.entry, first: i, last: bestLast, start: first.start, end: atoms[bestLast]!.end });
    i = bestLast + 1;
  }
  return out;
}
