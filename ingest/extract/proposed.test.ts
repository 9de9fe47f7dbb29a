import { describe, expect, it } from "vitest";
import { findProposed } from "./proposed.ts";

describe("findProposed", () => {
  it("reads a title prefix and types it by the descriptor", () => {
    expect(
      findProposed("BurstGPT: A Real-world Workload Dataset to Optimize LLM Serving Systems", "").names[0],
    ).toMatchObject({ name: "BurstGPT", type: "dataset" });
    expect(
      findProposed("TEMPI: An Interposed MPI Library with a Canonical Representation of CUDA-aware Datatypes", "")
        .proposed,
    ).toBe("TEMPI");
    expect(findProposed("Mixture-of-Supernets: Improving Weight-Sharing Supernet Training", "").proposed).toBe(
      "Mixture-of-Supernets",
    );
  });
  it("ignores title prefixes that are not names", () => {
    expect(findProposed("Survey: Inference Optimization for MoE", "").proposed).toBeNull();
    expect(
      findProposed("Faster Diffusion: Rethinking the Role of UNet Encoder in Diffusion Models", "").proposed,
    ).toBeNull();
  });
  it("defines an acronym when the prefix's capitals spell the descriptor", () => {
    const r = findProposed(
      "StoRM: A Diffusion-based Stochastic Regeneration Model for Speech Enhancement and Dereverberation",
      "",
    );
    expect(r.acronyms).toEqual([{ short: "StoRM", long: "Stochastic Regeneration Model" }]);
    expect(findProposed("TRIP: Temporal Residual Learning with Image Noise Prior", "").acronyms).toEqual([]);
  });
  it("reads naming verbs and we-propose sentences", () => {
    expect(
      findProposed(
        "Serving 70B-scale LLMs Efficiently",
        "and present a compute- and memory-efficient tensor parallel inference system, named TPI-LLM, to serve 70B-scale models.",
      ).proposed,
    ).toBe("TPI-LLM");
    expect(
      findProposed(
        "Refactorizing LLMs",
        "In this paper, we propose a novel framework Read-ME that transforms pre-trained dense LLMs into smaller MoE models.",
      ).proposed,
    ).toBe("Read-ME");
    expect(
      findProposed(
        "Boosting Speculative Decoding",
        "Motivated by this theory, we propose SpecDec++, an enhanced version of speculative decoding.",
      ).proposed,
    ).toBe("SpecDec++");
    expect(
      findProposed(
        "Edge learning",
        "we present a novel approach, namely, Partially-Connected DARTS, by sampling a small part of super-network",
      ).proposed,
    ).toBe("Partially-Connected DARTS");
  });
  it("prefers the name the title carries", () => {
    const r = findProposed(
      "Neural Common Neighbor with Completion for Link Prediction",
      "we propose Neural Common Neighbor (NCN), which uses learnable pairwise representations. Combining the two methods with NCN, we propose Neural Common Neighbor with Completion (NCNC).",
    );
    expect(r.proposed).toBe("NCNC");
    expect(r.names.map((n) => n.name)).toEqual(["NCN", "NCNC"]);
  });
});
