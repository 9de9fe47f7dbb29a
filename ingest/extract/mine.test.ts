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
  it("leaves out what the lexicon knows, what fewer papers name, and phrases with function words", () => {
    expect(find("attention scheme")).toBeUndefined(); // one paper only
    expect(mined.some((c) => c.form.split(" ").includes("the"))).toBe(false);
    expect(mineCandidates(corpus, lexicon, { minPapers: 1 }).some((c) => c.form === "transformer")).toBe(false);
  });
});
