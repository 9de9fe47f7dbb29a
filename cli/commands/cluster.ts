/**
 * `paperatlas cluster [--resolution R] [--seed S] …`: communities of the paper–concept graph,
 * labelled and stored in Neo4j, replacing the current clustering run. Also the option parsers and
 * the summary printer that `build` reuses.
 */
import type { Command } from "commander";
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";
import { progressBar, type ProgressBar } from "../progress.ts";
import type { ClusterSummary, RunClusterOptions } from "../../atlas/cluster/run.ts";
import { PaperAtlasError } from "../../schema/errors.ts";

function invalid(flag: string, expected: string, got: string): never {
  throw new PaperAtlasError("BAD_REQUEST", `${flag}: expected ${expected}, got "${got}"`, { hint: `fix ${flag}` });
}

export function positiveNumber(flag: string) {
  return (raw: string): number => {
    const value = Number(raw);
    return Number.isFinite(value) && value > 0 ? value : invalid(flag, "a positive number", raw);
  };
}

export function wholeNumber(flag: string, min = 0) {
  return (raw: string): number => {
    const value = Number(raw);
    return Number.isInteger(value) && value >= min ? value : invalid(flag, `a whole number ≥ ${min}`, raw);
  };
}

export interface ClusterFlags {
  resolution?: number;
  seed?: number;
  runs?: number;
  algorithm?: string;
  minPapers?: number;
  maxPapers?: number;
  citesWeight?: number;
  maxLevels?: number;
}

/** Adds the clustering flags to a command (`cluster` and `build` share them). */
export function clusterFlags(command: Command): Command {
  return command
    .option(
      "--resolution <r>",
      "modularity resolution γ: above 1 gives more, smaller clusters (default 1)",
      positiveNumber("--resolution"),
    )
    .option("--seed <s>", "seed of the search: same graph and seed, same clusters (default 42)", wholeNumber("--seed"))
    .option("--runs <n>", "seeded searches; the highest modularity wins (default 1)", wholeNumber("--runs", 1))
    .option("--algorithm <name>", "leiden (Louvain + refinement) or louvain (default leiden)")
    .option(
      "--max-levels <n>",
      "hierarchy levels kept at most, the top one included (default 4)",
      wholeNumber("--max-levels", 1),
    )
    .option(
      "--min-papers <n>",
      "leave concepts named by fewer papers out of the search (default 2)",
      wholeNumber("--min-papers"),
    )
    .option(
      "--max-papers <n>",
      "leave concepts named by more papers out of the search (default: no limit)",
      wholeNumber("--max-papers", 1),
    )
    .option("--cites-weight <w>", "a citation's weight, in mean mentions (default 1)", (raw: string) =>
      Number(raw) >= 0 ? Number(raw) : invalid("--cites-weight", "a number ≥ 0", raw),
    );
}

export function clusterOptions(flags: ClusterFlags): RunClusterOptions {
  if (flags.algorithm !== undefined && flags.algorithm !== "leiden" && flags.algorithm !== "louvain") {
    invalid("--algorithm", "leiden or louvain", flags.algorithm);
  }
  const out: RunClusterOptions = {};
  if (flags.resolution !== undefined) out.resolution = flags.resolution;
  if (flags.seed !== undefined) out.seed = flags.seed;
  if (flags.runs !== undefined) out.runs = flags.runs;
  if (flags.algorithm !== undefined) out.algorithm = flags.algorithm as "leiden" | "louvain";
  if (flags.minPapers !== undefined) out.minPapers = flags.minPapers;
  if (flags.maxPapers !== undefined) out.maxPapers = flags.maxPapers;
  if (flags.citesWeight !== undefined) out.citesWeight = flags.citesWeight;
  if (flags.maxLevels !== undefined) out.maxLevels = flags.maxLevels;
  return out;
}

/** Restarts the bar at each phase change; the bar counts items of the phase. */
export function phaseProgress(bar: ProgressBar, prefix: string) {
  let current = "";
  return ({ phase, done, total }: { phase: string; done: number; total: number }) => {
    if (phase !== current) {
      current = phase;
      bar.start(`${prefix}: ${phase}`, total);
    }
    bar.update(done);
  };
}

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

export function formatClusterSummary(s: ClusterSummary): string {
  const o = s.options;
  const lines = [
    `cluster: run ${s.runId} (${o.algorithm}, resolution ${o.resolution}, seed ${o.seed}, best of ${s.runs.length} run${s.runs.length === 1 ? "" : "s"})`,
    `  graph: ${s.papers} papers, ${s.concepts} concepts (${s.excludedConcepts} left out of the search: papers < ${o.minPapers}${o.maxPapers === null ? "" : ` or > ${o.maxPapers}`}), ${s.mentions} mentions, ${s.cites} citations`,
    `  search graph: ${s.searchNodes} nodes, ${s.searchEdges} edges; modularity ${s.modularity.toFixed(4)} (runs: ${s.runs.map((r) => r.modularity.toFixed(4)).join(", ")})`,
  ];
  for (const level of s.levels) {
    const largest = level.largest.map((c) => `"${c.label}" ${c.size}`).join(", ");
    lines.push(
      `  level ${level.level}: ${level.clusters} clusters, modularity ${level.modularity.toFixed(4)}; largest: ${largest}`,
    );
  }
  lines.push(`  attached after the search ${s.attached}, linked to nothing (the Unlinked cluster) ${s.unassigned}`);
  const t = s.timings;
  lines.push(
    `  time ${seconds(t.totalMs)} s (read ${seconds(t.readMs)}, search ${seconds(t.searchMs)}, labels ${seconds(t.labelMs)}, write ${seconds(t.writeMs)})`,
  );
  return `${lines.join("\n")}\n`;
}

export const clusterCommand: CommandModule = {
  register(program, { config }) {
    clusterFlags(
      program
        .command("cluster")
        .description(
          "find labelled communities (Leiden) in the paper–concept graph; replaces the current clustering run",
        ),
    )
      .option("--json", "print the summary as JSON")
      .action(async (flags: ClusterFlags & { json?: boolean }) => {
        const { runCluster } = await import("../../atlas/cluster/run.ts");
        const options = clusterOptions(flags);
        const bar = progressBar();
        const summary = await withDb(config, (db) =>
          runCluster(db, { ...options, onProgress: phaseProgress(bar, "cluster") }),
        ).finally(() => bar.stop());
        process.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : formatClusterSummary(summary));
      });
  },
};
