/** `paperatlas layout [--iterations N] [--seed S]`: x, y and size for every paper and concept. */
import type { Command } from "commander";
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";
import { progressBar } from "../progress.ts";
import type { LayoutSummary, RunLayoutOptions } from "../../atlas/layout/run.ts";
import { phaseProgress, wholeNumber } from "./cluster.ts";

export interface LayoutFlags {
  iterations?: number;
  layoutSeed?: number;
}

/** `layout` calls its seed `--seed`; `build`, where `--seed` is the clustering's, `--layout-seed`. */
export function layoutFlags(command: Command, seedFlag: "--seed" | "--layout-seed"): Command {
  return command
    .option("--iterations <n>", "ForceAtlas2 iterations (default 100)", wholeNumber("--iterations"))
    .option(
      `${seedFlag} <s>`,
      "seed of the starting positions: same graph and seed, same map (default 42)",
      wholeNumber(seedFlag),
    );
}

export function layoutOptions(flags: LayoutFlags): RunLayoutOptions {
  const out: RunLayoutOptions = {};
  if (flags.iterations !== undefined) out.iterations = flags.iterations;
  if (flags.layoutSeed !== undefined) out.seed = flags.layoutSeed;
  return out;
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

export function formatLayoutSummary(s: LayoutSummary): string {
  const t = s.timings;
  return [
    `layout: ${s.nodes} nodes placed${s.runId ? ` (seeded by clustering run ${s.runId})` : " (no clustering run: unseeded)"}`,
    `  ForceAtlas2: ${s.forceNodes} nodes, ${s.forceEdges} edges, ${s.iterations} iterations${s.barnesHut ? ", Barnes–Hut" : ""}, seed ${s.seed}`,
    `  placed from neighbours ${s.attached}, unlinked (gathered beside the map) ${s.unlinked}; anti-overlap ${s.overlapIterations} iterations, ${s.overlapsLeft} overlaps left`,
    `  time ${seconds(t.totalMs)} s (read ${seconds(t.readMs)}, force ${seconds(t.forceMs)}, place ${seconds(t.placeMs)}, overlap ${seconds(t.overlapMs)}, write ${seconds(t.writeMs)})`,
    "",
  ].join("\n");
}

export const layoutCommand: CommandModule = {
  register(program, { config }) {
    layoutFlags(
      program
        .command("layout")
        .description("lay out the graph (ForceAtlas2 seeded by cluster, then anti-overlap) and store x, y, size"),
      "--seed",
    )
      .option("--json", "print the summary as JSON")
      .action(async (flags: { iterations?: number; seed?: number; json?: boolean }) => {
        const { runLayout } = await import("../../atlas/layout/run.ts");
        const options = layoutOptions({
          ...(flags.iterations === undefined ? {} : { iterations: flags.iterations }),
          ...(flags.seed === undefined ? {} : { layoutSeed: flags.seed }),
        });
        const bar = progressBar();
        const summary = await withDb(config, (db) =>
          runLayout(db, { ...options, onProgress: phaseProgress(bar, "layout") }),
        ).finally(() => bar.stop());
        process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : formatLayoutSummary(summary));
      });
  },
};
