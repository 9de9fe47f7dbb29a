import { describe, expect, it } from "vitest";
import { matchLexicon } from "./lexicon.ts";
import { defaultLexicon } from "./lexicons/index.ts";
import { findNames, isStrongName } from "./names.ts";
import { tokenize } from "./tokens.ts";

function names(text: string): string[] {
  const tokens = tokenize(text);
  const covered = new Uint8Array(tokens.atoms.length);
  const lex = matchLexicon(tokens, defaultLexicon());
  for (const m of lex) for (let a = m.first; a <= m.last; a++) covered[a] = 1;
  return findNames(tokens, covered, lex, false).map((m) => `${m.type}:${m.name}`);
}

describe("isStrongName", () => {
  it("accepts CamelCase, digit-bearing and capitalised hyphenated names", () => {
    for (const n of ["NetMamba", "MariusGNN", "GSM8K", "WebVid-10M", "MSR-VTT", "NAS-BERT", "SpecDec++", "vLLM"])
      expect(isStrongName(n)).toBe(true);
  });
  it("rejects title-case compounds, units, citations and bare acronyms", () => {
    for (const n of ["Real-Time", "Multi-Receptive", "70B-scale", "3.1GB", "Makkuva+", "Korotin+2020", "DTDB", "GPUs"])
      expect(isStrongName(n)).toBe(false);
  });
});

describe("findNames", () => {
  it("types a list by the head noun after it", () => {
    // WebVid-10M and MSR-VTT are in the lexicon; DTDB is not, and takes the list's head noun
    expect(
      names("Extensive experiments on WebVid-10M, DTDB and MSR-VTT datasets demonstrate the effectiveness."),
    ).toEqual(["dataset:DTDB"]);
    expect(names("On the GSM8K and HumanEvalX datasets, our method achieves a 2.26x speedup.")).toEqual([
      "dataset:HumanEvalX",
    ]);
  });
  it("reads model numbers before a device noun and vendors before them", () => {
    expect(names("We present the scaling of the library up to 4,096 K20 GPUs of Titan.")).toEqual(["hardware:K20"]);
    expect(names("validated on a Xilinx ML605 evaluation board with a Virtex 6 FPGA.")).toEqual([
      "hardware:Xilinx ML605",
    ]);
  });
  it("types baselines by the words before them", () => {
    expect(names("We compare DiskGNN with Ginex and MariusGNN, which are state-of-the-art systems.")).toEqual([
      "method:DiskGNN",
      "method:Ginex",
      "method:MariusGNN",
    ]);
  });
  it("takes a list neighbour's type from the lexicon", () => {
    expect(names("over 90% compared to Transformers and Galaxy, while cutting memory")).toEqual(["method:Galaxy"]);
  });
  it("treats a strong name without context as a method, and skips plain capitals", () => {
    expect(names("Recently, NetMamba emerged. Moreover, Ultra Ethernet agreed.")).toEqual(["method:NetMamba"]);
  });
});
