import { describe, expect, it } from "vitest";
import { parseArxivTsv } from "../../ingest/formats/arxiv-tsv/arxiv-tsv.ts";
import { normalizeArxivId } from "../../ingest/text/links.ts";
import {
  buildPool,
  splitSentences,
  syntheticId,
  syntheticPaper,
  titleCut,
  tsvHeader,
  tsvRow,
  type SourceRecord,
} from "./recombine.ts";

// Real-looking records in two categories (titles and sentences in the arXiv corpus's style).
const SOURCES: SourceRecord[] = [
  {
    category: "cs.DC",
    title: "Scheduling Stragglers in MapReduce: A Speculative Approach",
    abstract:
      'MapReduce jobs wait for their slowest task. We propose a speculative scheduler that restarts stragglers early. On a 200-node Hadoop cluster it cuts job time by 21%, e.g. for "TeraSort". The scheduler is open source.',
    authors: ["Ana Lima", "Wei Chen"],
    published: "2012-03-14",
  },
  {
    category: "cs.DC",
    title: "Consensus for Geo-Replicated Databases with Flexible Quorums",
    abstract:
      "Paxos needs a majority in every phase. Flexible quorums relax this for the common case. We evaluate the protocol across five data centres. Latency drops by half in the wide area.",
    authors: ["R. Stone"],
    published: "2016-11-02",
  },
  {
    category: "cs.RO",
    title: "Learning Grasps for Cluttered Bins via Self-Supervision",
    abstract:
      "Grasping in clutter remains hard. A robot labels its own attempts and learns from 50k of them. The success rate reaches 87% on novel objects.",
    authors: ["J. Park", "M. Rossi", "T. Okafor"],
    published: "2018-06-30",
  },
  {
    category: "cs.RO",
    title: "Visual Odometry for Legged Robots in Low Light",
    abstract: "Legged robots shake their cameras. We fuse leg odometry with events. Drift falls by 40%.",
    authors: ["K. Ng"],
    published: null,
  },
];

describe("recombine", () => {
  it("splitSentences(text) splits after a full stop before a capital, not after e.g.", () => {
    expect(splitSentences("One sentence here. Two, e.g. This stays. Three!")).toEqual([
      "One sentence here.",
      "Two, e.g. This stays.",
      "Three!",
    ]);
  });

  it("titleCut(title) prefers a colon, else the connective nearest the middle", () => {
    const t = "Scheduling Stragglers in MapReduce: A Speculative Approach";
    expect(t.slice(titleCut(t).cut)).toBe(": A Speculative Approach");
    const u = "Visual Odometry for Legged Robots in Low Light";
    expect(u.slice(titleCut(u).cut)).toBe(" for Legged Robots in Low Light");
    expect(titleCut("Short").cut).toBe(-1);
  });

  it("syntheticPaper(pool, i) is the same for the same seed, whatever was drawn before", () => {
    const pool = buildPool(SOURCES);
    const forward = Array.from({ length: 50 }, (_, i) => syntheticPaper(pool, i, { seed: 7, swap: 0.4 }));
    const backward = Array.from({ length: 50 }, (_, k) =>
      syntheticPaper(buildPool(SOURCES), 49 - k, { seed: 7, swap: 0.4 }),
    );
    expect(backward.reverse()).toEqual(forward);
    const other = Array.from({ length: 50 }, (_, i) => syntheticPaper(pool, i, { seed: 8, swap: 0.4 }));
    expect(other).not.toEqual(forward);
  });

  it("syntheticPaper(pool, i) recombines real text within one category", () => {
    const pool = buildPool(SOURCES);
    const sentences = new Map<string, string>();
    for (const r of SOURCES) for (const s of splitSentences(r.abstract)) sentences.set(s, r.category);
    for (let i = 0; i < 200; i++) {
      const p = syntheticPaper(pool, i);
      expect(p.id).toBe(syntheticId(i));
      expect(p.published).toMatch(/^(199\d|20[01]\d)-\d\d-\d\d$/);
      expect(p.authors.length).toBeGreaterThan(0);
      for (const s of splitSentences(p.abstract)) expect(sentences.get(s)).toBe(p.category);
      const base = SOURCES.find((r) => r.category === p.category && p.title.startsWith(r.title.slice(0, 10)));
      expect(base).toBeDefined();
    }
  });

  it("syntheticPaper(pool, i) gives each paper its own name for what its records propose", () => {
    const proposing: SourceRecord[] = [
      {
        category: "cs.DC",
        title: "StragglerNet: Speculative Scheduling for MapReduce",
        abstract: "We propose StragglerNet, a scheduler. StragglerNet restarts slow tasks. It is fast.",
        authors: ["A. B"],
        published: "2015-01-01",
        proposed: ["StragglerNet"],
      },
    ];
    const pool = buildPool(proposing);
    const a = syntheticPaper(pool, 3);
    const b = syntheticPaper(pool, 40);
    expect(a.title).toBe("StragglerNet-3: Speculative Scheduling for MapReduce");
    expect(a.abstract).toBe("We propose StragglerNet-3, a scheduler. StragglerNet-3 restarts slow tasks. It is fast.");
    expect(b.title.startsWith("StragglerNet-14:")).toBe(true);
  });

  it("syntheticId(i) is an arXiv-shaped id that arXiv never issues", () => {
    expect(syntheticId(0)).toBe("synth/0000000");
    expect(syntheticId(1_234_567)).toBe("synth/1234567");
    expect(normalizeArxivId(syntheticId(42))).toBe("synth/0000042");
    expect(() => syntheticId(10_000_000)).toThrow(RangeError);
  });

  it("tsvRow(i, paper) reads back through the arxiv-tsv format unchanged", () => {
    const pool = buildPool(SOURCES);
    const papers = Array.from({ length: 30 }, (_, i) => syntheticPaper(pool, i));
    const text = tsvHeader() + papers.map((p, i) => tsvRow(i, p)).join("");
    const { entries, warnings } = parseArxivTsv(text, "synth-0000.tsv");
    expect(warnings).toEqual([]);
    expect(entries.map((e) => [e.arxivId, e.title, e.abstract, e.published, e.authors])).toEqual(
      papers.map((p) => [p.id, p.title, p.abstract, p.published, p.authors]),
    );
  });
});
