import { describe, expect, it } from "vitest";
import { planRefusal, preflightRefusal, procedureName, stripLiterals, type PlanNode } from "./policy.ts";

const op = (operatorType: string, details = "", children: PlanNode[] = []): PlanNode => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: { Details: details },
  children,
});

describe("preflightRefusal(query)", () => {
  it("accepts plain reads, including keywords inside strings and comments", () => {
    expect(preflightRefusal("MATCH (n) RETURN n LIMIT 5")).toBeNull();
    expect(preflightRefusal("MATCH (p:Paper) WHERE p.title CONTAINS 'LOAD CSV' RETURN p // USE system")).toBeNull();
  });

  it("refuses EXPLAIN/PROFILE prefixes and query options with BAD_REQUEST", () => {
    expect(preflightRefusal("EXPLAIN MATCH (n) RETURN n")?.code).toBe("BAD_REQUEST");
    expect(preflightRefusal("  profile MATCH (n) RETURN n")?.code).toBe("BAD_REQUEST");
    expect(preflightRefusal("CYPHER runtime=slotted MATCH (n) RETURN n")?.code).toBe("BAD_REQUEST");
  });

  it("refuses USE and LOAD CSV", () => {
    expect(preflightRefusal("USE system SHOW USERS")?.code).toBe("CYPHER_WRITE_REFUSED");
    expect(preflightRefusal("load csv from 'file:///etc/passwd' AS l RETURN l")?.code).toBe("CYPHER_WRITE_REFUSED");
  });
});

describe("stripLiterals(query)", () => {
  it("blanks strings, comments and quoted names but keeps lengths and line breaks", () => {
    const q = "RETURN 'a\\'b', \"c\", `d e` /* x\ny */ // z";
    const out = stripLiterals(q);
    expect(out.length).toBe(q.length);
    expect(out).not.toMatch(/[a-e]\W*$/);
    expect(out.split("\n").length).toBe(2);
  });
});

describe("planRefusal(queryType, plan)", () => {
  const read = op("ProduceResults", "n", [op("AllNodesScan", "n")]);

  it("passes a read-only plan", () => {
    expect(planRefusal("r", read)).toBeNull();
  });

  it("refuses write, read-write and schema query types", () => {
    for (const type of ["w", "rw", "s"]) expect(planRefusal(type, read)?.code).toBe("CYPHER_WRITE_REFUSED");
    expect(planRefusal(undefined, read)?.code).toBe("CYPHER_WRITE_REFUSED");
  });

  it("refuses a missing plan", () => {
    expect(planRefusal("r", false)?.code).toBe("CYPHER_WRITE_REFUSED");
  });

  it("refuses LoadCSV and server-internal operators anywhere in a read plan", () => {
    expect(planRefusal("r", op("ProduceResults", "l", [op("LoadCSV", "l")]))?.message).toMatch(/LoadCSV/);
    expect(planRefusal("r", op("ProduceResults", "", [op("ShowSettings", "")]))).not.toBeNull();
  });

  it("allows allowlisted procedures and refuses others", () => {
    const call = (details: string) => op("ProduceResults", "", [op("ProcedureCall", details)]);
    expect(planRefusal("r", call("db.labels() :: (label :: STRING)"))).toBeNull();
    expect(planRefusal("r", call("db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)"))).toBeNull();
    expect(planRefusal("r", call("apoc.load.json($url) :: (value :: MAP)"))?.message).toMatch(/apoc\.load\.json/);
    expect(planRefusal("r", call("dbms.listConfig() :: (name :: STRING)"))).not.toBeNull();
  });
});

describe("procedureName(node)", () => {
  it("reads the procedure from the operator details", () => {
    expect(procedureName(op("ProcedureCall", "db.schema.visualization() :: (nodes :: LIST<NODE>)"))).toBe(
      "db.schema.visualization",
    );
    expect(procedureName(op("ProcedureCall", ""))).toBeNull();
  });
});
