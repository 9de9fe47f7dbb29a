import { describe, expect, it } from "vitest";
import { typeByHead } from "./heads.ts";

describe("typeByHead", () => {
  it("types a phrase by its head noun", () => {
    expect(typeByHead("Dual Hypergraph Neural Networks")).toBe("method");
    expect(typeByHead("Survival Prediction")).toBe("task");
    expect(typeByHead("Tensor Parallelism")).toBe("technique");
    expect(typeByHead("end-to-end latency")).toBe("metric");
    expect(typeByHead("a real-world workload dataset")).toBe("dataset");
    expect(typeByHead("neural processing unit")).toBe("hardware");
  });
  it("reads two-word heads first", () => {
    expect(typeByHead("Edge Representation Learning")).toBe("task");
    expect(typeByHead("Temporal Residual Learning")).toBe("technique");
    expect(typeByHead("Markov Decision Process")).toBe("technique");
    expect(typeByHead("Model-Accelerator Co-design")).toBe("technique");
  });
  it("says nothing about heads it does not know", () => {
    expect(typeByHead("Quick Brown Fox")).toBeNull();
  });
});
