/**
 * Title and we-propose phrases
 * ============================
 * `findPhrases(tokens, covered, inTitle)` finds multi-word concepts no lexicon lists, where the
 * writing marks them as concepts:
 *   title segments   "TRIP: Temporal Residual Learning with Image Noise Prior for …" — the phrase
 *                    after the colon, and the phrases after "with/via/using" (techniques) and
 *                    "for" (tasks), typed by their head noun ("… Prediction" → task);
 *   we-propose NPs   "we propose two intervention methods: common neighbor completion and target
 *                    link removal", "introduces a sliding window memory scheduler".
 * Only phrases the lexicon and the acronym rule left untouched are considered; only task and
 * technique are emitted (named methods come from the name rules). Pure.
 */
import type { ConceptType } from "../../schema/model.ts";
import { canonicalLongForm } from "./acronym-concepts.ts";
import { typeByHead } from "./heads.ts";
import { lookup, type Lexicon } from "./lexicon.ts";
import { atomAtOrAfter, isNameLike, SEP_SPACE, type Tokens } from "./tokens.ts";
import type { Mention } from "./types.ts";

const CONNECTOR =
  /\s+(for|with|via|using|through|towards?|on|in|from|by|under|beyond|without|to|as|at|against|over|into|based on|meets|and|&|or|vs\.?|versus|of)\s+/i;
/** Evaluative or generic modifiers that are not part of a concept's name. */
const MODIFIERS = new Set(
  `efficient scalable fast faster accurate robust real-time memory-efficient lightweight light-weight accelerated
  low-latency large-scale high-performance practical generalizable effective improved better simple novel unified
  cost-effective energy-efficient resource-efficient provably fully optimal towards principled flexible
  communication-efficient compute-efficient parameter-efficient data-efficient sample-efficient fine-grained
  holistic universal versatile generalized general efficiently rapid ultra-fast ultra-low-latency high-quality full
  high-resolution low-resolution long-context low-cost low-power low-bit
  high-fidelity lossless near-optimal extreme massive learned adaptive dynamic automatic automated`.split(/\s+/),
);
const STOP_HEADS = new Set(
  `constraint constraints bound bounds guarantee guarantees approach approaches method methods framework frameworks model models system systems study analysis perspective
  view role case problem problems challenge challenges way ways tool tools solution solutions design paradigm
  recipe baseline baselines benchmark work insight insights lesson lessons`.split(/\s+/),
);
const FUNCTION =
  /^(?:a|an|the|this|that|these|our|its|their|is|are|be|how|what|why|when|do|does|can|not|no|all|any|one|more|less)$/i;

/**
 * A phrase a writer set off as a concept: 2–5 words, Title Case or hyphenated, no function words.
 * In a title written in sentence case ("Task swapping networks in distributed systems") case says
 * nothing, so there 2–4 plain words will do.
 */
function conceptShaped(phrase: string, sentenceCase: boolean): boolean {
  const words = phrase.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (words.some((w) => FUNCTION.test(w))) return false;
  if (sentenceCase) return words.length <= 4 && words.every((w) => /^[\p{L}][\p{L}\d-]*$/u.test(w));
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && /^(?:of|and|to)$/.test(w)) || w.includes("-"));
}

/** Container words after a concept ("Inference Optimization Techniques" → "Inference Optimization"). */
const CONTAINERS =
  /^(?:techniques?|methods?|approach(?:es)?|schemes?|mechanisms?|strateg(?:y|ies)|frameworks?|modules?|algorithms?)$/i;

const LEADING_VERBS =
  /^(?:exploit|exploiting|use|make|let|leverage|rethink|revisit|improve|boost|enhance|accelerate|scale|unleash|unlock|bridge|learn|train|teach|tame|taming|beyond|toward|towards|mitigate|tackle|understand|rethinking|revisiting|scaling|unleashing|bridging|towards)$/i;

function stripModifiers(phrase: string): string {
  const words = phrase.split(/\s+/);
  while (words.length > 2 && CONTAINERS.test(words[words.length - 1]!)) words.pop();
  while (words.length > 1 && MODIFIERS.has(words[0]!.toLowerCase())) words.shift();
  // a leading verb ("Boosting Speculative Decoding", "Exploit Inaccurate …"): a gerund whose own
  // head type is unknown, or an imperative from the usual title verbs
  if (
    words.length > 2 &&
    ((/ing$/i.test(words[0]!) && typeByHead(words[0]!) === null) || LEADING_VERBS.test(words[0]!))
  )
    words.shift();
  return words.join(" ");
}

function isUncovered(tokens: Tokens, covered: Uint8Array, start: number, end: number): boolean {
  for (let i = atomAtOrAfter(tokens, start); i < tokens.atoms.length && tokens.atoms[i]!.start < end; i++)
    if (covered[i]) return false;
  return true;
}

/** Plain nouns in front of a known term make a narrower concept ("Edge" + "Representation Learning"). */
const PLAIN_NOUN = /^\p{Lu}\p{Ll}+$/u;
const ADJECTIVE_ENDING = /(?:ing|ed|al|ive|ous|ic|able|ible|ful|less|ary|ar|ent|ant|ise|ize)$/;

/** The type a phrase gets from a lexicon term at its end, when its other words are plain nouns. */
function compoundType(phrase: string, lexicon: Lexicon): ConceptType | null | "known" {
  const words = phrase.split(/\s+/);
  if (lookup(lexicon, phrase).length > 0) return "known";
  for (let i = 1; i < words.length; i++) {
    const entry = lookup(lexicon, words.slice(i).join(" "))[0];
    if (entry === undefined) continue;
    if (entry.type === "stop") return "known";
    const prefix = words.slice(0, i);
    const plain =
      prefix.length <= 2 &&
      prefix.every(
        (w) => PLAIN_NOUN.test(w) && !ADJECTIVE_ENDING.test(w.toLowerCase()) && !MODIFIERS.has(w.toLowerCase()),
      );
    return plain ? entry.type : "known";
  }
  return null;
}

/** Most of the title's longer words start lower case. */
function isSentenceCase(title: string): boolean {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  return words.filter((w) => /^\p{Ll}/u.test(w)).length * 2 > words.length;
}

export function titlePhrases(tokens: Tokens, covered: Uint8Array, lexicon: Lexicon): Mention[] {
  const text = tokens.text;
  const sentenceCase = isSentenceCase(text);
  const colon = /^[^:]{2,60}:\s+/.exec(text);
  const bodyStart = colon === null ? 0 : colon[0].length;
  const parts = text.slice(bodyStart).split(CONNECTOR);
  const out: Mention[] = [];
  let offset = bodyStart;
  let connector = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      connector = part.toLowerCase();
      offset = text.indexOf(part, offset) + part.length;
      continue;
    }
    const at = text.indexOf(part, offset);
    offset = at + part.length;
    const phrase = stripModifiers(part.trim().replace(/[.?!]$/, ""));
    const start = at + part.indexOf(phrase);
    if (!conceptShaped(phrase, sentenceCase) || !isUncovered(tokens, covered, start, start + phrase.length)) continue;
    if (STOP_HEADS.has(phrase.split(/\s+/).pop()!.toLowerCase())) continue;
    const compound = compoundType(phrase, lexicon);
    if (compound === "known") continue;
    let type: ConceptType | null = compound ?? typeByHead(phrase);
    // "… with Gradient Matching": what a title does something with is a technique, whatever its head
    if ((type === null || type === "task") && compound === null && /^(?:with|via|using|through|by)$/.test(connector))
      type = "technique";
    // "… for Maximum Link Scheduling": what a title is for is the problem it solves
    if (type === "technique" && compound === null && connector === "for") type = "task";
    if (type !== "task" && type !== "technique") continue;
    const name = sentenceCase ? canonicalLongForm(phrase) : phrase;
    out.push({ type, name, surface: phrase, inTitle: true, rule: "phrase", aliases: [], start });
  }
  return out;
}

/** Verbs that introduce a contribution; the noun phrase after them may name a technique. */
const INTRODUCE_VERB =
  /\b(?:propose|introduce|present|develop|design|devise|employ|adopt|leverage|use|utilize|apply|incorporate)(?:s|d)?\s+/g;
/** Who introduces: "we", "this paper", "it", "… and introduces", or a system's name ("TPI-LLM"). */
const SUBJECT =
  /(?:\b(?:[Ww]e|[Tt]his (?:paper|work)|[Ii]t|and)|\b[A-Z][\w+-]*[A-Z][\w+-]*)\s+(?:(?:also|further|then|first|thus)\s+)?$/;
const KEY_IDEA = /\bkey (?:technique|idea|component|insight|innovation)s?\b[^.;]{0,40}?\bis\s+/gi;

/** Offsets just after each contribution trigger ("we propose ", "the key technique used by X is "). */
function triggers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(INTRODUCE_VERB)) {
    if (SUBJECT.test(text.slice(Math.max(0, m.index - 30), m.index))) out.push(m.index + m[0].length);
  }
  if (text.includes("key ")) for (const m of text.matchAll(KEY_IDEA)) out.push(m.index + m[0].length);
  return out;
}
/** Words that end a noun phrase. */
const NP_STOP =
  /^(?:that|which|to|for|with|from|in|on|by|as|of|and|or|into|at|where|while|whose|via|using|based|so|than|including|like|such|is|are|was|were|be|can|could|will|would|may|might|should|it|its|we|our|this|these|those|each|both|such|between|over|under|across|through|without|within|during|after|before|upon|when)$/i;
const DETERMINERS =
  /^(?:a|an|the|two|three|four|several|multiple|new|novel|simple|effective|efficient|lightweight|generic|general|unified|dedicated|flexible|powerful|practical|principled|carefully|designed|carefully-designed|scalable|adaptive|dynamic|fast|accurate|robust|yet|and|first|key|our|specialized|custom|lightweight|plug-and-play|training-free|innovative|elegant|straightforward|hybrid)$/i;
/** Head nouns of a component worth naming; the whole phrase is the name ("pre-gating router"). */
const COMPONENT_HEADS =
  /^(?:router|scheduler|allocator|predictor|controller|encoder|decoder|cache|store|buffer|planner|sampler|tokenizer|partitioner|prefetcher|estimator|regularizer|loss|prior|kernel|layer|attention|routing|scheduling|sampling|caching|batching|pruning|packing|partitioning|prefetching|offloading|compression|quantization|distillation|normalization|decomposition|reordering|removal|completion|augmentation|alignment|fusion|matching|propagation|aggregation|reuse|sharing|parallelism|pipelining|disaggregation|speculation|checkpointing|replication|placement|tiling)$/i;
/** Generic words: a phrase containing one is a description, not a name. */
const GENERIC =
  /^(?:model|models|framework|frameworks|approach|approaches|method|methods|system|systems|network|networks|architecture|architectures|performance|data|problem|problems|task|tasks|paradigm|pipeline|solution|solutions|way|set|number|variety|range|series|family|version|baseline|baselines|benchmark|benchmarks|dataset|datasets|insight|insights|analysis|study|theory|view|perspective|formulation|design|designs|technique|techniques|strategy|strategies|mechanism|mechanisms|scheme|schemes|module|modules|component|components|algorithm|algorithms|procedure|process|recipe|tool|toolkit|library|metric|metrics|idea|notion|concept|stage|step|steps|level|information|knowledge|results|result|experiments|evaluation)$/i;
const CONTAINER_TAIL =
  /^(?:techniques?|methods?|schemes?|mechanisms?|strateg(?:y|ies)|modules?|algorithms?|approach(?:es)?|designs?|components?|policy|policies)$/i;

/** The noun phrase starting at `at`: determiners skipped, up to five words, stopped by function words. */
function nounPhrase(text: string, at: number): { phrase: string; start: number } | null {
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
  re.lastIndex = at;
  const words: Array<{ w: string; i: number }> = [];
  let skipping = true;
  for (let m = re.exec(text); m !== null && words.length < 7; m = re.exec(text)) {
    const w = m[0];
    if (!/^[\p{L}\p{N}]/u.test(w)) break;
    if (skipping && DETERMINERS.test(w)) continue;
    skipping = false;
    // a capitalised word may name the technique ("a Token-Splitting technique"), but not open a name list
    if (NP_STOP.test(w) || (/(?:ed|ly)$/.test(w) && !w.includes("-")) || (/^\p{Lu}/u.test(w) && isNameLike(w))) break;
    words.push({ w, i: m.index });
  }
  if (words.length === 0) return null;
  return { phrase: words.map((x) => x.w).join(" "), start: words[0]!.i };
}

/**
 * Technique names in the abstract's contribution sentences. `known` holds the long forms already
 * found (acronyms, proposed names): a phrase that only starts one of them is not a new concept.
 */
export function abstractPhrases(
  tokens: Tokens,
  covered: Uint8Array,
  lexicon: Lexicon,
  known: readonly string[] = [],
): Mention[] {
  const text = tokens.text;
  const out: Mention[] = [];
  const knownLower = known.map((k) => k.toLowerCase());
  const emit = (phrase: string, start: number, written = phrase): void => {
    let words = phrase.split(" ");
    const last = words[words.length - 1]!;
    const componentHead = COMPONENT_HEADS.test(last);
    if (!componentHead && CONTAINER_TAIL.test(last)) words = words.slice(0, -1);
    else if (!componentHead) return;
    // what is left must end in a noun ("feed-forward neural [module]" does not)
    if (/(?:al|ive|ous|ic|able|ible|ful|less)$/.test(words[words.length - 1] ?? "")) return;
    if (words.length < 2 || words.length > 4 || words.some((w) => GENERIC.test(w))) return;
    const name = words.join(" ");
    if (!isUncovered(tokens, covered, start, start + name.length) || lookup(lexicon, name).length > 0) return;
    if (knownLower.some((k) => k.startsWith(name.toLowerCase()))) return;
    const type = typeByHead(name);
    if (type !== null && type !== "technique") return;
    out.push({
      type: "technique",
      name,
      surface: written.startsWith(name) ? name : written,
      inTitle: false,
      rule: "phrase",
      aliases: [],
      start,
    });
  };
  for (const at of triggers(text)) {
    const np = nounPhrase(text, at);
    if (np === null) continue;
    // "two intervention methods: common neighbor completion and target link removal"
    const after = text.slice(np.start + np.phrase.length, np.start + np.phrase.length + 2);
    if (after.startsWith(":") && /(?:methods|techniques|strategies|mechanisms|components|modules)$/.test(np.phrase)) {
      const listStart = np.start + np.phrase.length + 1;
      const list = /^\s*([^.;]+)/.exec(text.slice(listStart))![1]!;
      let offset = listStart;
      for (const item of list.split(/,\s*(?:and\s+)?|\s+and\s+/)) {
        const at = text.indexOf(item, offset);
        offset = at + item.length;
        const words = item.trim().split(/\s+/);
        if (
          words.length >= 2 &&
          words.length <= 4 &&
          words.every((w) => /^[\p{Ll}][\p{L}-]*$/u.test(w) && !GENERIC.test(w) && !NP_STOP.test(w))
        ) {
          if (isUncovered(tokens, covered, at, at + item.length))
            out.push({
              type: "technique",
              name: item.trim(),
              surface: item.trim(),
              inTitle: false,
              rule: "phrase",
              aliases: [],
              start: at,
            });
        }
      }
      continue;
    }
    // "the staleness gap penalty and outer momentum clipping techniques": the container ends the pair
    const rest = text.slice(np.start + np.phrase.length);
    const pair = /^\s+and\s+/.exec(rest);
    const second = pair === null ? null : nounPhrase(text, np.start + np.phrase.length + pair[0].length);
    if (second !== null && CONTAINER_TAIL.test(second.phrase.split(" ").pop()!)) {
      const container = second.phrase.split(" ").pop()!;
      emit(`${np.phrase} ${container}`, np.start, np.phrase);
      emit(second.phrase, second.start);
      continue;
    }
    emit(np.phrase, np.start);
  }
  return out;
}

/** A word made of letters and digits, hyphen-joined, starting with a lower-case letter. */
const PLAIN_SHAPE = /^\p{Ll}[\p{L}\d]*(?:-[\p{L}\d]+)*$/u;

/** Whether a word may stand in a repeated phrase, per word form: words recur across abstracts. */
const plainWords = new Map<string, boolean>();

function isPlainWord(w: string): boolean {
  let ok = plainWords.get(w);
  if (ok !== undefined) return ok;
  ok =
    PLAIN_SHAPE.test(w) &&
    !FUNCTION.test(w) &&
    !NP_STOP.test(w) &&
    !GENERIC.test(w) &&
    !DETERMINERS.test(w) &&
    !MODIFIERS.has(w.toLowerCase());
  if (plainWords.size > 200_000) plainWords.clear(); // bounded in a long-lived process
  plainWords.set(w, ok);
  return ok;
}

/**
 * Phrases an abstract repeats: 2–4 plain words, no function, generic or evaluative word, whose
 * head noun makes them a task or a technique ("geographic routing", "power allocation"), written
 * at least twice where nothing else was found. Writers repeat the concepts a paper is about and
 * vary their descriptions, so repetition tells a concept from a description without a lexicon
 * (what a lexicon of every field would still miss). Longer phrases first; every occurrence counts.
 */
export function repeatedPhrases(tokens: Tokens, covered: Uint8Array, lexicon: Lexicon): Mention[] {
  const text = tokens.text;
  const spans = new Map<string, number[]>();
  // the tokenizer's words: each plain or not, and joined to the one before by white space only
  const words = tokens.words;
  const plain = words.map((w) => isPlainWord(w.text));
  const joined = (k: number) => tokens.atoms[words[k]!.first]!.sep === SEP_SPACE;
  for (let j = 0; j < words.length; j++) {
    if (!plain[j]) continue;
    let key = words[j]!.text.toLowerCase();
    for (let i = j - 1; i >= 0 && i >= j - 3 && plain[i] && joined(i + 1); i--) {
      key = `${words[i]!.text.toLowerCase()} ${key}`;
      const list = spans.get(key);
      if (list === undefined) spans.set(key, [words[i]!.start]);
      else list.push(words[i]!.start);
    }
  }
  const out: Mention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const candidates = [...spans]
    .filter(([, at]) => at.length >= 2)
    .sort((a, b) => b[0].split(" ").length - a[0].split(" ").length || (a[0] < b[0] ? -1 : 1));
  for (const [phrase, starts] of candidates) {
    const type = typeByHead(phrase);
    if ((type !== "task" && type !== "technique") || STOP_HEADS.has(phrase.split(" ").pop()!)) continue;
    if (lookup(lexicon, phrase).length > 0 || compoundType(phrase, lexicon) !== null) continue;
    const open = starts.filter((s) => free(s, s + phrase.length) && isUncovered(tokens, covered, s, s + phrase.length));
    if (open.length < 2) continue;
    const name = canonicalLongForm(phrase);
    for (const s of open) {
      taken.push([s, s + phrase.length]);
      out.push({
        type,
        name,
        surface: text.slice(s, s + phrase.length),
        inTitle: false,
        rule: "phrase",
        aliases: [],
        start: s,
      });
    }
  }
  return out;
}

/**
 * The last resort for a paper where no rule found anything: what its title is about, as the
 * title's phrases typed by their head noun, one word allowed ("Language discrimination and
 * clustering via …" → Clustering, task). Read only then, so it costs nothing elsewhere and adds no
 * noise to papers already placed; without it such a paper has no concept and no place on the map.
 */
export function titleTopics(title: string, lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  let offset = 0;
  for (const part of title.split(
    /[:;,.?!()]|\s+(?:for|with|via|using|through|towards?|on|in|from|by|of|and|or|to|as|at|under|over|into|vs\.?)\s+/i,
  )) {
    const at = title.indexOf(part, offset);
    offset = at + part.length;
    const words = stripModifiers(part.trim())
      .split(/\s+/)
      .filter((w) => w !== "");
    while (words.length > 0 && (FUNCTION.test(words[0]!) || DETERMINERS.test(words[0]!))) words.shift();
    if (words.length === 0 || words.length > 4 || words.some((w) => GENERIC.test(w) || FUNCTION.test(w))) continue;
    if (!words.every((w) => /^[\p{L}][\p{L}\d-]*$/u.test(w))) continue;
    const phrase = words.join(" ");
    const type = typeByHead(phrase);
    if (type === null || type === "method" || STOP_HEADS.has(words[words.length - 1]!.toLowerCase())) continue;
    if (lookup(lexicon, phrase)[0]?.type === "stop") continue;
    const start = title.indexOf(phrase, at);
    out.push({
      type,
      name: canonicalLongForm(phrase),
      surface: phrase,
      inTitle: true,
      rule: "phrase",
      aliases: [],
      start,
    });
  }
  return out;
}

const ADJECTIVE_TAIL = /(?:al|ive|ous|ic|able|ible|ful|less|ary)$/;

/**
 * Still nothing: the two-to-four-word phrases a title shares with its abstract ("Online Testable
 * Reversible Circuits" … "reversible circuits"), typed by their head noun or else technique, at most
 * three, longest first. A paper names its subject in both places.
 */
export function sharedTitlePhrases(title: string, abstract: string): Mention[] {
  const words = [...title.matchAll(/[\p{L}][\p{L}\d]*(?:-[\p{L}\d]+)*/gu)].map((m) => ({
    w: m[0].toLowerCase(),
    at: m.index,
  }));
  const body = ` ${abstract.toLowerCase().replace(/[^\p{L}\d-]+/gu, " ")} `;
  const out: Mention[] = [];
  const used = new Set<number>();
  for (let n = 4; n >= 2 && out.length < 3; n--) {
    for (let i = 0; i + n <= words.length && out.length < 3; i++) {
      const span = words.slice(i, i + n);
      if (span.some((x, k) => used.has(i + k) || !isPlainWord(x.w))) continue;
      // a noun ends it: "online testable reversible" is not a phrase, "… reversible circuits" is
      if (ADJECTIVE_TAIL.test(span[n - 1]!.w)) continue;
      const between = title.slice(span[0]!.at, span[n - 1]!.at + span[n - 1]!.w.length);
      if (between.split(/\s+/).length !== n) continue;
      const phrase = span.map((x) => x.w).join(" ");
      if (!body.includes(` ${phrase} `) && !body.includes(` ${phrase}s `)) continue;
      for (let k = 0; k < n; k++) used.add(i + k);
      out.push({
        type: typeByHead(phrase) ?? "technique",
        name: canonicalLongForm(phrase),
        surface: between,
        inTitle: true,
        rule: "phrase",
        aliases: [],
        start: span[0]!.at,
      });
    }
  }
  return out;
}
