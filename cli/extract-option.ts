/** `--thesaurus FILE` for the commands that ingest: loaded once, handed to extraction. */
import type { IngestOptions } from "../ingest/run.ts";

export async function extractOption(thesaurusFile: string | undefined): Promise<Pick<IngestOptions, "extract">> {
  if (thesaurusFile === undefined) return {};
  const { loadThesaurus } = await import("../ingest/thesaurus/load.ts");
  return { extract: { thesaurus: await loadThesaurus(thesaurusFile) } };
}
