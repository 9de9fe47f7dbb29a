/** precomputedExtractor / corpusExtractor: results extracted ahead, a paper changed on merge extracted afresh. */
import { describe, expect, it } from "vitest";
import type { ExtractedPaper, Paper } from "../../schema/model.ts";
import { testPaper } from "../../test/fixtures/paper.ts";
import { conceptId, extractCorpus } from "../extract/index.ts";
import { corpusExtractor, precomputedExtractor } from "./extraction.ts";

const a = testPaper({
  id: "a",
  title: "Link prediction with neural common neighbor",
  abstract: "We propose Neural Common Neighbor (NCN) for link prediction.",
});
const b = testPaper({ id: "b", title: "Scaling NCN to large graphs", abstract: "NCN is fast on large graphs." });

describe("precomputedExtractor(results, papers, fallback)", () => {
  it("returns the precomputed result of an unchanged paper and extracts a paper changed on merge afresh", () => {
    const ahead: ExtractedPaper[] = [
      { id: "a", title: a.title, proposed: null, acronyms: [], entities: [] },
      { id: "b", title: b.title, proposed: null, acronyms: [], entities: [] },
    ];
    const asked: string[][] = [];
    const fallback = {
      conceptId,
      extract: (papers: readonly Paper[]) => {
        asked.push(papers.map((p) => p.id));
        return extractCorpus(papers);
      },
    };
    const extractor = precomputedExtractor(ahead, [a, b], fallback);
    const merged = {
      ...b,
      abstract: "A longer abstract from another source: NCN scales to graphs with a billion edges.",
    };
    const results = extractor.extract([a, merged]);
    expect(asked).toEqual([["b"]]);
    expect(results[0]).toBe(ahead[0]);
    expect(results[1]).toEqual(extractCorpus([merged])[0]);
  });
});

describe("corpusExtractor(papers)", () => {
  it("resolves an acronym one paper defines in another that only uses it", () => {
    const [result] = corpusExtractor([a, b]).extract([b]);
    expect(result?.entities.map((e) => e.name)).toEqual(["Neural Common Neighbor"]);
    // alone, b does not know what NCN stands for (the title fallback may still name its topic)
    expect(extractCorpus([b])[0]?.entities.map((e) => e.name)).not.toContain("Neural Common Neighbor");
  });
});
