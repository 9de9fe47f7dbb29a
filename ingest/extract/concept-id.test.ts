import { describe, expect, it } from "vitest";
import { conceptId, normName } from "./concept-id.ts";

describe("conceptId", () => {
  it("folds case, hyphens, underscores and one plural s, like score.py's norm", () => {
    expect(conceptId("method", "Mixture-of-Experts")).toBe("method:mixture of expert");
    expect(conceptId("method", "mixture of experts")).toBe(conceptId("method", "Mixture-of-Experts"));
    expect(conceptId("hardware", "GPUs")).toBe("hardware:gpu");
    expect(conceptId("metric", "top_1  accuracy")).toBe("metric:top 1 accuracy");
  });
  it("keeps short names and double-s endings whole", () => {
    expect(normName("GPUs")).toBe("gpu");
    expect(normName("SSS")).toBe("sss");
    expect(normName("Process")).toBe("process");
    expect(normName("M^3ViT")).toBe("m3vit");
    expect(normName("C++")).toBe("c++");
  });
  it("gives plain ASCII names (its fast path) the same fold as any other", () => {
    expect(normName("Graph-Neural  Networks")).toBe("graph neural network");
    expect(normName("Graph-Neural Networks")).toBe("graph neural network");
    expect(normName(" GNNs")).toBe("gnn");
    expect(normName("GNNs-")).toBe("gnn");
    expect(normName("Llama-2-7B")).toBe("llama 2 7b");
    expect(normName("GPT-4o")).toBe("gpt 4o");
    expect(normName("a - b")).toBe("a b");
    expect(normName("Boss")).toBe("boss");
    expect(normName("A.I.s")).toBe("a.i.");
    expect(normName("Net's")).toBe("net");
  });
  it("keeps types apart", () => {
    expect(conceptId("task", "Quantization")).not.toBe(conceptId("technique", "Quantization"));
  });
});
