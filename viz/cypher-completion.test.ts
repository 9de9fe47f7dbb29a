import { describe, expect, it } from "vitest";
import { completionsAt, openBracket } from "./cypher-completion.ts";

const schema = {
  labels: ["Paper", "Method", "Odd Label"],
  relationshipTypes: ["MENTIONS", "CITES"],
  propertyKeys: ["title", "year"],
  functions: ["count", "toLower"],
  procedures: ["db.labels"],
};
const at = (text: string) => completionsAt(text, text.length, schema);

describe("completionsAt(text, pos, schema)", () => {
  it("offers labels after ':' in a node pattern, quoting names that need it", () => {
    const r = at("MATCH (p:Pa");
    expect(r?.from).toBe(9);
    expect(r?.options.map((o) => o.label)).toEqual(["Paper", "Method", "Odd Label"]);
    expect(r?.options[2]?.apply).toBe("`Odd Label`");
  });

  it("offers relationship types after ':' in a relationship pattern", () => {
    expect(at("MATCH (p:Paper)-[:")?.options.map((o) => o.label)).toEqual(["MENTIONS", "CITES"]);
    expect(at("MATCH (p:Paper)-[r:ME")?.options.map((o) => o.label)).toEqual(["MENTIONS", "CITES"]);
  });

  it("offers property keys after '.', procedures after CALL, keywords and functions for a word", () => {
    expect(at("MATCH (p) RETURN p.")?.options.map((o) => o.type)).toEqual(["property", "property"]);
    expect(at("CALL ")?.options.map((o) => o.label)).toEqual(["db.labels"]);
    const word = at("MATCH (p) RET");
    expect(word?.from).toBe(10);
    expect(word?.options.some((o) => o.label === "RETURN")).toBe(true);
    expect(word?.options.find((o) => o.label === "count")?.apply).toBe("count(");
    expect(at("MATCH (p) ")).toBeNull();
  });
});

describe("openBracket(text, pos)", () => {
  it("finds the innermost open bracket, skipping closed ones", () => {
    expect(openBracket("MATCH (a)-[", 11)).toBe("[");
    expect(openBracket("MATCH (a)-[r]->(", 16)).toBe("(");
    expect(openBracket("RETURN {a: 1}", 13)).toBeNull();
  });
});
