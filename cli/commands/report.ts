/**
 * `paperatlas report [--cluster ID | --since RUN|DATE|last] [--format md|html|json|csv|pdf] [--out DIR]`
 * ======================================================================================================
 * Writes the cluster report of the current clustering (report/) into a directory: every top-level
 * cluster with a corpus overview, or one cluster (any level); with `--since`, what the updates of
 * that window changed (report/since/). The format choices are the keys of `REPORT_WRITERS` and of
 * `REPORT_PRINTERS`; a printed format (`pdf`: the HTML report printed by Chromium) wants `--out`
 * said, since it is binary and starts a browser.
 */
import { Option, type Command } from "commander";
import {
  isPrintFormat,
  REPORT_PRINTERS,
  REPORT_WRITERS,
  runReport,
  runSinceReport,
  type AnyReportFormat,
} from "../../report/index.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";

interface ReportCliOptions {
  cluster?: string;
  since?: string;
  format: AnyReportFormat;
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
      .option(
        "--since <when>",
        'report what the updates changed instead: "last" (the latest update), a run id (it and every later update) or an ISO date',
      )
      .addOption(
        new Option("--format <format>", "output format (pdf: printed by Chromium, needs --out)")
          .choices([...Object.keys(REPORT_WRITERS), ...Object.keys(REPORT_PRINTERS)])
          .default("md"),
      )
      .option("--out <dir>", "directory to write into (created if needed)", "report")
      .option("--concepts <n>", "concepts per type listed for each cluster", "10")
      .option("--papers <n>", "representative and bridging papers listed for each cluster", "10")
      .option("--map-points <n>", "most nodes drawn in the HTML map picture", "3000")
      .action(async (options: ReportCliOptions, command: Command) => {
        if (isPrintFormat(options.format) && command.getOptionValueSource("out") !== "cli") {
          throw new PaperAtlasError("BAD_REQUEST", `report: --format ${options.format} needs --out <dir>`, {
            hint: `say where the ${options.format.toUpperCase()} goes, e.g. --format ${options.format} --out report`,
          });
        }
        if (options.since !== undefined && options.cluster !== undefined) {
          throw new PaperAtlasError("BAD_REQUEST", "report: --since and --cluster cannot be combined", {
            hint: "drop --cluster: the --since report lists every region and cluster the updates touched",
          });
        }
        const since = options.since;
        const written = await withDb(config, (db) =>
          since !== undefined
            ? runSinceReport(db, { since, format: options.format, out: options.out })
            : runReport(db, {
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
