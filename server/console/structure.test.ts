import { getDebugTree, lintCypherQuery } from "@neo4j-cypher/language-support";
import { beforeAll, describe, expect, it } from "vitest";
import { analyseQuery } from "./analyse.ts";
import { nestingDepth, rangeSize } from "./structure.ts";

const parser = { getDebugTree, lintCypherQuery };
const judge = (query: string, params: Record<string, unknown> = {}) => analyseQuery(query, params, parser).refusal;

// Loading and compiling Neo4j's Cypher front end takes seconds on a busy machine: once, up front.
beforeAll(() => {
  lintCypherQuery("MATCH (n) RETURN n", {});
}, 60_000);

describe("analyseQuery(query): the console's structural gate, on Neo4j's grammar", { timeout: 30_000 }, () => {
  it("accepts read queries: patterns, aggregation, subquery expressions, comprehensions, allowed procedures", () => {
    for (const query of [
      "MATCH (p:Paper)-[:MENTIONS]->(h:Hardware {name:'FPGA'}) RETURN p.title",
      "MATCH (s:Source)<-[:FROM]-(p:Paper) RETURN s.name, count(p) ORDER BY s.name",
      "MATCH (p:Paper) WHERE size(p.sources) > 1 RETURN p.title, p.sources",
      "MATCH (p:Paper) RETURN p.title, [x IN p.links WHERE x CONTAINS 'github' | x] AS gh, EXISTS { (p)-[:CITES]->() } AS c, COUNT { (p)--() } AS d LIMIT 3",
      "CALL db.labels() YIELD label RETURN label",
      "MATCH (p:Paper) CALL (p) { MATCH (p)-[:CITES]->(q) RETURN count(q) AS n } RETURN p.title, n",
      "MATCH (p:Paper) WHERE p.title CONTAINS 'LOAD CSV' RETURN p // CREATE (x)",
      "UNWIND range(1, 10) AS i RETURN i",
    ]) {
      expect(judge(query), query).toBeNull();
    }
  });

  it("refuses LOAD CSV at any depth, whatever the white space or comments between its words", () => {
    for (const query of [
      "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
      'RETURN CASE WHEN rand() < 2 THEN COLLECT { LOAD\u001cCSV FROM "http://127.0.0.1:1/x" AS l RETURN l } ELSE [] END AS x',
      "MATCH (n) // a comment ended by a carriage return\r LOAD CSV FROM 'http://127.0.0.1:1/x' AS l RETURN l",
      "RETURN COUNT { LOAD /* x */ CSV FROM 'http://127.0.0.1:1/x' AS l RETURN l }",
      "CALL { LOAD\u001fCSV FROM 'http://127.0.0.1:1/x' AS l RETURN l } RETURN l",
      "RETURN [x IN [1] | EXISTS { LOAD CSV FROM 'http://127.0.0.1:1/x' AS l RETURN l }]",
    ]) {
      expect(judge(query)?.message, JSON.stringify(query)).toMatch(/LOAD CSV/);
    }
  });

  it("refuses procedures off the allowlist, nested too, and plugin functions", () => {
    expect(
      judge(
        'RETURN CASE WHEN rand() < 2 THEN COLLECT { CALL db.stats.retrieve("QUERIES") YIELD data RETURN data } END',
      ),
    ).toMatchObject({ code: "CYPHER_WRITE_REFUSED", message: expect.stringMatching(/db\.stats\.retrieve/) });
    expect(judge("CALL dbms.listConfig()")?.code).toBe("CYPHER_WRITE_REFUSED");
    expect(judge("RETURN apoc.load.json('http://x')")?.message).toMatch(/apoc\.load\.json/);
    expect(judge("RETURN file()")?.message).toMatch(/file\(\)/);
  });

  it("refuses writes and commands, nested or not", () => {
    for (const query of [
      "MATCH (n) SET n.x = 1",
      "CREATE (:Evil)",
      "MATCH (p:Paper) CALL (p) { SET p.x = 0 } RETURN count(*)",
      "FOREACH (i IN [1] | CREATE (:Evil))",
      "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS",
      "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n",
      "SHOW TRANSACTIONS",
      "CREATE INDEX evil IF NOT EXISTS FOR (n:Paper) ON (n.abstract)",
    ]) {
      expect(judge(query), query).not.toBeNull();
    }
  });

  it("answers EXPLAIN, PROFILE and syntax errors with 400 and the place", () => {
    expect(judge("EXPLAIN MATCH (n) RETURN n")?.code).toBe("BAD_REQUEST");
    expect(judge("PROFILE MATCH (n) RETURN n")?.code).toBe("BAD_REQUEST");
    expect(judge("MATCH (n RETURN n")).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^cypher: 1:10: /),
    });
  });

  it("refuses range() with constant bounds past the bound, from literals or parameters", () => {
    expect(judge("RETURN range(1, 2000000)")?.code).toBe("BAD_REQUEST");
    expect(judge("RETURN reduce(s = 0, x IN range(1, 4e8) | s + x)")?.code).toBe("BAD_REQUEST");
    expect(judge("RETURN range(1, $n)", { n: 1e9 })?.code).toBe("BAD_REQUEST");
    expect(judge("RETURN range(1, $n)", { n: 10 })).toBeNull();
  });

  it("refuses thousands of nested brackets before any parser sees them", () => {
    const query = `RETURN ${"(".repeat(4900)}1${")".repeat(4900)}`;
    expect(judge(query)?.message).toMatch(/4900 deep/);
  });
});

describe("nestingDepth(query) and rangeSize(start, end, step)", () => {
  it("over-counts rather than under-counts", () => {
    expect(nestingDepth("RETURN [(1), {a: [2]}]")).toBe(3);
    expect(nestingDepth("RETURN '((('")).toBe(3);
  });

  it("counts range values as Cypher does", () => {
    expect(rangeSize(1, 10)).toBe(10);
    expect(rangeSize(0, 10, 3)).toBe(4);
    expect(rangeSize(10, 1)).toBe(0);
    expect(rangeSize(1, 10, 0)).toBe(Infinity);
  });
});
