/**
 * `paperatlas thesaurus suggest <files|dirs…> --out FILE [--thesaurus FILE]`
 * =========================================================================
 * Extracts the inputs (as `paperatlas extract` does) and writes the merges the extractor made or
 * is unsure of as a thesaurus TSV (label, replace by, type, confidence, reason, evidence): review
 * it, delete or edit rows, and pass it back with `--thesaurus`.
 */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { CommandModule } from "../command.ts";

export const thesaurusCommand: CommandModule = {
  register(program: Command) {
    const thesaurus = program
      .command("thesaurus")
      .description("work with thesaurus files (merge, rename, retype, ignore terms)");
    thesaurus
      .command("suggest")
      .description("suggest merges (acronyms, spelling variants, near-duplicates, type conflicts) as a thesaurus TSV")
      .argument("<inputs...>", "files or directories")
      .requiredOption("--out <file>", "where to write the TSV")
      .option("--thesaurus <file>", "apply this thesaurus first (suggest only what is left)")
      .option("--format <id>", "input format (default: detected per file)")
      .action(async (inputs: string[], options: { out: string; thesaurus?: string; format?: string }) => {
        const [
          { readInputs },
          { dedupEntries },
          { extractCorpus },
          { suggestThesaurus, formatSuggestions },
          { loadThesaurus },
        ] = await Promise.all([
          import("../../ingest/read/index.ts"),
          import("../../ingest/dedup/index.ts"),
          import("../../ingest/extract/index.ts"),
          import("../../ingest/thesaurus/index.ts"),
          import("../../ingest/thesaurus/load.ts"),
        ]);
        const given = options.thesaurus === undefined ? undefined : await loadThesaurus(options.thesaurus);
        const read = await readInputs(inputs, options.format === undefined ? {} : { format: options.format });
        for (const r of read.refused) process.stderr.write(`refused ${r.code}: ${r.message}\n`);
        if (read.files.length === 0) {
          throw new PaperAtlasError(
            read.refused[0]?.code ?? "NOTHING_LOADED",
            "thesaurus suggest: no input could be read",
            {
              hint: "pass listing files or directories that exist",
            },
          );
        }
        const papers = dedupEntries(read.files.flatMap((f) => f.entries));
        const extracted = extractCorpus(papers, given === undefined ? {} : { thesaurus: given });
        const rows = suggestThesaurus(papers, extracted);
        try {
          await writeFile(options.out, formatSuggestions(rows));
        } catch (cause) {
          throw new PaperAtlasError("INPUT_UNREADABLE", `thesaurus suggest: cannot write ${options.out}`, {
            where: options.out,
            hint: "check the directory exists and is writable",
            cause,
          });
        }
        const byReason = new Map<string, number>();
        for (const r of rows) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
        process.stdout.write(
          `thesaurus suggest: ${rows.length} suggestions from ${papers.length} papers (${[...byReason].map(([k, n]) => `${k} ${n}`).join(", ")}) written to ${options.out}\n` +
            "  review it (delete or edit rows), then: paperatlas extract … --thesaurus " +
            `${options.out}\n`,
        );
      });
  },
};
