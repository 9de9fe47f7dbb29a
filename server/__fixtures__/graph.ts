/**
 * A small, deterministic map graph for the server's integration and browser tests: three clusters,
 * fourteen papers, ten concepts of five types, MENTIONS, PROPOSES and CITES, positions on most
 * nodes (two without, to exercise the client's fallback layout), a stub paper, and a paper whose
 * title and abstract carry HTML that must show as text.
 */
import type { Db } from "../../db/client.ts";
import { AWAIT_TEXT_INDEXES } from "../../schema/cypher/constraints.ts";

export const SCRIPT_TITLE = "<script>alert(1)</script> Prompt injection in the wild";

interface FixturePaper {
  id: string;
  title: string;
  year: number | null;
  cluster: string;
  x?: number;
  y?: number;
  mentions: string[];
  cites?: string[];
  proposes?: string;
  abstract?: string;
  stub?: boolean;
}

/** Level 0 is the top (the `cluster` property); level 1 is finer and PART_OF level 0 (schema/model.ts). */
const CLUSTERS = [
  { id: "fx:0:0", label: "Language models", level: 0, size: 9, topConcepts: ["Transformer", "WikiText-103"] },
  { id: "fx:0:1", label: "Computer vision", level: 0, size: 7, topConcepts: ["ResNet-50", "ImageNet"] },
  { id: "fx:0:2", label: "ML systems", level: 0, size: 8, topConcepts: ["FPGA", "quantization"] },
  { id: "fx:1:0", label: "Long-context evaluation", level: 1, size: 2, topConcepts: ["perplexity"] },
];
/** Members of the finer cluster fx:1:0. */
const FINE_MEMBERS = ["2301.00002", "2201.00003"];

const CONCEPTS = [
  { id: "method:transformer", name: "Transformer", type: "method", label: "Method", aliases: ["transformers"], cluster: "fx:0:0", x: 0, y: 10 },
  { id: "dataset:wikitext-103", name: "WikiText-103", type: "dataset", label: "Dataset", aliases: ["WikiText103"], cluster: "fx:0:0", x: 4, y: 14 },
  { id: "hardware:a100", name: "A100", type: "hardware", label: "Hardware", aliases: ["A100s", "NVIDIA A100"], cluster: "fx:0:0", x: -4, y: 13 },
  { id: "metric:perplexity", name: "perplexity", type: "metric", label: "Metric", aliases: [], cluster: "fx:0:0", x: 2, y: 6 },
  { id: "method:resnet-50", name: "ResNet-50", type: "method", label: "Method", aliases: ["ResNet50"], cluster: "fx:0:1", x: 20, y: -8 },
  { id: "dataset:imagenet", name: "ImageNet", type: "dataset", label: "Dataset", aliases: ["ILSVRC"], cluster: "fx:0:1", x: 24, y: -12 },
  { id: "task:image-classification", name: "image classification", type: "task", label: "Task", aliases: [], cluster: "fx:0:1", x: 17, y: -13 },
  { id: "hardware:fpga", name: "FPGA", type: "hardware", label: "Hardware", aliases: ["FPGAs"], cluster: "fx:0:2", x: -20, y: -10 },
  { id: "technique:quantization", name: "quantization", type: "technique", label: "Technique", aliases: ["quantisation"], cluster: "fx:0:2" },
  { id: "method:distserve", name: "DistServe", type: "method", label: "Method", aliases: [], cluster: "fx:0:2", x: -16, y: -16 },
];

const PAPERS: FixturePaper[] = [
  { id: "2401.00001", title: "Scaling Transformer language models on A100 clusters", year: 2024, cluster: "fx:0:0", x: -2, y: 12, mentions: ["method:transformer", "hardware:a100", "dataset:wikitext-103"] },
  { id: "2301.00002", title: "Perplexity is not enough: evaluating long-context Transformers", year: 2023, cluster: "fx:0:0", x: 3, y: 9, mentions: ["method:transformer", "metric:perplexity", "dataset:wikitext-103"], cites: ["2401.00001"] },
  { id: "2201.00003", title: "Sparse attention for efficient language modelling", year: 2022, cluster: "fx:0:0", x: 1, y: 15, mentions: ["method:transformer", "metric:perplexity"], cites: ["2301.00002", "2401.00001"] },
  { id: "2101.00004", title: "Tokenizers matter: a study on WikiText-103", year: 2021, cluster: "fx:0:0", x: 6, y: 11, mentions: ["dataset:wikitext-103", "metric:perplexity"] },
  {
    id: "2402.00005",
    title: SCRIPT_TITLE,
    abstract: "We show that <img src=x onerror=alert(2)> and <b>bold</b> tags in abstracts are data, not markup. See https://example.org/injection for the dataset.",
    year: 2024, cluster: "fx:0:0", x: -5, y: 8, mentions: ["method:transformer"], cites: ["2401.00001"],
  },
  { id: "1901.00006", title: "Deep residual learning revisited with ResNet-50", year: 2019, cluster: "fx:0:1", x: 21, y: -10, mentions: ["method:resnet-50", "dataset:imagenet", "task:image-classification"] },
  { id: "2001.00007", title: "ImageNet pretraining for image classification at scale", year: 2020, cluster: "fx:0:1", x: 25, y: -9, mentions: ["dataset:imagenet", "task:image-classification"], cites: ["1901.00006"] },
  { id: "2102.00008", title: "Vision Transformers versus ResNet-50 on ImageNet", year: 2021, cluster: "fx:0:1", x: 14, y: -4, mentions: ["method:resnet-50", "method:transformer", "dataset:imagenet"], cites: ["1901.00006", "2001.00007"] },
  { id: "2202.00009", title: "Robust image classification under distribution shift", year: 2022, cluster: "fx:0:1", x: 19, y: -15, mentions: ["task:image-classification", "dataset:imagenet"] },
  { id: "2303.00010", title: "DistServe: disaggregated serving of large language models", year: 2023, cluster: "fx:0:2", x: -17, y: -13, mentions: ["method:distserve", "hardware:a100", "method:transformer"], proposes: "method:distserve", cites: ["2401.00001"] },
  { id: "2104.00011", title: "FPGA accelerators for ResNet-50 inference", year: 2021, cluster: "fx:0:2", x: -22, y: -7, mentions: ["hardware:fpga", "method:resnet-50", "technique:quantization"], cites: ["1901.00006"] },
  { id: "2205.00012", title: "Post-training quantization on FPGAs", year: 2022, cluster: "fx:0:2", mentions: ["hardware:fpga", "technique:quantization"], cites: ["2104.00011"] },
  { id: "2306.00013", title: "Serving with DistServe on quantized models", year: 2023, cluster: "fx:0:2", x: -14, y: -19, mentions: ["method:distserve", "technique:quantization"], cites: ["2303.00010", "1999.99999"] },
  { id: "1999.99999", title: "A paper known only from references", year: null, cluster: "fx:0:2", x: -12, y: -22, mentions: [], stub: true },
];

function paperProps(p: FixturePaper): Record<string, unknown> {
  const props: Record<string, unknown> = {
    id: p.id,
    title: p.title,
    abstract: p.abstract ?? `An abstract about ${p.title.toLowerCase()}.`,
    published: p.year === null ? null : `${p.year}-03-01`,
    year: p.year,
    authorCount: 3,
    organization: p.cluster === "fx:0:2" ? "Systems Lab" : null,
    upvotes: p.year === null ? null : (p.year % 7) * 3,
    links: p.abstract ? ["https://example.org/injection"] : [`https://arxiv.org/abs/${p.id}`],
    arxivId: p.id,
    sources: ["fixture.txt"],
    occurrences: ["fixture.txt:1"],
    cluster: p.cluster,
  };
  if (p.x !== undefined) Object.assign(props, { x: p.x, y: p.y });
  if (p.stub) props["stub"] = true;
  return props;
}

/** Writes the fixture graph into an empty database (the caller wipes it first). */
export async function seedFixtureGraph(db: Db): Promise<{ papers: number; concepts: number }> {
  const session = db.driver.session();
  try {
    await session.run(
      `UNWIND $clusters AS c CREATE (n:Cluster) SET n = c, n.modularity = 0.42`,
      { clusters: CLUSTERS },
    );
    await session.run(`MATCH (c:Cluster {id: 'fx:1:0'}), (p:Cluster {id: 'fx:0:0'}) CREATE (c)-[:PART_OF]->(p)`);
    // Labels cannot be parameters: one statement per label, spelled from the fixture's own table.
    for (const label of [...new Set(CONCEPTS.map((c) => c.label))]) {
      await session.run(
        `UNWIND $concepts AS c
         CREATE (n:Concept:${label} {id: c.id}) SET n.name = c.name, n.type = c.type, n.aliases = c.aliases,
           n.aliasText = reduce(s = '', a IN c.aliases | s + ' ' + a), n.cluster = c.cluster, n.x = c.x, n.y = c.y
         WITH n MATCH (k:Cluster {id: n.cluster}) CREATE (n)-[:IN_CLUSTER {level: 0}]->(k)`,
        { concepts: CONCEPTS.filter((c) => c.label === label) },
      );
    }
    await session.run(
      `UNWIND $papers AS row
       CREATE (p:Paper) SET p = row.props
       WITH p, row MATCH (k:Cluster {id: row.props.cluster}) CREATE (p)-[:IN_CLUSTER {level: 0}]->(k)
       WITH p, row UNWIND row.mentions AS m
       MATCH (c:Concept {id: m.id}) CREATE (p)-[:MENTIONS {count: 1, inTitle: m.inTitle, weight: m.weight}]->(c)`,
      {
        papers: PAPERS.map((p) => ({
          props: paperProps(p),
          mentions: p.mentions.map((id, i) => ({ id, inTitle: i === 0, weight: 1 / (i + 1) })),
        })),
      },
    );
    await session.run(
      `UNWIND $rows AS r MATCH (a:Paper {id: r.from}), (b:Paper {id: r.to}) CREATE (a)-[:CITES {source: 'fixture'}]->(b)`,
      { rows: PAPERS.flatMap((p) => (p.cites ?? []).map((to) => ({ from: p.id, to }))) },
    );
    await session.run(
      `UNWIND $rows AS r MATCH (a:Paper {id: r.paper}), (m:Method {id: r.method}) CREATE (a)-[:PROPOSES]->(m)`,
      { rows: PAPERS.filter((p) => p.proposes).map((p) => ({ paper: p.id, method: p.proposes })) },
    );
    await session.run(
      `MATCH (p:Paper) WHERE p.id IN $ids MATCH (k:Cluster {id: 'fx:1:0'}) CREATE (p)-[:IN_CLUSTER {level: 1}]->(k)`,
      { ids: FINE_MEMBERS },
    );
    await session.run(`MATCH (c:Concept) SET c.paperCount = COUNT { (c)<-[:MENTIONS]-(:Paper) }`);
    await session.run("CALL db.awaitIndexes(60)");
    await session.run(AWAIT_TEXT_INDEXES.text);
  } finally {
    await session.close();
  }
  return { papers: PAPERS.length, concepts: CONCEPTS.length };
}

export const FIXTURE = { papers: PAPERS, concepts: CONCEPTS, clusters: CLUSTERS };
