/**
 * Lexicon candidates mined from a corpus
 * ======================================
 * The lexicons grow from the papers they are meant to read, not from memory (issue 16): this pass
 * lists what a corpus names often that the built-in lexicon does not know, for a person to review
 * into `lexicons/*.ts`. Three kinds of candidate, each counted in papers (document frequency) and
 * per category (the arXiv file a paper came from):
 * - `acronym`: short forms the corpus defines ("Non-Orthogonal Multiple Access (NOMA)"), with the
 *   long form most papers use;
 * - `phrase`: word sequences of two to four words, inside one clause, free of function words,
 *   whose last word is a head noun that types a concept (`typeByHead`: "… protocol", "… routing",
 *   "… localization") or one of `LISTING_HEADS`, heads of fields heads.ts does not type yet
 *   ("… encryption", "… transaction", "… join"); those are listed with the type heads.ts gives,
 *   often none, and typing stays with heads.ts, since changing it changes extraction;
 * - `name`: capitalised, mixed-case or upper-case words (digits allowed, two letters or more)
 *   written the same way in several papers and not at a sentence start ("Kubernetes", "OpenFlow",
 *   "SPARQL", "BM25", "SHA-256"); a paper's own acronym definitions count as `acronym`, not here.
 * A candidate the lexicon already matches whole is left out; so are `STOP_NAMES`. Pure.
 */
import type { ConceptType } from "../../schema/model.ts";
import { headIs, typeByHead } from "./heads.ts";
import { lookup, type Lexicon } from "./lexicon.ts";
import { STOP_NAMES } from "./lexicons/stop.ts";
import type { PreparedPaper } from "./prepare.ts";

export type CandidateKind = "acronym" | "phrase" | "name";

export interface LexiconCandidate {
  kind: CandidateKind;
  /** The form most papers write (for an acronym: the short form). */
  form: string;
  /** For an acronym: the long form most papers define it with. */
  long: string | null;
  /** Papers that name it. */
  papers: number;
  /** Papers per category. */
  byCategory: Record<string, number>;
  /** What the head noun says, if anything. */
  headType: ConceptType | null;
}

export interface MinedPaper {
  prepared: PreparedPaper;
  category: string;
}

export interface MineOptions {
  /** Least papers a candidate needs. */
  minPapers: number;
  /** More head nouns (singular, lower case) that make a phrase a candidate; `LISTING_HEADS` if unset. */
  extraHeads?: ReadonlySet<string>;
}

/**
 * Heads of security and data-management concepts that heads.ts leaves untyped (or types as a
 * metric, like "index"), so that their phrases reach review: "homomorphic encryption",
 * "ring signature", "smart contract", "model checking", "distributed transactions",
 * "range queries", "hash join", "snapshot isolation", "causal consistency", "data center".
 */
export const LISTING_HEADS: ReadonlySet<string> = new Set(
  `attack encryption decryption signature authentication authorization contract checking transaction query join
  index isolation consistency center cryptography cryptosystem cipher proof commitment exchange privacy security
  obfuscation watermarking fuzzing injection leakage spoofing poisoning backdoor malware ransomware vulnerability
  defense defence enclave blockchain ledger database store warehouse lake storage logging recovery sharding
  integration cleaning provenance lineage streaming stream workload view schema key`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

const FUNCTION_WORDS = new Set(
  `a an the of in on for to and or with by from as at via into over under our its their this that these those is are
  was were be been being we it they which who whose while when where than then thus also both each such can could may
  might will would should must not no all any more most less many much some other new novel proposed existing based
  using use used different various several first second third two three one high low large small better best well
  however furthermore moreover paper work study results approach method methods framework model models system systems
  propose present show shows demonstrate achieve achieves provide provides significantly respectively`.split(/\s+/),
);

const WORD = /[\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu;
/** Clause breaks: phrases never cross them. */
const CLAUSE = /[.,;:!?()[\]{}"“”]|\s-\s|\s–\s/u;

interface Tally {
  form: Map<string, number>;
  long: Map<string, number>;
  papers: number;
  byCategory: Record<string, number>;
}

function tally(map: Map<string, Tally>, key: string, form: string, category: string, long?: string): void {
  let t = map.get(key);
  if (t === undefined) {
    t = { form: new Map(), long: new Map(), papers: 0, byCategory: {} };
    map.set(key, t);
  }
  t.form.set(form, (t.form.get(form) ?? 0) + 1);
  if (long !== undefined) t.long.set(long, (t.long.get(long) ?? 0) + 1);
  t.papers += 1;
  t.byCategory[category] = (t.byCategory[category] ?? 0) + 1;
}

const mostCommon = (m: Map<string, number>): string =>
  [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];

/**
 * A name-shaped word: upper case after the first letter ("OpenFlow", "IPsec", "SPARQL", "BM25",
 * "SHA-256": two letters or more), or a capitalised word of four letters or more ("Kubernetes").
 */
function nameLike(w: string): boolean {
  if (/^\p{Lu}\p{Ll}{3,}$/u.test(w)) return true;
  return /^\p{Lu}/u.test(w) && /\p{Lu}/u.test(w.slice(1)) && (w.match(/\p{L}/gu)?.length ?? 0) >= 2;
}

/** Phrases and names of one text, each once (document frequency); titles give no names (Title Case). */
function scanText(text: string, phrases: Set<string>, names: Set<string> | null): void {
  for (const clause of text.split(CLAUSE)) {
    const words = [...clause.matchAll(WORD)].map((m) => m[0]);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      // Not opening the clause: a capital there says nothing.
      if (names !== null && i > 0 && nameLike(w)) names.add(w);
      for (let n = 2; n <= 4 && i + n <= words.length; n++) {
        const span = words.slice(i, i + n);
        if (span.some((x) => FUNCTION_WORDS.has(x.toLowerCase()) || x.length < 2)) break;
        phrases.add(span.join(" ").toLowerCase());
      }
    }
  }
}

/** Candidates over a corpus, most papers first; the lexicon decides what is already known. */
export function mineCandidates(
  papers: readonly MinedPaper[],
  lexicon: Lexicon,
  options: MineOptions = { minPapers: 5 },
): LexiconCandidate[] {
  const acronyms = new Map<string, Tally>();
  const phrases = new Map<string, Tally>();
  const names = new Map<string, Tally>();
  for (const { prepared, category } of papers) {
    const seen = new Set<string>();
    for (const d of [...prepared.titleDefinitions, ...prepared.abstractDefinitions]) {
      if (seen.has(d.short)) continue;
      seen.add(d.short);
      tally(acronyms, d.short, d.short, category, d.long);
    }
    const p = new Set<string>();
    const n = new Set<string>();
    scanText(prepared.title, p, null);
    scanText(prepared.abstract, p, n);
    for (const phrase of p) tally(phrases, phrase, phrase, category);
    // A short form the paper defines is an acronym candidate already.
    for (const name of n) if (!seen.has(name)) tally(names, name, name, category);
  }
  const out: LexiconCandidate[] = [];
  const known = (form: string) => lookup(lexicon, form).length > 0;
  const extraHeads = options.extraHeads ?? LISTING_HEADS;
  for (const [short, t] of acronyms) {
    if (t.papers < options.minPapers || STOP_NAMES.has(short.toUpperCase())) continue;
    const long = mostCommon(t.long);
    if (known(short) && known(long)) continue;
    out.push({
      kind: "acronym",
      form: short,
      long,
      papers: t.papers,
      byCategory: t.byCategory,
      headType: typeByHead(long),
    });
  }
  for (const [phrase, t] of phrases) {
    const headType = typeByHead(phrase);
    if (t.papers < options.minPapers || (headType === null && !headIs(phrase, extraHeads)) || known(phrase)) continue;
    out.push({ kind: "phrase", form: phrase, long: null, papers: t.papers, byCategory: t.byCategory, headType });
  }
  for (const [name, t] of names) {
    if (t.papers < options.minPapers || STOP_NAMES.has(name.toUpperCase()) || known(name)) continue;
    if (FUNCTION_WORDS.has(name.toLowerCase())) continue;
    out.push({ kind: "name", form: name, long: null, papers: t.papers, byCategory: t.byCategory, headType: null });
  }
  return out.sort((a, b) => b.papers - a.papers || (a.form < b.form ? -1 : 1));
}
