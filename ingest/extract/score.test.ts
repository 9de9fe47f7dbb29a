import { describe, expect, it } from "vitest";
import { formatScore, pyFixed3, scoreExtraction, splitGold, titleKey, type GoldFile } from "./score.ts";

const gold: GoldFile = {
  papers: [
    {
      title: "Paper One: A Test",
      entities: [
        { name: "Mixture of Experts", type: "method", aliases: ["MoE"], core: true },
        { name: "GPU", type: "hardware", aliases: [], core: true },
        { name: "Laptop", type: "hardware", aliases: [], core: false },
        { name: "Latency", type: "metric", aliases: [], core: false },
      ],
    },
    {
      title: "Missing Paper",
      entities: [
        { name: "BERT", type: "method", core: true },
        { name: "X", type: "task", core: false },
      ],
    },
  ],
};

describe("scoreExtraction", () => {
  it("matches by type and any normalised name or alias, as score.py does", () => {
    const report = scoreExtraction(gold, [
      {
        title: "paper one - a test",
        entities: [
          { name: "MoEs", type: "method", aliases: [] }, // alias match, plural folded
          { name: "mixture-of-experts", type: "method", aliases: [] }, // duplicate: ignored
          { name: "GPU", type: "metric", aliases: [] }, // wrong type: false positive
          { name: "Laptops", type: "hardware", aliases: [] }, // core:false found: true positive
          { name: "TPU", type: "hardware", aliases: null },
        ],
      },
    ]);
    expect(Object.fromEntries(report.byType)).toEqual({
      hardware: { tp: 1, fp: 1, fn: 1 },
      method: { tp: 1, fp: 0, fn: 1 },
      metric: { tp: 0, fp: 1, fn: 0 },
    });
    expect(report.missingPapers).toBe(1);
    // the lines score.py prints for the same input (checked with python3 score.py)
    expect(formatScore(report)).toBe(
      [
        "hardware   P=0.500 R=0.500 F1=0.500 (tp=1 fp=1 fn=1)",
        "method     P=1.000 R=0.500 F1=0.667 (tp=1 fp=0 fn=1)",
        "metric     P=0.000 R=0.000 F1=0.000 (tp=0 fp=1 fn=0)",
        "papers not found in the prediction: 1",
        "overall P=0.500 R=0.500 F1=0.500",
        "",
      ].join("\n"),
    );
  });
  it("keys titles like score.py's title_key", () => {
    expect(titleKey("M^3ViT: Mixture-of-Experts  ViT")).toBe("m3vitmixtureofexpertsvit");
  });
});

describe("pyFixed3", () => {
  it("rounds exact ties half to even, like Python's format", () => {
    expect(pyFixed3(0.8125)).toBe("0.812");
    expect(pyFixed3(0.4375)).toBe("0.438");
    expect(pyFixed3(0.0625)).toBe("0.062");
    expect(pyFixed3(2 / 3)).toBe("0.667");
  });
});

describe("splitGold(gold)", () => {
  const gold: GoldFile = {
    version: 1,
    papers: Array.from({ length: 20 }, (_, i) => ({ title: `Paper number ${i}: a study`, entities: [] })),
  };

  it("holds out a quarter (rounded up), the two parts disjoint and together the whole", () => {
    const { tuning, heldOut } = splitGold(gold);
    expect(heldOut.papers).toHaveLength(5);
    expect(tuning.papers).toHaveLength(15);
    const held = new Set(heldOut.papers.map((p) => p.title));
    expect(tuning.papers.some((p) => held.has(p.title))).toBe(false);
    expect(splitGold({ version: 1, papers: gold.papers.slice(0, 7) }).heldOut.papers).toHaveLength(2);
  });

  it("depends on the titles, not their order or case", () => {
    const forward = splitGold(gold).heldOut.papers.map((p) => p.title);
    const shouted = {
      version: 1,
      papers: [...gold.papers].reverse().map((p) => ({ ...p, title: p.title.toUpperCase() })),
    };
    const backward = splitGold(shouted).heldOut.papers.map((p) => p.title.toLowerCase());
    expect([...backward].sort()).toEqual(forward.map((t) => t.toLowerCase()).sort());
  });
});
