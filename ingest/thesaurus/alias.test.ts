import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ExtractedEntity } from "../../schema/model.ts";
import { isPaperAtlasError } from "../../schema/errors.ts";
import { applyThesaurus } from "./apply.ts";
import { isAliasFile, parseThesaurus } from "./parse.ts";

const FIXTURE = readFileSync(path.join(import.meta.dirname, "__fixtures__", "citespace.alias"), "utf8");

function failure(text: string, file = "my.alias"): { code: string; where: string | undefined; message: string } {
  try {
    parseThesaurus(text, file);
  } catch (error) {
    if (isPaperAtlasError(error)) return { code: error.code, where: error.where, message: error.message };
    throw error;
  }
  throw new Error("expected a parse error");
}

const entity = (name: string, count = 1): ExtractedEntity => ({
  name,
  type: "method",
  aliases: [],
  count,
  inTitle: false,
});

describe("parseThesaurus (CiteSpace alias file)", () => {
  it("merges each secondary term into its primary, following chains, skipping blank lines", () => {
    const t = parseThesaurus(FIXTURE, "citespace.alias");
    const rules = [...t.rules.values()].map((r) => [r.from, r.to, r.type, r.where]);
    expect(rules).toEqual([
      ["MoE", "Mixture of Experts", null, "citespace.alias:1"],
      ["mixture-of-expert models", "Mixture of Experts", null, "citespace.alias:2"],
      ["GNN", "Graph Neural Network", null, "citespace.alias:4"],
      ["graph neural nets", "Graph Neural Network", null, "citespace.alias:5"], // GNN#… → GNN → Graph Neural Network
      ["Speculative Decoding", "speculative decoding", null, "citespace.alias:6"], // a rename
    ]);
  });

  it("is applied like any thesaurus: the secondary terms' counts go to the primary", () => {
    const t = parseThesaurus(FIXTURE, "citespace.alias");
    const out = applyThesaurus([entity("MoE", 3), entity("Mixture of Experts", 2), entity("graph neural nets")], t);
    expect(out.map((e) => [e.name, e.count, e.aliases])).toEqual([
      ["Mixture of Experts", 5, ["MoE"]],
      ["Graph Neural Network", 1, ["graph neural nets"]],
    ]);
  });

  it("isAliasFile() knows the format by extension or by content, and leaves TSV and JSON alone", () => {
    expect(isAliasFile("", "citespace.alias")).toBe(true);
    expect(isAliasFile("# note\n\nA#B\n", "terms.txt")).toBe(true);
    expect(isAliasFile("label\treplace by\nC#\tC sharp\n", "terms.txt")).toBe(false);
    expect(isAliasFile('{"merge": []}', "terms.txt")).toBe(false);
    expect(parseThesaurus("", "empty.alias").rules.size).toBe(0);
    expect([...parseThesaurus("label\treplace by\nC#\tC sharp\n", "t.tsv").rules.values()][0]?.to).toBe("C sharp");
  });

  it("names file:line for a line without #, with two #, with an empty side, a duplicate and a loop", () => {
    const at = (text: string) => {
      const f = failure(text);
      return [f.code, f.where];
    };
    expect(at("A#B\nno separator here\n")).toEqual(["PARSE_FAILED", "my.alias:2"]);
    expect(at("A#B\n\nC#D#E\n")).toEqual(["PARSE_FAILED", "my.alias:3"]);
    expect(at("A#\n")).toEqual(["PARSE_FAILED", "my.alias:1"]);
    expect(at("A#B\n#B2\n")).toEqual(["PARSE_FAILED", "my.alias:2"]);
    expect(at("A#B\nC#B\n")).toEqual(["PARSE_FAILED", "my.alias:2"]);
    expect(at("A#B\nB#A\n")).toEqual(["PARSE_FAILED", "my.alias:1"]);
    expect(failure("A#B\nno separator here\n").message).toBe(
      'thesaurus: my.alias:2: expected "primary#secondary", got "no separator here"',
    );
  });
});
