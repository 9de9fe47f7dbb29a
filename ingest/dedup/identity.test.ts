import { describe, expect, it } from "vitest";
import type { ParsedEntry } from "../../schema/model.ts";
import { dedupEntries, dedupRecords, mergePapers } from "./dedup.ts";
import {
  arxivIdFromDoi,
  groupByIdentity,
  normalizeDoi,
  normalizeOpenalexId,
  normalizeS2Id,
  strongKeys,
} from "./identity.ts";
import { paperId } from "./title-key.ts";

function entry(over: Partial<ParsedEntry> & { file?: string; line?: number } = {}): ParsedEntry {
  const { file = "a.txt", line = 1, ...rest } = over;
  return {
    title: "Graph Mamba",
    abstract: "",
    authorCount: null,
    organization: null,
    published: null,
    upvotes: null,
    links: [],
    arxivId: null,
    occurrence: { file, line },
    ...rest,
  };
}

describe("identifier clean-up", () => {
  it("normalises DOIs, OpenAlex and S2 ids, and reads arXiv DOIs as arXiv ids", () => {
    expect(normalizeDoi("https://doi.org/10.1145/ABC.1")).toBe("10.1145/abc.1");
    expect(normalizeDoi("doi: 10.1/x")).toBe("10.1/x");
    expect(normalizeDoi("not a doi")).toBeNull();
    expect(normalizeOpenalexId("https://openalex.org/W2741809807")).toBe("W2741809807");
    expect(normalizeS2Id("2D5673CAA9E6AF3A7B82A43F19EE920992DB07AD")).toBe("2d5673caa9e6af3a7b82a43f19ee920992db07ad");
    expect(arxivIdFromDoi("10.48550/arxiv.2401.01234")).toBe("2401.01234");
    expect(strongKeys({ title: "T", arxivId: null, doi: "10.48550/arxiv.2401.01234", openalexId: "W1" })).toEqual([
      "arxiv:2401.01234",
      "openalex:W1",
    ]);
  });
});

describe("groupByIdentity / dedupEntries across sources", () => {
  it("joins records that share any strong id, transitively, whatever their titles", () => {
    const papers = dedupEntries([
      entry({ title: "A", arxivId: "2401.00001", line: 1 }),
      entry({ title: "A (journal version)", doi: "10.1/a", openalexId: "W9", line: 2 }),
      entry({ title: "A, again", openalexId: "W9", arxivId: "2401.00001", line: 3 }),
    ]);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ id: "2401.00001", doi: "10.1/a", openalexId: "W9" });
  });

  it("falls back to the title key, but never joins two different arXiv ids", () => {
    const groups = groupByIdentity(
      [
        { title: "Same Title", arxivId: "2401.00002" },
        { title: "same  title", arxivId: null, doi: "10.1/x" },
        { title: "Same Title", arxivId: "2401.00001" },
      ],
      (x) => x,
    );
    expect(groups.map((g) => g.map((x) => x.arxivId ?? x.doi))).toEqual([["2401.00002"], ["10.1/x", "2401.00001"]]);
  });

  it("a stub with no title gets an id from its strongest identifier, and a described copy fills it", () => {
    expect(paperId({ title: "", arxivId: null, doi: null, openalexId: "W7", s2Id: null })).toBe("openalex:W7");
    const [stub] = dedupEntries([entry({ title: "", openalexId: "W7", stub: true })]);
    const [real] = dedupEntries([entry({ title: "Real Title", abstract: "Text.", openalexId: "W7", file: "b.txt" })]);
    const merged = mergePapers(stub!, real!);
    expect(merged).toMatchObject({ id: real!.id, title: "Real Title", abstract: "Text.", openalexId: "W7" });
    expect(merged.stub).toBeUndefined();
    expect(mergePapers(real!, stub!)).toEqual(merged);
  });

  it("dedupRecords keeps the longest author list and every copy's citations", () => {
    const ref = {
      arxivId: null,
      doi: "10.1/r",
      openalexId: null,
      s2Id: null,
      title: null,
      year: null,
      source: "s2" as const,
    };
    const [record] = dedupRecords([
      entry({ arxivId: "2401.00001", authors: ["A"], references: [ref] }),
      entry({ arxivId: "2401.00001", authors: ["A", "B"], citedBy: [ref], file: "b.txt" }),
    ]);
    expect(record).toMatchObject({ authors: ["A", "B"], references: [ref], citedBy: [ref] });
  });
});
