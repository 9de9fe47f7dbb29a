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
import { contextType, resolveAcronym } from "./acronym-concepts.ts";
import { buildEntities } from "./entities.ts";
import { lookup, matchLexicon, type LexEntry, type LexMatch, type Lexicon } from "./lexicon.ts";
import { ADJECTIVE_SUFFIX, GENERIC_ALONE, GUARDS, MEASURED_ONLY, QUANTITY } from "./lexicons/guards.ts";
import { defaultLexicon } from "./lexicons/index.ts";
import { findNames } from "./names.ts";
import { abstractPhrases, repeatedPhrases, sharedTitlePhrases, titlePhrases, titleTopics } from "./phrases.ts";
import { preparePaper, type PreparedPaper } from "./prepare.ts";
import { atomAtOrAfter, tokenize, unpossessed, type Tokens } from "./tokens.ts";
import type { ExtractOptions, KnownAcronym, Mention, PaperText } from "./types.ts";

export type { PaperText } from "./types.ts";

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

/**
 * The sense guards by entry name, in a Map: indexing the GUARDS object with a lexicon name (a
 * string the parser built, not an interned key) cost a string-table look-up per match.
 */
const GUARD_OF = new Map(Object.entries(GUARDS));

/** Rules that read a concept from a word's shape or place rather than from a list or a definition. */
const RULE_MADE: ReadonlySet<Mention["rule"]> = new Set(["context", "name", "phrase"]);

/** Not a generic word alone from a rule that reads shape or place (guards.ts GENERIC_ALONE). */
const specific = (m: Mention): boolean => !RULE_MADE.has(m.rule) || !GENERIC_ALONE.has(m.name.toLowerCase());

/**
 * The paper's specific mentions; when none is left, what its title is about (`titleTopics`), then
 * the phrases its title shares with its abstract (`sharedTitlePhrases`): the last resorts.
 */
function specificOrFallback(mentions: readonly Mention[], prepared: PreparedPaper, lexicon: Lexicon): Mention[] {
  const kept = mentions.filter(specific);
  if (kept.length > 0) return kept;
  const topics = titleTopics(prepared.title, lexicon).filter(specific);
  return topics.length > 0 ? topics : sharedTitlePhrases(prepared.title, prepared.abstract);
}

/** The sentence around a span: from the last ". " before it to the next one after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("; ", start));
  const to = text.indexOf(". ", end);
  return text.slice(from < 0 ? 0 : from, to < 0 ? text.length : to);
}

function guarded(text: string, start: number, end: number, name: string, type: ConceptType, inTitle: boolean): boolean {
  const guard = GUARD_OF.get(name);
  if (
    !inTitle &&
    MEASURED_ONLY.has(text.slice(start, end).toLowerCase()) &&
    !QUANTITY.test(sentenceAround(text, start, end))
  )
    return true;
  if (guard?.before?.test(text.slice(Math.max(0, start - 40), start))) return true;
  if (guard?.after?.test(text.slice(end, end + 30))) return true;
  return type === "metric" && ADJECTIVE_SUFFIX.test(text.slice(end, end + 16));
}

/** Mark and report every occurrence of known phrases (long forms, title phrases) before the lexicon runs. */
function knownPhrases(
  seg: Segment,
  covered: Uint8Array,
  phrases: readonly KnownPhrase[],
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
      const { type, name, rule, aliases } = mention; // spelled out: a spread here took a slow path
      out.push({ type, name, surface: seg.text.slice(at, end), inTitle: seg.inTitle, rule, aliases, start: at });
    }
  }
  return spans;
}

/** An entry's standard short forms (at most two), by entry: read for every match, so worked out once. */
const entryShortForms = new WeakMap<LexEntry, readonly string[]>();

/** Standard short forms ride along as aliases ("GNN" for "Graph Neural Network"). */
function shortFormsOf(entry: LexEntry): readonly string[] {
  let forms = entryShortForms.get(entry);
  if (forms === undefined) {
    forms = entry.forms
      .filter((f) => /^=?\p{Lu}[\p{L}-]{1,8}$/u.test(f) && /\p{Lu}.*\p{Lu}/u.test(f))
      .map((f) => f.replace(/^=/, ""))
      .slice(0, 2);
    entryShortForms.set(entry, forms);
  }
  return forms;
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
    if (
      localShorts.size > 0 &&
      (localShorts.has(surface) || (surface.endsWith("s") && localShorts.has(surface.replace(/['’]?s$/, ""))))
    )
      continue;
    for (let a = m.first; a <= m.last; a++) covered[a] = 1;
    if (m.entry.type === "stop" || guarded(text, m.start, m.end, m.entry.name, m.entry.type, inTitle)) continue;
    // another paper's two-letter short form after a number is a unit ("64 KB" is not a knowledge base)
    if (m.entry.corpus && m.end - m.start <= 2 && /\d\s?$/.test(text.slice(Math.max(0, m.start - 2), m.start)))
      continue;
    kept.push(m);
    out.push({
      type: m.entry.type,
      name: m.entry.name,
      surface,
      inTitle,
      rule: m.entry.corpus ? "corpus" : "lexicon",
      aliases: shortFormsOf(m.entry),
      start: m.start,
    });
  }
  return kept;
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
  for (const word of seg.tokens.words) {
    if (!word.cased) continue; // short forms carry a capital
    const bare = unpossessed(word.text);
    // this paper's definitions first, then the corpus's; looked up per word, never copied per paper
    let key = bare;
    let local = byShort.get(key);
    let known = local === undefined ? corpus?.get(key) : undefined;
    if (local === undefined && known === undefined) {
      if (!bare.endsWith("s")) continue;
      key = bare.slice(0, -1);
      local = byShort.get(key);
      known = local === undefined ? corpus?.get(key) : undefined;
      if (local === undefined && known === undefined) continue;
    }
    let fresh = false;
    for (let a = word.first; a <= word.last; a++) {
      if (!covered[a]) fresh = true;
      covered[a] = 1;
    }
    if (!fresh) continue;
    defined.add(word.first);
    const concept = local ?? known!;
    out.push({
      type: concept.type,
      name: concept.name,
      surface: bare,
      inTitle: seg.inTitle,
      rule: local === undefined ? "corpus" : "acronym",
      aliases: local === undefined ? [key] : local.aliases,
      start: word.start,
    });
  }
  return defined;
}

type KnownPhrase = { text: string; mention: Omit<Mention, "surface" | "start" | "inTitle"> };

/** The concepts the paper's acronym definitions name, typed by lexicon, proposal or context. */
function definedConcepts(
  prepared: PreparedPaper,
  lexicon: Lexicon,
): { pairs: AcronymPair[]; byShort: Map<string, Concept>; phrases: KnownPhrase[] } {
  const { proposed } = prepared;
  const proposedType = new Map(
    proposed.names.flatMap((p) => [
      [p.name, p.type] as const,
      ...(p.long === null ? [] : [[p.long.toLowerCase(), p.type] as const]),
    ]),
  );
  const pairs: AcronymPair[] = [];
  const byShort = new Map<string, Concept>();
  const phrases: KnownPhrase[] = [];
  const definitions = [
    ...prepared.titleDefinitions.map((d) => ({ ...d, text: prepared.title })),
    ...prepared.abstractDefinitions.map((d) => ({ ...d, text: prepared.abstract })),
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
  return { pairs, byShort, phrases };
}

/**
 * Which atoms a rule has claimed, one flag per atom, in one buffer reused for every segment: a
 * typed array of this size is allocated outside the JavaScript heap, at a cost that showed in
 * profiles. Cleared one past the last atom, the index a search that finds no atom returns.
 */
let coveredBuffer = new Uint8Array(2048);

function coveredFor(atoms: number): Uint8Array {
  if (coveredBuffer.length <= atoms) coveredBuffer = new Uint8Array(2 * atoms + 1);
  coveredBuffer.fill(0, 0, atoms + 1);
  return coveredBuffer;
}

export function extractPaper(paper: PaperText, options: ExtractOptions = {}): ExtractedPaper {
  return extractPrepared(preparePaper(paper), options);
}

/** `extractPaper` on a paper `preparePaper` has already read (extractCorpus prepares each paper once). */
export function extractPrepared(prepared: PreparedPaper, options: ExtractOptions = {}): ExtractedPaper {
  const { paper, proposed } = prepared;
  const lexicon = options.lexicon ?? defaultLexicon();
  const segments: Segment[] = [
    { text: prepared.title, inTitle: true, tokens: tokenize(prepared.title) },
    { text: prepared.abstract, inTitle: false, tokens: tokenize(prepared.abstract) },
  ];

  const { pairs, byShort, phrases } = definedConcepts(prepared, lexicon);
  const localShorts = new Set(byShort.keys());

  const mentions: Mention[] = [];
  for (const seg of segments) {
    const covered = coveredFor(seg.tokens.atoms.length);
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
    if (!seg.inTitle) {
      const found = abstractPhrases(seg.tokens, covered, lexicon, knownNames);
      for (const m of found) mark(covered, seg.tokens, m.start, m.start + m.surface.length);
      mentions.push(...found, ...repeatedPhrases(seg.tokens, covered, lexicon));
    }
  }
  let entities = buildEntities(specificOrFallback(mentions, prepared, lexicon));
  if (options.thesaurus !== undefined) entities = applyThesaurus(entities, options.thesaurus);
  return { id: paper.id, title: paper.title, proposed: proposed.proposed, acronyms: pairs, entities };
}
