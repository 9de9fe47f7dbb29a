/**
 * Input-format registry
 * =====================
 * Every format the readers know, in detection order (STYLE §5): the first whose `detect` accepts
 * the text wins, so specific formats come before the permissive plain-text listing. A format
 * whose `extensions` match the file name is preferred among those that accept it (the name is a
 * hint, the content decides). A new format is one module plus one line here; `--format` choices
 * come from these ids.
 */
import { PaperAtlasError } from "../../schema/errors.ts";
import { arxivAtom } from "./arxiv-atom/arxiv-atom.ts";
import { arxivTsv } from "./arxiv-tsv/arxiv-tsv.ts";
import { bibtex } from "./bibtex/bibtex.ts";
import type { Format } from "./format.ts";
import { hfApi } from "./hf-api/hf-api.ts";
import { hfListing } from "./hf-listing/hf-listing.ts";
import { openalex } from "./openalex/openalex.ts";
import { s2 } from "./s2/s2.ts";
import { csv } from "./table/csv.ts";
import { jsonl } from "./table/jsonl.ts";

export type { EntryStream, Format, ParseResult } from "./format.ts";

export const FORMATS: readonly Format[] = [arxivTsv, arxivAtom, openalex, s2, hfApi, bibtex, jsonl, csv, hfListing];

export const FORMAT_IDS: readonly string[] = FORMATS.map((f) => f.id);

/**
 * The format of `text`: the one named by `override` when given, else the first that detects it.
 * Throws PARSE_FAILED, listing the supported ids, for an unknown override or an unrecognised text.
 */
export function detectFormat(text: string, fileName: string, override?: string): Format {
  const supported = FORMAT_IDS.join(", ");
  if (override !== undefined) {
    const named = FORMATS.find((f) => f.id === override);
    if (named) return named;
    throw new PaperAtlasError("PARSE_FAILED", `parse: unknown format "${override}" (supported: ${supported})`, {
      hint: `use --format with one of: ${supported}`,
    });
  }
  const accepting = FORMATS.filter((f) => f.detect(text, fileName));
  const name = fileName.toLowerCase().replace(/\.(gz|xz)$/, "");
  const hinted = accepting.find((f) => f.extensions?.some((ext) => name.endsWith(ext)));
  const found = hinted ?? accepting[0];
  if (found) return found;
  throw new PaperAtlasError("PARSE_FAILED", `parse: ${fileName}: format not recognised (supported: ${supported})`, {
    where: fileName,
    hint: `choose one with --format (${supported})`,
  });
}
