/**
 * The sample corpus the tests build atlases from (`samples/hf-papers`): its folder and its listing
 * files in name order (the update tests build from the first four and add the fifth).
 */
import { readdirSync } from "node:fs";
import path from "node:path";

export const SAMPLE_DIR = path.resolve(import.meta.dirname, "..", "samples", "hf-papers");
export const SAMPLE_FILES = readdirSync(SAMPLE_DIR)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => path.join(SAMPLE_DIR, f));
