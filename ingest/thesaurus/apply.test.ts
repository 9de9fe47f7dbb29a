import { describe, expect, it } from "vitest";
import type { ExtractedEntity } from "../../schema/model.ts";
import { applyThesaurus } from "./apply.ts";
import { parseThesaurus } from "./parse.ts";

const e = (name: string, type: ExtractedEntity["type"], aliases: string[] = [], count = 1): ExtractedEntity => ({
  name,
  type,
  aliases,
  count,
  inTitle: false,
});

describe("applyThesaurus", () => {
  const thesaurus = parseThesaurus(
    "label\treplace by\ttype\nMoE\tMixture of Experts\t\nTransformers library\tHugging Face Transformers\t\nmodel\t\t\nquantization\tQuantization\ttask\n",
    "t.tsv",
  );
  it("merges a term into another concept, summing counts and keeping the old name as an alias", () => {
    const out = applyThesaurus([e("Mixture of Experts", "method", [], 2), e("MoE", "method", [], 3)], thesaurus);
    expect(out).toEqual([{ name: "Mixture of Experts", type: "method", aliases: ["MoE"], count: 5, inTitle: false }]);
  });
  it("renames, ignores and retypes", () => {
    const out = applyThesaurus(
      [e("Transformers library", "method"), e("model", "method"), e("Quantization", "technique", ["quantisation"])],
      thesaurus,
    );
    expect(out.map((x) => `${x.type}:${x.name}`)).toEqual(["method:Hugging Face Transformers", "task:Quantization"]);
  });
  it("matches a rule through an alias and through plural or hyphen variants", () => {
    expect(applyThesaurus([e("Mixture-of-Experts", "method", ["MoEs"])], thesaurus)[0]?.name).toBe(
      "Mixture of Experts",
    );
  });
  it("leaves entities without a rule alone", () => {
    expect(applyThesaurus([e("BERT", "method")], thesaurus)).toEqual([e("BERT", "method")]);
  });
});
