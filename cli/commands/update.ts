/**
 * `paperatlas update <files…>`: ingest new listings, then update the current clustering and layout
 * in place (atlas/update/): clusters keep their ids, existing nodes keep their positions, new nodes
 * are placed among their neighbours. `paperatlas build` stays the full rebuild.
 */
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";
import { extractOption } from "../extract-option.ts";
import { progressBar } from "../progress.ts";
import { printIngestSummary } from "../summary.ts";
import type { UpdateSummary } from "../../atlas/update/run.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { wholeNumber } from "./cluster.ts";

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

export function formatUpdateSummary(s: UpdateSummary): string {
  const t = s.timings;
  if (!s.changed) {
    return `update: nothing new; clustering run ${s.runId} and every position unchanged (${seconds(t.totalMs)} s)\n`;
  }
  const count = (key: "merges" | "splits" | "created" | "redirects") => s.lineage.map((l) => l[key].length).join(" / ");
  return [
    `update: run ${s.runId} (based on ${s.previousRunId}): ${s.addedPapers} papers and ${s.addedConcepts} concepts added, ${s.movedNodes} previous nodes changed cluster`,
    `  clusters per level ${s.clusterCounts.join(" / ")}; new ${count("created")}, merges ${count("merges")}, splits ${count("splits")}, ids gone ${count("redirects")}`,
    `  placed from neighbours ${s.placed.fromNeighbours}, near their cluster ${s.placed.fromCluster}, beside the map ${s.placed.beside}; ${s.placed.overlapsLeft} overlaps left`,
    `  time ${seconds(t.totalMs)} s (ingest ${seconds(t.ingestMs)}, read ${seconds(t.readMs)}, cluster ${seconds(t.clusterMs)}, place ${seconds(t.placeMs)}, write ${seconds(t.writeMs)})`,
    "",
  ].join("\n");
}

export const updateCommand: CommandModule = {
  register(program, { config }) {
    program
      .command("update")
      .description(
        "ingest new listings, then update the current clustering and layout (ids and positions kept; new nodes placed among their neighbours)",
      )
      .argument("<inputs...>", "files or directories")
      .option("--format <id>", "input format (default: detected from the content)")
      .option(
        "--thesaurus <file>",
        "merge, rename, retype or ignore terms (TSV with label/replace by[/type], JSON, or a CiteSpace alias file primary#secondary)",
      )
      .option(
        "--refine <which>",
        "nodes local moving may move: new (default) or neighbours (also the nodes they link to)",
      )
      .option(
        "--place-iterations <n>",
        "iterations of the local force pass over new nodes (default 30)",
        wholeNumber("--place-iterations"),
      )
      .option("--json", "print the summary as JSON")
      .action(
        async (
          inputs: string[],
          flags: { format?: string; thesaurus?: string; refine?: string; placeIterations?: number; json?: boolean },
        ) => {
          if (flags.refine !== undefined && flags.refine !== "new" && flags.refine !== "neighbours") {
            throw new PaperAtlasError("BAD_REQUEST", `--refine: expected new or neighbours, got "${flags.refine}"`, {
              hint: "fix --refine",
            });
          }
          const { runUpdate } = await import("../../atlas/update/run.ts");
          const extract = await extractOption(flags.thesaurus);
          const bar = progressBar();
          const summary = await withDb(config, (db) =>
            runUpdate(db, inputs, {
              ingest: {
                ...(flags.format ? { format: flags.format } : {}),
                ...extract,
                onFileStart: (file, papers) => bar.start(file, papers),
                onProgress: (p) => bar.update(p.papersWritten),
              },
              ...(flags.refine ? { refine: flags.refine as "new" | "neighbours" } : {}),
              ...(flags.placeIterations === undefined ? {} : { placeIterations: flags.placeIterations }),
              onPhase: () => bar.stop(),
            }),
          ).finally(() => bar.stop());
          if (summary.ingest && !flags.json) printIngestSummary(summary.ingest, false);
          process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : formatUpdateSummary(summary));
        },
      );
  },
};
