/**
 * `GET /api/report` and `GET /api/export` against a real server and Neo4j (issue 7), on the
 * clustered fixture graph (test/fixtures/cluster-graph.ts): every format downloads as an attachment
 * with its media type and parses back; bad parameters and unknown clusters answer with codes.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config/config.ts";
import type { Db } from "../db/client.ts";
import { parseVosviewerJson, parseVosviewerMap } from "../export/index.ts";
import { EXPORT_FORMATS, ReportData } from "../schema/report.ts";
import { readBack } from "../test/export-checks.ts";
import { CLUSTER_FIXTURE, createClusterFixture } from "../test/fixtures/cluster-graph.ts";
import { freshDb, testTarget } from "../test/neo4j.ts";
import { mdOutline, readCsv } from "../test/report-checks.ts";
import { startServer, type RunningServer } from "./main.ts";

let db: Db;
let server: RunningServer;

beforeAll(async () => {
  db = await freshDb();
  await createClusterFixture(db);
  const config = { ...loadConfig({}), ...testTarget(), external: true };
  server = await startServer(config, {
    port: 0,
    db,
    viz: false,
    logger: pino({ level: "silent" }),
    say: () => undefined,
  });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

async function download(path: string) {
  const response = await fetch(server.url + path);
  return {
    status: response.status,
    type: response.headers.get("content-type") ?? "",
    disposition: response.headers.get("content-disposition") ?? "",
    text: await response.text(),
  };
}

describe("GET /api/report", () => {
  it("sends the whole report as an HTML attachment by default", async () => {
    const r = await download("/api/report");
    expect(r.status).toBe(200);
    expect(r.type).toMatch(/^text\/html; charset=utf-8/);
    expect(r.disposition).toBe('attachment; filename="report.html"');
    expect(r.text).toMatch(/^<!doctype html>/);
  });

  it("sends Markdown and JSON that parse back", async () => {
    const md = await download("/api/report?format=md");
    expect(md.type).toMatch(/^text\/markdown/);
    expect(mdOutline(md.text).headings.filter((h) => h.level === 2)).toHaveLength(3);
    const json = await download("/api/report?format=json&cluster=rfixture%3A0%3A1");
    expect(json.disposition).toBe('attachment; filename="cluster-0-1.json"');
    expect(ReportData.parse(JSON.parse(json.text)).clusters.map((c) => c.id)).toEqual(["rfixture:0:1"]);
  });

  it("sends each CSV table on its own", async () => {
    const clusters = await download("/api/report?format=csv");
    expect(clusters.type).toMatch(/^text\/csv/);
    expect(clusters.disposition).toBe('attachment; filename="report-clusters.csv"');
    expect(readCsv(clusters.text)).toHaveLength(2);
    const papers = await download("/api/report?format=csv&table=cluster-papers");
    expect(readCsv(papers.text)).toHaveLength(CLUSTER_FIXTURE.papers);
  });

  it("answers 404 NOT_FOUND for an unknown cluster and 400 BAD_REQUEST for an unknown format", async () => {
    const missing = await download("/api/report?cluster=nope");
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text)).toMatchObject({ code: "NOT_FOUND" });
    const format = await download("/api/report?format=docx");
    expect(format.status).toBe(400);
    expect(JSON.parse(format.text)).toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("GET /api/export", () => {
  it.each(["gexf", "graphml"] as const)("sends the graph as %s, which graphology reads back", async (format) => {
    const r = await download(`/api/export?format=${format}`);
    expect(r.status).toBe(200);
    expect(r.disposition).toBe(`attachment; filename="paperatlas.${format}"`);
    const graph = readBack(format, r.text);
    expect([graph.order, graph.size]).toEqual([CLUSTER_FIXTURE.nodes, CLUSTER_FIXTURE.edges]);
  });

  it("sends VOSviewer JSON and each file of a map + network pair, which read back whole", async () => {
    const json = await download("/api/export?format=vosviewer-json&level=1");
    expect(json.status).toBe(200);
    expect(json.disposition).toBe('attachment; filename="paperatlas.json"');
    const fromJson = parseVosviewerJson(json.text, "paperatlas.json").network;
    expect(fromJson.items).toHaveLength(CLUSTER_FIXTURE.nodes);
    expect(fromJson.clusters.map((c) => c.label)).toContain("MoE · A100");
    const map = await download("/api/export?format=vosviewer-map");
    const network = await download("/api/export?format=vosviewer-map&file=network");
    expect(map.disposition).toBe('attachment; filename="paperatlas-map.txt"');
    expect(network.disposition).toBe('attachment; filename="paperatlas-network.txt"');
    const back = parseVosviewerMap({ text: map.text, file: "map" }, { text: network.text, file: "network" });
    expect(back.warnings).toEqual([]);
    expect(back.network.items).toHaveLength(CLUSTER_FIXTURE.nodes);
    expect(back.network.links.length).toBeGreaterThan(0);
    expect((await download("/api/export?format=vosviewer-map&level=9")).status).toBe(400);
  });

  it("is in the OpenAPI document with its format enum", async () => {
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters: { name: string; schema: { enum?: string[] } }[] } }>;
    };
    const format = doc.paths["/api/export"]!.get.parameters.find((p) => p.name === "format")!;
    expect(format.schema.enum).toEqual([...EXPORT_FORMATS]);
    expect(doc.paths["/api/report"]).toBeDefined();
  });
});
