/**
 * `paperatlas build <inputs…>`: ingest, then cluster, then layout, each with its progress and its
 * summary; the same flags as the three commands (the layout's seed is `--layout-seed`).
 */
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";
import { extractOption } from "../extract-option.ts";
import { progressBar } from "../progress.ts";
import { printIngestSummary } from "../summary.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { formatBulkPhases, runBulk } from "../bulk.ts";
import { clusterFlags, clusterOptions, formatClusterSummary, phaseProgress, type ClusterFlags } from "./cluster.ts";
import { formatLayoutSummary, layoutFlags, layoutOptions, type LayoutFlags } from "./layout.ts";

type BuildFlags = ClusterFlags & LayoutFlags & { format?: string; thesaurus?: string; bulk?: boolean };

export const buildCommand: CommandModule = {
  register(program, { config }) {
    const command = program
      .command("build")
      .description("ingest listings, then cluster and lay out the whole graph (ingest + cluster + layout)")
      .argument("<inputs...>", "files or directories")
      .option("--format <id>", "input format (default: detected from the content)")
      .option(
        "--thesaurus <file>",
        "merge, rename, retype or ignore terms (TSV with label/replace by[/type], JSON, or a CiteSpace alias file primary#secondary)",
      )
      .option(
        "--bulk",
        "ingest with neo4j-admin's offline importer (empty graph on the local server only; see `ingest --bulk`)",
      );
    layoutFlags(clusterFlags(command), "--layout-seed").action(async (inputs: string[], flags: BuildFlags) => {
      const { runIngest } = await import("../../ingest/run.ts");
      const { runCluster } = await import("../../atlas/cluster/run.ts");
      const { runLayout } = await import("../../atlas/layout/run.ts");
      const cluster = clusterOptions(flags);
      const layout = layoutOptions(flags);
      const extract = await extractOption(flags.thesaurus);
      const bar = progressBar();
      const started = Date.now();
      const format = flags.format ? { format: flags.format } : {};
      // The bulk load stops and restarts the server, so it runs before the client of the other stages opens.
      const bulk = flags.bulk ? await runBulk(config, inputs, { ...format, ...extract }) : undefined;
      if (bulk) {
        printIngestSummary(bulk, false);
        process.stdout.write(formatBulkPhases(bulk));
      }
      await withDb(config, async (db) => {
        const ingested =
          bulk ??
          (await runIngest(db, inputs, {
            ...format,
            ...extract,
            onFileStart: (file, papers) => bar.start(file, papers),
            onProgress: (p) => bar.update(p.papersWritten),
          }).finally(() => bar.stop()));
        if (!bulk) printIngestSummary(ingested, false);
        if (ingested.files.every((f) => f.status === "failed")) {
          throw new PaperAtlasError("NOTHING_LOADED", "build: nothing was loaded, so nothing to cluster", {
            hint: "see the refused and failed files above",
          });
        }
        const clustered = await runCluster(db, { ...cluster, onProgress: phaseProgress(bar, "cluster") }).finally(() =>
          bar.stop(),
        );
        process.stdout.write(formatClusterSummary(clustered));
        const placed = await runLayout(db, { ...layout, onProgress: phaseProgress(bar, "layout") }).finally(() =>
          bar.stop(),
        );
        process.stdout.write(formatLayoutSummary(placed));
      });
      process.stdout.write(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    });
  },
};
