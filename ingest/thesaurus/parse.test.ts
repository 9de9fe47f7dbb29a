import { describe, expect, it } from "vitest";
import { isPaperAtlasError } from "../../schema/errors.ts";
import { parseThesaurus } from "./parse.ts";

function failure(text: string): { code: string; where: string | undefined } {
  try {
    parseThesaurus(text, "my.tsv");
  } catch (error) {
    if (isPaperAtlasError(error)) return { code: error.code, where: error.where };
    throw error;
  }
  throw new Error("expected a parse error");
}

describe("parseThesaurus (TSV, VOSviewer format)", () => {
  it("reads label / replace by, with an optional type column and ignored extras", () => {
    const t = parseThesaurus(
      "label\treplace by\ttype\tconfidence\nMoE\tMixture of Experts\t\t0.9\nmodel\t\t\t\nPruning\tPruning\ttask\t1\n",
      "my.tsv",
    );
    expect(t.rules.get("moe")).toEqual({ from: "MoE", to: "Mixture of Experts", type: null, where: "my.tsv:2" });
    expect(t.rules.get("model")?.to).toBeNull(); // empty replace-by: ignore the term
    expect(t.rules.get("pruning")?.type).toBe("task");
  });
  it("keys rules by the normalised label", () => {
    expect(parseThesaurus("replace by\tlabel\nGraph Neural Network\tGNNs\n", "t.tsv").rules.get("gnn")?.to).toBe(
      "Graph Neural Network",
    );
  });
  it("names file:line for a missing header, an unknown type, an empty label and a duplicate", () => {
    expect(failure("MoE\tMixture of Experts\n")).toEqual({ code: "PARSE_FAILED", where: "my.tsv:1" });
    expect(failure("label\treplace by\ttype\nMoE\tX\tmodel\n")).toEqual({ code: "PARSE_FAILED", where: "my.tsv:2" });
    expect(failure("label\treplace by\n\n# comment\n\tX\n")).toEqual({ code: "PARSE_FAILED", where: "my.tsv:4" });
    expect(failure("label\treplace by\nMoE\tA\nMoEs\tB\n")).toEqual({ code: "PARSE_FAILED", where: "my.tsv:3" });
    expect(failure("")).toEqual({ code: "PARSE_FAILED", where: "my.tsv:1" });
  });
});

describe("parseThesaurus (JSON)", () => {
  it("reads merge and ignore lists", () => {
    const t = parseThesaurus(
      '{"merge": [{"from": "MoE", "to": "Mixture of Experts", "type": "method"}], "ignore": ["framework"]}',
      "t.json",
    );
    expect(t.rules.get("moe")).toMatchObject({ to: "Mixture of Experts", type: "method" });
    expect(t.rules.get("framework")?.to).toBeNull();
  });
  it("names the line of a JSON syntax error and of a bad entry", () => {
    expect(failure('{\n  "merge": [\n    {"from": "a", "to": "b"},,\n  ]\n}')).toEqual({
      code: "PARSE_FAILED",
      where: "my.tsv:3",
    });
    expect(failure('{\n  "merge": [\n    {"from": "MoE"}\n  ]\n}')).toEqual({
      code: "PARSE_FAILED",
      where: "my.tsv:3",
    });
  });
  it("rejects an unknown type in a merge entry", () => {
    expect(failure('{"merge": [\n{"from": "MoE", "to": "X", "type": "model"}]}')).toEqual({
      code: "PARSE_FAILED",
      where: "my.tsv:2",
    });
  });
});
