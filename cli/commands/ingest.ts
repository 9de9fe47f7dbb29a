/** `paperatlas ingest <files|dirs…>`: parse, deduplicate, extract and load into Neo4j. */
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";
import { extractOption } from "../extract-option.ts";
import { progressBar } from "../progress.ts";
import { printIngestSummary } from "../summary.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { IngestSummary } from "../../ingest/run.ts";
import { formatBulkPhases, runBulk } from "../bulk.ts";

export const ingestCommand: CommandModule = {
  register(program, { config }) {
    program
      .command("ingest")
      .description("load paper listings into Neo4j (re-ingesting an unchanged file changes nothing)")
      .argument("<inputs...>", "files or directories")
      .option("--format <id>", "input format (default: detected from the content)")
      .option(
        "--thesaurus <file>",
        "merge, rename, retype or ignore terms (TSV with label/replace by[/type], JSON, or a CiteSpace alias file primary#secondary)",
      )
      .option("--json", "print the summary as JSON")
      .option(
        "--bulk",
        "first load into an empty graph on the local server with neo4j-admin's offline importer (stops and restarts it)",
      )
      .action(
        async (inputs: string[], options: { format?: string; thesaurus?: string; json?: boolean; bulk?: boolean }) => {
          // Loaded on use: `paperatlas db …` should not pay for the parser and extractor.
          const extract = await extractOption(options.thesaurus);
          const format = options.format ? { format: options.format } : {};
          let summary: IngestSummary;
          if (options.bulk) {
            const bulk = await runBulk(config, inputs, { ...format, ...extract });
            summary = bulk;
            printIngestSummary(summary, options.json === true);
            if (options.json !== true) process.stdout.write(formatBulkPhases(bulk));
          } else {
            const { runIngest } = await import("../../ingest/run.ts");
            const bar = progressBar();
            summary = await withDb(config, (db) =>
              runIngest(db, inputs, {
                ...format,
                ...extract,
                onFileStart: (file, papers) => bar.start(file, papers),
                onProgress: (p) => bar.update(p.papersWritten),
              }),
            ).finally(() => bar.stop());
            printIngestSummary(summary, options.json === true);
          }
          const loaded = summary.files.filter((f) => f.status !== "failed").length;
          if (loaded === 0) {
            throw new PaperAtlasError("NOTHING_LOADED", "ingest: nothing was loaded", {
              hint: "see the refused and failed files above",
            });
          }
          if (summary.refused.length > 0 || summary.files.some((f) => f.status === "failed")) process.exitCode = 4;
        },
      );
  },
};
