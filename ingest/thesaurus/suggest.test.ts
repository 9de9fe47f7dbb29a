import { describe, expect, it } from "vitest";
import type { ExtractedPaper } from "../../schema/model.ts";
import { parseThesaurus } from "./parse.ts";
import { formatSuggestions, suggestThesaurus } from "./suggest.ts";

const paper = (
  id: string,
  entities: Array<[string, ExtractedPaper["entities"][number]["type"]]>,
  acronyms: ExtractedPaper["acronyms"] = [],
): ExtractedPaper => ({
  id,
  title: id,
  proposed: null,
  acronyms,
  entities: entities.map(([name, type]) => ({ name, type, aliases: [], count: 1, inTitle: false })),
});

describe("suggestThesaurus", () => {
  const texts = [
    { id: "a", title: "A", abstract: "We route tokens with Sparsely Gated Expert Routers (SGER) in large models." },
    { id: "b", title: "B", abstract: "SGER layers." },
    { id: "c", title: "C", abstract: "" },
    { id: "d", title: "D", abstract: "" },
  ];
  const extracted = [
    paper(
      "a",
      [
        ["Sparsely Gated Expert Router", "method"],
        ["Multi-Layer Perceptron", "method"],
        ["Pruning", "technique"],
      ],
      [{ short: "SGER", long: "Sparsely Gated Expert Routers" }],
    ),
    paper("b", [
      ["SGER", "method"],
      ["Multilayer Perceptron", "method"],
      ["Pruning", "technique"],
    ]),
    paper("c", [
      ["Graph Neural Network Model", "method"],
      ["Graph Neural Network", "method"],
      ["Pruning", "task"],
      ["Multi-Layer Perceptron", "method"],
    ]),
    paper("d", [
      ["Convolutional Nueral Network", "method"],
      ["Convolutional Neural Network", "method"],
      ["Graph Neural Network", "method"],
    ]),
  ];
  const rows = suggestThesaurus(texts, extracted);
  const row = (label: string) => rows.find((r) => r.label === label);

  it("suggests acronym merges with the defining sentence as evidence", () => {
    expect(row("SGER")).toMatchObject({ replaceBy: "Sparsely Gated Expert Router", reason: "acronym" });
    expect(row("SGER")?.evidence).toContain("Sparsely Gated Expert Routers (SGER)");
  });
  it("suggests spelling variants, near-duplicates and retypes", () => {
    expect(row("Multilayer Perceptron")).toMatchObject({ replaceBy: "Multi-Layer Perceptron", reason: "variant" });
    expect(row("Graph Neural Network Model")).toMatchObject({ replaceBy: "Graph Neural Network", reason: "near" });
    expect(row("Convolutional Nueral Network")).toMatchObject({
      replaceBy: "Convolutional Neural Network",
      reason: "near",
    });
    expect(row("Pruning")).toMatchObject({ type: "technique", reason: "type", confidence: 0.67 });
  });
  it("writes a TSV that parses back as a thesaurus", () => {
    const tsv = formatSuggestions(rows);
    expect(tsv.split("\n")[0]).toBe("label\treplace by\ttype\tconfidence\treason\tevidence");
    const t = parseThesaurus(tsv, "suggested.tsv");
    expect(t.rules.get("sger")?.to).toBe("Sparsely Gated Expert Router");
    expect(t.rules.size).toBe(rows.length);
  });
});
