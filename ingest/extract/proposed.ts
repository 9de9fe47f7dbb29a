/**
 * The paper's own method
 * ======================
 * `findProposed(title, abstract)` finds the names a paper gives its contribution:
 *   title prefix      "PreRoutGNN for …", "DistServe: Disaggregating …"
 *   naming verbs      "named TPI-LLM", "dubbed X", "called X", "termed X", "namely, Partially-Connected DARTS"
 *   we-propose        "we present TRIP, …", "we propose a novel framework Read-ME that …",
 *                     "we propose Neural Common Neighbor (NCN)"
 *   appositive        "an MPI interposer library, TEMPI."
 * and its type from the descriptor ("BurstGPT: A Real-world Workload Dataset …" → dataset,
 * "…, an accelerator" → hardware, otherwise method). A title prefix whose capitals spell the
 * descriptor ("StoRM: A Diffusion-based Stochastic Regeneration Model") also defines an acronym.
 * `proposed` is the title's name when there is one, else the first abstract name. Pure.
 */
import type { ConceptType } from "../../schema/model.ts";
import { typeByHead } from "./heads.ts";
import { STOP_NAMES } from "./lexicons/stop.ts";
import { isNameLike } from "./tokens.ts";

export interface ProposedName {
  name: string;
  type: ConceptType;
  /** A long form the pattern gave ("Neural Common Neighbor (NCN)"), else null. */
  long: string | null;
  fromTitle: boolean;
}

export interface ProposedResult {
  /** The paper's main named contribution, as written. */
  proposed: string | null;
  names: ProposedName[];
}

const GENERIC_PREFIX =
  /^(?:survey|review|position|tutorial|overview|perspective|editorial|primer|vision|introduction|keynote|abstract|erratum|correction|note|report|preface|poster|demo|short paper|extended abstract|invited paper|book review|thesis|panel|challenges|lessons learned|case study|benchmark|benchmarking|opinion)$/i;
const CONNECTORS =
  /\s(?:for|with|via|to|using|based|that|in|on|towards|toward|through|by|from|of|and|as|at|under|beyond|without)\s/i;
const SKIP_WORDS = new Set(
  `a an the our two three four novel new simple effective efficient lightweight general generic unified scalable
  practical principled flexible fast accurate robust yet and powerful end-to-end plug-and-play training-free
  parameter-efficient hardware-aware memory-efficient first highly fully versatile holistic comprehensive
  large-scale open-source simple-yet-effective`.split(/\s+/),
);
const NAMING =
  /\b(?:named|dubbed|called|termed|coined|namely,?|denoted(?: as)?|referred to as|abbreviated as)\s+["“]?([A-Z0-9][\w^+\-.]*(?:\s[A-Z0-9][\w^+\-.]*){0,3})/g;
/** Contribution verbs, found first (a literal scan), then checked for a "we"/"this paper" subject. */
const PROPOSE_VERB =
  /\b(?:propose|present|introduce|develop|design|build|devise|release|create|construct|curate|contribute|describe|implement|put forward)(?:s|d)?\s+/gi;
const PROPOSE_SUBJECT =
  /\b(?:we|this (?:paper|work|article)|our work)\s+(?:(?:first|further|also|then|hence|thus|therefore)\s+)?$/i;
const APPOSITIVE =
  /\b(?:library|framework|system|tool|toolkit|model|dataset|benchmark|accelerator|method|approach|architecture|algorithm|engine|compiler|platform|chip|processor|simulator),\s+([A-Z][\w^+\-.]*[A-Za-z0-9+])(?=[.,;]|\s+(?:which|that|to|for)\b)/g;

/** Strip a trailing "'s", quotes and dots from a captured name. */
const clean = (name: string): string =>
  name
    .replace(/['’]s$/, "")
    .replace(/^["“(]|["”.,)]+$/g, "")
    .trim();

function acceptable(name: string): boolean {
  if (name.length < 2 || name.length > 40) return false;
  // "deCoupled duAl-interactive …": an English word with a capital for an acronym letter
  if (/^\p{Ll}{1,3}\p{Lu}\p{Ll}{3,}(?:ed|ing|ive|al|tion|ly|er)$/u.test(name)) return false;
  if (STOP_NAMES.has(name.toUpperCase())) return false;
  if (/^\d+(?:\.\d+)?[a-zA-Z]{0,3}$/.test(name)) return false;
  const words = name.split(/\s+/);
  return words.some((w) => isNameLike(w)) || (words.length === 1 && /^\p{Lu}/u.test(name));
}

/** "StoRM" spells "Stochastic Regeneration Model": each capital opens the next content word. */
function spells(name: string, descriptor: string): string | null {
  const capitals = name.replace(/[^\p{Lu}]/gu, "");
  if (capitals.length < 2) return null;
  const words = descriptor.replace(/^(?:a|an|the)\s+/i, "").split(/\s+/);
  for (let start = 0; start + capitals.length <= words.length; start++) {
    // only modifiers may be skipped ("Diffusion-based", "Novel"), never a verb ("Boosting Speculative Decoding")
    if (start > 0 && !(words[start - 1]!.includes("-") || SKIP_WORDS.has(words[start - 1]!.toLowerCase()))) break;
    const tail = words.slice(start).filter((w) => !/^(?:of|and|for|to|the|a|an|in|on|with)$/i.test(w));
    if (tail.length !== capitals.length) continue;
    if (tail.every((w, i) => w[0]?.toUpperCase() === capitals[i])) return words.slice(start).join(" ");
  }
  return null;
}

/** The descriptor's type: only dataset and hardware change the default (method). */
function descriptorType(descriptor: string): ConceptType {
  const head = typeByHead(descriptor.split(CONNECTORS)[0]!);
  return head === "dataset" || head === "hardware" ? head : "method";
}

function fromTitle(title: string): { name: ProposedName; acronym: { short: string; long: string } | null } | null {
  const m = /^([^:]{2,40}?)\s*:\s+(.+)$/.exec(title);
  if (m === null) return null;
  const prefix = clean(m[1]!);
  const words = prefix.split(/\s+/);
  if (words.length > 3 || GENERIC_PREFIX.test(prefix)) return null;
  if (words.length > 1 && !words.some((w) => isNameLike(w))) return null;
  if (!acceptable(prefix) && !(words.length === 1 && /^\p{Ll}+\p{Lu}/u.test(prefix))) return null;
  const descriptor = m[2]!.split(CONNECTORS)[0]!;
  const long = spells(prefix, descriptor);
  const type = descriptorType(descriptor);
  return {
    name: { name: prefix, type, long, fromTitle: true },
    acronym: long === null ? null : { short: prefix, long },
  };
}

/** The name after a we-propose verb: the first name within the noun phrase, or "Long Form (SF)". */
/** Words that may follow a name without making it a modifier ("X that …", "X to …", "X, a …"). */
const AFTER_NAME =
  /^(?:that|which|to|for|with|in|on|by|as|from|based|where|whose|is|are|can|achieves?|outperforms?|and|or|uses?|leverages?|consists?|employs?|enables?|builds?|combines?|learns?|exploits?|provides?|allows?)$/i;

/**
 * The names after a we-propose verb: the first name within the noun phrase (and a second one
 * coordinated with it: "SCALLION and SCAFCOM"), or "Long Form (SF)". A name directly followed by a
 * noun is a modifier, not the name ("two compressed FL algorithms, SCALLION …").
 */
function afterVerb(rest: string): Array<{ name: string; long: string | null }> {
  const words = rest.split(/\s+/);
  const hasParen = rest.includes("("); // else no "Long Form (SF)" can follow any word
  for (let i = 0; i < Math.min(words.length, 12); i++) {
    const raw = words[i]!;
    const word = clean(raw.replace(/[,)]+$/, ""));
    if (word === "" || SKIP_WORDS.has(word.toLowerCase())) continue;
    if (/^(?:namely|named|called|dubbed|termed|coined)$/i.test(word)) return []; // the naming rule reads these
    const paren = hasParen ? /^([^()]*?)\s*\(([^()]{2,15})\)/.exec(words.slice(i).join(" ")) : null;
    if (paren !== null && /^\p{Lu}/u.test(paren[1]!) && paren[1]!.split(/\s+/).length <= 6 && isNameLike(paren[2]!)) {
      return [{ name: clean(paren[2]!), long: paren[1]!.trim() }];
    }
    const next = (words[i + 1] ?? "").replace(/[,.;:)]+$/, "");
    const modifier = !/[,;.:]$/.test(raw) && /^\p{Ll}[\p{Ll}-]*$/u.test(next) && !AFTER_NAME.test(next);
    if (isNameLike(word) && acceptable(word) && !modifier) {
      // "Partially-Connected DARTS": capitalised words right before the name belong to it
      let first = i;
      while (
        first > 0 &&
        /^\p{Lu}/u.test(words[first - 1]!) &&
        !/[,;]$/.test(words[first - 1]!) &&
        !SKIP_WORDS.has(words[first - 1]!.toLowerCase())
      )
        first--;
      const found = [{ name: clean(words.slice(first, i).concat(word).join(" ")), long: null }];
      const second = clean((words[i + 2] ?? "").replace(/[,)]+$/, ""));
      if (/^(?:and|or)$/.test(next) && isNameLike(second) && acceptable(second))
        found.push({ name: second, long: null });
      return found;
    }
    if (/^(?:that|which|to|for|with|in|on|by|as|from|based|where|whose)$/i.test(word) || raw.endsWith(",")) {
      // past the noun phrase; a name may still follow as an appositive ("framework, X,")
      if (!raw.endsWith(",")) return [];
    }
  }
  return [];
}

function abstractType(abstract: string, name: string): ConceptType {
  const at = abstract.indexOf(name);
  if (at < 0) return "method";
  const after = abstract.slice(at + name.length, at + name.length + 80);
  const m =
    /^,?\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,5}?(dataset|benchmark|corpus|trace|accelerator|chip|processor|device)\b/i.exec(
      after,
    );
  const before = abstract.slice(Math.max(0, at - 60), at);
  if (/\b(?:dataset|benchmark|corpus)\s*,?\s*(?:named|called|dubbed)?\s*$/i.test(before)) return "dataset";
  if (/\b(?:accelerator|chip|processor)\s*,?\s*(?:named|called|dubbed)?\s*$/i.test(before)) return "hardware";
  if (m === null) return "method";
  const head = m[1]!.toLowerCase();
  return ["accelerator", "chip", "processor", "device"].includes(head) ? "hardware" : "dataset";
}

export function findProposed(
  title: string,
  abstract: string,
): ProposedResult & { acronyms: Array<{ short: string; long: string }> } {
  const names: ProposedName[] = [];
  const acronyms: Array<{ short: string; long: string }> = [];
  const seen = new Set<string>();
  const add = (p: ProposedName): void => {
    const key = p.name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    names.push(p);
  };
  const t = fromTitle(title);
  if (t !== null) {
    add(t.name);
    if (t.acronym !== null) acronyms.push(t.acronym);
  }
  const found: Array<{ at: number; name: string; long: string | null }> = [];
  for (const m of abstract.matchAll(NAMING)) {
    let name = clean(m[1]!.split(/[.,;:]\s/)[0]!);
    // "named TPI-LLM, to serve…": keep to the name-shaped words
    const words = name.split(/\s+/);
    const firstPlain = words.findIndex((w, i) => i > 0 && !isNameLike(w) && !/^\p{Lu}/u.test(w));
    if (firstPlain > 0) name = words.slice(0, firstPlain).join(" ");
    if (acceptable(name)) found.push({ at: m.index, name, long: null });
  }
  for (const m of abstract.matchAll(PROPOSE_VERB)) {
    const before = abstract.slice(Math.max(0, m.index - 40), m.index);
    const subject = PROPOSE_SUBJECT.exec(before);
    if (subject === null) continue;
    const rest = /^[^.;:]{0,140}/.exec(abstract.slice(m.index + m[0].length))![0];
    for (const hit of afterVerb(rest)) found.push({ at: m.index - (before.length - subject.index), ...hit });
  }
  for (const m of abstract.matchAll(APPOSITIVE)) {
    const name = clean(m[1]!);
    if (acceptable(name) && isNameLike(name)) found.push({ at: m.index, name, long: null });
  }
  found.sort((a, b) => a.at - b.at);
  for (const f of found) add({ name: f.name, type: abstractType(abstract, f.name), long: f.long, fromTitle: false });
  const lowerTitle = title.toLowerCase();
  // the name (or long form) covering most of the title: "NCNC" over "NCN" in "Neural Common Neighbor with Completion …"
  const inTitle = (n: ProposedName): number =>
    Math.max(
      lowerTitle.includes(n.name.toLowerCase()) ? n.name.length : 0,
      n.long !== null && lowerTitle.includes(n.long.toLowerCase()) ? n.long.length : 0,
    );
  const byTitle = names.filter((n) => inTitle(n) > 0).sort((a, b) => inTitle(b) - inTitle(a))[0];
  const main = names.find((n) => n.fromTitle) ?? byTitle ?? names[0];
  return { proposed: main?.name ?? null, names, acronyms };
}
