import { describe, expect, it } from "vitest";
import { detailsOutsideNames, planRefusal, procedureName, type PlanNode } from "./policy.ts";

const op = (operatorType: string, details = "", children: PlanNode[] = []): PlanNode => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: { Details: details },
  children,
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

describe("planRefusal: subqueries kept inside expressions", () => {
  it("refuses a plan whose operator details hold an unplanned COLLECT/COUNT/EXISTS subquery or call", () => {
    const hidden =
      'CASE\n  WHEN rand() < $autoint_0 THEN COLLECT { LOAD CSV FROM "http://x" AS l RETURN l AS l }\nEND AS x';
    const plan = op("ProduceResults", "x", [op("Projection", hidden)]);
    expect(planRefusal("r", plan)?.message).toMatch(/COLLECT/);
    const call = "COUNT { ResolvedCall(db.stats.retrieve(section :: STRING) :: data :: MAP) RETURN data }";
    expect(planRefusal("r", op("ProduceResults", "", [op("Projection", call)]))).not.toBeNull();
  });

  it("passes a plan that only names such a subquery in a quoted column alias", () => {
    const alias = "`CASE WHEN p.x > 1 THEN COUNT { (p)--() } ELSE 0 END`";
    const plan = op("ProduceResults", alias, [op("Projection", `getDegree((p)--()) AS ${alias}`)]);
    expect(planRefusal("r", plan)).toBeNull();
    expect(detailsOutsideNames("a AS `x``COUNT {` , b")).toBe("a AS  , b");
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
