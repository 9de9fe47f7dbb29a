/**
 * `paperatlas report [--cluster ID] [--format md|html|json|csv] [--out DIR]`
 * ==========================================================================
 * Writes the cluster report of the current clustering (report/) into a directory: every top-level
 * cluster with a corpus overview, or one cluster (any level). The format choices are the keys of
 * `REPORT_WRITERS`.
 */
import { Option } from "commander";
import { REPORT_WRITERS, runReport } from "../../report/index.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { ReportFormat } from "../../schema/report.ts";
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";

interface ReportCliOptions {
  cluster?: string;
  format: ReportFormat;
  out: string;
  concepts: string;
  papers: string;
  mapPoints: string;
}

function count(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new PaperAtlasError("BAD_REQUEST", `report: --${name}: expected a positive whole number, got "${raw}"`, {
      hint: `pass --${name} a number such as 10`,
    });
  }
  return n;
}

export const reportCommand: CommandModule = {
  register(program, { config }) {
    program
      .command("report")
      .description("write the cluster report of the current clustering (all top-level clusters, or one)")
      .option("--cluster <id>", "report one cluster (any level) instead of every top-level cluster")
      .addOption(new Option("--format <format>", "output format").choices(Object.keys(REPORT_WRITERS)).default("md"))
      .option("--out <dir>", "directory to write into (created if needed)", "report")
      .option("--concepts <n>", "concepts per type listed for each cluster", "10")
      .option("--papers <n>", "representative and bridging papers listed for each cluster", "10")
      .option("--map-points <n>", "most nodes drawn in the HTML map picture", "3000")
      .action(async (options: ReportCliOptions) => {
        const written = await withDb(config, (db) =>
          runReport(db, {
            cluster: options.cluster ?? null,
            format: options.format,
            out: options.out,
            conceptsPerType: count("concepts", options.concepts),
            papersListed: count("papers", options.papers),
            mapPoints: count("map-points", options.mapPoints),
          }),
        );
        for (const file of written) process.stdout.write(`report: wrote ${file}\n`);
      });
  },
};
