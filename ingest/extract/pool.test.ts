/** extractPool: batches extracted on worker threads (worker.mjs bootstraps tsx) equal extractCorpus in this thread. */
import { describe, expect, it } from "vitest";
import { extractCorpus } from "./corpus.ts";
import { extractPool } from "./pool.ts";

const PAPERS = [
  {
    id: "p1",
    title: "Sparse Mixture of Experts on FPGAs",
    abstract:
      "We map a sparse Mixture-of-Experts (MoE) model to FPGAs and compare it with an NVIDIA A100 on ImageNet classification.",
  },
  {
    id: "p2",
    title: "Routing tokens in MoE layers",
    abstract: "We study how MoE layers route tokens and report top-1 accuracy on ImageNet.",
  },
];

describe("extractPool(size)", () => {
  it("extracts two papers through a 1-worker pool exactly as extractCorpus does (acronyms shared within the batch)", async () => {
    const pool = extractPool(1);
    try {
      const results = await pool.extract(PAPERS);
      expect(results).toEqual(extractCorpus(PAPERS));
      // The second paper only writes "MoE": it resolves through the first paper's definition.
      expect(results[1]?.entities.map((e) => e.name)).toContain("Mixture of Experts");
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("extracts in this thread with size 0", async () => {
    const pool = extractPool(0);
    expect(await pool.extract(PAPERS)).toEqual(extractCorpus(PAPERS));
    await pool.close();
  });
});
