import { describe, expect, it } from "vitest";
import { API } from "../schema/api.ts";
import { openApiDocument } from "./openapi.ts";

type Operation = {
  parameters: { name: string; in: string; required: boolean }[];
  responses: Record<string, unknown>;
  requestBody?: unknown;
};

describe("openApiDocument(version)", () => {
  const doc = openApiDocument("9.9.9") as {
    openapi: string;
    info: { version: string };
    paths: Record<string, Record<string, Operation>>;
  };

  it("is OpenAPI 3.1 with one operation per route of the API table", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.version).toBe("9.9.9");
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
    );
    expect(operations.sort()).toEqual(Object.keys(API).sort());
  });

  it("lists path and query parameters with their required flags", () => {
    const search = doc.paths["/api/search"]!["get"]!;
    expect(search.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["q", "query", true],
      ["limit", "query", false],
      ["types", "query", false],
    ]);
    expect(doc.paths["/api/nodes/{id}"]!["get"]!.parameters[0]).toMatchObject({
      name: "id",
      in: "path",
      required: true,
    });
  });

  it("describes error responses by status and the Cypher request body", () => {
    const cypher = doc.paths["/api/cypher"]!["post"]!;
    expect(Object.keys(cypher.responses).sort()).toEqual(["200", "400", "403", "408", "429", "500"]);
    expect(JSON.stringify(cypher.requestBody)).toContain('"query"');
  });
});
