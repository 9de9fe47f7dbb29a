import { describe, expect, it } from "vitest";
import { buildLexicon, lexKey, lookup, matchLexicon, parseLexiconData } from "./lexicon.ts";
import { defaultEntries, defaultLexicon } from "./lexicons/index.ts";
import { tokenize } from "./tokens.ts";

const names = (text: string): string[] => {
  const tokens = tokenize(text);
  return matchLexicon(tokens, defaultLexicon())
    .filter((m) => m.entry.type !== "stop")
    .map((m) => `${m.entry.type}:${m.entry.name}`);
};

describe("matchLexicon", () => {
  it("matches separator variants of one term", () => {
    expect(names("accelerate the search process for ResNet50, MobileNetV3 and Transformer")).toEqual([
      "method:ResNet-50",
      "method:MobileNetV3",
      "method:Transformer",
    ]);
    expect(names("training ResNet-50 on ImageNet")).toEqual(["method:ResNet-50", "dataset:ImageNet"]);
    expect(names("Mixture-of-Experts (MoE) and mixture of experts")).toEqual([
      "method:Mixture of Experts",
      "method:Mixture of Experts",
      "method:Mixture of Experts",
    ]);
  });
  it("folds plurals at the last atom", () => {
    expect(names("on 8 A100s; GNNs; MoEs; processes; strategies")).toEqual([
      "hardware:A100",
      "method:Graph Neural Network",
      "method:Mixture of Experts",
    ]);
    expect(names("search strategies")).toEqual([]);
  });
  it("keeps the longest match", () => {
    expect(names("large-scale distributed training workloads")).toEqual(["task:Distributed Training"]);
    expect(names("LLM inference in resource-constrained settings")).toEqual(["task:LLM Inference"]);
  });
  it("does not start inside a hyphenated name or end before a capitalised part", () => {
    expect(names("outperforming NAS-BERT and AutoDistil")).toEqual([]);
    expect(names("a BERT-Large model")).toEqual([]);
    expect(names("Llama 2-70B and GPT-based agents")).toEqual(["method:Llama 2", "method:GPT"]);
  });
  it("respects case-sensitive forms", () => {
    expect(names("the CLIP model and a video clip")).toEqual(["method:CLIP"]);
    expect(names("optimal transport (OT) with an OT map")).toEqual([
      "technique:Optimal Transport",
      "technique:Optimal Transport",
      "technique:Optimal Transport",
    ]);
  });
  it("keeps the verb 'speed up' apart from the metric 'speedup'", () => {
    expect(names("a 2.04x speedup to speed up LLM inference")).toEqual(["metric:Speedup", "task:LLM Inference"]);
  });
  it("compiles data lines with aliases and flags", () => {
    const entries = parseLexiconData("method", "Foo Net | FN | =FoN  # comment\n==Bar\n");
    expect(entries).toEqual([
      { name: "Foo Net", type: "method", forms: ["Foo Net", "FN", "=FoN"] },
      { name: "Bar", type: "method", forms: ["=Bar"] },
    ]);
    const lex = buildLexicon(entries);
    expect(matchLexicon(tokenize("a foo-net and a bar and Bar"), lex).map((m) => m.entry.name)).toEqual([
      "Foo Net",
      "Bar",
    ]);
  });
  it("buildLexicon(base, extra) matches as one list would, and leaves the cached base alone", () => {
    const base = defaultEntries();
    const extra = parseLexiconData("dataset", "Foo Bench | =FB\nTransformer Set | transformer | =TS");
    const text = "Transformer and FB beat the transformers on Foo Bench, TS, and ImageNet";
    const names = (lex: ReturnType<typeof buildLexicon>): string[] =>
      matchLexicon(tokenize(text), lex).map((m) => `${m.entry.type}:${m.entry.name}`);
    const split = buildLexicon(base, extra);
    const whole = buildLexicon([...base, ...extra]);
    expect(names(split)).toEqual(names(whole));
    expect(lookup(split, "transformer").map((e) => e.name)).toEqual(lookup(whole, "transformer").map((e) => e.name));
    expect(lookup(split, "transformer").map((e) => e.name)).toContain("Transformer Set");
    const again = buildLexicon(base); // the base's index again, without the extras
    expect(lookup(again, "transformer").map((e) => e.name)).not.toContain("Transformer Set");
    expect(names(again)).toEqual(names(defaultLexicon()));
  });
});

describe("built-in lexicons", () => {
  it("give no key two different types", () => {
    const byKey = new Map<string, Set<string>>();
    for (const e of defaultEntries()) {
      if (e.type === "stop") continue;
      for (const f of e.forms) {
        const key = lexKey(f.replace(/^[=~]+/, ""));
        const set = byKey.get(key) ?? new Set<string>();
        set.add(`${e.type}:${e.name}`);
        byKey.set(key, set);
      }
    }
    const clashes = [...byKey].filter(([, s]) => new Set([...s].map((x) => x.split(":")[0])).size > 1);
    expect(clashes).toEqual([]);
  });
});
