/**
 * VOSviewer files back into Neo4j: the fixture graph exported as VOSviewer JSON and as a map +
 * network pair, the database wiped, each file ingested back (`paperatlas ingest`, detected by
 * content) and exported again: the same items (ids, labels), clusters (numbers, labels),
 * positions and links (strengths), byte for byte. Then a VOSviewer Online-style term map, a second
 * import that changes nothing, a failure mid-write that leaves nothing, and hostile files.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db, Tx } from "../../db/client.ts";
import { buildExportGraph, parseVosviewerJson, readExportRows, runExport, toVosNetwork } from "../../export/index.ts";
import { MERGE_VOS_CLUSTERS } from "../../schema/cypher/vosviewer.ts";
import { isPaperAtlasError } from "../../schema/errors.ts";
import { paperatlas } from "../../test/cli.ts";
import { createClusterFixture } from "../../test/fixtures/cluster-graph.ts";
import { freshDb, rows, wipe } from "../../test/neo4j.ts";
import { runVosImport } from "./run.ts";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const OUT = path.join(ROOT, "test-output", "vosviewer-import");
const FOREIGN = path.join(import.meta.dirname, "__fixtures__", "foreign-terms.json");

let db: Db;
beforeAll(async () => {
  db = await freshDb();
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
});
afterAll(async () => {
  await db?.close();
});

/** Every node (labels, properties) and relationship (type, ends, properties), sorted: the graph's content. */
async function dump(): Promise<string[]> {
  const nodes = await rows(db, "MATCH (n) RETURN labels(n) AS l, properties(n) AS p");
  const rels = await rows(
    db,
    "MATCH (a)-[r]->(b) RETURN type(r) AS t, properties(r) AS p, coalesce(a.id, a.sha256) AS a, coalesce(b.id, b.sha256) AS b",
  );
  const sorted = (o: Record<string, unknown>) => JSON.stringify(o, Object.keys(o).sort());
  const nodeLines = nodes.map(
    (r) => `${JSON.stringify((r["l"] as string[]).sort())} ${sorted(r["p"] as object as Record<string, unknown>)}`,
  );
  const relLines = rels.map((r) => `${r["a"]} ${r["t"]} ${r["b"]} ${sorted(r["p"] as Record<string, unknown>)}`);
  return [...nodeLines, ...relLines].sort();
}

const count = async (cypher: string): Promise<number> => Number((await rows(db, cypher))[0]!["n"]);

describe("paperatlas ingest <VOSviewer file>: round trips", () => {
  beforeEach(async () => {
    await wipe(db);
    await createClusterFixture(db);
  });

  it("VOSviewer JSON out, wipe, in, out again: the same file byte for byte", async () => {
    const first = path.join(OUT, "atlas.json");
    await runExport(db, { format: "vosviewer-json", out: first });
    const before = await readFile(first, "utf8");
    await wipe(db);

    const run = paperatlas(["ingest", first]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/atlas\.json \(vosviewer-json\): 24 items → 12 papers, 12 concepts/);

    const again = path.join(OUT, "atlas-again.json");
    await runExport(db, { format: "vosviewer-json", out: again });
    const after = await readFile(again, "utf8");
    const [a, b] = [parseVosviewerJson(before, "a.json").network, parseVosviewerJson(after, "b.json").network];
    // Spelled out first, so a failure says which part moved; then the whole file.
    expect(b.items.map((i) => [i.id, i.label, i.description, i.x, i.y, i.cluster])).toEqual(
      a.items.map((i) => [i.id, i.label, i.description, i.x, i.y, i.cluster]),
    );
    expect(b.clusters).toEqual(a.clusters);
    expect(b.links).toEqual(a.links);
    expect(after).toBe(before);
  });

  it("map + network out, wipe, in (the network file found beside the map), out again: the same files", async () => {
    const result = await runExport(db, { format: "vosviewer-map", out: path.join(OUT, "atlas.txt") });
    const [map, net] = await Promise.all(result.paths.map((p) => readFile(p, "utf8")));
    await wipe(db);

    const run = paperatlas(["ingest", result.paths[0]!]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("atlas-map.txt + atlas-network.txt (vosviewer-map)");

    const again = await runExport(db, { format: "vosviewer-map", out: path.join(OUT, "again.txt") });
    const [map2, net2] = await Promise.all(again.paths.map((p) => readFile(p, "utf8")));
    expect(map2).toBe(map);
    expect(net2).toBe(net);
    // A map file carries no cluster names: the clusters come back as "Cluster n".
    expect((await rows(db, "MATCH (k:Cluster) RETURN k.label AS l ORDER BY k.number")).map((r) => r["l"])).toEqual([
      "Cluster 1",
      "Cluster 2",
    ]);
  });

  it("a map file and its network file named on the command line, and --level 1 out and back", async () => {
    const result = await runExport(db, { format: "vosviewer-map", out: path.join(OUT, "fine.txt"), level: 1 });
    const moved = path.join(OUT, "elsewhere-net.txt");
    await writeFile(moved, await readFile(result.paths[1]!, "utf8"));
    const map = await readFile(result.paths[0]!, "utf8");
    await wipe(db);
    const run = paperatlas(["ingest", result.paths[0]!, moved]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("fine-map.txt + elsewhere-net.txt");
    const again = await runExport(db, { format: "vosviewer-map", out: path.join(OUT, "fine-again.txt") });
    expect(await readFile(again.paths[0]!, "utf8")).toBe(map);
    expect(await readFile(again.paths[1]!, "utf8")).toBe(await readFile(moved, "utf8"));
  });
});

describe("paperatlas ingest <VOSviewer file> <listing> --json", () => {
  it("imports the map and loads the listing in one command, with one JSON summary for both", async () => {
    await wipe(db);
    const listing = path.join(ROOT, "ingest", "formats", "arxiv-tsv", "__fixtures__", "sample.tsv");
    const run = paperatlas(["ingest", "--json", FOREIGN, listing]);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { files: { status: string }[]; vosviewer: { concepts: number }[] };
    expect(summary.vosviewer.map((v) => v.concepts)).toEqual([8]);
    expect(summary.files.map((f) => f.status)).toEqual(["loaded"]);
    expect(await count("MATCH (k:Cluster) RETURN count(k) AS n")).toBe(3);
    // The listing's load keeps the map's terms no paper mentions, and the counts the map gave them.
    expect(await count("MATCH (c:Concept {id: 'technique:robot'}) RETURN c.paperCount AS n")).toBe(7);
    expect(await count("MATCH ()-[r:RELATED]->() RETURN count(r) AS n")).toBe(12);
  });
});

describe("runVosImport(db, input)", () => {
  beforeEach(async () => {
    await wipe(db);
  });

  it("imports a VOSviewer Online-style term map: typed concepts, positions, clusters, RELATED links", async () => {
    const summary = await runVosImport(db, { format: "vosviewer-json", path: FOREIGN });
    expect(summary).toMatchObject({ items: 8, papers: 0, concepts: 8, related: 12, clusters: 3, positioned: 8 });
    expect(summary.warnings).toEqual([]);
    const concepts = await rows(
      db,
      "MATCH (c:Concept) RETURN c.id AS id, c.name AS name, [l IN labels(c) WHERE l <> 'Concept'][0] AS label, c.paperCount AS n, c.x AS x, c.cluster AS k ORDER BY id",
    );
    expect(concepts.map((c) => `${c["id"]} ${c["label"]} ${c["n"]}`)).toEqual([
      "dataset:imagenet Dataset 9",
      "hardware:gpu Hardware 11",
      "method:convolutional neural network Method 27",
      "metric:accuracy Metric 12",
      "task:image classification Task 14",
      "technique:deep learning Technique 42",
      "technique:reinforcement learning Technique 19",
      "technique:robot Technique 7",
    ]);
    expect(concepts.find((c) => c["name"] === "ImageNet")!["x"]).toBe(-0.5302);
    const clusters = await rows(
      db,
      "MATCH (k:Cluster)<-[:IN_CLUSTER]-(n) RETURN k.label AS label, k.number AS number, count(n) AS size, k.topConcepts[0] AS top ORDER BY number",
    );
    expect(clusters.map((c) => [c["label"], c["size"], c["top"]])).toEqual([
      ["Cluster 1", 4, "deep learning"],
      ["Cluster 2", 3, "reinforcement learning"],
      ["Cluster 3", 1, "accuracy"],
    ]);
    expect(await count("MATCH ()-[r:RELATED {strength: 12}]-() RETURN count(r) / 2 AS n")).toBe(1);
    expect(await count("MATCH (r:ClusterRun {current: true, algorithm: 'imported'}) RETURN count(r) AS n")).toBe(1);

    // Exported again: the same labels, positions, clusters and links.
    const network = toVosNetwork(buildExportGraph(await readExportRows(db)));
    const original = parseVosviewerJson(await readFile(FOREIGN, "utf8"), "foreign-terms.json").network;
    const byLabel = (n: typeof network) => new Map(n.items.map((i) => [String(i.id), i.label]));
    const links = (n: typeof network) =>
      n.links
        .map(
          (l) =>
            [byLabel(n).get(String(l.source_id)), byLabel(n).get(String(l.target_id))].sort().join(" ~ ") +
            ` ${l.strength}`,
        )
        .sort();
    expect(links(network)).toEqual(links(original));
    // The export rounds positions to 3 decimals (our own files carry no more).
    const r3 = (v: number | undefined) => (v === undefined ? v : Math.round(v * 1000) / 1000);
    const items = (n: typeof network) => n.items.map((i) => `${i.label} ${r3(i.x)} ${r3(i.y)}`).sort();
    expect(items(network)).toEqual(items(original));
    // Cluster numbers follow size, as in the file.
    const clusterOf = (n: typeof network) => n.items.map((i) => `${i.label} ${i.cluster}`).sort();
    expect(clusterOf(network)).toEqual(clusterOf(original));

    // The cluster report works on an imported map and says where its clusters came from.
    const out = path.join(OUT, "report-foreign");
    const report = paperatlas(["report", "--format", "md", "--out", out]);
    expect(report.code, report.stderr).toBe(0);
    const md = await readFile(path.join(out, "report.md"), "utf8");
    expect(md).toContain("imported from a VOSviewer file; 1 level (3 clusters)");
    expect(md).toContain("deep learning");
  });

  it("writes a paper–paper link of our export as a citation each way (strength 2) or one way (1), once", async () => {
    const item = (id: number, paper: string) => ({ id, label: paper, description: `paper · 2024 · ${paper}` });
    const text = JSON.stringify({
      network: {
        items: [item(1, "2401.00001"), item(2, "2401.00002"), item(3, "2401.00003")],
        links: [
          { source_id: 1, target_id: 2, strength: 2 },
          { source_id: 2, target_id: 3, strength: 1 },
        ],
      },
    });
    const file = path.join(OUT, "cites.json");
    await writeFile(file, text);
    for (let i = 0; i < 2; i++) await runVosImport(db, { format: "vosviewer-json", path: file });
    const cites = await rows(
      db,
      "MATCH (a)-[r:CITES {source: 'vosviewer'}]->(b) RETURN a.id + ' > ' + b.id AS c ORDER BY c",
    );
    expect(cites.map((r) => r["c"])).toEqual([
      "2401.00001 > 2401.00002",
      "2401.00002 > 2401.00001",
      "2401.00002 > 2401.00003",
    ]);
    const network = toVosNetwork(buildExportGraph(await readExportRows(db)));
    expect(network.links).toEqual(parseVosviewerJson(text, "cites.json").network.links);
  });

  it("re-importing the same file changes nothing", async () => {
    await createClusterFixture(db);
    const file = path.join(OUT, "same.json");
    await runExport(db, { format: "vosviewer-json", out: file });
    await wipe(db);
    await runVosImport(db, { format: "vosviewer-json", path: file }, { now: () => new Date("2026-01-01T00:00:00Z") });
    const once = await dump();
    await runVosImport(db, { format: "vosviewer-json", path: file }, { now: () => new Date("2026-06-01T00:00:00Z") });
    expect(await dump()).toEqual(once);
    await runVosImport(db, { format: "vosviewer-json", path: FOREIGN });
    await runVosImport(db, { format: "vosviewer-json", path: file });
    // Back to the first file's run: one current run, its clusters only.
    expect(await count("MATCH (r:ClusterRun {current: true}) RETURN count(r) AS n")).toBe(1);
    expect(await count("MATCH (k:Cluster) RETURN count(DISTINCT k.run) AS n")).toBe(1);
  });

  it("a failure mid-write leaves nothing (one transaction)", async () => {
    const failing: Db = {
      ...db,
      transaction: (work) =>
        db.transaction((tx) =>
          work({
            run: async (q, params) => {
              if (q === (MERGE_VOS_CLUSTERS as unknown)) throw new Error("disk full");
              return tx.run(q, params);
            },
          } satisfies Tx),
        ),
    };
    await expect(runVosImport(failing, { format: "vosviewer-json", path: FOREIGN })).rejects.toThrow(/disk full/);
    expect(await count("MATCH (n) RETURN count(n) AS n")).toBe(0);
  });
});

describe("hostile VOSviewer input", () => {
  beforeEach(async () => {
    await wipe(db);
  });

  const write = async (name: string, text: string) => {
    const file = path.join(OUT, name);
    await writeFile(file, text);
    return file;
  };

  it("refuses a broken JSON file at its file:line and writes nothing", async () => {
    const file = await write(
      "broken.json",
      '{\n  "network": {\n    "items": [\n      {"id": 1,, "label": "x"}\n    ]\n  }\n}\n',
    );
    const run = paperatlas(["ingest", "--format", "vosviewer-json", file]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("broken.json:4");
    expect(await count("MATCH (n) RETURN count(n) AS n")).toBe(0);
  });

  it("refuses JSON with no network.items when told it is VOSviewer", async () => {
    const file = await write("not-vos.json", '{"items": [{"id": 1}]}\n');
    await expect(runVosImport(db, { format: "vosviewer-json", path: file })).rejects.toSatisfy(
      (e) => isPaperAtlasError(e) && e.code === "PARSE_FAILED" && e.where === "not-vos.json:1",
    );
  });

  it("refuses a network file given without its map file", async () => {
    const file = await write("lonely-network.txt", "1\t2\t3\n2\t3\t1\n");
    const run = paperatlas(["ingest", file]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/lonely-network\.txt: a network file without its map file/);
  });

  it("prints the warnings of a map + network pair with their file:line, and imports the rest", async () => {
    const map = await write(
      "odd_map.txt",
      [
        "id\tlabel\tx\ty\tcluster",
        "1\tGPU\t0.5\t-1\t1",
        "2\tcut short\t1",
        "3\tFPGA\tnan\t1\t1",
        "4\tTPU\t1\t1\t2",
      ].join("\n"),
    );
    await write("odd_network.txt", "1\t4\t2\n1\t9\t1\n4\t1\t3\n");
    const run = paperatlas(["ingest", map]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("odd_map.txt + odd_network.txt (vosviewer-map): 2 items → 0 papers, 2 concepts");
    for (const where of ["odd_map.txt:3:", "odd_map.txt:4:", "odd_network.txt:2:", "odd_network.txt:3:"])
      expect(run.stdout).toContain(where);
    expect(await count("MATCH (:Hardware)-[r:RELATED {strength: 2}]-(:Hardware) RETURN count(r) / 2 AS n")).toBe(1);
  });

  it("skips missing fields, non-numeric and huge numbers and links to unknown ids, with warnings at file:line", async () => {
    const text = [
      "{",
      '  "network": {',
      '    "items": [',
      '      {"id": 1, "label": "GPU", "x": 1e308, "y": -2.5, "cluster": 1},',
      '      {"label": "no id at all"},',
      '      {"id": 2, "label": "ImageNet", "x": "left", "y": 3, "cluster": 1},',
      '      {"id": 3, "label": "huge", "x": 1e400, "y": 0, "cluster": 100000000000000000000},',
      '      {"id": 4},',
      '      {"id": 12345678901234567890, "label": "big id", "x": 0, "y": 0, "cluster": 2}',
      "    ],",
      '    "links": [',
      '      {"source_id": 1, "target_id": 2, "strength": 1e400},',
      '      {"source_id": 1, "target_id": 99, "strength": 1},',
      '      {"source_id": 1, "target_id": 3, "strength": "strong"},',
      '      {"source_id": 2, "target_id": 3},',
      '      {"source_id": 12345678901234567890, "target_id": 1, "strength": 5}',
      "    ]",
      "  }",
      "}",
    ].join("\n");
    const file = await write("hostile.json", text);
    const summary = await runVosImport(db, { format: "vosviewer-json", path: file });
    expect(summary.warnings.map((w) => `${w.code} ${w.line}`)).toEqual([
      "UNPARSED_METADATA 5",
      "UNPARSED_METADATA 6",
      "UNPARSED_METADATA 7",
      "UNPARSED_METADATA 7",
      "UNPARSED_METADATA 12",
      "UNPARSED_METADATA 13",
      "UNPARSED_METADATA 14",
      "UNPARSED_METADATA undefined",
    ]);
    expect(summary.warnings.at(-1)!.message).toBe("hostile.json: item 1: x or y beyond ±1000000000; no position");
    expect(summary).toMatchObject({ items: 5, concepts: 5, clusters: 2, positioned: 1 });
    const nodes = await rows(
      db,
      "MATCH (c:Concept) RETURN c.name AS name, c.x AS x, c.cluster IS NULL AS free ORDER BY name",
    );
    expect(nodes).toEqual([
      { name: "4", x: null, free: true },
      { name: "GPU", x: null, free: false },
      { name: "ImageNet", x: null, free: false },
      { name: "big id", x: 0, free: false },
      { name: "huge", x: null, free: true },
    ]);
    // Two links survive: ImageNet–huge (strength 1 when none is given) and big id–GPU.
    expect(
      (
        await rows(
          db,
          "MATCH (a)-[r:RELATED]->(b) RETURN a.name + ' ~ ' + b.name + ' ' + toInteger(r.strength) AS l ORDER BY l",
        )
      ).map((r) => r["l"]),
    ).toEqual(["ImageNet ~ huge 1", "big id ~ GPU 5"]);
    // Exported again, nothing is Infinity or NaN.
    const json = path.join(OUT, "hostile-again.json");
    await runExport(db, { format: "vosviewer-json", out: json });
    expect(await readFile(json, "utf8")).not.toMatch(/Infinity|NaN|null/);
  });
});
