import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClusterDetails, ClusterList, CypherResult, Health, NodeDetails, SearchResult, Stats } from "../schema/api.ts";
import { SCRIPT_TITLE } from "./__fixtures__/graph.ts";
import { graphCounts, startTestServer, type TestServer } from "./__fixtures__/server.ts";
import { decodeMap } from "../viz/map-data.ts";
import { paperLabel } from "./map/encode.ts";

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies of many shapes
async function get(path: string, init: RequestInit = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(t.url + path, init);
  const type = response.headers.get("content-type") ?? "";
  const body = type.includes("json") ? await response.json() : await response.arrayBuffer();
  return { status: response.status, body, headers: response.headers };
}

const cypher = (body: unknown) =>
  get("/api/cypher", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

function expectError(
  r: { status: number; body: { code: string; requestId: string; message: string } },
  status: number,
  code: string,
): void {
  expect(r.status).toBe(status);
  expect(r.body.code).toBe(code);
  expect(r.body.requestId).toBeTruthy();
  expect(JSON.stringify(r.body)).not.toMatch(/\n\s+at |\.ts:\d+/); // never a stack
}

describe("GET /api/health, /api/stats, /api/openapi.json", () => {
  it("health answers ok with Neo4j's round trip; unknown parameters are 400", async () => {
    const r = await get("/api/health");
    expect(r.status).toBe(200);
    expect(Health.parse(r.body).status).toBe("ok");
    expectError(await get("/api/health?verbose=1"), 400, "BAD_REQUEST");
  });

  it("stats counts the fixture's nodes and relationships", async () => {
    const r = await get("/api/stats");
    // Stub papers (known only from references) are counted apart from full papers.
    expect(Stats.parse(r.body).nodes["Paper"]).toBe(13);
    expect(r.body.nodes["PaperStub"]).toBe(1);
    expect(r.body.relationships["MENTIONS"]).toBe(31);
    expectError(await get("/api/stats?x=1"), 400, "BAD_REQUEST");
  });

  it("serves the OpenAPI document, and 400s on parameters", async () => {
    const r = await get("/api/openapi.json");
    expect(r.body.openapi).toBe("3.1.0");
    expect(Object.keys(r.body.paths)).toContain("/api/nodes/{id}");
    expectError(await get("/api/openapi.json?format=yaml"), 400, "BAD_REQUEST");
  });

  it("sends security headers and a CSP; unknown routes are JSON 404s", async () => {
    const r = await get("/api/health");
    expect(r.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("x-powered-by")).toBeNull();
    expect(r.headers.get("x-request-id")).toBeTruthy();
    expectError(await get("/api/nothing-here"), 404, "NOT_FOUND");
    expectError(await get("/api/cypher"), 404, "NOT_FOUND");
  });
});

describe("GET /api/map", () => {
  it("sends the compressed binary map with an ETag, and 304 when unchanged", async () => {
    const r = await fetch(`${t.url}/api/map`, { headers: { "accept-encoding": "br" } });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/vnd.paperatlas.map");
    const cols = decodeMap(await r.arrayBuffer());
    expect(cols.header.nodeCount).toBe(24);
    expect(cols.header.edgeCounts).toEqual({ MENTIONS: 31, CITES: 12 });
    expect(cols.header.clusters.map((c) => c.label)).toEqual(["Language models", "ML systems", "Computer vision"]);
    // A paper's map label is its title's first words (the details carry the title), markup as text.
    expect(cols.labels).toContain(paperLabel(SCRIPT_TITLE));
    expect(paperLabel(SCRIPT_TITLE).startsWith("<script>alert(1)</script>")).toBe(true);
    const etag = r.headers.get("etag")!;
    const again = await fetch(`${t.url}/api/map`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("rejects unknown parameters", async () => {
    expectError(await get("/api/map?nodes=all"), 400, "BAD_REQUEST");
  });
});

describe("GET /api/search", () => {
  it("finds papers by title words and concepts by name or alias, best first", async () => {
    const r = await get("/api/search?q=distserve");
    const result = SearchResult.parse(r.body);
    expect(result.hits.map((h) => h.id)).toEqual(expect.arrayContaining(["method:distserve", "2303.00010"]));
    const alias = SearchResult.parse((await get("/api/search?q=quantisation")).body);
    expect(alias.hits[0]?.id).toBe("technique:quantization");
  });

  it("matches the last word as a prefix, filters by type and respects the limit", async () => {
    const r = SearchResult.parse((await get("/api/search?q=imagen&types=dataset&limit=1")).body);
    expect(r.hits).toHaveLength(1);
    expect(r.hits[0]).toMatchObject({ id: "dataset:imagenet", kind: "concept", type: "dataset", cluster: "fx:0:1" });
  });

  it("treats Lucene syntax as words and answers punctuation-only queries with no hits", async () => {
    expect((await get("/api/search?q=%22unbalanced%20(AND")).status).toBe(200);
    expect(SearchResult.parse((await get("/api/search?q=***")).body).hits).toEqual([]);
  });

  it("400s on a missing, empty, repeated or too long q, bad limits and unknown types", async () => {
    for (const query of [
      "",
      "?q=",
      "?q=%20%20",
      "?q=a&q=b",
      `?q=${"x".repeat(201)}`,
      "?q=x&limit=0",
      "?q=x&limit=51",
      "?q=x&limit=two",
      "?q=x&types=papers",
      "?q=x&extra=1",
    ]) {
      expectError(await get(`/api/search${query}`), 400, "BAD_REQUEST");
    }
  });
});

describe("GET /api/nodes/:id", () => {
  it("gives a paper's metadata, concepts by type and citations", async () => {
    const r = NodeDetails.parse((await get("/api/nodes/2303.00010")).body);
    if (r.kind !== "paper") throw new Error("expected a paper");
    expect(r.title).toMatch(/^DistServe/);
    expect(r.concepts.method.map((c) => c.id)).toEqual(
      expect.arrayContaining(["method:distserve", "method:transformer"]),
    );
    expect(r.concepts.hardware.map((c) => c.id)).toEqual(["hardware:a100"]);
    expect(r.proposes.map((c) => c.id)).toEqual(["method:distserve"]);
    expect(r.cites).toEqual({ total: 1, papers: [expect.objectContaining({ id: "2401.00001" })] });
    expect(r.citedBy.papers.map((p) => p.id)).toEqual(["2306.00013"]);
    expect(r.cluster).toMatchObject({ id: "fx:0:2", label: "ML systems" });
  });

  it("gives a concept's papers, co-occurring concepts and cluster", async () => {
    const r = NodeDetails.parse((await get(`/api/nodes/${encodeURIComponent("method:resnet-50")}`)).body);
    if (r.kind !== "concept") throw new Error("expected a concept");
    expect(r.papers.total).toBe(3);
    expect(r.cooccurring[0]).toMatchObject({ id: "dataset:imagenet", count: 2 });
    expect(r.cluster?.id).toBe("fx:0:1");
  });

  it("returns titles and abstracts as data, unchanged", async () => {
    const r = (await get("/api/nodes/2402.00005")).body;
    expect(r.title).toBe(SCRIPT_TITLE);
    expect(r.abstract).toContain("<img src=x onerror=alert(2)>");
  });

  it("404s on an unknown id and 400s on a too long one or extra parameters", async () => {
    expectError(await get("/api/nodes/no-such-node"), 404, "NOT_FOUND");
    expectError(await get(`/api/nodes/${"x".repeat(301)}`), 400, "BAD_REQUEST");
    expectError(await get("/api/nodes/2303.00010?full=1"), 400, "BAD_REQUEST");
  });
});

describe("GET /api/clusters and /api/clusters/:id", () => {
  it("lists clusters largest first, optionally by level", async () => {
    const all = ClusterList.parse((await get("/api/clusters")).body);
    expect(all.clusters.map((c) => c.id)).toEqual(["fx:0:0", "fx:0:2", "fx:0:1", "fx:1:0"]);
    const fine = ClusterList.parse((await get("/api/clusters?level=1")).body);
    expect(fine.clusters.map((c) => c.id)).toEqual(["fx:1:0"]);
  });

  it("gives one cluster with its parent, children, top papers and concepts", async () => {
    const top = ClusterDetails.parse((await get(`/api/clusters/${encodeURIComponent("fx:0:0")}`)).body);
    expect(top.children.map((c) => c.id)).toEqual(["fx:1:0"]);
    expect(top.papers[0]?.id).toBe("2401.00001");
    expect(top.concepts[0]?.id).toBe("method:transformer");
    const fine = ClusterDetails.parse((await get("/api/clusters/fx:1:0")).body);
    expect(fine.parent?.id).toBe("fx:0:0");
  });

  it("400s on bad levels and 404s on unknown clusters", async () => {
    for (const q of ["?level=-1", "?level=x", "?level=21", "?sort=size"])
      expectError(await get(`/api/clusters${q}`), 400, "BAD_REQUEST");
    expectError(await get("/api/clusters/none"), 404, "NOT_FOUND");
    expectError(await get(`/api/clusters/${"c".repeat(201)}`), 400, "BAD_REQUEST");
  });
});

describe("POST /api/cypher", () => {
  it("runs a read query with parameters and names the map nodes it returns", async () => {
    const r = await cypher({
      query: "MATCH (p:Paper) WHERE p.year >= $from RETURN p.id AS id, p ORDER BY id LIMIT $n",
      params: { from: 2023, n: 3 },
    });
    const result = CypherResult.parse(r.body);
    expect(result.columns).toEqual(["id", "p"]);
    expect(result.rows.map((row) => row[0])).toEqual(["2301.00002", "2303.00010", "2306.00013"]);
    expect(result.nodeIds).toEqual(["2301.00002", "2303.00010", "2306.00013"]);
    expect(result.rows[0]![1]).toMatchObject({ kind: "node", labels: ["Paper"], id: "2301.00002" });
  });

  it("caps rows and says so", async () => {
    const result = CypherResult.parse((await cypher({ query: "UNWIND range(1, 50) AS i RETURN i", limit: 10 })).body);
    expect(result.rowCount).toBe(10);
    expect(result.truncated).toBe(true);
  });

  it("allows allowlisted procedures", async () => {
    const result = CypherResult.parse(
      (await cypher({ query: "CALL db.labels() YIELD label RETURN label ORDER BY label" })).body,
    );
    expect(result.rows.flat()).toContain("Paper");
  });

  it("refuses writes, schema changes, LOAD CSV and outside procedures, and the graph stays as it was", async () => {
    const before = await graphCounts(t.db);
    for (const query of [
      "CREATE (n:Paper {id: 'evil'}) RETURN n",
      "MATCH (n) DETACH DELETE n",
      "MATCH (p:Paper) SET p.title = 'x'",
      "MERGE (n:Concept {id: 'x'})",
      "CREATE INDEX evil IF NOT EXISTS FOR (n:Paper) ON (n.abstract)",
      "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
      "CALL db.createLabel('Evil')",
      "CALL dbms.listConfig()",
      "MATCH (p:Paper) CALL (p) { SET p.x = 0 } RETURN count(*)",
      "FOREACH (i IN [1] | CREATE (:Evil))",
    ]) {
      const r = await cypher({ query });
      expectError(r, 403, "CYPHER_WRITE_REFUSED");
    }
    expect(await graphCounts(t.db)).toEqual(before);
  });

  it("shows Neo4j's errors plainly as 400s", async () => {
    const r = await cypher({ query: "MATC (n) RETURN n" });
    expectError(r, 400, "BAD_REQUEST");
    // Neo4j's own Cypher front end, run before the query reaches the server, says where.
    expect(r.body.message).toMatch(/^cypher: 1:1: /);
    expectError(await cypher({ query: "RETURN $missing" }), 400, "BAD_REQUEST");
  });

  it("400s on bad bodies: missing or empty query, bad parameter names, unknown keys, bad JSON", async () => {
    for (const body of [
      {},
      { query: "" },
      { query: "RETURN 1", params: { "bad name": 1 } },
      { query: "RETURN 1", limit: 0 },
      { query: "RETURN 1", extra: true },
      { query: 42 },
    ]) {
      expectError(await cypher(body), 400, "BAD_REQUEST");
    }
    const malformed = await get("/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expectError(malformed, 400, "BAD_REQUEST");
    expectError(await cypher({ query: "EXPLAIN MATCH (n) RETURN n" }), 400, "BAD_REQUEST");
  });

  // Last of the console tests: Neo4j goes on evaluating a query stopped at its deadline for a
  // while, and the pool holds new queries back until it is done (the pile-up guard), so a console
  // test after this one would wait on the database rather than test what it names.
  it("stops a query at its time limit with 408", async () => {
    const r = await cypher({
      // A computed bound: only the time limit can stop it.
      query: "UNWIND range(1, toInteger(1e8)) AS x WITH x WHERE x % 7 = 12 RETURN count(*)",
      timeoutMs: 300,
    });
    expectError(r, 408, "CYPHER_TIMEOUT");
  });
});
