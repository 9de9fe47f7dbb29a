/**
 * Input-format registry
 * =====================
 * Every format the readers know, in one list (STYLE §5). Detection scores each format on the
 * text's head (`Format.detect`, see format.ts), adds EXTENSION_BONUS to a format whose
 * `extensions` match the file name (the name is a hint, the content decides), and ranks the
 * formats that score above 0, best first; equal scores keep the list's order, so specific formats
 * come before the permissive ones. `parseText` tries the ranked formats in turn until one reads
 * an entry, and refuses the file naming each format it tried and why it declined. `--format ID`
 * forces one format, with no detection and no fallback. A new format is one module plus one
 * line here; `--format` choices come from these ids.
 */
import { PaperAtlasError, isPaperAtlasError } from "../../schema/errors.ts";
import { arxivAtom } from "./arxiv-atom/arxiv-atom.ts";
import { arxivTsv } from "./arxiv-tsv/arxiv-tsv.ts";
import { bibtex } from "./bibtex/bibtex.ts";
import { cslJson } from "./csl-json/csl-json.ts";
import type { Format, ParseResult } from "./format.ts";
import { hfApi } from "./hf-api/hf-api.ts";
import { hfListing } from "./hf-listing/hf-listing.ts";
import { openalex } from "./openalex/openalex.ts";
import { ris } from "./ris/ris.ts";
import { s2 } from "./s2/s2.ts";
import { csv } from "./table/csv.ts";
import { jsonl } from "./table/jsonl.ts";
import { wos } from "./wos/wos.ts";

export type { EntryStream, Format, ParseResult } from "./format.ts";
export { SCORE } from "./format.ts";

export const FORMATS: readonly Format[] = [
  arxivTsv,
  arxivAtom,
  openalex,
  s2,
  hfApi,
  cslJson,
  wos,
  bibtex,
  ris,
  jsonl,
  csv,
  hfListing,
];

export const FORMAT_IDS: readonly string[] = FORMATS.map((f) => f.id);

/** Added to the score of a format that detects the text and whose `extensions` match the file name. */
export const EXTENSION_BONUS = 0.1;

/** A format that detects a text, with its score (the extension bonus included). */
export interface Candidate {
  format: Format;
  score: number;
}

/** The formats that detect `text`, best score first; ties keep the registry's order. */
export function rankFormats(text: string, fileName: string): Candidate[] {
  const name = fileName.toLowerCase().replace(/\.(gz|xz)$/, "");
  const candidates: Candidate[] = [];
  for (const format of FORMATS) {
    const score = format.detect(text, fileName);
    if (score <= 0) continue;
    const hinted = format.extensions?.some((ext) => name.endsWith(ext)) === true;
    candidates.push({ format, score: hinted ? score + EXTENSION_BONUS : score });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

function named(override: string): Format {
  const format = FORMATS.find((f) => f.id === override);
  if (format) return format;
  const supported = FORMAT_IDS.join(", ");
  throw new PaperAtlasError("PARSE_FAILED", `parse: unknown format "${override}" (supported: ${supported})`, {
    hint: `use --format with one of: ${supported}`,
  });
}

/** Why a tried format declined a file. */
interface Declined {
  id: string;
  reason: string;
  hint?: string | undefined;
}

/**
 * One PARSE_FAILED for a file no format reads: each format tried with its reason, then those that
 * did not detect it (all of them, as "supported", when none did).
 */
function refusal(fileName: string, declined: readonly Declined[]): PaperAtlasError {
  const supported = FORMAT_IDS.join(", ");
  const untried = FORMAT_IDS.filter((id) => !declined.some((d) => d.id === id));
  const reasons = declined.map((d) => `${d.id}: ${d.reason}`);
  if (untried.length > 0) reasons.push(`not detected: ${untried.join(", ")}`);
  const message =
    declined.length === 0
      ? `parse: ${fileName}: format not recognised (supported: ${supported})`
      : `parse: ${fileName}: no format reads this file (${reasons.join("; ")})`;
  const only = declined.length === 1 ? declined[0]!.hint : undefined;
  return new PaperAtlasError("PARSE_FAILED", message, {
    where: fileName,
    hint: only ?? `choose one with --format (${supported})`,
  });
}

/**
 * The format of `text`: the one named by `override` when given, else the best-ranked (for a
 * streamed file, whose head is all there is to go by). Throws PARSE_FAILED, naming the supported
 * ids, for an unknown override or a text no format detects.
 */
export function detectFormat(text: string, fileName: string, override?: string): Format {
  if (override !== undefined) return named(override);
  const best = rankFormats(text, fileName)[0];
  if (best) return best.format;
  throw refusal(fileName, []);
}

/** A text parsed, and the format that read it. */
export interface ParsedText extends ParseResult {
  format: Format;
}

/**
 * Parse `text` (named `file` in occurrences and warnings): with the format `override` names, or
 * else with the ranked formats in turn, the first that reads an entry winning. A format declines
 * by throwing PARSE_FAILED or by returning no entry; when every candidate declines, the one
 * PARSE_FAILED lists each with its reason (`where` is the file). Other errors propagate.
 */
export function parseText(text: string, file: string, override?: string): ParsedText {
  if (override !== undefined) {
    const format = named(override);
    return { format, ...format.parse(text, file) };
  }
  const declined: Declined[] = [];
  for (const { format } of rankFormats(text, file)) {
    try {
      const parsed = format.parse(text, file);
      if (parsed.entries.length > 0) return { format, ...parsed };
      declined.push({ id: format.id, reason: "no entry" });
    } catch (error) {
      if (!isPaperAtlasError(error) || error.code !== "PARSE_FAILED") throw error;
      // The reader's message without its component prefix: "bibtex: x.txt:1: …" → "x.txt:1: …".
      declined.push({ id: format.id, reason: error.message.replace(/^[\w-]+: /, ""), hint: error.hint });
    }
  }
  throw refusal(file, declined);
}
