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

/**
 * The compiled trie: flat arrays, nodes numbered in depth-first order so a chain of single
 * children (most of the trie) sits in consecutive slots. Node `n`'s record is `nodes[4n … 4n+3]`:
 * its first edge, its number of edges (sorted by character), the offset of its dense table and
 * whether forms end there. Node 0 is the root; -1 is "none". Nodes with many children (the root
 * and the first letters: half of all steps) also get a 128-slot table by ASCII code (`dense`), so
 * the step is one load instead of a scan. One record and one edge run per step keep the walk to
 * a cache line or two: between papers the other rules push the trie out of the cache, and with a
 * separate array per field the whole extraction took about 9 % more CPU (in-process A/B).
 */
interface Trie {
  /** Per node, four numbers: first edge, number of edges, dense table offset (-1: none), 1 if forms end there. */
  nodes: Int32Array;
  /** Per edge, two numbers: character, child node. */
  edges: Int32Array;
  dense: Int32Array;
  /** The forms ending at each node, or null. */
  forms: Array<Form[] | null>;
}

/** Children from which a node gets a dense table. */
const DENSE_DEGREE = 8;

export interface Lexicon {
  trie: Trie;
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

/** The child of `node` along character `c`, or -1. */
function step(trie: Trie, node: number, c: number): number {
  const { nodes, edges } = trie;
  const at = 4 * node;
  const dense = nodes[at + 2]!;
  if (dense >= 0 && c < 128) return trie.dense[dense + c]!;
  const first = 2 * nodes[at]!;
  const end = first + 2 * nodes[at + 1]!;
  for (let e = first; e < end; e += 2) {
    const ch = edges[e]!;
    if (ch === c) return edges[e + 1]!;
    if (ch > c) break; // sorted
  }
  return -1;
}

/** The forms ending at `node`, or null (the flag beside the node saves a look into `forms`). */
function formsAt(trie: Trie, node: number): Form[] | null {
  return node < 0 || trie.nodes[4 * node + 3] === 0 ? null : trie.forms[node]!;
}

/** The node `word` (an atom, lower case) leads to from `node`, ^ ' ’ skipped; -1 when it leaves the trie. */
function walk(trie: Trie, node: number, word: string): number {
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

/** Length of the common prefix of two strings. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The trie of these keys, built straight into flat arrays: in sorted order each key adds one node
 * per character past its common prefix with the previous key, which numbers the nodes depth first
 * with children in character order. No node objects (the lexicon is rebuilt for every batch).
 */
function compile(formsByKey: ReadonlyMap<string, Form[]>): Trie {
  const keys = [...formsByKey.keys()].sort(); // UTF-16 code unit order, as the edges are compared
  let nodes = 1;
  for (let i = 0; i < keys.length; i++) nodes += keys[i]!.length - (i === 0 ? 0 : commonPrefix(keys[i - 1]!, keys[i]!));
  const parent = new Int32Array(nodes);
  const char = new Uint16Array(nodes);
  const forms: Array<Form[] | null> = new Array<Form[] | null>(nodes).fill(null);
  const path = [0]; // the node at each depth of the current key
  let next = 1;
  keys.forEach((key, i) => {
    for (let d = i === 0 ? 0 : commonPrefix(keys[i - 1]!, key); d < key.length; d++) {
      parent[next] = path[d]!;
      char[next] = key.charCodeAt(d);
      path[d + 1] = next++;
    }
    forms[path[key.length]!] = formsByKey.get(key)!;
  });
  // children grouped by parent (counting sort); within a parent they are already in character order
  const edgeStart = new Int32Array(nodes + 1);
  for (let n = 1; n < nodes; n++) edgeStart[parent[n]! + 1]!++;
  for (let n = 0; n < nodes; n++) edgeStart[n + 1]! += edgeStart[n]!;
  const fill = edgeStart.slice(0, nodes);
  const edges = new Int32Array(2 * (nodes - 1));
  for (let n = 1; n < nodes; n++) {
    const e = fill[parent[n]!]!++;
    edges[2 * e] = char[n]!;
    edges[2 * e + 1] = n;
  }
  const records = new Int32Array(4 * nodes);
  let wide = 0;
  for (let n = 0; n < nodes; n++) {
    const degree = edgeStart[n + 1]! - edgeStart[n]!;
    records[4 * n] = edgeStart[n]!;
    records[4 * n + 1] = degree;
    records[4 * n + 2] = degree >= DENSE_DEGREE ? 128 * wide++ : -1;
    records[4 * n + 3] = forms[n] === null ? 0 : 1;
  }
  const dense = new Int32Array(128 * wide).fill(-1);
  for (let n = 1; n < nodes; n++) {
    const base = records[4 * parent[n]! + 2]!;
    if (base >= 0 && char[n]! < 128) dense[base + char[n]!] = n;
  }
  return { nodes: records, edges, dense, forms };
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

export function buildLexicon(entries: LexEntry[]): Lexicon {
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
  return { trie: compile(formsByKey), entries, byKey };
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
  trie: Trie,
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
