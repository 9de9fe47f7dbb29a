import { describe, expect, it } from "vitest";
import { buildProjection, type ConceptRecord, type PaperRecord, type Projection } from "../projection/projection.ts";
import type { ClusterLevel } from "./cluster.ts";
import { foldName, GENERIC_CONCEPTS } from "./generic.ts";
import { barredConcepts, DEFAULT_LABEL_OPTIONS, labelClusters, logLikelihood, namingBar } from "./labels.ts";

type Named = [type: string, name: string];
const id = ([type, name]: Named): string => `${type}:${name.toLowerCase()}`;

const ACCURACY: Named = ["metric", "Accuracy"];
const TRANSFORMER: Named = ["method", "Transformer"];
const RECOMMENDATION: Named = ["task", "Recommendation"];
const MOTION_PLANNING: Named = ["task", "Motion Planning"];
const GPU: Named = ["hardware", "GPU"];

/**
 * 100 papers in three regions, each split in two at level 1:
 *  - A (a00–a39): every paper measures Accuracy (a generic metric, the region's highest G²); A1 (a00–a19)
 *    also names Transformer, a00–a11 Speculative Decoding; A2: a20–a35 KV Cache.
 *  - B (b00–b29): B1 (b00–b14) names Transformer, b00–b04 Motion Planning and GPU (a tie of a task and
 *    hardware); B2: b15–b26 Grasping.
 *  - C (c00–c29): every paper names Recommendation (30 % of all papers, all in C); C1 (c00–c14) also
 *    Transformer, c00–c09 Collaborative Filtering; C2: c15–c24 Matrix Factorization.
 * Transformer is in 50 papers, 20 at most in one region: corpus-wide. In B1 it has the highest G².
 */
function corpus(): {
  papers: PaperRecord[];
  concepts: ConceptRecord[];
  region: Map<string, number>;
  part: Map<string, number>;
} {
  const papers: PaperRecord[] = [];
  const concepts = new Map<string, ConceptRecord>();
  const region = new Map<string, number>();
  const part = new Map<string, number>();
  const add = (paper: string, r: number, sub: number, named: Named[]) => {
    for (const c of named) concepts.set(id(c), { id: id(c), name: c[1], type: c[0] });
    papers.push({ id: paper, conceptIds: named.map(id), weights: named.map(() => 1), cites: [] });
    region.set(paper, r);
    part.set(paper, sub);
  };
  const name = (prefix: string, i: number) => `${prefix}${String(i).padStart(2, "0")}`;
  for (let i = 0; i < 40; i++) {
    const named: Named[] = [ACCURACY];
    if (i < 20) named.push(TRANSFORMER);
    if (i < 12) named.push(["method", "Speculative Decoding"]);
    if (i >= 20 && i < 36) named.push(["technique", "KV Cache"]);
    add(name("a", i), 0, i < 20 ? 0 : 1, named);
  }
  for (let i = 0; i < 30; i++) {
    const named: Named[] = [];
    if (i < 15) named.push(TRANSFORMER);
    if (i < 5) named.push(MOTION_PLANNING, GPU);
    if (i >= 15 && i < 27) named.push(["task", "Grasping"]);
    add(name("b", i), 1, i < 15 ? 2 : 3, named);
  }
  for (let i = 0; i < 30; i++) {
    const named: Named[] = [RECOMMENDATION];
    if (i < 15) named.push(TRANSFORMER);
    if (i < 10) named.push(["technique", "Collaborative Filtering"]);
    if (i >= 15 && i < 25) named.push(["technique", "Matrix Factorization"]);
    add(name("c", i), 2, i < 15 ? 4 : 5, named);
  }
  return { papers, concepts: [...concepts.values()], region, part };
}

/** A hand-made level: `clusterOf` gives each node's cluster (-1 for none). */
function level(projection: Projection, n: number, count: number, clusterOf: (key: string) => number): ClusterLevel {
  const keys = projection.graph.nodes();
  const membership = Int32Array.from(keys, clusterOf);
  const sizes = new Int32Array(count);
  for (const c of membership) if (c >= 0) sizes[c]! += 1;
  return { level: n, membership, count, sizes, parent: null, modularity: 0, other: -1, unlinked: -1, minSize: 0 };
}

const { papers, concepts, region, part } = corpus();
const projection = buildProjection(papers, concepts);
const keys = projection.graph.nodes();
const levels = [
  level(projection, 0, 3, (key) => region.get(key) ?? -1),
  level(projection, 1, 6, (key) => part.get(key) ?? -1),
];
const [regions, parts] = labelClusters(projection, keys, levels) as [
  ReturnType<typeof labelClusters>[number],
  ReturnType<typeof labelClusters>[number],
];

describe("labelClusters(projection, keys, levels): the naming score", () => {
  it("never names a cluster after a generic metric, even the one with the highest G²", () => {
    const a = regions[0]!;
    expect(a.top[0]).toMatchObject({ name: "Accuracy", barred: "generic", score: 0 });
    expect(a.label).toBe("KV Cache · Speculative Decoding");
    expect(parts[0]!.label).not.toContain("Accuracy");
  });

  it("never names a cluster after a corpus-wide concept, even the one with the highest G²", () => {
    const b1 = parts[2]!;
    expect(b1.top[0]).toMatchObject({ name: "Transformer", barred: "corpus-wide", score: 0, corpusPapers: 50 });
    expect(b1.top[0]!.llr).toBeGreaterThan(b1.top[1]!.llr);
    expect(b1.label).not.toContain("Transformer");
    for (const label of [...regions, ...parts]) expect(label.named.map((t) => t.name)).not.toContain("Transformer");
  });

  it("lets a frequent concept name the region that holds most of its papers", () => {
    expect(regions[2]!.named[0]).toMatchObject({ name: "Recommendation", corpusPapers: 30, barred: null });
    expect(regions[2]!.label).toBe("Recommendation · Collaborative Filtering");
  });

  it("prefers a task to hardware with the same evidence", () => {
    const b1 = parts[2]!;
    const [task, hardware] = b1.named;
    expect(b1.label).toBe("Motion Planning · GPU");
    expect(task!.llr).toBe(hardware!.llr);
    expect(task!.score).toBe(task!.llr);
    expect(hardware!.score).toBeCloseTo(hardware!.llr * DEFAULT_LABEL_OPTIONS.typeWeights.hardware, 12);
  });

  it("keeps each label concept with its score, its papers here and in the whole graph", () => {
    const [kv, sd] = regions[0]!.named;
    expect(kv).toMatchObject({ id: "technique:kv cache", papers: 16, corpusPapers: 16, barred: null });
    expect(kv!.score).toBeCloseTo(logLikelihood(16, 40, 16, 100), 12);
    expect(sd).toMatchObject({ id: "method:speculative decoding", papers: 12, corpusPapers: 12 });
  });

  it("names by G² alone when nothing is barred and every type weighs 1 (the labels before the naming score)", () => {
    const g2Only = {
      ...DEFAULT_LABEL_OPTIONS,
      corpusWideShare: Infinity,
      generic: new Set<string>(),
      typeWeights: { task: 1, method: 1, technique: 1, dataset: 1, hardware: 1, metric: 1 },
    };
    const [before] = labelClusters(projection, keys, levels, g2Only);
    expect(before![0]!.label).toBe("Accuracy · KV Cache");
  });

  it("falls back to a member concept that may name the cluster when none of its concepts may", () => {
    const onlyGeneric = buildProjection(
      [
        { id: "p1", conceptIds: ["metric:latency"], weights: [1], cites: [] },
        { id: "p2", conceptIds: ["metric:latency"], weights: [1], cites: [] },
        { id: "p3", conceptIds: ["task:serving", "task:other"], weights: [1, 1], cites: [] },
        { id: "p4", conceptIds: ["task:serving", "task:other"], weights: [1, 1], cites: [] },
      ],
      [
        { id: "metric:latency", name: "Latency", type: "metric" },
        { id: "task:serving", name: "Serving", type: "task" },
        { id: "task:other", name: "Other Task", type: "task" },
      ],
    );
    const nodes = onlyGeneric.graph.nodes();
    const inFirst = new Set(["p1", "p2", "metric:latency", "task:serving"]);
    const one = level(onlyGeneric, 0, 2, (key) => (inFirst.has(key) ? 0 : 1));
    const [first] = labelClusters(onlyGeneric, nodes, [one])[0]!;
    expect(first!.top.map((t) => t.name)).toEqual(["Latency"]);
    expect(first!.named).toEqual([]);
    expect(first!.label).toBe("Serving");
  });
});

describe("namingBar(name, df, inRegion, n, options)", () => {
  it("bars a generic name whatever its counts, and a frequent concept no region holds half of", () => {
    expect(namingBar("accuracy", 1, 1, 1000, DEFAULT_LABEL_OPTIONS)).toBe("generic");
    expect(namingBar("Energy-Efficiency", 1, 1, 1000, DEFAULT_LABEL_OPTIONS)).toBe("generic");
    expect(namingBar("Mobile Devices", 1, 1, 1000, DEFAULT_LABEL_OPTIONS)).toBe("generic");
    expect(namingBar("Transformer", 51, 25, 1000, DEFAULT_LABEL_OPTIONS)).toBe("corpus-wide");
    expect(namingBar("Transformer", 51, 26, 1000, DEFAULT_LABEL_OPTIONS)).toBeNull();
    expect(namingBar("Transformer", 50, 1, 1000, DEFAULT_LABEL_OPTIONS)).toBeNull();
  });

  it("agrees with barredConcepts on the test corpus", () => {
    const barred = barredConcepts(projection, keys, levels);
    expect(barred.get(id(ACCURACY))).toBe("generic");
    expect(barred.get(id(TRANSFORMER))).toBe("corpus-wide");
    expect(barred.has(id(RECOMMENDATION))).toBe(false);
  });
});

describe("GENERIC_CONCEPTS", () => {
  it("holds folded names: case, hyphens and a plural s do not matter", () => {
    expect(foldName("Energy-Efficiency")).toBe(foldName("energy efficiency"));
    expect(foldName("Laptops")).toBe("laptop");
    for (const name of ["Accuracy", "Throughput", "Latency", "Bandwidth", "Energy Efficiency", "Laptop", "CPU"])
      expect(GENERIC_CONCEPTS.has(foldName(name))).toBe(true);
    for (const name of ["GPU", "FPGA", "Recommendation", "BLEU", "Word Error Rate"])
      expect(GENERIC_CONCEPTS.has(foldName(name))).toBe(false);
  });
});
