/**
 * Loading a thesaurus file (I/O)
 * ==============================
 * `loadThesaurus(path)`: read the file and parse it (`parse.ts`); a missing or unreadable file is
 * a PaperAtlasError with the path and a hint.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PaperAtlasError } from "../../schema/errors.ts";
import { parseThesaurus } from "./parse.ts";
import type { Thesaurus } from "./types.ts";

export async function loadThesaurus(file: string): Promise<Thesaurus> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === "ENOENT";
    throw new PaperAtlasError(missing ? "INPUT_NOT_FOUND" : "INPUT_UNREADABLE", `thesaurus: cannot read ${file}`, {
      where: file,
      hint: missing ? "check the --thesaurus path" : "check the file's permissions",
      cause,
    });
  }
  return parseThesaurus(text, path.basename(file));
}
