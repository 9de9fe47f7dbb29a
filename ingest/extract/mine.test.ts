import { describe, expect, it } from "vitest";
import { buildLexicon, parseLexiconData } from "./lexicon.ts";
import { mineCandidates, type MinedPaper } from "./mine.ts";
import { preparePaper } from "./prepare.ts";

const paper = (id: string, title: string, abstract: string, category = "NI"): MinedPaper => ({
  prepared: preparePaper({ id, title, abstract }),
  category,
});

const corpus = [
  paper(
    "1",
    "Routing in vehicular ad hoc networks",
    "We study Vehicular Ad Hoc Networks (VANET) under Platoonix control.",
  ),
  paper(
    "2",
    "Beacon rates for platooning",
    "Vehicular Ad Hoc Networks (VANET) need geographic routing, which runs on Platoonix.",
  ),
  paper("3", "Geographic routing at scale", "Geographic routing with the transformer attention scheme.", "DC"),
];

/** A lexicon of its own, so the test does not change as the built-in lexicons grow. */
const lexicon = buildLexicon(parseLexiconData("method", "Transformer"));

describe("mineCandidates", () => {
  const mined = mineCandidates(corpus, lexicon, { minPapers: 2 });
  const find = (form: string) => mined.find((c) => c.form === form);

  it("lists a short form the corpus defines, with its long form and count per category", () => {
    expect(find("VANET")).toMatchObject({
      kind: "acronym",
      long: "Vehicular Ad Hoc Networks",
      papers: 2,
      byCategory: { NI: 2 },
    });
  });
  it("lists phrases whose head noun types a concept, and names written the same way in several papers", () => {
    expect(find("geographic routing")).toMatchObject({
      kind: "phrase",
      papers: 2,
      headType: "technique",
      byCategory: { NI: 1, DC: 1 },
    });
    expect(find("Platoonix")).toMatchObject({ kind: "name", papers: 2 });
  });
  it("lists upper-case names and names with digits the paper does not define, and phrases of listing heads", () => {
    const db = [
      paper("4", "Secure joins", "Queries in SPARQL over AES-256 data use a hash join.", "DC"),
      paper("5", "Graph stores", "We answer SPARQL queries and encrypt with AES-256 before the hash join.", "IR"),
      paper("6", "Ranking", "Scores of Best Matching 25 (BM25) beat SPARQL and a hash join.", "IR"),
      paper("7", "Ranking again", "Best Matching 25 (BM25) ranks text, written in C and run on an X box.", "IR"),
    ];
    const m = mineCandidates(db, lexicon, { minPapers: 2 });
    const f = (form: string) => m.find((c) => c.form === form);
    expect(f("SPARQL")).toMatchObject({ kind: "name", papers: 3, byCategory: { DC: 1, IR: 2 } });
    expect(f("AES-256")).toMatchObject({ kind: "name", papers: 2 });
    expect(f("BM25")).toMatchObject({ kind: "acronym", papers: 2 }); // defined there, so no name
    expect(m.some((c) => c.form === "BM25" && c.kind === "name")).toBe(false);
    expect(f("hash join")).toMatchObject({ kind: "phrase", papers: 3, headType: null }); // listed, untyped
    expect(
      mineCandidates(db, lexicon, { minPapers: 2, extraHeads: new Set() }).some((c) => c.form === "hash join"),
    ).toBe(false);
  });
  it("leaves out what the lexicon knows, what fewer papers name, and phrases with function words", () => {
    expect(find("attention scheme")).toBeUndefined(); // one paper only
    expect(mined.some((c) => c.form.split(" ").includes("the"))).toBe(false);
    expect(mineCandidates(corpus, lexicon, { minPapers: 1 }).some((c) => c.form === "transformer")).toBe(false);
  });
});
