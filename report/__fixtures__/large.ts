/**
 * A large report, generated
 * =========================
 * `largeReportRows(options)` makes the rows of a big atlas in memory (no Neo4j): many top-level
 * clusters with sub-clusters, ten concepts of every type per cluster, ten neighbours each, decades
 * of years, thousands of map points, and the names that break layouts: long labels, a concept name
 * with no space in it, a paper title carrying a long URL-like token, source files with 90-character
 * names, six-digit counts. Deterministic (a fixed linear congruential generator), so the report it
 * gives is the same on every run. The browser layout test and the PDF test render it, and the
 * "what's new" report of an update to it (`largeSinceRows`).
 */
import { CONCEPT_TYPES, type ClusterRun } from "../../schema/model.ts";
import type {
  ReportClusterRow,
  ReportConceptRow,
  ReportLabelConceptRow,
  ReportLinkRow,
  ReportMapRow,
  ReportPaperRow,
} from "../../schema/cypher/report.ts";
import type { ReportRows } from "../data.ts";
import type { SinceRows } from "../since/data.ts";

export interface LargeOptions {
  /** Top-level clusters. */
  clusters?: number;
  /** Papers per top-level cluster. */
  papers?: number;
  seed?: number;
}

/** A word that does not break: the width test for every cell it lands in. */
export const UNBROKEN =
  "Spatio-TemporalHierarchicalMixture-of-ExpertsTransformerWithRetrieval-AugmentedSpeculativeDecoding";

const WORDS = [
  "sparse attention",
  "graph neural network",
  "low-rank adaptation",
  "retrieval-augmented generation",
  "diffusion transformer",
  "federated learning",
  "quantization-aware training",
  "speculative decoding",
  "neural architecture search",
  "reinforcement learning from human feedback",
  "mixture of experts",
  "state space model",
];

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function label(i: number): string {
  if (i === 0) return `${UNBROKEN} · ${WORDS[1]}`;
  if (i % 5 === 1) return `${WORDS[i % WORDS.length]} for heterogeneous multi-accelerator inference · ${WORDS[(i + 3) % 12]}`;
  return `${WORDS[i % WORDS.length]} · ${WORDS[(i + 5) % WORDS.length]}`;
}

function clusterRows(n: number, papers: number, rand: () => number): ReportClusterRow[] {
  const top: ReportClusterRow[] = Array.from({ length: n }, (_, i) => ({
    id: `rlarge:0:${i}`,
    level: 0,
    number: i,
    label: label(i),
    size: papers * 3,
    paperCount: papers,
    conceptCount: papers * 2,
    topConcepts: [WORDS[i % 12]!, i === 0 ? UNBROKEN : WORDS[(i + 5) % 12]!, "A100", "ImageNet-1k"],
    parent: null,
    x: Math.round((rand() - 0.5) * 2000),
    y: Math.round((rand() - 0.5) * 2000),
  }));
  const children = top.flatMap((t, i) =>
    [0, 1, 2].map((k) => ({
      ...t,
      id: `rlarge:1:${i * 3 + k}`,
      level: 1,
      number: i * 3 + k,
      label: k === 0 ? `${t.label} (core)` : `${WORDS[(i + k) % 12]} · ${WORDS[(i + k + 7) % 12]}`,
      size: t.size / 3,
      paperCount: papers / 3,
      conceptCount: (papers * 2) / 3,
      parent: t.id,
    })),
  );
  return [...top, ...children];
}

function paperRows(clusters: readonly ReportClusterRow[], perCluster: number, rand: () => number): ReportPaperRow[] {
  return clusters
    .filter((c) => c.level === 0)
    .flatMap((c) =>
      Array.from({ length: perCluster }, (_, k) => {
        const year = 1995 + Math.floor(rand() * 31);
        const id = `${String(year % 100).padStart(2, "0")}${String(1 + (k % 12)).padStart(2, "0")}.${String(c.number * 1000 + k).padStart(5, "0")}`;
        const title =
          k === 0
            ? `A very long title about ${WORDS[c.number % 12]} with its code at https://github.com/example-organisation/${UNBROKEN.toLowerCase()}`
            : `${WORDS[(c.number + k) % 12]![0]!.toUpperCase()}${WORDS[(c.number + k) % 12]!.slice(1)} at scale, study ${k}`;
        return {
          cluster: c.id,
          id,
          title,
          year: k % 7 === 3 ? null : year,
          published: k % 7 === 3 ? null : `${year}-0${1 + (k % 9)}-1${k % 10}`,
          upvotes: Math.floor(rand() * 500),
          internalLinks: Math.floor(rand() * 5000),
          externalLinks: Math.floor(rand() * 5000),
          linkedClusters: Math.floor(rand() * 30),
        };
      }),
    );
}

function conceptRows(papers: readonly ReportPaperRow[], rand: () => number): ReportConceptRow[] {
  const byCluster = new Map<string, string[]>();
  for (const p of papers) byCluster.set(p.cluster, [...(byCluster.get(p.cluster) ?? []), p.id]);
  return [...byCluster].flatMap(([cluster, ids], ci) =>
    CONCEPT_TYPES.flatMap((type) =>
      Array.from({ length: 12 }, (_, k) => {
        const name =
          k === 0 && ci % 3 === 0 ? `${UNBROKEN}-${type}` : `${WORDS[(ci + k) % 12]} ${type} variant ${k + 1}`;
        const take = 1 + Math.floor(rand() * ids.length);
        return {
          cluster,
          id: `${type}:${name.toLowerCase()}:${cluster}`,
          name,
          type,
          paperIds: ids.slice(0, take),
          corpusPapers: take + Math.floor(rand() * 20_000),
          member: k % 4 !== 3,
        };
      }),
    ),
  );
}

function labelRows(clusters: readonly ReportClusterRow[]): ReportLabelConceptRow[] {
  return clusters
    .filter((c) => c.level === 0)
    .flatMap((c) =>
      c.label.split(" · ").map((name, position) => ({
        cluster: c.id,
        position,
        id: `method:${name.toLowerCase()}`,
        name,
        type: "method",
        score: 1234.5 - position * 100,
        papers: c.paperCount - position,
        corpusPapers: 54_321,
      })),
    );
}

function linkRows(clusters: readonly ReportClusterRow[]): ReportLinkRow[] {
  const top = clusters.filter((c) => c.level === 0);
  return top.flatMap((a, i) =>
    Array.from({ length: 10 }, (_, k) => top[(i + k + 1) % top.length]!)
      .filter((b) => b.id !== a.id)
      .flatMap((b, k) => [
        { source: a.id, target: b.id, type: "MENTIONS" as const, links: 123_456 - k * 997, weight: 98_765.4 - k },
        { source: a.id, target: b.id, type: "CITES" as const, links: 4321 - k, weight: 4321 - k },
      ]),
  );
}

function mapRows(clusters: readonly ReportClusterRow[], rand: () => number): ReportMapRow[] {
  const top = clusters.filter((c) => c.level === 0);
  return Array.from({ length: 3000 }, (_, i) => {
    const c = top[i % top.length]!;
    return {
      x: (c.x ?? 0) + (rand() - 0.5) * 300,
      y: (c.y ?? 0) + (rand() - 0.5) * 300,
      size: 1 + rand() * 9,
      kind: i % 3 === 0 ? "concept" : "paper",
      cluster: c.id,
      focus: false,
    };
  });
}

/** The rows of a large all-clusters report (scope: every top-level cluster). */
export function largeReportRows(options: LargeOptions = {}): ReportRows {
  const rand = lcg(options.seed ?? 7);
  const n = options.clusters ?? 24;
  const perCluster = options.papers ?? 30;
  const clusters = clusterRows(n, perCluster, rand);
  const papers = paperRows(clusters, perCluster, rand);
  const years = new Map<number | null, number>();
  for (const p of papers) years.set(p.year, (years.get(p.year) ?? 0) + 1);
  const run: ClusterRun = {
    id: "rlarge",
    createdAt: "2025-01-02T04:00:00.000Z",
    current: true,
    algorithm: "leiden",
    resolution: 1,
    seed: 42,
    runs: 8,
    minPapers: 2,
    maxPapers: null,
    citesWeight: 1,
    weighting: "tf-idf",
    modularity: 0.71234,
    quality: 0.70321,
    levels: 2,
    clusterCounts: [n, n * 3],
    unassigned: 17,
    papers: papers.length,
    concepts: papers.length * 2,
    elapsedMs: 12_345,
    layoutAt: "2025-01-02T04:01:00.000Z",
    layoutIterations: 200,
    layoutSeed: 42,
    searchEdges: 1_234_567,
    searchNodes: 123_456,
  };
  return {
    scope: { cluster: null, level: 0 },
    corpus: { papers: papers.length, stubs: 12_345, mentions: 1_234_567, cites: 234_567 },
    conceptTypes: CONCEPT_TYPES.map((type, i) => ({ type, count: 10_000 + i * 1111 })),
    years: [...years].map(([year, count]) => ({ year, papers: count })),
    sources: Array.from({ length: 8 }, (_, i) => ({
      name: `hf-daily-papers-${i}_${"d8c382fad536c030".repeat(5)}.txt`,
      format: i % 2 === 0 ? "hf-listing" : "openalex-jsonl",
      paperCount: 12_345 + i,
      ingestedAt: `2025-01-02T03:0${i}:06.000Z`,
    })),
    run,
    clusters,
    papers,
    concepts: conceptRows(papers, rand),
    labelConcepts: labelRows(clusters),
    links: linkRows(clusters),
    map: { total: 123_456, points: mapRows(clusters, rand) },
  };
}

/**
 * The rows of a large "what's new" report (`report --since`): one update that added many papers
 * with long titles into the large atlas's clusters, created, merged and split clusters, and made
 * concepts with long names rise.
 */
export function largeSinceRows(options: LargeOptions = {}): SinceRows {
  const n = options.clusters ?? 24;
  const rand = lcg(options.seed ?? 7);
  const clusters = clusterRows(n, options.papers ?? 30, rand).map((c) => ({
    id: c.id,
    level: c.level,
    number: c.number,
    label: c.label,
    size: c.size,
    paperCount: c.paperCount,
    parent: c.parent,
    from: [c.id],
  }));
  const fine = clusters.filter((c) => c.level === 1);
  const papers = Array.from({ length: 120 }, (_, i) => {
    const k = fine[i % fine.length]!;
    return {
      id: i % 2 === 0 ? `2501.${String(10000 + i)}` : `t:${String(i).padStart(16, "0")}`,
      title: i % 10 === 0 ? `Added paper on ${UNBROKEN} number ${i}` : `Added paper ${i} about ${WORDS[i % 12]}`,
      published: i % 3 === 0 ? null : `2025-01-${String(1 + (i % 28)).padStart(2, "0")}`,
      addedIn: "rlarge-u1",
      clusters: [k.parent!, k.id],
    };
  });
  const added = new Map<string, number>();
  for (const p of papers) for (const c of p.clusters) added.set(c, (added.get(c) ?? 0) + 1);
  const base = { current: false, addedPapers: 0, addedConcepts: 0, movedNodes: 0, lineage: null, sizesBefore: null };
  const redirects = [
    { from: `rlarge:1:gone-${UNBROKEN}`, to: fine[0]!.id },
    { from: "rlarge:1:split", to: fine[1]!.id },
  ];
  return {
    query: "last",
    base: { ...base, id: "rlarge", createdAt: "2025-01-02T04:00:00.000Z", basedOn: null },
    updates: [
      {
        ...base,
        id: "rlarge-u1",
        createdAt: "2025-01-09T04:00:00.000Z",
        basedOn: "rlarge",
        current: true,
        addedPapers: papers.length,
        addedConcepts: 300,
        lineage: [
          { level: 0, merges: [], splits: [], created: [], redirects: [] },
          {
            level: 1,
            merges: [{ into: fine[0]!.id, from: [fine[0]!.id, `rlarge:1:gone-${UNBROKEN}`] }],
            splits: [{ from: "rlarge:1:split", into: [fine[1]!.id, fine[2]!.id] }],
            created: [fine[3]!.id, fine[4]!.id],
            redirects,
          },
        ],
        sizesBefore: new Map(clusters.map((c) => [c.id, [c.size - 5, c.paperCount - 2] as [number, number]])),
      },
    ],
    clusters,
    papers,
    addedByCluster: [...added].map(([id, count]) => ({ id, nodes: count * 3, papers: count })),
    addedConcepts: 300,
    concepts: Array.from({ length: 20 }, (_, i) => ({
      id: `method:rising-${i}`,
      name: i === 0 ? UNBROKEN : `${WORDS[i % 12]} rising concept ${i}`,
      type: CONCEPT_TYPES[i % CONCEPT_TYPES.length]!,
      added: 40 - i,
      before: i === 0 ? 0 : 123_456 + i,
      isNew: i === 0,
    })),
  };
}
