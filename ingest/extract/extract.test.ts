import { describe, expect, it } from "vitest";
import type { ExtractedPaper } from "../../schema/model.ts";
import { parseThesaurus } from "../thesaurus/parse.ts";
import { extractCorpus } from "./corpus.ts";
import { extractPaper } from "./extract.ts";

const find = (r: ExtractedPaper, name: string) => r.entities.find((e) => e.name === name);
const typed = (r: ExtractedPaper) => r.entities.map((e) => `${e.type}:${e.name}`).sort();

// A real abstract from the sample corpus (Read-ME, NeurIPS 2024).
const readMe = {
  id: "read-me",
  title: "Read-ME: Refactorizing LLMs as Router-Decoupled Mixture of Experts with System Co-Design",
  abstract:
    "The proliferation of large language models (LLMs) has led to the adoption of Mixture-of-Experts (MoE) architectures that dynamically leverage specialized subnetworks for improved efficiency and performance. " +
    "In this paper, we propose a novel framework Read-ME that transforms pre-trained dense LLMs into smaller MoE models, avoiding the high costs of ground-up training. Our approach employs activation sparsity to extract experts. " +
    "To compose experts, we examine the widely-adopted layer-wise router design and show its redundancy, and thus we introduce the pre-gating router decoupled from the MoE backbone that facilitates system-friendly pre-computing and lookahead scheduling. " +
    "Read-ME outperforms other popular open-source dense models of similar scales, achieving improvements of up to 10.1% on MMLU, and improving mean end-to-end latency up to 6.1%. Codes are available at: https://github.com/VITA-Group/READ-ME.",
};

describe("extractPaper", () => {
  it("finds the proposed method, acronyms, lexicon terms and technique phrases", () => {
    const r = extractPaper(readMe);
    expect(r.proposed).toBe("Read-ME");
    expect(r.acronyms).toEqual([
      { short: "LLM", long: "large language models" },
      { short: "MoE", long: "Mixture-of-Experts" },
    ]);
    expect(typed(r)).toEqual(
      expect.arrayContaining([
        "method:Read-ME",
        "method:Large Language Model",
        "method:Mixture of Experts",
        "technique:Activation Sparsity",
        "technique:pre-gating router",
        "dataset:MMLU",
        "metric:Latency",
      ]),
    );
    expect(typed(r).some((t) => t.includes("VITA"))).toBe(false); // URLs are not names
  });
  it("counts mentions in title and abstract and merges short and long forms", () => {
    const moe = find(extractPaper(readMe), "Mixture of Experts")!;
    expect(moe.aliases).toContain("MoE");
    expect(moe.count).toBe(5);
    expect(moe.inTitle).toBe(true);
  });
  it("types an acronym by its long form's head noun and a proposal by its context", () => {
    const r = extractPaper({
      id: "p",
      title: "Neural Common Neighbor with Completion for Link Prediction",
      abstract:
        "To upgrade performance, we propose Neural Common Neighbor (NCN). Therefore, we propose two intervention methods: common neighbor completion and target link removal. Combining the two methods with NCN, we propose Neural Common Neighbor with Completion (NCNC). NCNC achieves state-of-the-art performance in link prediction tasks.",
    });
    expect(typed(r)).toEqual([
      "method:Neural Common Neighbor",
      "method:Neural Common Neighbor with Completion",
      "task:Link Prediction",
      "technique:common neighbor completion",
      "technique:target link removal",
    ]);
  });
  it("reads hardware with counts and vendors", () => {
    const r = extractPaper({
      id: "h",
      title: "Scaling",
      abstract:
        "We demonstrate that training ResNet-50 on ImageNet for 90 epochs can be achieved in 15 minutes with 1024 Tesla P100 GPUs.",
    });
    expect(typed(r)).toEqual(["dataset:ImageNet", "hardware:GPU", "hardware:P100", "method:ResNet-50"]);
  });
  it("reads 'N× A100 GPUs' and plural device names", () => {
    const r = extractPaper({
      id: "n",
      title: "Training at scale",
      abstract: "We train on 8× A100 GPUs, then on 64 A100s and 4 NVIDIA H100 GPUs.",
    });
    expect(typed(r)).toEqual(["hardware:A100", "hardware:GPU", "hardware:H100"]);
    expect(find(r, "A100")?.count).toBe(2);
  });
  it("survives empty and malformed text", () => {
    expect(extractPaper({ id: "e", title: "", abstract: "" })).toEqual({
      id: "e",
      title: "",
      proposed: null,
      acronyms: [],
      entities: [],
    });
    expect(extractPaper({ id: "m", title: "(", abstract: "((( ))) $ $$ \\frac{ ~ ^ - -- (A) (B)" }).entities).toEqual(
      [],
    );
  });
  it("applies a thesaurus: merge, rename, retype, ignore", () => {
    const thesaurus = parseThesaurus(
      "label\treplace by\ttype\nMoE\tSparse MoE\t\nMMLU\t\t\nlatency\tLatency\ttask\n",
      "t.tsv",
    );
    const r = extractPaper(readMe, { thesaurus });
    expect(find(r, "Sparse MoE")?.aliases).toContain("Mixture of Experts");
    expect(find(r, "MMLU")).toBeUndefined();
    expect(find(r, "Latency")?.type).toBe("task");
  });
});

describe("extractCorpus", () => {
  it("resolves a short form defined in another paper", () => {
    const [a, b] = extractCorpus([
      {
        id: "a",
        title: "Routing in sparse models",
        abstract: "We study Sparsely Gated Expert Layers (SGEL) for language models. SGEL balances load.",
      },
      { id: "b", title: "Serving sparse models", abstract: "Our system serves SGEL blocks with low latency on GPUs." },
    ]);
    expect(find(a!, "Sparsely Gated Expert Layer")?.aliases).toContain("SGEL");
    expect(find(b!, "Sparsely Gated Expert Layer")).toMatchObject({ type: "method", count: 1 });
  });
  it("lets a paper's own definition win over the corpus's", () => {
    const [, b] = extractCorpus([
      { id: "a", title: "A", abstract: "We use model performance inference (MPI) to rank networks. MPI is cheap." },
      { id: "b", title: "B", abstract: "We use the Message Passing Interface (MPI) across nodes." },
    ]);
    expect(typed(b!)).toEqual(["method:Message Passing Interface"]);
  });
  it("does not carry a plain word or an '-based' short form one paper defines to other papers", () => {
    const [a, b] = extractCorpus([
      {
        id: "a",
        title: "A",
        abstract:
          "We developed a system based on Collaborative (Deep) filtering. Neural network-based (NN-based) rankers help.",
      },
      { id: "b", title: "B", abstract: "Our Deep variant and NN-based rankers run on GPUs." },
    ]);
    expect(a).toBeDefined();
    expect(typed(b!)).toEqual(["hardware:GPU"]);
  });
});
