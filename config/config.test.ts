import { describe, expect, it } from "vitest";
import { DEFAULT_LOCAL_PASSWORD, loadConfig } from "./config.ts";

describe("loadConfig(env)", () => {
  it("defaults to a local server on 127.0.0.1:7687 with the local password", () => {
    const config = loadConfig({});
    expect(config.external).toBe(false);
    expect(config.neo4jUri).toBe("bolt://127.0.0.1:7687");
    expect(config.neo4jPassword).toBe(DEFAULT_LOCAL_PASSWORD);
    expect(config.port).toBe(3000);
  });

  it("uses NEO4J_URI as an external server and requires its password", () => {
    expect(() => loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io" })).toThrow(/NEO4J_PASSWORD/);
    const config = loadConfig({ NEO4J_URI: "bolt://db:7687", NEO4J_USER: "reader", NEO4J_PASSWORD: "pw" });
    expect(config).toMatchObject({
      external: true,
      neo4jUri: "bolt://db:7687",
      neo4jUser: "reader",
      neo4jPassword: "pw",
    });
  });

  it("refuses a URI without a scheme, naming the key and the value", () => {
    expect(() => loadConfig({ NEO4J_URI: "localhost:7687", NEO4J_PASSWORD: "x" })).toThrow(
      'NEO4J_URI: expected a bolt:// or neo4j:// URL, got "localhost:7687"',
    );
  });

  it("validates ports and memory sizes", () => {
    expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT: expected a port number/);
    expect(() => loadConfig({ PAPERATLAS_NEO4J_HEAP: "lots" })).toThrow(/PAPERATLAS_NEO4J_HEAP: expected a size/);
    const config = loadConfig({ PAPERATLAS_NEO4J_BOLT_PORT: "7787", PAPERATLAS_NEO4J_HEAP: "2G" });
    expect(config.neo4jUri).toBe("bolt://127.0.0.1:7787");
    expect(config.local.heap).toBe("2g");
  });

  it("reads the overview threshold of big maps, 200,000 nodes unless told", () => {
    expect(loadConfig({}).mapAggregateAbove).toBe(200_000);
    expect(loadConfig({ PAPERATLAS_MAP_AGGREGATE_ABOVE: "50" }).mapAggregateAbove).toBe(50);
    expect(() => loadConfig({ PAPERATLAS_MAP_AGGREGATE_ABOVE: "many" })).toThrow(
      /PAPERATLAS_MAP_AGGREGATE_ABOVE: expected/,
    );
  });

  it("reads the password from NEO4J_PASSWORD_FILE, and says which file it cannot read", () => {
    expect(() => loadConfig({ NEO4J_PASSWORD_FILE: "/nonexistent/pw" })).toThrow(/cannot read "\/nonexistent\/pw"/);
  });
});
