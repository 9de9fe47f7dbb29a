import { describe, expect, it } from "vitest";
import type { Paper, PaperRef } from "../../schema/model.ts";
import { dedupRecords } from "../dedup/index.ts";
import { planCitations, planPapers, stubPaper } from "./plan.ts";
import { testPaper } from "../../test/fixtures/paper.ts";

const paper = testPaper;

const ref = (over: Partial<PaperRef>): PaperRef => ({
  arxivId: null,
  doi: null,
  openalexId: null,
  s2Id: null,
  title: null,
  year: null,
  source: "openalex",
  ...over,
});

const record = (over: Partial<Paper>, refs: PaperRef[] = []) => ({
  paper: paper(over),
  authors: [],
  references: refs,
  citedBy: [],
});

describe("planPapers", () => {
  it("re-keys a stored paper in place when it meets its arXiv id, and fills a stub it matches", () => {
    const stored = [
      paper({ id: "t:abc", title: "Graph Mamba", doi: "10.1/gm" }),
      paper({ id: "openalex:W5", title: "", openalexId: "W5", stub: true, sources: [], occurrences: [] }),
    ];
    const plan = planPapers(
      [
        record({
          id: "2401.00001",
          arxivId: "2401.00001",
          title: "Graph Mamba",
          doi: "10.1/gm",
          openalexId: "W5",
          abstract: "Longer.",
        }),
      ],
      stored,
    );
    expect(plan.rekeys.map((r) => [r.from, r.props.id])).toEqual([["t:abc", "2401.00001"]]);
    expect(plan.absorbs).toEqual([{ from: "openalex:W5", into: "2401.00001" }]);
    expect(plan.papers[0]!.status).toBe("updated");
    expect(plan.papers[0]!.merged).toMatchObject({ openalexId: "W5", doi: "10.1/gm", abstract: "Longer." });
  });

  it("counts a paper that only filled a stub as new, and an identical re-read as unchanged", () => {
    const stub = paper({ id: "openalex:W5", title: "", openalexId: "W5", stub: true, sources: [], occurrences: [] });
    const fresh = planPapers([record({ id: "t:x", title: "X", openalexId: "W5" })], [stub]);
    expect(fresh.papers[0]!.status).toBe("new");
    expect(fresh.rekeys[0]!.props).toMatchObject({ id: fresh.papers[0]!.merged.id, stub: false });
    const [again] = dedupRecords([
      {
        title: "X",
        abstract: "",
        authorCount: null,
        organization: null,
        published: null,
        upvotes: null,
        links: [],
        arxivId: null,
        occurrence: { file: "a.txt", line: 1 },
      },
    ]);
    expect(planPapers([again!], [again!.paper]).papers[0]!.status).toBe("unchanged");
  });
});

describe("planCitations", () => {
  it("points references at known papers by any id or title, and makes one stub per unknown paper", () => {
    const known = [paper({ id: "2401.00001", arxivId: "2401.00001", title: "Known" })];
    const plan = planCitations(
      [
        {
          id: "t:a",
          references: [ref({ arxivId: "2401.00001" }), ref({ openalexId: "W9" }), ref({ title: "known" })],
          citedBy: [],
        },
        {
          id: "t:b",
          references: [ref({ openalexId: "W9", source: "openalex" })],
          citedBy: [ref({ doi: "10.1/c", title: "Citer", source: "s2" })],
        },
      ],
      known,
    );
    expect(plan.stubs.map((s) => [s.id, s.stub])).toEqual([
      ["openalex:W9", true],
      [stubPaper([ref({ doi: "10.1/c", title: "Citer" })]).id, true],
    ]);
    expect(plan.cites.map((c) => `${c.from}->${c.to}:${c.source}`).sort()).toEqual(
      [
        "t:a->2401.00001:openalex",
        "t:a->openalex:W9:openalex",
        "t:b->openalex:W9:openalex",
        `${plan.stubs[1]!.id}->t:b:s2`,
      ].sort(),
    );
  });

  it("drops self-citations", () => {
    const known = [paper({ id: "t:a", openalexId: "W1" })];
    expect(planCitations([{ id: "t:a", references: [ref({ openalexId: "W1" })], citedBy: [] }], known).cites).toEqual(
      [],
    );
  });
});
