/**
 * `paperatlas ingest <files|dirs…>`: parse, deduplicate, extract and load into Neo4j. VOSviewer
 * files among the inputs (JSON, or a map file with its network file) are imported as a map instead:
 * nodes, positions, links and clusters (ingest/vosviewer/).
 */
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";
import { extractOption } from "../extract-option.ts";
import { progressBar } from "../progress.ts";
import { printIngestSummary, printVosSummary } from "../summary.ts";
import type { VosImportSummary } from "../../ingest/vosviewer/index.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { IngestSummary } from "../../ingest/run.ts";
import { formatBulkPhases, runBulk } from "../bulk.ts";

export const ingestCommand: CommandModule = {
  register(program, { config }) {
    program
      .command("ingest")
      .description("load paper listings into Neo4j (re-ingesting an unchanged file changes nothing)")
      .argument("<inputs...>", "files or directories")
      .option(
        "--format <id>",
        "input format (default: detected from the content); vosviewer-json or vosviewer-map imports a VOSviewer map",
      )
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
          const { runVosImport, splitVosviewerInputs } = await import("../../ingest/vosviewer/index.ts");
          const json = options.json === true;
          const vos = await splitVosviewerInputs(inputs, options.format);
          if (options.bulk && vos.inputs.length > 0) {
            throw new PaperAtlasError("BAD_REQUEST", "ingest --bulk: VOSviewer files cannot be bulk-loaded", {
              hint: "load the listings with --bulk first, then import the VOSviewer files with a plain `ingest`",
            });
          }
          const imported: VosImportSummary[] = [];
          if (vos.inputs.length > 0) {
            // Each file in its own transaction; a bad one stops the command with its file:line.
            await withDb(config, async (db) => {
              for (const input of vos.inputs) imported.push(await runVosImport(db, input));
            });
            // With --json and listings too, the one JSON document below carries both.
            if (!json || vos.rest.length === 0) printVosSummary(imported, json);
            if (vos.rest.length === 0) return;
          }
          const extract = await extractOption(options.thesaurus);
          const format = options.format ? { format: options.format } : {};
          const extra = imported.length > 0 ? { vosviewer: imported } : {};
          let summary: IngestSummary;
          if (options.bulk) {
            const bulk = await runBulk(config, vos.rest, { ...format, ...extract });
            summary = bulk;
            printIngestSummary(summary, json, process.stdout, extra);
            if (!json) process.stdout.write(formatBulkPhases(bulk));
          } else {
            // Loaded on use: `paperatlas db …` should not pay for the parser and extractor.
            const { runIngest } = await import("../../ingest/run.ts");
            const bar = progressBar();
            summary = await withDb(config, (db) =>
              runIngest(db, vos.rest, {
                ...format,
                ...extract,
                onFileStart: (file, papers) => bar.start(file, papers),
                onProgress: (p) => bar.update(p.papersWritten),
              }),
            ).finally(() => bar.stop());
            printIngestSummary(summary, json, process.stdout, extra);
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
