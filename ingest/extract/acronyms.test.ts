import { describe, expect, it } from "vitest";
import { bestLongForm, findAcronymDefinitions } from "./acronyms.ts";

const pairs = (text: string) => findAcronymDefinitions(text).map(({ short, long }) => `${short}=${long}`);

describe("findAcronymDefinitions", () => {
  it("finds long forms before parentheses (Schwartz–Hearst)", () => {
    expect(
      pairs(
        "The proliferation of large language models (LLMs) has led to the adoption of Mixture-of-Experts (MoE) architectures.",
      ),
    ).toEqual(["LLM=large language models", "MoE=Mixture-of-Experts"]);
  });
  it("keeps a function word inside a long form and picks the longest spelled-out one", () => {
    expect(
      pairs("Combining the two methods with NCN, we propose Neural Common Neighbor with Completion (NCNC)."),
    ).toEqual(["NCNC=Neural Common Neighbor with Completion"]);
    expect(pairs("with independent and identically distributed (IID) data")).toEqual([
      "IID=independent and identically distributed",
    ]);
  });
  it("reads the short-form-first order", () => {
    expect(pairs("Hence, we propose MHR (Multi-Head Routing), which combines subsets of adapter parameters.")).toEqual([
      "MHR=Multi-Head Routing",
    ]);
  });
  it("splits slash forms into single pairs", () => {
    expect(pairs("and rely on complex Positional/Structural Encodings (SE/PE).")).toEqual([
      "SE=Structural Encodings",
      "PE=Positional Encodings",
    ]);
  });
  it("matches characters inside words and coined short forms", () => {
    expect(
      pairs(
        "we introduce the Multi-Receptive Field Feature Interaction(MRFFI) module, comprising the Long-Range Wavelet Transform-Enhanced Mamba(WTE-Mamba)",
      ),
    ).toEqual(["MRFFI=Multi-Receptive Field Feature Interaction", "WTE-Mamba=Wavelet Transform-Enhanced Mamba"]);
  });
  it("reads digits that stand for words", () => {
    expect(bestLongForm("I2V", "substantial progress in image-to-video")).toBe("image-to-video");
  });
  it("ignores parentheses that define nothing, and stop-listed short forms", () => {
    expect(pairs("achieves state-of-the-art (SOTA) performance (e.g., on GPUs) in 2023 (ii)")).toEqual([]);
    expect(pairs("Graph Transformers (GTs) emerged as a powerful alternative")).toEqual(["GT=Graph Transformers"]);
  });
});
