/**
 * Typing by head noun
 * ===================
 * `typeByHead(phrase)` gives the concept type a phrase's head noun (its last word, or last two)
 * implies: "… Network" → method, "… Prediction" → task, "… Parallelism" → technique,
 * "… Latency" → metric, "… Dataset" → dataset, "… Accelerator" → hardware. Used for long forms of
 * acronyms, proposed names with a descriptor, and title phrases whose words no lexicon knows.
 * Returns null when the head says nothing. Pure.
 */
import type { ConceptType } from "../../schema/model.ts";

const HEADS: Record<ConceptType, string> = {
  method: `network net model transformer former machine perceptron autoencoder encoder decoder library toolkit
    engine compiler simulator classifier regressor tree forest mamba gnn cnn rnn llm gan vae bert gpt unet resnet
    interface mpi framework architecture algorithm solver optimizer optimiser planner controller agent policy
    filter system runtime platform pipeline backbone detector estimator generator predictor translator tokenizer
    block module layer operator kernel protocol`,
  task: `prediction classification detection segmentation recognition generation translation retrieval estimation
    answering summarization summarisation tracking localization localisation enhancement reconstruction
    forecasting recommendation search parsing captioning understanding reasoning planning navigation serving
    diagnosis verification synthesis editing restoration inpainting completion extraction matching analysis
    dereverberation denoising compression modeling modelling discovery exploration partitioning placement
    clustering ranking labeling labelling tagging spotting grounding manipulation grasping selection problem
    cancellation suppression separation management identification processing robotics
    inference mining`,
  technique: `learning optimization optimisation transport attention encoding embedding distillation sampling pruning
    sparsity parallelism scheduling routing hashing regularization regularisation normalization normalisation
    augmentation decoding caching quantization tuning prompting aggregation propagation pooling convolution
    mechanism strategy scheme technique trick loss objective prior gating masking tokenization alignment fusion
    co-design codesign overlap offloading prefetching batching checkpointing replication disaggregation splitting
    mapping tiling decomposition factorization approximation descent programming process cache connection
    connections sharing initialization initialisation guidance shift conflict removal reordering reuse
    interpolation warping refinement calibration perturbation dropout residual compensation
    correction regularizer regulariser attack modulation multiplexing beamforming coding
    control computing simulation communication`,
  metric: `accuracy score rate error latency throughput index ratio precision recall distance efficiency quality
    speedup footprint consumption utilization utilisation perplexity bleu fid auc`,
  dataset: `dataset datasets corpus corpora benchmark benchmarks suite challenge collection trace traces images`,
  hardware: `processor accelerator chip memory device gpu cpu tpu npu fpga asic array drive interconnect card
    board supercomputer cluster soc microcontroller dram sram ssd multiprocessor`,
};

const HEAD_TYPE = new Map<string, ConceptType>();
for (const [type, words] of Object.entries(HEADS) as Array<[ConceptType, string]>) {
  for (const w of words.split(/\s+/)) if (w !== "") HEAD_TYPE.set(w, type);
}

/** Two-word heads that override the last word ("representation learning" is a task). */
const BIGRAM_HEADS = new Map<string, ConceptType>([
  ["representation learning", "task"],
  ["multi task learning", "task"],
  ["federated learning", "task"],
  ["continual learning", "task"],
  ["language model", "method"],
  ["processing unit", "hardware"],
  ["gate array", "hardware"],
  ["neural network", "method"],
  ["decision process", "technique"],
  ["search space", "technique"],
  ["architecture search", "task"],
  ["data set", "dataset"],
  ["test set", "dataset"],
  ["task learning", "task"],
  ["base station", "hardware"],
  ["multiple access", "technique"],
  ["sensor network", "technique"],
  ["ad hoc network", "technique"],
  ["adhoc network", "technique"],
  ["hoc network", "technique"],
  ["radio network", "technique"],
  ["mesh network", "technique"],
  ["area network", "technique"],
]);

/** "strategies" → "strategy", "processes" → "process", "networks" → "network"; "dynamics", "analysis" stay. */
export function singularWord(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is|ics)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The words of a phrase, lower-cased, singular, hyphens kept inside words. */
function headWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/\s+/)
    .filter((w) => w !== "");
}

/** The type the head noun implies, or null. */
export function typeByHead(phrase: string): ConceptType | null {
  const words = headWords(phrase);
  const last = words[words.length - 1];
  if (last === undefined) return null;
  const lastParts = last.split("-");
  const head = singularWord(lastParts[lastParts.length - 1]!);
  const prev =
    words.length > 1
      ? singularWord(words[words.length - 2]!.split("-").pop()!)
      : lastParts.length > 1
        ? lastParts[lastParts.length - 2]!
        : "";
  const bigram = BIGRAM_HEADS.get(`${prev} ${head}`.trim());
  if (bigram !== undefined) return bigram;
  if (head === "design" && /co$/.test(prev)) return "technique";
  return HEAD_TYPE.get(head) ?? HEAD_TYPE.get(last.replace(/-/g, "")) ?? null;
}

/** True when the phrase's head is one of the given words (singular, lower case). */
export function headIs(phrase: string, heads: ReadonlySet<string>): boolean {
  const words = headWords(phrase);
  const last = words[words.length - 1];
  return last !== undefined && heads.has(singularWord(last.split("-").pop()!));
}
