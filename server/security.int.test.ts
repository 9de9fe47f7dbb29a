/**
 * The console and the API under hostile use, against a real server and a real Neo4j: every class
 * of attack with its variants (white space and comment tricks, nesting, every subquery form, byte
 * and time bombs, outside procedures, malformed requests, foreign Host headers). Each probe checks
 * the answer, and the suite checks that the graph is unchanged, that no LOAD CSV ever reached the
 * canary URL, and that /api/health kept answering quickly while the probes and an export ran.
 */
import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CypherResult } from "../schema/api.ts";
import { CONSOLE_TRANSACTIONS } from "../schema/cypher/console.ts";
import { graphCounts, startTestServer, type TestServer } from "./__fixtures__/server.ts";

let t: TestServer;
let canary: http.Server;
let canaryUrl = "";
let canaryHits = 0;
let before: { nodes: number; relationships: number };
const TIMEOUT_MS = 2000;
const RESULT_BYTES = 256 * 1024;

interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON bodies of many shapes
  body: any;
  bytes: number;
  ms: number;
}

/** A raw HTTP request, so the Host header, the path's bytes and the body's encoding are ours. */
function raw(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  const { port } = new URL(t.url);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method, path, headers: { host: `localhost:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: kept as text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, bytes: text.length, ms: performance.now() - t0 });
        });
      },
    );
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const cypher = (query: string, extra: Record<string, unknown> = {}) =>
  raw("POST", "/api/cypher", { "content-type": "application/json" }, JSON.stringify({ query, ...extra }));

/**
 * Samples /api/health every 20 ms while `work` runs. `worstMs` is the slowest answer; `worstServerMs`
 * the slowest part of an answer that was the server's own (the answer less Neo4j's round trip,
 * which the health check includes and which a busy database on two cores can slow by itself);
 * `p95ServerMs` the 95th percentile of that part. A blocked event loop shows in all of them; one
 * collection or scheduling pause on two busy cores shows in the worst alone (205 ms once, in CI).
 */
async function healthDuring<T>(
  work: () => Promise<T>,
): Promise<{ result: T; worstMs: number; worstServerMs: number; p95ServerMs: number; samples: number }> {
  const times: number[] = [];
  const own: number[] = [];
  let running = true;
  const sampler = (async () => {
    while (running) {
      const h = await raw("GET", "/api/health");
      times.push(h.ms);
      own.push(h.ms - Number(h.body?.neo4j?.latencyMs ?? 0));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    const result = await work();
    const sorted = [...own].sort((a, b) => a - b);
    const p95ServerMs = sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? NaN;
    return { result, worstMs: Math.max(...times), worstServerMs: Math.max(...own), p95ServerMs, samples: times.length };
  } finally {
    running = false;
    await sampler;
  }
}

beforeAll(async () => {
  canary = http.createServer((_req, res) => {
    canaryHits += 1;
    res.end("a,b\n1,2\n");
  });
  await new Promise<void>((resolve) => canary.listen(0, "127.0.0.1", resolve));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}/canary.csv`;
  t = await startTestServer({
    consoleLimits: { timeoutMs: TIMEOUT_MS, maxConcurrent: 2, maxQueued: 4, maxResultBytes: RESULT_BYTES },
  });
  before = await graphCounts(t.db);
}, 120_000);

/** What the probes measured, written to test-output/security/figures.json for the record. */
const figures: Record<string, number> = {};

afterAll(async () => {
  const out = path.resolve(import.meta.dirname, "..", "test-output", "security");
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, "figures.json"), `${JSON.stringify(figures, null, 2)}\n`);
  await t?.close();
  await new Promise((resolve) => canary?.close(resolve));
});

describe("LOAD CSV never runs, whatever its disguise", () => {
  it("is refused plain, nested in every subquery form, and split by odd white space or comments", async () => {
    const load = (sep = " ") => `LOAD${sep}CSV FROM "${canaryUrl}" AS l`;
    const probes = [
      `${load()} RETURN l`,
      `RETURN CASE WHEN rand() < 2 THEN COLLECT { ${load("\u001c")} FIELDTERMINATOR "\\t" RETURN l } ELSE [] END AS x`,
      `RETURN COUNT { ${load("\u001d")} RETURN l } AS n`,
      `RETURN EXISTS { ${load("\u001e")} RETURN l } AS e`,
      `CALL { ${load("\u001f")} RETURN l } RETURN l`,
      `MATCH (n) CALL (n) { ${load()} RETURN l } RETURN l LIMIT 1`,
      `RETURN [x IN [1] | COLLECT { ${load()} RETURN l }] AS x`,
      `RETURN 1 AS a // comment ended by a carriage return\r UNION ${load()} RETURN l AS a`,
      `RETURN 1 AS a /* block */ UNION ${load(" /* x */ ")} RETURN l AS a`,
      `OPTIONAL ${load()} RETURN l`,
      `load csv with headers from "${canaryUrl}" as l return l`,
    ];
    for (const query of probes) {
      const r = await cypher(query);
      expect([400, 403], JSON.stringify(query)).toContain(r.status);
      expect(r.body.code).toMatch(/CYPHER_WRITE_REFUSED|BAD_REQUEST/);
    }
    expect(canaryHits).toBe(0);
  });
});

describe("procedures and functions off the allowlist never run, at any depth", () => {
  it("refuses outside procedures nested in subqueries and plugin or file functions", async () => {
    for (const query of [
      'RETURN CASE WHEN rand() < 2 THEN COLLECT { CALL db.stats.retrieve("QUERIES") YIELD data RETURN data } ELSE [] END AS x',
      'RETURN COUNT { CALL db.stats.retrieve("QUERIES") YIELD data RETURN data } AS n',
      "CALL { CALL dbms.listConfig() YIELD name RETURN name } RETURN name",
      "CALL dbms.showCurrentUser()",
      "CALL db.createLabel('Evil')",
      "RETURN apoc.load.json('http://127.0.0.1:1/')",
      "RETURN file(), linenumber()",
    ]) {
      const r = await cypher(query);
      expect([400, 403], query).toContain(r.status);
    }
    const allowed = await cypher(
      "MATCH (n) RETURN COUNT { CALL db.labels() YIELD label RETURN label } AS labels LIMIT 1",
    );
    expect(allowed.status).toBe(200);
  });

  it("refuses writes, schema and admin commands, and CALL { } IN TRANSACTIONS with a 4xx", async () => {
    for (const query of [
      "MATCH (p:Paper) CALL (p) { SET p.x = 0 } RETURN count(*)",
      "RETURN COUNT { MATCH (p:Paper) CALL (p) { DETACH DELETE p } RETURN 1 } AS x",
      "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
      "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n",
      "SHOW TRANSACTIONS",
      "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      "CREATE INDEX evil IF NOT EXISTS FOR (n:Paper) ON (n.abstract)",
      "USE system SHOW USERS",
    ]) {
      const r = await cypher(query);
      expect(r.status, query).toBeGreaterThanOrEqual(400);
      expect(r.status, query).toBeLessThan(500);
    }
  });
});

describe("time, size and nesting are bounded", () => {
  it("answers ten thousand nested brackets at once, before Neo4j sees them", async () => {
    const r = await cypher(`RETURN ${"(".repeat(4900)}1${")".repeat(4900)}`);
    expect(r.status).toBe(400);
    expect(r.ms).toBeLessThan(TIMEOUT_MS + 1000);
  });

  it("refuses range() bombs with constant bounds and stops computed ones by the deadline", async () => {
    expect((await cypher("RETURN reduce(s = 0, x IN range(1, 400000000) | s + x) AS s")).status).toBe(400);
    expect((await cypher("RETURN range(1, 2000000) AS r")).status).toBe(400);
    expect((await cypher("RETURN range(1, $n) AS r", { params: { n: 2_000_000 } })).status).toBe(400);
    const r = await cypher("RETURN reduce(s = 0, x IN range(1, toInteger(4e8)) | s + x) AS s");
    expect(r.status).toBe(408);
    expect(r.body.code).toBe("CYPHER_TIMEOUT");
    expect(r.ms).toBeLessThan(TIMEOUT_MS + 1000 + 500);
  });

  it("caps the result's bytes and each value's length, and says so", async () => {
    const big = await cypher("UNWIND range(1, 20000) AS i RETURN i, 'x' + toString(i) AS s", { limit: 5000 });
    expect(big.status).toBe(200);
    expect(big.bytes).toBeLessThan(RESULT_BYTES * 1.5);
    const one = await cypher("RETURN reduce(s = 'y', i IN range(1, 17) | s + s) AS s, [i IN range(1, 90000) | i] AS l");
    expect(one.status).toBe(200);
    const result = CypherResult.parse(one.body);
    expect(result.truncated).toBe(true);
    // The 131,072-character string is cut to the per-value bound (64 KiB) with an ellipsis.
    expect(String(result.rows[0]![0]).length).toBeLessThanOrEqual(64 * 1024 + 1);
    expect(one.bytes).toBeLessThan(RESULT_BYTES * 1.5);
  });

  it("answers 429 past the queue, never holds a request past its deadline, nor lets stopped queries pile up on Neo4j", async () => {
    const slow = "RETURN reduce(s = 0, x IN range(1, toInteger(5e8)) | s + x) AS s";
    // How many console transactions Neo4j runs, sampled through the burst and after it.
    let sampling = true;
    let mostRunning = 0;
    const sampler = (async () => {
      while (sampling) {
        const r = await t.db.driver.executeQuery(CONSOLE_TRANSACTIONS);
        mostRunning = Math.max(mostRunning, (r.records[0]?.get("jobs") as string[]).length);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const { result, worstMs, worstServerMs, p95ServerMs, samples } = await healthDuring(() =>
      Promise.all(Array.from({ length: 9 }, () => cypher(slow))),
    );
    // Stopped queries still evaluating on Neo4j hold the console's share: more queries wait or get 429.
    const held = await Promise.all(Array.from({ length: 3 }, () => cypher(slow)));
    sampling = false;
    await sampler;
    Object.assign(figures, {
      burstHealthWorstMs: Math.round(worstMs),
      burstHealthServerWorstMs: Math.round(worstServerMs),
      burstHealthServerP95Ms: Math.round(p95ServerMs),
      burstSlowestAnswerMs: Math.round(Math.max(...result.map((r) => r.ms))),
      burstMostRunningOnNeo4j: mostRunning,
    });
    expect(mostRunning).toBeLessThanOrEqual(2);
    for (const r of held) expect([408, 429]).toContain(r.status);
    const statuses = result.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const others = result.filter((r) => r.status !== 408 && r.status !== 429);
    expect(others.map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`)).toEqual([]);
    // Queued requests count their wait: none is answered later than its time limit + 1 s (+ slack for the test).
    for (const r of result) expect(r.ms).toBeLessThan(TIMEOUT_MS + 1000 + 800);
    expect(samples).toBeGreaterThan(5);
    expect(p95ServerMs).toBeLessThan(150);
    expect(worstServerMs).toBeLessThan(400);
    expect(worstMs).toBeLessThan(500);
    // The console works again once Neo4j has finished the stopped queries.
    await expect
      .poll(async () => (await cypher("RETURN 1 AS one")).status, { timeout: 60_000, interval: 500 })
      .toBe(200);
  });
});

describe("client mistakes are 4xx, never 500", () => {
  it("answers bad paths, encodings, bodies and parameters with 4xx JSON", async () => {
    const deep = `{"query":"RETURN $p AS p","params":{"p":${"[".repeat(5000)}${"]".repeat(5000)}}}`;
    const cases: [string, Promise<Reply>][] = [
      ["missing asset", raw("GET", "/assets/nope-123.js")],
      ["bad percent-encoding", raw("GET", "/api/nodes/%E0%A4%A")],
      [
        "compress encoding",
        raw("POST", "/api/cypher", { "content-type": "application/json", "content-encoding": "compress" }, "{}"),
      ],
      ["deep params", raw("POST", "/api/cypher", { "content-type": "application/json" }, deep)],
      ["in transactions", cypher("CALL { RETURN 1 AS x } IN TRANSACTIONS RETURN x")],
      ["not json", raw("POST", "/api/cypher", { "content-type": "application/json" }, "{")],
    ];
    for (const [what, pending] of cases) {
      const r = await pending;
      expect(r.status, what).toBeGreaterThanOrEqual(400);
      expect(r.status, what).toBeLessThan(500);
      expect(JSON.stringify(r.body), what).not.toMatch(/\n\s+at |\.ts:\d+/);
    }
  });
});

describe("the Host check", () => {
  it("answers to loopback names with its port and refuses any other Host (DNS rebinding)", async () => {
    const { port } = new URL(t.url);
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await raw("GET", "/api/health", { host })).status, host).toBe(200);
    }
    for (const host of ["evil.example", `evil.example:${port}`, `localhost:${Number(port) + 1}`, "127.0.0.1"]) {
      const r = await raw("POST", "/api/cypher", { host, "content-type": "application/json" }, '{"query":"RETURN 1"}');
      expect(r.status, host).toBe(403);
      expect(r.body.code).toBe("HOST_NOT_ALLOWED");
    }
  });
});

describe("exports", () => {
  it("are built off the event loop once per graph state: health stays fast, a second request is served from memory", async () => {
    // A bigger graph than the fixture's, so the export takes real time.
    const session = t.db.driver.session();
    try {
      await session.run(
        "UNWIND range(1, 20000) AS i CREATE (:Paper {id: 'bulk-' + i, title: 'Bulk paper ' + i, abstract: 'An abstract of some length ' + i})",
      );
      const { worstMs, worstServerMs, p95ServerMs, samples } = await healthDuring(() =>
        raw("GET", "/api/export?format=gexf"),
      );
      Object.assign(figures, {
        exportHealthWorstMs: Math.round(worstMs),
        exportHealthServerWorstMs: Math.round(worstServerMs),
        exportHealthServerP95Ms: Math.round(p95ServerMs),
      });
      expect(samples).toBeGreaterThan(1);
      expect(worstServerMs).toBeLessThan(150);
      expect(worstMs).toBeLessThan(300);
      const again = await raw("GET", "/api/export?format=gexf");
      expect(again.status).toBe(200);
      expect(again.ms).toBeLessThan(1000);
    } finally {
      await session.run("MATCH (p:Paper) WHERE p.id STARTS WITH 'bulk-' DETACH DELETE p");
      await session.close();
    }
  });
});

describe("after every probe", () => {
  it("the graph is as it was and no LOAD CSV reached the canary", async () => {
    expect(await graphCounts(t.db)).toEqual(before);
    expect(canaryHits).toBe(0);
  });
});
