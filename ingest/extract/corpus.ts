/**
 * Corpus-wide acronyms
 * ====================
 * `extractCorpus(papers, options)` runs `extractPaper` on every paper with what the whole corpus
 * defines: a short form defined in paper A ("Neural Common Neighbor (NCN)") is recognised in paper
 * B that only writes "NCN", and the long form is recognised where B writes it without the short
 * form, so both meet one concept. `corpusAcronyms(papers)` collects the definitions (keeping a
 * short form only when most of its definitions agree); `corpusLexicon` adds them to the lexicon
 * as extra entries (short forms case-sensitive), so the one-pass matcher finds them. Pure.
 */
import { normName } from "./concept-id.ts";
import { resolveAcronym } from "./acronym-concepts.ts";
import { extractPrepared } from "./extract.ts";
import { buildLexicon, lexKey, lookup, type LexEntry, type Lexicon } from "./lexicon.ts";
import { defaultEntries, defaultLexicon } from "./lexicons/index.ts";
import { preparePaper, type PreparedPaper } from "./prepare.ts";
import type { ConceptType, ExtractedPaper } from "../../schema/model.ts";
import type { ExtractOptions, KnownAcronym, PaperText } from "./types.ts";

interface Tally {
  long: string;
  papers: number;
  /** Papers that propose the short form as their own method (or dataset, or hardware). */
  proposedAs: ConceptType | null;
}

/** Short forms the corpus defines, with the concept each stands for (majority long form). */
export function corpusAcronyms(
  papers: readonly PaperText[],
  lexicon: Lexicon = defaultLexicon(),
): Map<string, KnownAcronym> {
  return preparedAcronyms(papers.map(preparePaper), lexicon);
}

/** `corpusAcronyms` over papers `preparePaper` has already read. */
function preparedAcronyms(papers: readonly PreparedPaper[], lexicon: Lexicon): Map<string, KnownAcronym> {
  const byShort = new Map<string, Map<string, Tally>>();
  for (const { proposed, titleDefinitions, abstractDefinitions } of papers) {
    const seen = new Set<string>();
    for (const definitions of [titleDefinitions, abstractDefinitions]) {
      for (const { short, long } of definitions) {
        const norm = normName(long);
        const key = `${short}\u0000${norm}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const tallies = byShort.get(short) ?? new Map<string, Tally>();
        const tally = tallies.get(norm) ?? { long, papers: 0, proposedAs: null };
        tally.papers++;
        tally.proposedAs ??= proposed.names.find((n) => n.name === short)?.type ?? null;
        tallies.set(norm, tally);
        byShort.set(short, tallies);
      }
    }
  }
  const out = new Map<string, KnownAcronym>();
  for (const [short, tallies] of byShort) {
    const ranked = [...tallies.values()].sort((a, b) => b.papers - a.papers || a.long.localeCompare(b.long));
    const total = ranked.reduce((n, t) => n + t.papers, 0);
    const top = ranked[0]!;
    // an ambiguous short form ("PE": positional encoding, processing element) is left alone
    if (top.papers * 3 < total * 2) continue;
    if (short.length < 3 && top.papers < 2) continue;
    // a plain word ("Deep", "Cell") one paper abbreviates is a word in every other paper, and
    // "NN-based" qualifies, it names nothing
    if ((/^\p{Lu}\p{Ll}+$/u.test(short) && top.papers < 2) || /[- ]based$/i.test(short)) continue;
    if (top.long.split(/\s+/).length < 2) continue;
    const concept = resolveAcronym(short, top.long, lexicon);
    if (concept === null) continue;
    const type = lookup(lexicon, top.long).length > 0 ? concept.type : (top.proposedAs ?? concept.type);
    out.set(short, { short, long: top.long, type, name: concept.name, papers: top.papers });
  }
  return out;
}

/** The lexicon plus the corpus's acronyms: long form and case-sensitive short form per concept. */
export function corpusLexicon(known: ReadonlyMap<string, KnownAcronym>, base: LexEntry[] = defaultEntries()): Lexicon {
  const extra: LexEntry[] = [];
  for (const k of known.values()) {
    // a name that is the short form itself ("MeSH") keeps its case, or it would read "meshes"
    const name = lexKey(k.name) === lexKey(k.short) ? `=${k.name}` : k.name;
    extra.push({ name: k.name, type: k.type, forms: [name, k.long, `=${k.short}`], corpus: true });
  }
  return buildLexicon(base, extra);
}

/** Extract every paper, sharing the corpus's acronym definitions between papers. */
export function extractCorpus(papers: readonly PaperText[], options: ExtractOptions = {}): ExtractedPaper[] {
  // each paper is normalised and scanned once, for both passes
  const prepared = papers.map(preparePaper);
  const known = preparedAcronyms(prepared, options.lexicon ?? defaultLexicon());
  const lexicon = options.lexicon ?? corpusLexicon(known);
  const paperOptions = { ...options, lexicon, corpusAcronyms: known };
  return prepared.map((p) => extractPrepared(p, paperOptions));
}
