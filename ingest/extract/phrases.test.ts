import { describe, expect, it } from "vitest";
import { extractPaper } from "./extract.ts";
import { buildLexicon } from "./lexicon.ts";
import { repeatedPhrases, sharedTitlePhrases, titleTopics } from "./phrases.ts";
import { tokenize } from "./tokens.ts";

const empty = buildLexicon([]);
const names = (ms: { type: string; name: string }[]) => [...new Set(ms.map((m) => `${m.type}:${m.name}`))].sort();

describe("repeatedPhrases", () => {
  it("takes a typed phrase the abstract writes twice, not one written once or broken by punctuation", () => {
    const text =
      "We study geographic routing in sparse networks. Geographic routing fails at voids, so geographic routing needs recovery. Greedy forwarding, routing helps.";
    const tokens = tokenize(text);
    const found = repeatedPhrases(tokens, new Uint8Array(tokens.atoms.length + 1), empty);
    expect(names(found)).toEqual(["technique:Geographic Routing"]);
    expect(found.map((m) => text.slice(m.start, m.start + m.surface.length))).toEqual([
      "geographic routing",
      "geographic routing",
    ]);
  });
});

describe("titleTopics", () => {
  it("types the title's segments by their head noun, one word allowed", () => {
    expect(names(titleTopics("Language discrimination and clustering via a neural network approach", empty))).toEqual([
      "task:Clustering",
    ]);
  });
});

describe("sharedTitlePhrases", () => {
  it("takes the phrases a title shares with its abstract, longest first", () => {
    const found = sharedTitlePhrases(
      "A Novel Approach for Designing Online Testable Reversible Circuits",
      "Online testable reversible circuits detect faults while running. We build reversible circuits from gates.",
    );
    expect(names(found)).toEqual(["technique:Online Testable Reversible Circuit"]);
  });
});

describe("extractPaper fallbacks", () => {
  it("gives a paper no rule found anything in what its title is about, and only such a paper", () => {
    const paper = {
      id: "x",
      title: "Haptic assembly revisited",
      abstract: "We revisit haptic assembly with a force model.",
    };
    expect(extractPaper(paper).entities.map((e) => e.name)).toEqual(["Haptic Assembly"]);
    const known = { id: "y", title: "Haptic assembly on FPGA", abstract: "We revisit haptic assembly on an FPGA." };
    expect(extractPaper(known).entities.map((e) => e.name)).not.toContain("Haptic Assembly");
  });
});

describe("extractPaper and generic words", () => {
  it("never makes a generic word alone a concept from a rule ('Routing' before 'protocol', a title's 'Control')", () => {
    const paper = {
      id: "g",
      title: "Control of swarms",
      abstract: "We compare the Routing protocol of each swarm with the Network protocol used before.",
    };
    const names = extractPaper(paper).entities.map((e) => e.name.toLowerCase());
    expect(names).not.toContain("routing");
    expect(names).not.toContain("network");
    expect(names).not.toContain("control");
  });
});
