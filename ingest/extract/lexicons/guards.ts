/**
 * Sense guards
 * ============
 * Lexicon terms that are also ordinary English: the text around a match decides. A match is
 * dropped when the words before it match `before` or the words after it match `after`
 * ("substantial attention to …" is not the attention mechanism). Metric words used as the first
 * half of an adjective ("latency-sensitive", "accuracy-oriented") are not measurements either.
 * Data file.
 */
export interface Guard {
  before?: RegExp;
  after?: RegExp;
}

export const GUARDS: Readonly<Record<string, Guard>> = {
  Attention: {
    before:
      /\b(?:pay|paid|paying|draw|drew|drawn|attract(?:ed|s|ing)?|receiv(?:e|ed|es|ing)|gain(?:ed|s|ing)?|garner(?:ed|s)?|considerable|substantial|significant|much|more|less|little|special|particular|increasing|growing|great|greater|close|renewed|wide|widespread|careful|extra|scant|limited|lot of|deserves?|requires?|needs?|public|research|recent|academic|industrial|the community's)\s+$/i,
    after: /^\s+(?:to|from|in recent|of researchers|of the community)\b/i,
  },
  Consensus: { after: /^\s+(?:on|that|among|about)\b/i },
  Recommendation: { before: /\b(?:a|our|this|the|these|design|practical|policy)\s+$/i },
  Grasping: { after: /^\s+(?:the|how|what|of)\b/i },
  Localization: { before: /\b(?:fault|bug|error|data|memory|cache)\s+$/i },
  // RSS feeds (syndication), not received signal strength
  "Received Signal Strength": { after: /^\s+(?:feeds?|readers?|aggregators?|channels?)\b/i },
  // the electrical device in power systems, and self-stabilisation's "daemon transformers"
  Transformer: {
    before: /\b(?:smart|power|distribution|electrical|on-site|step-up|step-down|daemon)\s+$/i,
    after: /^\s+(?:capacity|substations?|schemes?)\b/i,
  },
  Accuracy: { before: /\b(?:with high|high|low|numerical|floating-point|arbitrary)\s+$/i },
};

/**
 * Generic measures that are concepts only when measured: the bare word ("accuracy", "bandwidth"),
 * not a qualified form ("classification accuracy"), counts in an abstract only when its sentence
 * gives a quantity (a percentage, a factor, a number with a unit) — issue 16: generic words are
 * never concepts on their own. The title always counts.
 */
export const MEASURED_ONLY: ReadonlySet<string> = new Set(["accuracy", "bandwidth", "performance", "efficiency"]);
export const QUANTITY =
  /\d\s*(?:%|x\b|×|-?fold\b|times\b|percent\b|[kmgtp]?(?:b|bps|hz|w|j|s)\b)|\b(?:orders? of magnitude|by a factor|half|double[sd]?|twice)\b/i;

/**
 * Words that say what kind of thing something is, never which (issue 16: generic words are not
 * concepts on their own): a rule that reads a name or a phrase from its shape or its place
 * ("… Routing protocol", a title's "Control") does not make one of these alone a concept. A lexicon
 * entry, a definition or the paper's own name still can ("Transformer", "Attention").
 */
export const GENERIC_ALONE: ReadonlySet<string> = new Set(
  `accuracy performance efficiency framework model system network algorithm approach scheme method data
  architecture protocol control computing communication simulation optimization optimisation security
  management processing modeling modelling analysis design routing scheduling learning search technique
  mechanism strategy module platform service application tool engine interface process structure`.split(/\s+/),
);

/** Metric words as the first half of an adjective: "latency-sensitive", "memory-bound". */
export const ADJECTIVE_SUFFIX =
  /^-(?:sensitive|aware|bound|critical|constrained|oriented|efficient|friendly|intensive|optimal|hungry|agnostic|driven|tolerant|centric|limited|preserving|saving|scalable|accurate)\b/i;
