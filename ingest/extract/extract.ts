/**
 * Entity extraction for one paper
 * ===============================
 * `extractPaper({id, title, abstract}, options)` → `ExtractedPaper` (schema/model.ts): the typed
 * concepts the title and abstract name, the acronyms they define and the paper's own method.
 * Steps, each a module: normalise (normalize.ts) → tokens (tokens.ts) → acronym definitions
 * (acronyms.ts) and the proposed name (proposed.ts) → one lexicon pass (lexicon.ts) → short forms
 * and long forms found again → name-shaped words typed by context (names.ts) → title and
 * we-propose phrases (phrases.ts) → entities (entities.ts) → thesaurus (../thesaurus/apply.ts).
 * Pure: no I/O, no clock, same input → same output.
 */
import type { AcronymPair, ConceptType, ExtractedPaper } from "../../schema/model.ts";
import { applyThesaurus } from "../thesaurus/apply.ts";
import { findAcronymDefinitions, type AcronymDefinition } from "./acronyms.ts";
import { buildEntities } from "./entities.ts";
import { singularWord, typeByHead } from "./heads.ts";
import { lookup, matchLexicon, type LexEntry, type LexMatch, type Lexicon } from "./lexicon.ts";
import { ADJECTIVE_SUFFIX, GUARDS } from "./lexicons/guards.ts";
import { defaultLexicon } from "./lexicons/index.ts";
import { findNames } from "./names.ts";
import { normaliseText } from "./normalize.ts";
import { abstractPhrases, titlePhrases } from "./phrases.ts";
import { findProposed } from "./proposed.ts";
import { atomAtOrAfter, tokenize, type Tokens } from "./tokens.ts";
import type { ExtractOptions, KnownAcronym, Mention } from "./types.ts";

export interface PaperText {
  id: string;
  title: string;
  abstract: string;
}

const SMALL_WORDS = new Set([
  "of",
  "and",
  "or",
  "for",
  "to",
  "in",
  "on",
  "with",
  "the",
  "a",
  "an",
  "via",
  "by",
  "at",
  "from",
]);

/** "whole slide images" → "Whole Slide Image": Title Case, last word singular unless "X of Ys". */
export function canonicalLongForm(long: string): string {
  const words = long.split(/\s+/);
  const titled = words.map((w, i) =>
    i > 0 && SMALL_WORDS.has(w.toLowerCase())
      ? w.toLowerCase()
      : w.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, c: string) =>
          sep === "-" && SMALL_WORDS.has(w.split("-")[1] ?? "") ? sep + c : sep + c.toUpperCase(),
        ),
  );
  const last = titled.length - 1;
  const lastWord = titled[last]!;
  // "Mixture of Experts" keeps its plural; "… Dynamics" and "… Analysis" are not plurals
  if (!words.some((w) => w.toLowerCase() === "of") && /^[\p{L}-]+$/u.test(lastWord)) {
    const singular = singularWord(lastWord.toLowerCase());
    titled[last] =
      lastWord.slice(0, singular.length) +
      (singular.endsWith("y") && lastWord.toLowerCase().endsWith("ies") ? "y" : "");
    if (lastWord.toLowerCase().endsWith("ies") && singular.endsWith("y")) titled[last] = `${lastWord.slice(0, -3)}y`;
  }
  return titled.join(" ");
}

/** The concept a defined short form stands for, or null when the long form is a stop term. */
export function resolveAcronym(
  short: string,
  long: string,
  lexicon: Lexicon,
): { type: ConceptType; name: string; weak?: boolean } | null {
  const entries = lookup(lexicon, long);
  const entry: LexEntry | undefined = entries[0];
  if (entry !== undefined) return entry.type === "stop" ? null : { type: entry.type, name: entry.name };
  // "Router-Decoupled Mixture of Experts (RD-MoE)": a variant of a known concept keeps its type
  const words = long.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const suffix = lookup(lexicon, words.slice(i).join(" "))[0];
    // a suffix of two words or more, or a known short form ("Decentralized FL" is federated learning)
    if (suffix !== undefined && suffix.type !== "stop" && (words.length - i >= 2 || /^\p{Lu}{2,}$/u.test(words[i]!)))
      return { type: suffix.type, name: canonicalLongForm(long) };
  }
  // a coined short form ("MK-DeConv", "WTE-Mamba") names a component of the paper's method
  if (/\p{Ll}/u.test(short.replace(/s$/, "")) || /[-\d]/.test(short))
    return { type: "method", name: canonicalLongForm(long) };
  const head = typeByHead(long);
  // no lexicon, no coined name: the head noun (or nothing) decides, and context may overrule it
  return { type: head ?? "method", name: canonicalLongForm(long), weak: true };
}

/** The word after "(SF)" or a phrase before the long form that says what kind of thing it is. */
const CONTEXT_TYPES: Array<[RegExp, ConceptType]> = [
  [
    /^(?:modules?|framework|models?|networks?|architectures?|systems?|algorithms?|methods?|approach|layers?|blocks?|encoders?|decoders?|backbones?|library|tool|engine|agents?)$/,
    "method",
  ],
  [
    /^(?:loss|losses|mechanisms?|techniques?|strateg(?:y|ies)|schemes?|regularization|regularizers?|objectives?|tricks?|paradigms?|principles?|constraints?|priors?|phenomenon)$/,
    "technique",
  ],
  [/^(?:datasets?|benchmarks?|corpus|corpora)$/, "dataset"],
  [/^(?:metrics?|scores?|rates?|ratios?)$/, "metric"],
  [/^(?:tasks?|problems?)$/, "task"],
  [/^(?:accelerators?|chips?|devices?|hardware|processors?)$/, "hardware"],
];

function contextType(text: string, def: AcronymDefinition): ConceptType | null {
  const next = /^\s*([a-z]+)/.exec(text.slice(def.end, def.end + 24))?.[1];
  for (const [re, type] of CONTEXT_TYPES) if (next !== undefined && re.test(next)) return type;
  // "This phenomenon is known as Neural Collapse (NC)"
  if (
    /\b(?:phenomenon|effect|property|principle|known as)\b[^.;]{0,40}$/i.test(
      text.slice(Math.max(0, def.start - 60), def.start),
    )
  )
    return "technique";
  return null;
}

function mark(covered: Uint8Array, tokens: Tokens, start: number, end: number): void {
  for (let i = atomAtOrAfter(tokens, start); i < tokens.atoms.length && tokens.atoms[i]!.start < end; i++)
    covered[i] = 1;
}

function isFree(tokens: Tokens, covered: Uint8Array, start: number, end: number): boolean {
  for (let i = atomAtOrAfter(tokens, start); i < tokens.atoms.length && tokens.atoms[i]!.start < end; i++)
    if (covered[i]) return false;
  return true;
}

/** Every occurrence of `needle` in `text` at word boundaries (case-insensitive when `fold`). */
let lowered: { text: string; lower: string } = { text: "", lower: "" };

function occurrences(text: string, needle: string, fold: boolean): number[] {
  if (fold && lowered.text !== text) lowered = { text, lower: text.toLowerCase() };
  const hay = fold ? lowered.lower : text;
  const n = fold ? needle.toLowerCase() : needle;
  const out: number[] = [];
  for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + 1)) {
    const before = text[at - 1];
    const after = text.slice(at + n.length, at + n.length + 2);
    const okBefore = before === undefined || !/[\p{L}\p{N}\-+]/u.test(before);
    const okAfter = after === "" || (/^(?:s|es)?(?:[^\p{L}\p{N}+]|$)/u.test(after) && !/^-\p{Lu}/u.test(after));
    if (okBefore && okAfter) out.push(at);
  }
  return out;
}

interface Concept {
  type: ConceptType;
  name: string;
  aliases: string[];
}

interface Segment {
  text: string;
  inTitle: boolean;
  tokens: Tokens;
}

function guarded(text: string, start: number, end: number, name: string, type: ConceptType): boolean {
  const guard = GUARDS[name];
  if (guard?.before?.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (guard?.after?.test(text.slice(end, end + 30))) return true;
  return type === "metric" && ADJECTIVE_SUFFIX.test(text.slice(end, end + 16));
}

/** Mark and report every occurrence of known phrases (long forms, title phrases) before the lexicon runs. */
function knownPhrases(
  seg: Segment,
  covered: Uint8Array,
  phrases: ReadonlyArray<{ text: string; mention: Omit<Mention, "surface" | "start" | "inTitle"> }>,
  out: Mention[],
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // longest first: "Efficient Neural Architecture Search" before the "Neural Architecture Search" inside it
  const ordered = phrases.length > 1 ? [...phrases].sort((a, b) => b.text.length - a.text.length) : phrases;
  for (const { text: phrase, mention } of ordered) {
    for (const at of occurrences(seg.text, phrase, true)) {
      const end = at + phrase.length;
      if (!isFree(seg.tokens, covered, at, end)) continue;
      spans.push([at, end]);
      mark(covered, seg.tokens, at, end);
      out.push({ ...mention, surface: seg.text.slice(at, end), inTitle: seg.inTitle, start: at });
    }
  }
  return spans;
}

function lexiconMentions(
  seg: Segment,
  covered: Uint8Array,
  lexicon: Lexicon,
  localShorts: ReadonlySet<string>,
  out: Mention[],
): LexMatch[] {
  const { text, tokens, inTitle } = seg;
  const kept: LexMatch[] = [];
  for (const m of matchLexicon(tokens, lexicon)) {
    if (!isFree(tokens, covered, m.start, m.end)) continue;
    const surface = text.slice(m.start, m.end);
    // a short form this paper defines itself beats the lexicon's and the corpus's reading of it
    if (localShorts.has(surface) || localShorts.has(surface.replace(/['’]?s$/, ""))) continue;
    for (let a = m.first; a <= m.last; a++) covered[a] = 1;
    if (m.entry.type === "stop" || guarded(text, m.start, m.end, m.entry.name, m.entry.type)) continue;
    kept.push(m);
    // standard short forms ride along as aliases ("GNN" for "Graph Neural Network")
    const shortForms = m.entry.forms
      .filter((f) => /^=?\p{Lu}[\p{L}-]{1,8}$/u.test(f) && /\p{Lu}.*\p{Lu}/u.test(f))
      .map((f) => f.replace(/^=/, ""));
    out.push({
      type: m.entry.type,
      name: m.entry.name,
      surface,
      inTitle,
      rule: m.entry.corpus ? "corpus" : "lexicon",
      aliases: shortForms.slice(0, 2),
      start: m.start,
    });
  }
  return kept;
}

function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** Short forms (defined here or in the corpus) as whole words, plural allowed. */
function shortFormMentions(
  seg: Segment,
  covered: Uint8Array,
  byShort: ReadonlyMap<string, Concept>,
  corpus: ReadonlyMap<string, KnownAcronym> | undefined,
  out: Mention[],
): Set<number> {
  const defined = new Set<number>();
  // this paper's definitions first, then the corpus's; looked up per word, never copied per paper
  const find = (key: string): { concept: Concept; fromCorpus: boolean } | null => {
    const local = byShort.get(key);
    if (local !== undefined) return { concept: local, fromCorpus: false };
    const known = corpus?.get(key);
    return known === undefined
      ? null
      : { concept: { type: known.type, name: known.name, aliases: [key] }, fromCorpus: true };
  };
  for (const word of seg.tokens.words) {
    if (!hasUpper(word.text)) continue; // short forms carry a capital
    const bare = word.text.replace(/['’]s$/, "");
    const hit = find(bare) ?? (bare.endsWith("s") ? find(bare.slice(0, -1)) : null);
    if (hit === null) continue;
    const { concept, fromCorpus } = hit;
    let fresh = false;
    for (let a = word.first; a <= word.last; a++) {
      if (!covered[a]) fresh = true;
      covered[a] = 1;
    }
    if (!fresh) continue;
    defined.add(word.first);
    out.push({
      type: concept.type,
      name: concept.name,
      surface: bare,
      inTitle: seg.inTitle,
      rule: fromCorpus ? "corpus" : "acronym",
      aliases: concept.aliases,
      start: word.start,
    });
  }
  return defined;
}

export function extractPaper(paper: PaperText, options: ExtractOptions = {}): ExtractedPaper {
  const lexicon = options.lexicon ?? defaultLexicon();
  const segments: Segment[] = [
    { text: normaliseText(paper.title), inTitle: true },
    { text: normaliseText(paper.abstract), inTitle: false },
  ].map((s) => ({ ...s, tokens: tokenize(s.text) }));
  const [title, abstract] = [segments[0]!.text, segments[1]!.text];

  const proposed = findProposed(title, abstract);
  const proposedType = new Map(
    proposed.names.flatMap((p) => [
      [p.name, p.type] as const,
      ...(p.long === null ? [] : [[p.long.toLowerCase(), p.type] as const]),
    ]),
  );
  const pairs: AcronymPair[] = [];
  const byShort = new Map<string, Concept>();
  const phrases: Array<{ text: string; mention: Omit<Mention, "surface" | "start" | "inTitle"> }> = [];
  const definitions = [
    ...segments.flatMap((s) => findAcronymDefinitions(s.text).map((d) => ({ ...d, text: s.text }))),
    ...proposed.acronyms.map((a) => ({ ...a, start: 0, end: 0, text: "" })),
  ];
  for (const def of definitions) {
    const { short, long } = def;
    if (byShort.has(short)) continue;
    pairs.push({ short, long });
    const resolved = resolveAcronym(short, long, lexicon);
    if (resolved === null) continue;
    // "we propose Neural Common Neighbor with Completion (NCNC)": the proposal says what it is;
    // otherwise a weak guess yields to the words around the definition ("cross entropy (CE) loss")
    const type =
      lookup(lexicon, long).length > 0
        ? resolved.type
        : (proposedType.get(short) ??
          proposedType.get(long.toLowerCase()) ??
          (resolved.weak && def.text !== "" ? contextType(def.text, def) : null) ??
          resolved.type);
    const concept = { type, name: resolved.name, aliases: [short] };
    byShort.set(short, concept);
    phrases.push({ text: long, mention: { type, name: concept.name, rule: "acronym", aliases: concept.aliases } });
  }
  const localShorts = new Set(byShort.keys());

  const mentions: Mention[] = [];
  for (const seg of segments) {
    const covered = new Uint8Array(seg.tokens.atoms.length);
    knownPhrases(seg, covered, phrases, mentions);
    if (seg.inTitle) {
      const found = titlePhrases(seg.tokens, covered, lexicon);
      for (const m of found) {
        mark(covered, seg.tokens, m.start, m.start + m.surface.length);
        phrases.push({ text: m.name, mention: { type: m.type, name: m.name, rule: m.rule, aliases: [] } });
      }
      mentions.push(...found);
    }
    const lexMatches = lexiconMentions(seg, covered, lexicon, localShorts, mentions);
    const defined = shortFormMentions(seg, covered, byShort, options.corpusAcronyms, mentions);
    // The paper's own names, wherever they occur.
    for (const p of proposed.names) {
      // as written, and with hyphens as spaces when the name is made of words ("Ladder-residual" / "Ladder Residual")
      const spaced = /^[\p{L}-]+$/u.test(p.name) && p.name.includes("-") ? p.name.replace(/-/g, " ") : null;
      const found = [
        ...occurrences(seg.text, p.name, false),
        ...(spaced === null ? [] : occurrences(seg.text, spaced, true)),
      ];
      for (const at of found) {
        const atomIndex = atomAtOrAfter(seg.tokens, at);
        if (covered[atomIndex] && !defined.has(atomIndex)) continue;
        mark(covered, seg.tokens, at, at + p.name.length);
        mentions.push({
          type: p.type,
          name: p.name,
          surface: seg.text.slice(at, at + p.name.length),
          inTitle: seg.inTitle,
          rule: "proposed",
          aliases: p.long === null ? [] : [p.long],
          start: at,
        });
      }
    }
    mentions.push(...findNames(seg.tokens, covered, lexMatches, seg.inTitle));
    const knownNames = [
      ...phrases.map((p) => p.text),
      ...proposed.names.flatMap((p) => (p.long === null ? [] : [p.long])),
    ];
    if (!seg.inTitle) mentions.push(...abstractPhrases(seg.tokens, covered, lexicon, knownNames));
  }
  let entities = buildEntities(mentions);
  if (options.thesaurus !== undefined) entities = applyThesaurus(entities, options.thesaurus);
  return { id: paper.id, title: paper.title, proposed: proposed.proposed, acronyms: pairs, entities };
}
