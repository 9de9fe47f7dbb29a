/**
 * Per-paper work both corpus passes read
 * ======================================
 * `preparePaper(paper)` → the normalised title and abstract, the paper's proposed names
 * (proposed.ts) and each segment's acronym definitions (acronyms.ts). `corpusAcronyms` tallies the
 * definitions and `extractPaper` reads all of it again, so `extractCorpus` prepares each paper once
 * and hands the result to both passes instead of normalising and scanning every text twice (the
 * second time cost a quarter of the extraction's CPU). The result is read-only: neither pass
 * mutates it. Pure.
 */
import { findAcronymDefinitions, type AcronymDefinition } from "./acronyms.ts";
import { normaliseText } from "./normalize.ts";
import { findProposed } from "./proposed.ts";
import type { PaperText } from "./types.ts";

export interface PreparedPaper {
  paper: PaperText;
  /** `normaliseText` of the title and of the abstract. */
  title: string;
  abstract: string;
  proposed: ReturnType<typeof findProposed>;
  /** `findAcronymDefinitions` of the normalised title and of the normalised abstract. */
  titleDefinitions: readonly AcronymDefinition[];
  abstractDefinitions: readonly AcronymDefinition[];
}

export function preparePaper(paper: PaperText): PreparedPaper {
  const title = normaliseText(paper.title);
  const abstract = normaliseText(paper.abstract);
  return {
    paper,
    title,
    abstract,
    proposed: findProposed(title, abstract),
    titleDefinitions: findAcronymDefinitions(title),
    abstractDefinitions: findAcronymDefinitions(abstract),
  };
}
