/**
 * `npm run bench:cluster`: the cluster and layout stages on the arXiv corpus
 * ==========================================================================
 * What it measures, each timed on its own (wall clock, this process, one core):
 *   1. build: ../shared/corpus/arxiv/*.tsv.xz read (readArxivTsv, deduplicated by arXiv id) and
 *      extracted (extractCorpus); reported but not part of the budgets. `--cache FILE` keeps the
 *      extraction in FILE and reuses it on later runs (delete it when the extractor changes).
 *   2. projection: rows → graphology graph with TF-IDF weights (`buildProjection`) — the in-memory
 *      half of `paperatlas cluster`'s projection; with `--neo4j` also `readProjection` (paged reads
 *      from the Neo4j the configuration names + the same build) on whatever graph is loaded there.
 *   3. search: `clusterProjection` with the `cluster` defaults (Leiden ×1, hierarchy, attaching the
 *      nodes left out), then on the same search graph Leiden ×1, Leiden best of 3 seeds, Louvain ×1
 *      and graphology-communities-louvain; modularity of each.
 *   4. labels, and 5. layout (ForceAtlas2 + placement + anti-overlap, default settings).
 *   6. igraph: the search graph's weighted edge list goes to a temp file and
 *      scripts/bench-cluster-igraph.py (Debian's /usr/bin/python3 with python3-igraph) prints
 *      igraph multilevel's, igraph Leiden's and (if installed) leidenalg's modularity; the ratios
 *      ours / theirs are printed.
 *   7. planted partitions: 50 groups × 200 nodes, mean degree 10, μ = 0.3 and 0.4: NMI and Q.
 *   8. the map figures, first on the sample (samples/hf-papers, read, deduplicated and extracted
 *      here, without citations) then on arXiv: clusters per level and their minimum sizes, the
 *      concepts that never name a cluster, the top-level names by G² alone (the labels before the
 *      naming score) and by the naming score, with per level the labels made of a generic or
 *      corpus-wide concept, papers linked only weakly (authors, title words, source file and year), the
 *      share of nodes in the "unlinked" group, clustering and layout time, and the share of each
 *      node's 10 nearest map neighbours in its own top-level cluster (`neighbourShare`).
 *   npm run bench:cluster -- [--cache FILE] [--neo4j] [--skip-layout] [--iterations N] [--sample-only]
 *                         [--map-only (no search comparisons, no planted partitions)] [--path-seed] [--cross W] [--pull P]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { UndirectedGraph } from "graphology";
import * as louvainModule from "graphology-communities-louvain";
import { bestOfRuns, clusterProjection, DEFAULT_CLUSTER_OPTIONS, type Clustering } from "../atlas/cluster/cluster.ts";
import { barredConcepts, DEFAULT_LABEL_OPTIONS, labelClusters, type LabelOptions } from "../atlas/cluster/labels.ts";
import { searchCommunities } from "../atlas/cluster/leiden.ts";
import { nmi, plantedPartition } from "../atlas/cluster/planted.ts";
import { neighbourShare } from "../atlas/layout/contiguity.ts";
import { DEFAULT_LAYOUT_OPTIONS, layoutProjection, type Layout } from "../atlas/layout/layout.ts";
import { modularity } from "../atlas/projection/csr.ts";
import {
  buildProjection,
  searchGraph,
  type ConceptRecord,
  type PaperRecord,
  type Projection,
  type SearchGraph,
} from "../atlas/projection/projection.ts";
import { readProjection } from "../atlas/projection/read.ts";
import { seededRng } from "../atlas/projection/rng.ts";
import { loadConfig, PROJECT_ROOT } from "../config/config.ts";
import { connectDb } from "../db/client.ts";
import { dedupRecords, titleKey } from "../ingest/dedup/index.ts";
import { conceptId, extractCorpus } from "../ingest/extract/index.ts";
import { readArxivTsv } from "../ingest/formats/arxiv-tsv/index.ts";
import { mentionWeight } from "../ingest/load/rows.ts";
import { readInputs } from "../ingest/read/index.ts";

// graphology-communities-louvain is CommonJS: under Node's ESM loader its module.exports is the default.
const louvain = louvainModule.default as unknown as typeof louvainModule.default.default;

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const CORPUS = path.resolve(PROJECT_ROOT, "../shared/corpus/arxiv");
const SAMPLE = path.resolve(PROJECT_ROOT, "samples/hf-papers");
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Runs a step and prints its wall-clock and CPU time (CPU time shows the cost when other jobs share the cores). */
async function timed<T>(label: string, work: () => T | Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  say(`  ${label.padEnd(48)} ${(ms / 1000).toFixed(2).padStart(7)} s  (cpu ${(cpuMs / 1000).toFixed(2)} s)`);
  return [value, ms];
}

/** A paper's extraction (c) and what weakly links it: title (t), author keys (a), source file (s), year (y). */
type Row = {
  id: string;
  c: [string, string, string, number, boolean][];
  t?: string;
  a?: string[];
  s?: string | undefined;
  y?: number | null;
};

function recordsOf(rows: Row[]): { papers: PaperRecord[]; concepts: ConceptRecord[] } {
  const concepts = new Map<string, ConceptRecord>();
  const papers = rows.map((r) => {
    for (const [id, type, name] of r.c) if (!concepts.has(id)) concepts.set(id, { id, name, type });
    return {
      id: r.id,
      conceptIds: r.c.map((c) => c[0]),
      weights: r.c.map((c) => mentionWeight(c[3], c[4])),
      cites: [],
      title: r.t ?? "",
      authors: r.a ?? [],
      sources: r.s === undefined ? [] : [r.s],
      year: r.y ?? null,
    };
  });
  return { papers, concepts: [...concepts.values()] };
}

/** The sample corpus, read, deduplicated and extracted as `paperatlas build` would (citations aside). */
async function sampleRows(): Promise<{ papers: PaperRecord[]; concepts: ConceptRecord[] }> {
  const read = await readInputs([SAMPLE]);
  const records = dedupRecords(read.files.flatMap((f) => f.entries));
  const extracted = extractCorpus(records.map((r) => r.paper));
  return recordsOf(
    records.map((r, i) => ({
      id: r.paper.id,
      c: extracted[i]!.entities.map((e) => [conceptId(e.type, e.name), e.type, e.name, e.count, e.inTitle]),
      t: r.paper.title,
      a: r.authors.map(titleKey),
      s: r.paper.sources[0],
      y: r.paper.year,
    })),
  );
}

/** Reads and extracts the corpus (or loads the cached extraction). */
async function corpusRows(cache: string | undefined): Promise<{ papers: PaperRecord[]; concepts: ConceptRecord[] }> {
  let rows: Row[];
  if (cache && existsSync(cache)) {
    [rows] = await timed(
      `extraction loaded from ${path.basename(cache)}`,
      () => JSON.parse(readFileSync(cache, "utf8")) as Row[],
    );
  } else {
    const [texts] = await timed("read arXiv TSVs", async () => {
      const byId = new Map<
        string,
        { id: string; title: string; abstract: string; a: string[]; s: string; y: number | null }
      >();
      for (const file of readdirSync(CORPUS)
        .filter((f) => f.endsWith(".tsv.xz"))
        .sort()) {
        for await (const e of readArxivTsv(path.join(CORPUS, file))) {
          const id = e.arxivId ?? `t:${e.title}`;
          if (!byId.has(id))
            byId.set(id, {
              id,
              title: e.title,
              abstract: e.abstract,
              a: (e.authors ?? []).map(titleKey),
              s: file,
              y: e.published === null ? null : Number(e.published.slice(0, 4)) || null,
            });
        }
      }
      return [...byId.values()];
    });
    [rows] = await timed(
      `extract ${texts.length} papers`,
      () =>
        extractCorpus(texts).map((p, i) => ({
          id: p.id,
          c: p.entities.map((e) => [conceptId(e.type, e.name), e.type, e.name, e.count, e.inTitle]),
          t: texts[i]!.title,
          a: texts[i]!.a,
          s: texts[i]!.s,
          y: texts[i]!.y,
        })) as Row[],
    );
    if (cache) writeFileSync(cache, JSON.stringify(rows));
  }
  return recordsOf(rows);
}

function graphologyLouvain(sg: SearchGraph, seed: number): { modularity: number; clusters: number } {
  const g = new UndirectedGraph();
  for (let i = 0; i < sg.graph.n; i++) g.addNode(i);
  for (let e = 0; e < sg.edges.source.length; e++)
    g.addEdge(sg.edges.source[e]!, sg.edges.target[e]!, { weight: sg.edges.weight[e]! });
  const result = louvain.detailed(g, { rng: seededRng(seed), getEdgeWeight: "weight" });
  const membership = Array.from({ length: sg.graph.n }, (_, i) => result.communities[String(i)]!);
  return { modularity: modularity(sg.graph, membership), clusters: result.count };
}

interface PyResult {
  igraph: string;
  multilevel: { modularity: number; clusters: number; seconds: number };
  leiden: { modularity: number; clusters: number; seconds: number };
  leidenalg: { version: string; modularity: number; clusters: number; seconds: number } | null;
}

function igraphComparison(sg: SearchGraph): PyResult | string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "paperatlas-bench-"));
  const file = path.join(dir, "edges.tsv");
  const lines = [String(sg.graph.n)];
  for (let e = 0; e < sg.edges.source.length; e++)
    lines.push(`${sg.edges.source[e]}\t${sg.edges.target[e]}\t${sg.edges.weight[e]!.toPrecision(17)}`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  say(`  weighted edge list: ${file}`);
  const python = spawnSync("/usr/bin/python3", [path.join(PROJECT_ROOT, "scripts/bench-cluster-igraph.py"), file], {
    encoding: "utf8",
  });
  if (python.error || python.status !== 0)
    return `not run: ${python.error?.message ?? python.stderr.trim().split("\n").pop()}`;
  return JSON.parse(python.stdout) as PyResult;
}

async function neo4jProjection(): Promise<void> {
  const db = await connectDb(loadConfig(process.env));
  try {
    const [projection] = await timed("readProjection from Neo4j (paged) + build", () => readProjection(db));
    const sg = searchGraph(projection);
    say(
      `    Neo4j graph: ${projection.papers} papers, ${projection.concepts} concepts, ${projection.mentions} mentions, ${projection.cites} citations; search graph ${sg.graph.n} nodes, ${sg.edges.source.length} edges`,
    );
  } finally {
    await db.close();
  }
}

function planted(): void {
  say("\nplanted partitions (50 groups × 200 nodes, mean degree 10), seed 7:");
  for (const mixing of [0.3, 0.4]) {
    const { graph, truth } = plantedPartition({ groups: 50, size: 200, degree: 10, mixing, rng: seededRng(1) });
    const plantedQ = modularity(graph, truth);
    const row = (name: string, refine: boolean, maxIterations: number) => {
      const start = performance.now();
      const r = searchCommunities(graph, { resolution: 1, rng: seededRng(7), refine, maxIterations });
      const ms = performance.now() - start;
      say(
        `  μ=${mixing} ${name.padEnd(26)} Q ${r.quality.toFixed(4)} (planted ${plantedQ.toFixed(4)})  NMI ${nmi(truth, r.membership).toFixed(3)}  ${r.count} clusters  ${ms.toFixed(0)} ms`,
      );
    };
    row("Louvain", false, 1);
    row("Leiden (refinement)", true, 10);
  }
}

async function searchComparisons(sg: SearchGraph, ours: number): Promise<void> {
  say("\nother searches on the same graph:");
  const [leiden1] = await timed("Leiden ×1", () =>
    searchCommunities(sg.graph, { resolution: 1, rng: seededRng(42), refine: true, maxIterations: 10 }),
  );
  const [best3] = await timed(
    "Leiden, best of 3 seeds",
    () => bestOfRuns(sg, { ...DEFAULT_CLUSTER_OPTIONS, runs: 3 }).best,
  );
  const [louvain1] = await timed("Louvain ×1 (ours, no refinement)", () =>
    searchCommunities(sg.graph, { resolution: 1, rng: seededRng(42), refine: false, maxIterations: 1 }),
  );
  const [gl] = await timed("graphology-communities-louvain", () => graphologyLouvain(sg, 42));
  say(
    `    Q: Leiden×1 ${leiden1.quality.toFixed(4)}, Leiden best of 3 ${best3.quality.toFixed(4)}, Louvain×1 ${louvain1.quality.toFixed(4)}, graphology ${gl.modularity.toFixed(4)}`,
  );
  say("\nigraph on the same weighted edge list:");
  const py = igraphComparison(sg);
  if (typeof py === "string") {
    say(`  ${py}`);
    return;
  }
  const line = (name: string, q: number, extra: string) =>
    say(`  ${name.padEnd(28)} Q ${q.toFixed(4)}  ours/theirs ${(ours / q).toFixed(4)}  ${extra}`);
  line(
    `igraph ${py.igraph} multilevel`,
    py.multilevel.modularity,
    `${py.multilevel.clusters} clusters, ${py.multilevel.seconds.toFixed(2)} s`,
  );
  line(
    "igraph Leiden (modularity)",
    py.leiden.modularity,
    `${py.leiden.clusters} clusters, ${py.leiden.seconds.toFixed(2)} s`,
  );
  if (py.leidenalg)
    line(
      `leidenalg ${py.leidenalg.version}`,
      py.leidenalg.modularity,
      `${py.leidenalg.clusters} clusters, ${py.leidenalg.seconds.toFixed(2)} s`,
    );
  else say("  leidenalg: not installed (apt-get install python3-leidenalg)");
}

async function layoutBench(projection: Projection, clustering: Clustering): Promise<Layout> {
  say("\nlayout (budget ≤ 60 s):");
  const top = clustering.levels[0]!;
  const position = new Map(clustering.keys.map((k, i) => [k, i]));
  const clusterOf = (key: string) => {
    const c = top.membership[position.get(key)!]!;
    return c < 0 ? null : String(c);
  };
  const iterations = Number(option("--iterations") ?? DEFAULT_LAYOUT_OPTIONS.iterations);
  const [layout] = await timed(`layout (${iterations} FA2 iterations + placement + anti-overlap)`, () =>
    layoutProjection(
      projection,
      {
        ...DEFAULT_LAYOUT_OPTIONS,
        iterations,
        crossClusterWeight: Number(option("--cross") ?? DEFAULT_LAYOUT_OPTIONS.crossClusterWeight),
        clusterPull: Number(option("--pull") ?? DEFAULT_LAYOUT_OPTIONS.clusterPull),
      },
      clusterOf,
      () => performance.now(),
      argv.includes("--path-seed") ? clusterPathOf(clustering) : undefined,
    ),
  );
  const t = layout.timings;
  say(
    `    ForceAtlas2 ${layout.forceNodes} nodes / ${layout.forceEdges} edges${layout.barnesHut ? " (Barnes–Hut)" : ""}: ${(t.forceMs / 1000).toFixed(2)} s; placement ${(t.placeMs / 1000).toFixed(2)} s; anti-overlap ${(t.overlapMs / 1000).toFixed(2)} s (${layout.overlap.iterations} iterations, ${layout.overlap.overlaps} overlaps left); ${layout.keys.length} nodes placed, ${layout.unlinked} in the unlinked group`,
  );
  return layout;
}

/** The map figures of one corpus: levels, top-level names, weak links, unlinked share, neighbour share. */
function mapFigures(name: string, projection: Projection, clustering: Clustering, layout: Layout): void {
  say(`\nmap figures, ${name}:`);
  say(
    `  papers linked by no concept or citation: ${projection.orphans}; weak links added for them: ${projection.weak}`,
  );
  for (const level of clustering.levels) {
    const extra = [level.other >= 0 ? "an other cluster" : "", level.unlinked >= 0 ? "an unlinked group" : ""]
      .filter(Boolean)
      .join(", ");
    say(
      `  level ${level.level}: ${level.count} clusters${extra ? ` (incl. ${extra})` : ""}, minimum size ${level.minSize}, smallest regular ${Math.min(...Array.from(level.sizes).filter((_, c) => c !== level.other && c !== level.unlinked))}`,
    );
  }
  labelFigures(projection, clustering);
  const top = clustering.levels[0]!;
  const unlinked = top.unlinked >= 0 ? top.sizes[top.unlinked]! : 0;
  say(
    `  unlinked: ${unlinked} of ${clustering.keys.length} placed nodes (${((100 * unlinked) / clustering.keys.length).toFixed(2)} %)`,
  );
  const share = neighbourShare(layout.x, layout.y, top.membership, 10, (c) => c === top.unlinked);
  say(`  share of the 10 nearest map neighbours in the node's own top-level cluster: ${share.toFixed(3)}`);
}

/** G² alone, as labels were chosen before the naming score: nothing barred, every type weighs 1. */
const G2_ONLY: LabelOptions = {
  ...DEFAULT_LABEL_OPTIONS,
  corpusWideShare: Infinity,
  generic: new Set(),
  typeWeights: { task: 1, method: 1, technique: 1, dataset: 1, hardware: 1, metric: 1 },
};

/**
 * Cluster names chosen by G² alone and by the naming score: the top-level regions, and per level the
 * labels made of a concept the naming score bars (generic, or corpus-wide: in > 5 % of papers and no
 * region holding half of them) and of a concept in > 5 % of papers at all (frequency alone).
 */
function labelFigures(projection: Projection, clustering: Clustering): void {
  const n = projection.papers;
  const share = DEFAULT_LABEL_OPTIONS.corpusWideShare;
  const barred = barredConcepts(projection, clustering.keys, clustering.levels);
  const bars = [...barred.values()];
  const wide = [...barred]
    .filter(([, b]) => b === "corpus-wide")
    .map(([id]) => projection.graph.getNodeAttribute(id, "name"));
  say(
    `  concepts that never name a cluster: ${bars.filter((b) => b === "generic").length} generic, ${wide.length} corpus-wide (${wide.join(", ") || "none"})`,
  );
  for (const [name, options] of [
    ["G² alone (before)", G2_ONLY],
    ["naming score (now)", DEFAULT_LABEL_OPTIONS],
  ] as const) {
    const labels = labelClusters(projection, clustering.keys, clustering.levels, options);
    const top = clustering.levels[0]!;
    say(
      `  top-level regions, ${name}: ${labels[0]!
        .map((l, c) => (c === top.other ? "Other" : c === top.unlinked ? "Unlinked" : l.label) + ` (${top.sizes[c]})`)
        .join("; ")}`,
    );
    const counts = clustering.levels.map((level) => {
      const list = labels[level.level]!.filter((_l, c) => c !== level.other && c !== level.unlinked);
      const withBarred = list.filter((l) => l.named.some((t) => barred.has(t.id)));
      const frequent = list.filter((l) => l.named.some((t) => t.corpusPapers > share * n));
      return `level ${level.level} ${withBarred.length} / ${frequent.length} of ${list.length}`;
    });
    say(
      `    labels with a generic or corpus-wide concept / with one in > ${share * 100} % of papers: ${counts.join("; ")}`,
    );
  }
}

/** Top-level-first cluster path of a node, for seeding the layout by the hierarchy. */
function clusterPathOf(clustering: Clustering): (key: string) => readonly number[] | null {
  const position = new Map(clustering.keys.map((k, i) => [k, i]));
  return (key) => {
    const i = position.get(key)!;
    if (clustering.levels.length === 0 || clustering.levels[0]!.membership[i]! < 0) return null;
    return clustering.levels.map((l) => l.membership[i]!);
  };
}

async function sampleBench(): Promise<void> {
  say(`\nsample (${path.relative(PROJECT_ROOT, SAMPLE)}):`);
  const { papers, concepts } = await sampleRows();
  const [projection] = await timed("projection", () => buildProjection(papers, concepts));
  const [clustering] = await timed("cluster (defaults)", () => clusterProjection(projection));
  const layout = await layoutBench(projection, clustering);
  mapFigures("sample", projection, clustering, layout);
}

async function main(): Promise<void> {
  say(
    `bench:cluster — ${new Date().toISOString()} — ${os.cpus()[0]?.model ?? "cpu"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  await sampleBench();
  if (argv.includes("--sample-only")) return;
  say("\nbuild (not in the budgets):");
  const { papers, concepts } = await corpusRows(option("--cache"));
  say("\nprojection + search (budget ≤ 10 s):");
  const [projection, projectionMs] = await timed("projection: rows → graphology (TF-IDF)", () =>
    buildProjection(papers, concepts),
  );
  const [sg] = await timed("search graph (CSR)", () => searchGraph(projection));
  say(
    `    ${projection.papers} papers, ${projection.concepts} concepts (${projection.excludedConcepts} in < 2 papers left out), ${projection.mentions} mentions; search graph ${sg.graph.n} nodes, ${sg.edges.source.length} edges`,
  );
  const [clustering, clusterMs] = await timed(
    `cluster (defaults: Leiden ×${DEFAULT_CLUSTER_OPTIONS.runs}, hierarchy, attach)`,
    () => clusterProjection(projection),
  );
  say(
    `    modularity ${clustering.modularity.toFixed(4)}; clusters by level ${clustering.levels.map((l) => l.count).join(" / ")}`,
  );
  say(
    `    projection + cluster: ${((projectionMs + clusterMs) / 1000).toFixed(2)} s (clusterProjection builds its own search graph)`,
  );
  if (argv.includes("--neo4j")) await neo4jProjection();
  await timed("labels (naming score, every level)", () =>
    labelClusters(projection, clustering.keys, clustering.levels),
  );
  if (!argv.includes("--map-only")) await searchComparisons(sg, clustering.modularity);
  if (!argv.includes("--skip-layout"))
    mapFigures("arXiv", projection, clustering, await layoutBench(projection, clustering));
  if (!argv.includes("--map-only")) planted();
}

await main();
