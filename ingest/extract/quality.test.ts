/**
 * Quality gate: the dev gold set (../shared/eval/gold-dev.json) scored on the sample corpus must
 * stay above the targets (overall F1 ≥ 0.80, precision ≥ 0.85, every type's F1 ≥ 0.65), so a
 * regression fails CI. Reads two files; skipped where the shared eval folder is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../config/config.ts";
import { dedupEntries } from "../dedup/index.ts";
import { readInputs } from "../read/index.ts";
import { extractCorpus } from "./corpus.ts";
import { prf, scoreExtraction, type GoldFile } from "./score.ts";

const goldPath = path.resolve(PROJECT_ROOT, "../shared/eval/gold-dev.json");

describe.skipIf(!existsSync(goldPath))("dev gold set", () => {
  it("extractCorpus(sample corpus) scores F1 ≥ 0.80, P ≥ 0.85 and every type F1 ≥ 0.65", async () => {
    const read = await readInputs([path.join(PROJECT_ROOT, "samples/hf-papers")]);
    const papers = dedupEntries(read.files.flatMap((f) => f.entries));
    const report = scoreExtraction(JSON.parse(readFileSync(goldPath, "utf8")) as GoldFile, extractCorpus(papers));
    expect(report.missingPapers).toBe(0);
    const overall = prf(report.overall);
    expect(overall.f).toBeGreaterThanOrEqual(0.8);
    expect(overall.p).toBeGreaterThanOrEqual(0.85);
    for (const [type, counts] of report.byType) expect({ type, f1: prf(counts).f >= 0.65 }).toEqual({ type, f1: true });
  }, 30_000);
});
