/**
 * `paperatlas extract <files|dirs…> [--thesaurus FILE] [--format ID] [--json]`
 * ===========================================================================
 * Reads listing files (ingest/read), deduplicates the papers (ingest/dedup) and runs entity
 * extraction over them all at once (acronyms defined in one paper resolve in the others), with no
 * database. `--json` prints `[{id, title, proposed, acronyms, entities}]`, the shape
 * `../shared/eval/score.py` scores; without it, a summary by type. Refused files go to stderr.
 */
import type { Command } from "commander";
import { PaperAtlasError } from "../../schema/errors.ts";
import { CONCEPT_TYPES, type ExtractedPaper } from "../../schema/model.ts";
import type { CommandModule } from "../command.ts";

interface ExtractFlags {
  thesaurus?: string;
  format?: string;
  json?: boolean;
}

export function extractSummary(results: readonly ExtractedPaper[]): string {
  const mentions = new Map<string, number>();
  const concepts = new Map<string, Set<string>>();
  for (const paper of results) {
    for (const e of paper.entities) {
      mentions.set(e.type, (mentions.get(e.type) ?? 0) + 1);
      const set = concepts.get(e.type) ?? new Set<string>();
      set.add(e.name.toLowerCase());
      concepts.set(e.type, set);
    }
  }
  const lines = [
    `papers: ${results.length}`,
    `with a proposed name: ${results.filter((r) => r.proposed !== null).length}`,
    "entities (paper mentions / distinct names):",
  ];
  for (const type of CONCEPT_TYPES)
    lines.push(
      `  ${type.padEnd(10)} ${String(mentions.get(type) ?? 0).padStart(7)} / ${concepts.get(type)?.size ?? 0}`,
    );
  return `${lines.join("\n")}\n`;
}

export const extractCommand: CommandModule = {
  register(program: Command) {
    program
      .command("extract")
      .description(
        "extract methods, datasets, hardware, tasks, techniques and metrics from listing files (no database)",
      )
      .argument("<inputs...>", "files or directories")
      .option(
        "--thesaurus <file>",
        "merge, rename, retype or ignore terms (TSV with label/replace by[/type], JSON, or a CiteSpace alias file primary#secondary)",
      )
      .option("--format <id>", "input format (default: detected per file)")
      .option("--json", "print [{id, title, proposed, acronyms, entities}] as JSON")
      .action(async (inputs: string[], options: ExtractFlags) => {
        process.stdout.on("error", (error: NodeJS.ErrnoException) => {
          if (error.code !== "EPIPE") throw error;
        });
        // Loaded on use: other commands should not pay for the lexicons.
        const [{ readInputs }, { dedupEntries }, { extractCorpus }, { loadThesaurus }] = await Promise.all([
          import("../../ingest/read/index.ts"),
          import("../../ingest/dedup/index.ts"),
          import("../../ingest/extract/index.ts"),
          import("../../ingest/thesaurus/load.ts"),
        ]);
        const thesaurus = options.thesaurus === undefined ? undefined : await loadThesaurus(options.thesaurus);
        const read = await readInputs(inputs, options.format === undefined ? {} : { format: options.format });
        for (const r of read.refused) {
          process.stderr.write(`refused ${r.code}: ${r.message}\n`);
          if (r.hint) process.stderr.write(`  hint: ${r.hint}\n`);
        }
        if (read.files.length === 0) {
          throw new PaperAtlasError(read.refused[0]?.code ?? "NOTHING_LOADED", "extract: no input could be read", {
            hint: "pass listing files or directories that exist",
          });
        }
        const papers = dedupEntries(read.files.flatMap((f) => f.entries));
        const results = extractCorpus(papers, thesaurus === undefined ? {} : { thesaurus });
        if (options.json) {
          const out = results.map(({ id, title, proposed, acronyms, entities }) => ({
            id,
            title,
            proposed,
            acronyms,
            entities,
          }));
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        } else {
          process.stdout.write(extractSummary(results));
        }
      });
  },
};
