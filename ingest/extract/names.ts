/**
 * Name-shaped words and their context
 * ===================================
 * `findNames(tokens, covered, lexMatches)` finds names no lexicon knows by their shape —
 * CamelCase ("NetMamba", "MariusGNN"), digit-bearing ("GSM8K", "WebVid-10M"), hyphenated capitals
 * ("MSR-VTT", "NAS-BERT"), "++" ("SpecDec++") — and types them by context:
 *   the head noun after them or after their list ("WebVid-10M, DTDB and MSR-VTT datasets",
 *   "Xilinx ZCU104 FPGA", "8× RTX 4090 GPUs"), the words before ("outperforms Ginex and
 *   MariusGNN", "datasets such as X"), or a list neighbour the lexicon knows ("compared to
 *   Accelerate, Transformers and Galaxy"). Plain capitalised words and short all-caps words count
 *   only with such context; a strong name without context is a method. Pure.
 */
import type { ConceptType } from "../../schema/model.ts";
import type { LexMatch } from "./lexicon.ts";
import { STOP_NAMES } from "./lexicons/stop.ts";
import { isCapitalised, isNameLike, type Tokens } from "./tokens.ts";
import type { Mention } from "./types.ts";

const RIGHT_HEADS = new Map<string, ConceptType>();
const addHeads = (type: ConceptType, words: string): void => {
  for (const w of words.split(/\s+/)) if (w !== "") RIGHT_HEADS.set(w, type);
};
addHeads(
  "dataset",
  "dataset datasets benchmark benchmarks corpus corpora suite challenge trace traces split leaderboard",
);
addHeads(
  "hardware",
  "gpu gpus cpu cpus fpga fpgas tpu tpus board boards processor processors accelerator accelerators chip chips soc socs device devices supercomputer supercomputers smartphone smartphones npu npus cluster clusters server servers workstation workstations node nodes machine machines",
);
addHeads(
  "method",
  "model models network networks architecture architectures framework frameworks system systems library libraries algorithm algorithms optimizer engine compiler backbone backbones baseline baselines method methods approach approaches implementation implementations protocol protocols simulator",
);

/** Words before a name (or its list) that say what it is. */
const LEFT_CONTEXT: Array<[RegExp, ConceptType]> = [
  [/\b(?:datasets?|benchmarks?|corpora|suites?)(?:,)?\s+(?:such as|including|like|e\.g\.,?|namely,?)\s*$/i, "dataset"],
  [
    /\b(?:experiments|evaluations?|results|evaluated|benchmarked|tested|trained|fine-tuned|accuracy|performance|scores?|gains?)\s+on\s+(?:the\s+)?$/i,
    "dataset",
  ],
  [/\b(?:GPUs|CPUs|FPGAs|devices|platforms|hardware)\s+(?:such as|including|like|e\.g\.,?)\s*$/i, "hardware"],
  [
    /\b(?:the|a|an)\s+(?:supercomputers?|GPUs?|CPUs?|FPGAs?|boards?|processors?|chips?|SoCs?|accelerators?)\s+$/i,
    "hardware",
  ],
  [
    /\b(?:outperform(?:s|ed|ing)?|than|compared (?:to|with)|comparison (?:to|with)|versus|vs\.?|against|over|surpass(?:es|ing)?|beats?|baselines?(?:,)?\s+(?:such as|including|like|e\.g\.,?))\s+(?:the\s+|existing\s+|prior\s+)?$/i,
    "method",
  ],
  [
    /\b(?:models|methods|baselines|frameworks|systems|architectures|LLMs)\s+(?:such as|including|like|e\.g\.,?)\s*$/i,
    "method",
  ],
  [/\bcompar(?:e|es|ed|ing)\s+(?:it|them|our \w+|[\w+-]+)\s+(?:with|to|against)\s+(?:the\s+)?$/i, "method"],
];

const CONNECTOR = /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|,\s+or\s+|\s*&\s*|\/)$/;
/** Numbers with units or sizes ("70B", "3.1GB", "800Gbps", "8x"), never names. */
const UNIT = /^\d+(?:[.,]\d+)?(?:[a-zA-Z]{1,5}(?:\/s)?|[×x])?$/;
const VENDORS = new Set([
  "NVIDIA",
  "Nvidia",
  "Tesla",
  "GeForce",
  "Quadro",
  "Radeon",
  "Instinct",
  "AMD",
  "Intel",
  "Xilinx",
  "AMD-Xilinx",
  "Google",
  "Apple",
  "Qualcomm",
  "Arm",
  "ARM",
  "Samsung",
  "Huawei",
  "Altera",
  "Cerebras",
  "Graphcore",
  "Habana",
  "IBM",
  "Microsoft",
  "Raspberry",
  "Cray",
  "HPE",
  "Dell",
  "Fujitsu",
  "Lenovo",
  "Supermicro",
  "SGI",
  "Mellanox",
  "Broadcom",
  "Marvell",
  "MediaTek",
  "Rockchip",
  "Ampere",
  "SambaNova",
  "Tenstorrent",
  "Espressif",
  "SiFive",
  "Kirin",
  "Snapdragon",
  "Exynos",
  "Jetson",
]);

interface Item {
  start: number;
  end: number;
  text: string;
  /** Type known from the lexicon. */
  known: ConceptType | null;
  /** A candidate name (not from the lexicon). */
  candidate: boolean;
  strong: boolean;
  sentence: number;
}

/** A word that looks like a name by its shape alone. */
/** Ordinary words numbered ("Phase2", "Table3"): not names. */
const NUMBERED_WORD =
  /^(?:phase|stage|step|table|figure|fig|section|version|level|part|round|type|class|case|option|tier|epoch|year|day|week|chapter|appendix|eq|lemma|theorem|task|group|set|track|season|wave|batch|run)\d+$/i;

/** Number formats and units that look like names ("W4A8", "INT4", "BF16", "mJ", "dB"). */
const FORMAT = /^(?:W\d+A\w*|INT\d+|FP\d+|BF\d+|UINT\d+|m[JWsAV]|k[JWBg]|[kMGT]Hz|dB[mi]?|[KMGTP]i?B(?:ps)?)$/;

/** Debris of un-delimited LaTeX ("nfracLmu", "1KT+1T+1K^1") or words run together. */
function isDebris(text: string): boolean {
  return (
    /frac|\\|\^.*\+|\+.*\+(?!$)/.test(text) ||
    (/\+[^+]/.test(text) && !/\+\+?$/.test(text)) ||
    (text.length > 24 && !/[-\s]/.test(text))
  );
}

export function isStrongName(text: string): boolean {
  if (NUMBERED_WORD.test(text) || FORMAT.test(text) || isDebris(text)) return false;
  if (
    /^(?:non|anti|pre|post|semi|multi|sub|super|inter|intra|un|de|re|co|cross|hyper|over|under)-/i.test(text) ||
    /^\p{Ll}-/u.test(text)
  )
    return false; // "non-FIFO" modifies
  if (!isNameLike(text) || STOP_NAMES.has(text.toUpperCase()) || UNIT.test(text)) return false;
  if ((text.match(/\p{L}/gu) ?? []).length < 2) return false;
  if (/^[\p{Lu}]+s?$/u.test(text)) return false; // bare all-caps: an acronym, typed only by context
  if (/^[\p{Lu}\d]+-[\p{Lu}\d]+$/u.test(text) && text.length <= 5) return false; // "I-V", "3D-IC"
  return true;
}

function cleanWord(text: string): string {
  return text
    .replace(/['’]s$/, "")
    .replace(/(?:-\p{Ll}+)+$/u, (tail, at: number) => (at > 0 && isNameLike(text.slice(0, at)) ? "" : tail)) // "LLaMA-based", "BP-trained"
    .replace(
      /-(?:Based|Oriented|Aware|Driven|Guided|Enabled|Level|Scale|Free|Specific|Friendly|Centric|Style|Like)$/,
      "",
    ); // title case
}

const GENERIC_PLACES = /^(?:nodes?|machines?|servers?|clusters?|workstations?|devices?)$/i;

function rightWord(text: string, end: number): string {
  return /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 30))?.[1] ?? "";
}

function rightHead(text: string, end: number): ConceptType | null {
  const m = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 30));
  return m === null ? null : (RIGHT_HEADS.get(m[1]!.toLowerCase()) ?? null);
}

function leftContext(text: string, start: number, sentenceStart: number): ConceptType | null {
  const before = text.slice(Math.max(sentenceStart, start - 60), start);
  for (const [re, type] of LEFT_CONTEXT) if (re.test(before)) return type;
  return null;
}

/** What a word's shape alone says about it, whatever its place. */
interface WordShape {
  /** The word without a possessive or a lower-case or "-Based" tail (`cleanWord`). */
  text: string;
  strong: boolean;
  /** All capitals (and digits): a name only with context. */
  acronym: boolean;
  /** Capitalised, not a vendor, not "X-ray": a name candidate unless it opens a sentence or sits in a title. */
  capital: boolean;
  /** Not a unit, a format, LaTeX debris, a stop name or a link ("GPU-GPU"), which never name. */
  nameable: boolean;
}

/**
 * Shapes by word as written. The same capitalised words recur in every abstract ("We", "LLMs",
 * "GPU") and each shape costs a dozen regular expressions, so they are cached; the cache is
 * dropped when it grows large, to keep memory flat over a long stream.
 */
const shapes = new Map<string, WordShape>();

function shapeOf(word: string): WordShape {
  const cached = shapes.get(word);
  if (cached !== undefined) return cached;
  if (shapes.size >= 50_000) shapes.clear();
  const text = cleanWord(word);
  const shape = {
    text,
    strong: isStrongName(text),
    acronym: /^\p{Lu}[\p{Lu}\d-]{1,9}s?$/u.test(text) && !STOP_NAMES.has(text.toUpperCase()),
    // "N-body", "X-ray", "K-fold" are words, not names
    capital: isCapitalised(text) && /\p{Ll}/u.test(text) && !VENDORS.has(text) && !/^\p{Lu}-\p{Ll}+$/u.test(text),
    nameable:
      !UNIT.test(text) &&
      !FORMAT.test(text) &&
      !isDebris(text) &&
      !STOP_NAMES.has(text.toUpperCase()) &&
      !/^(\p{Lu}+)-\1$/u.test(text), // "GPU-GPU" links, it does not name
  };
  shapes.set(word, shape);
  return shape;
}

/** A sentence start, or a clause heading ("(2) Enhanced System Reliability: …"). */
function opensSentence(tokens: Tokens, index: number): boolean {
  const w = tokens.words[index]!;
  const prevWord = tokens.words[index - 1];
  return (
    prevWord === undefined ||
    prevWord.sentence !== w.sentence ||
    /[:;)]\s*$|^\s*\(?\d+\)?\s*$/.test(tokens.text.slice(prevWord.start, w.start))
  );
}

function buildItems(tokens: Tokens, covered: Uint8Array, lexMatches: LexMatch[], inTitle: boolean): Item[] {
  const items: Item[] = [];
  for (const m of lexMatches) {
    if (m.entry.type === "stop") continue;
    const sentence = tokens.atoms[m.first]!.sentence;
    items.push({
      start: m.start,
      end: m.end,
      text: tokens.text.slice(m.start, m.end),
      known: m.entry.type,
      candidate: false,
      strong: false,
      sentence,
    });
  }
  tokens.words.forEach((w, index) => {
    if (!w.cased && !w.digits) return; // most words: plain lower case, never a name
    for (let a = w.first; a <= w.last; a++) if (covered[a]) return;
    const { text, strong, acronym, capital, nameable } = shapeOf(w.text);
    // in a title every word is capitalised, so a capital says nothing there
    const candidate = nameable && (strong || acronym || (capital && !inTitle && !opensSentence(tokens, index)));
    if (!candidate) return;
    items.push({
      start: w.start,
      end: w.start + text.length,
      text,
      known: null,
      candidate,
      strong,
      sentence: w.sentence,
    });
  });
  return items.sort((a, b) => a.start - b.start);
}

/** Group items into coordinated lists ("A, B and C"). */
function lists(text: string, items: Item[]): Item[][] {
  const groups: Item[][] = [];
  let current: Item[] = [];
  for (const item of items) {
    const prev = current[current.length - 1];
    if (
      prev !== undefined &&
      prev.sentence === item.sentence &&
      CONNECTOR.test(text.slice(prev.end, item.start)) &&
      (prev.known !== null || prev.candidate)
    ) {
      current.push(item);
    } else {
      if (current.length > 0) groups.push(current);
      current = [item];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export function findNames(tokens: Tokens, covered: Uint8Array, lexMatches: LexMatch[], inTitle: boolean): Mention[] {
  const { text } = tokens;
  const out: Mention[] = [];
  for (const group of lists(text, buildItems(tokens, covered, lexMatches, inTitle))) {
    const candidates = group.filter((i) => i.candidate);
    if (candidates.length === 0) continue;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const sentenceStart = tokens.sentenceStarts[first.sentence] ?? 0;
    let type = rightHead(text, last.end) ?? leftContext(text, first.start, sentenceStart);
    if (type === null) {
      const known = group
        .map((i) => i.known)
        .filter((t): t is ConceptType => t === "method" || t === "dataset" || t === "hardware");
      if (known.length > 0) type = known[0]!;
    }
    for (const item of candidates) {
      let itemType = type;
      let rule: Mention["rule"] = "context";
      // "Xilinx ML605", "NVIDIA K80": a vendor before a model number is hardware
      const vendorBefore = /([A-Z][A-Za-z-]+)\s+$/.exec(text.slice(Math.max(0, item.start - 16), item.start))?.[1];
      if (itemType === null && vendorBefore !== undefined && VENDORS.has(vendorBefore) && /\d/.test(item.text))
        itemType = "hardware";
      if (itemType === null) {
        if (!item.strong) continue;
        itemType = "method";
        rule = "name";
      }
      // generic places ("Byzantine nodes", "Linux machines") take only names with a shape
      if (
        itemType === "hardware" &&
        !item.strong &&
        !/\d/.test(item.text) &&
        GENERIC_PLACES.test(rightWord(text, last.end))
      )
        continue;
      if (
        !item.strong &&
        group.length === 1 &&
        itemType !== "dataset" &&
        itemType !== "hardware" &&
        rightHead(text, item.end) === null
      )
        continue;
      let name = item.text;
      // "Xilinx ZCU104 FPGA": keep the vendor with the model
      const vendor = /([A-Z][A-Za-z-]+)\s+$/.exec(text.slice(Math.max(0, item.start - 16), item.start));
      const aliases: string[] = [];
      if (vendor !== null && VENDORS.has(vendor[1]!) && itemType === "hardware") {
        aliases.push(name);
        name = `${vendor[1]} ${name}`;
      }
      out.push({ type: itemType, name, surface: name, inTitle, rule, aliases, start: item.start });
    }
  }
  return out;
}
