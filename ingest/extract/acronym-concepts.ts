/**
 * Acronym concepts
 * ================
 * What a defined short form stands for: `resolveAcronym(short, long, lexicon)` looks the long
 * form up in the lexicon, then a known term at its end ("Router-Decoupled Mixture of Experts" is a
 * method), then treats a coined short form ("MK-DeConv") as a named component (method), then the
 * long form's head noun; `contextType` lets the words around the definition overrule a weak guess
 * ("cross entropy (CE) loss" → technique, "MRFFI module" → method). `canonicalLongForm` title-cases
 * and singularises the name ("whole slide images" → "Whole Slide Image"). Pure.
 */
import type { ConceptType } from "../../schema/model.ts";
import type { AcronymDefinition } from "./acronyms.ts";
import { singularWord, typeByHead } from "./heads.ts";
import { lookup, type LexEntry, type Lexicon } from "./lexicon.ts";

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
  const words = long.replace(/['’]s$/, "s").split(/\s+/);
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
  // a coined short form ("MK-DeConv", "WTE-Mamba") names a component of the paper's method; a single
  // lower-case letter standing for a small word ("LoS", "QoE") does not make a coined name
  if (/\p{Ll}{2}/u.test(short.replace(/s$/, "")) || /[-\d]/.test(short))
    return { type: "method", name: canonicalLongForm(long) };
  const head = typeByHead(long);
  // no lexicon, no coined name: the head noun (or nothing) decides, and context may overrule it
  return { type: head ?? "technique", name: canonicalLongForm(long), weak: true };
}

/** The word after "(SF)" or a phrase before the long form that says what kind of thing it is. */
const CONTEXT_TYPES: Array<[RegExp, ConceptType]> = [
  [
    /^(?:modules?|framework|models?|networks?|architectures?|systems?|algorithms?|methods?|approach|layers?|blocks?|encoders?|decoders?|backbones?|library|tool|engine|agents?)$/,
    "method",
  ],
  [
    /^(?:loss|losses|mechanisms?|techniques?|strateg(?:y|ies)|schemes?|regularization|regularizers?|objectives?|tricks?|paradigms?|principles?|constraints?|priors?|phenomenon|operations?)$/,
    "technique",
  ],
  [/^(?:datasets?|benchmarks?|corpus|corpora)$/, "dataset"],
  [/^(?:metrics?|scores?|rates?|ratios?)$/, "metric"],
  [/^(?:tasks?|problems?)$/, "task"],
  [/^(?:accelerators?|chips?|devices?|hardware|processors?)$/, "hardware"],
];

export function contextType(text: string, def: AcronymDefinition): ConceptType | null {
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
