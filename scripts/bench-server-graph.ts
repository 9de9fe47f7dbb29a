/**
 * Synthetic arXiv-scale graph for `npm run bench:server -- --synthetic`
 * =====================================================================
 * Papers with titles and abstracts built from a word list, concepts of all six types with
 * Zipf-like popularity inside topical clusters, MENTIONS (about seven per paper), CITES (mostly
 * within a cluster), Cluster nodes with IN_CLUSTER, and positions around cluster centres: the
 * shape of the arXiv corpus after ingest + cluster + layout, for when that corpus is not loaded.
 * Seeded (mulberry32), so two runs build the same graph.
 */
import type { Db } from "../db/client.ts";
import { AWAIT_TEXT_INDEXES } from "../schema/cypher/constraints.ts";
import { CONCEPT_LABELS, CONCEPT_TYPES, type ConceptType } from "../schema/model.ts";

export interface SyntheticOptions {
  papers: number;
  clusters: number;
  seed: number;
  say: (message: string) => void;
}

const WORDS = (
  "learning network neural graph distributed parallel memory cache scheduling energy efficient robust adaptive sparse " +
  "attention transformer convolution recurrent reinforcement federated edge cloud wireless sensor routing protocol latency " +
  "throughput accelerator hardware fpga gpu cluster storage retrieval ranking recommendation query index search embedding " +
  "optimization gradient stochastic convex bayesian inference probabilistic model estimation control robot navigation " +
  "planning localization mapping vision detection segmentation tracking language semantic knowledge evolutionary genetic " +
  "spiking neuromorphic quantization pruning compression benchmark dataset evaluation scalable fault tolerant consensus " +
  "blockchain peer overlay multicast congestion queueing traffic mobile vehicular satellite spectrum antenna channel"
).split(" ");
const TYPE_SHARE: [ConceptType, number][] = [["method", 0.4], ["task", 0.2], ["technique", 0.15], ["dataset", 0.1], ["metric", 0.08], ["hardware", 0.07]]; // prettier-ignore

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(rng: () => number): number {
  return Math.sqrt(-2 * Math.log(rng() + 1e-12)) * Math.cos(2 * Math.PI * rng());
}

/** Index in [0, n) with probability falling as 1/(i+1): a few popular items, a long tail. */
function zipf(rng: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(rng() * Math.log(n + 1)) - 1));
}

const words = (rng: () => number, n: number) =>
  Array.from({ length: n }, () => WORDS[Math.floor(rng() * WORDS.length)]!).join(" ");

interface Built {
  clusters: {
    id: string;
    label: string;
    level: number;
    number: number;
    size: number;
    paperCount: number;
    conceptCount: number;
    topConcepts: string[];
    x: number;
    y: number;
  }[];
  concepts: {
    id: string;
    name: string;
    type: ConceptType;
    cluster: string;
    x: number;
    y: number;
    aliasText: string;
    aliases: string[];
  }[];
  papers: {
    id: string;
    title: string;
    abstract: string;
    year: number;
    published: string;
    cluster: string;
    x: number;
    y: number;
    mentions: string[];
    cites: string[];
  }[];
}

function build(o: SyntheticOptions): Built {
  const rng = mulberry32(o.seed);
  const clusters = Array.from({ length: o.clusters }, (_, k) => {
    const angle = k * 2.39996;
    const r = 60 * Math.sqrt(k + 1);
    return {
      id: `syn:0:${k}`,
      label: `${WORDS[(k * 7) % WORDS.length]} · ${WORDS[(k * 13 + 5) % WORDS.length]}`,
      level: 0,
      number: k,
      size: 0,
      paperCount: 0,
      conceptCount: 0,
      topConcepts: [] as string[],
      x: r * Math.cos(angle),
      y: r * Math.sin(angle),
    };
  });
  const conceptCount = Math.round(o.papers * 0.45);
  const pool: string[][] = clusters.map(() => []);
  const concepts: Built["concepts"] = [];
  for (let i = 0; i < conceptCount; i++) {
    let u = rng();
    const type = TYPE_SHARE.find(([, share]) => (u -= share) < 0)?.[0] ?? "method";
    const k = zipf(rng, clusters.length);
    const name = `${words(rng, 1 + Math.floor(rng() * 2))} ${i.toString(36)}`;
    const c = clusters[k]!;
    concepts.push({
      id: `${type}:${name}`,
      name,
      type,
      cluster: c.id,
      x: c.x + gaussian(rng) * 25,
      y: c.y + gaussian(rng) * 25,
      aliases: [name.toUpperCase()],
      aliasText: ` ${name.toUpperCase()}`,
    });
    pool[k]!.push(`${type}:${name}`);
  }
  const papers: Built["papers"] = [];
  for (let i = 0; i < o.papers; i++) {
    const k = zipf(rng, clusters.length);
    const c = clusters[k]!;
    const local = pool[k]!.length > 0 ? pool[k]! : concepts.map((x) => x.id);
    const mentions = new Set<string>();
    const wanted = 3 + Math.floor(rng() * 9);
    for (let j = 0; j < wanted; j++)
      mentions.add(rng() < 0.8 ? local[zipf(rng, local.length)]! : concepts[zipf(rng, concepts.length)]!.id);
    const cites = new Set<string>();
    for (let j = Math.floor(rng() * 5); j > 0 && i > 10; j--)
      cites.add(`syn.${String(Math.floor(rng() * i)).padStart(6, "0")}`);
    const year = 1995 + Math.floor(rng() * 25);
    papers.push({
      id: `syn.${String(i).padStart(6, "0")}`,
      title: `${words(rng, 7 + Math.floor(rng() * 5))}`.replace(/^./, (m) => m.toUpperCase()),
      abstract: `${words(rng, 110)} ${[...mentions].map((m) => m.split(":")[1]).join(" ")}.`,
      year,
      published: `${year}-06-01`,
      cluster: c.id,
      x: c.x + gaussian(rng) * 30,
      y: c.y + gaussian(rng) * 30,
      mentions: [...mentions],
      cites: [...cites],
    });
  }
  return { clusters, concepts, papers };
}

async function inBatches<T>(
  db: Db,
  rows: T[],
  size: number,
  cypher: string,
  say: (m: string) => void,
  what: string,
): Promise<void> {
  const session = db.driver.session();
  try {
    for (let i = 0; i < rows.length; i += size) {
      await session.executeWrite((tx) => tx.run(cypher, { rows: rows.slice(i, i + size) }));
      if ((i / size) % 10 === 0) say(`synthetic: ${what} ${Math.min(i + size, rows.length)}/${rows.length}`);
    }
  } finally {
    await session.close();
  }
}

/** Writes the synthetic graph into an empty database. */
export async function writeSyntheticGraph(
  db: Db,
  o: SyntheticOptions,
): Promise<{ papers: number; concepts: number; mentions: number; cites: number }> {
  const g = build(o);
  await inBatches(db, g.clusters, 1000, "UNWIND $rows AS c CREATE (k:Cluster) SET k = c", o.say, "clusters");
  for (const type of CONCEPT_TYPES) {
    const rows = g.concepts.filter((c) => c.type === type);
    await inBatches(
      db,
      rows,
      5000,
      `UNWIND $rows AS c CREATE (n:Concept:${CONCEPT_LABELS[type]}) SET n = c WITH n MATCH (k:Cluster {id: n.cluster}) CREATE (n)-[:IN_CLUSTER {level: 0}]->(k)`,
      o.say,
      `${type} concepts`,
    );
  }
  const paperRows = g.papers.map(({ mentions: _m, cites: _c, ...props }) => ({
    ...props,
    links: [],
    sources: ["synthetic"],
    authorCount: 3,
    arxivId: props.id,
  }));
  await inBatches(
    db,
    paperRows,
    2000,
    "UNWIND $rows AS p CREATE (n:Paper) SET n = p WITH n MATCH (k:Cluster {id: n.cluster}) CREATE (n)-[:IN_CLUSTER {level: 0}]->(k)",
    o.say,
    "papers",
  );
  const mentions = g.papers.flatMap((p) => p.mentions.map((c, i) => ({ p: p.id, c, w: 1 / (i + 1) })));
  await inBatches(
    db,
    mentions,
    20_000,
    "UNWIND $rows AS r MATCH (p:Paper {id: r.p}) MATCH (c:Concept {id: r.c}) CREATE (p)-[:MENTIONS {count: 1, inTitle: false, weight: r.w}]->(c)",
    o.say,
    "mentions",
  );
  const cites = g.papers.flatMap((p) => p.cites.map((q) => ({ p: p.id, q })));
  await inBatches(
    db,
    cites,
    20_000,
    "UNWIND $rows AS r MATCH (a:Paper {id: r.p}) MATCH (b:Paper {id: r.q}) CREATE (a)-[:CITES {source: 'synthetic'}]->(b)",
    o.say,
    "citations",
  );
  const session = db.driver.session();
  try {
    await session.run(
      "MATCH (c:Concept) CALL (c) { SET c.paperCount = COUNT { (c)<-[:MENTIONS]-() } } IN TRANSACTIONS OF 5000 ROWS",
    );
    await session.run(
      "MATCH (k:Cluster) SET k.paperCount = COUNT { (k)<-[:IN_CLUSTER]-(:Paper) }, k.conceptCount = COUNT { (k)<-[:IN_CLUSTER]-(:Concept) }, k.size = COUNT { (k)<-[:IN_CLUSTER]-() }",
    );
    await session.run("CALL db.awaitIndexes(600)");
    await session.run(AWAIT_TEXT_INDEXES.text);
  } finally {
    await session.close();
  }
  return { papers: g.papers.length, concepts: g.concepts.length, mentions: mentions.length, cites: cites.length };
}
