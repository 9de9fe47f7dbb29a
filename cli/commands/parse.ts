/**
 * `paperatlas parse <files|dirs…> [--format ID] [--json]`
 * =======================================================
 * Reads listing files (ingest/read), deduplicates their entries (ingest/dedup) and prints either
 * the distinct papers as JSON or a short summary. Warnings and refused files go to stderr; the
 * exit code is non-zero only when no file at all could be read.
 */
import { Option, type Command } from "commander";
import { ERROR_CODES } from "../../schema/errors.ts";
import type { Paper } from "../../schema/model.ts";
import type { Warning } from "../../schema/warnings.ts";
import { dedupEntries } from "../../ingest/dedup/index.ts";
import { FORMAT_IDS } from "../../ingest/formats/index.ts";
import { readInputs, type ReadResult } from "../../ingest/read/index.ts";
import type { CommandModule } from "../command.ts";

/** Warnings printed one by one before the rest are only counted. */
const MAX_LISTED_WARNINGS = 20;

/** The `--json` shape: the Paper fields a reader of the listing cares about. */
export function paperJson(p: Paper) {
  const { id, title, abstract, authorCount, organization, published, upvotes, links, sources } = p;
  return { id, title, abstract, authorCount, organization, published, upvotes, links, sources };
}

export function countByCode(warnings: readonly Warning[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function summary(read: ReadResult, papers: readonly Paper[]): string {
  const entries = read.files.reduce((n, f) => n + f.entries.length, 0);
  const warnings = read.files.flatMap((f) => f.warnings);
  const multi = papers.filter((p) => p.sources.length > 1).length;
  const lines = [
    `files: ${read.files.length} read, ${read.refused.length} refused`,
    `entries: ${entries}`,
    `distinct papers: ${papers.length} (${multi} in more than one file)`,
    `warnings: ${warnings.length}`,
    ...[...countByCode(warnings)].map(([code, n]) => `  ${code}: ${n}`),
  ];
  for (const f of read.files)
    lines.push(`  ${f.name}: ${f.format}, ${f.entries.length} entries, ${f.warnings.length} warnings`);
  return `${lines.join("\n")}\n`;
}

function reportProblems(read: ReadResult): void {
  const warnings = read.files.flatMap((f) => f.warnings);
  for (const w of warnings.slice(0, MAX_LISTED_WARNINGS)) process.stderr.write(`warning ${w.code}: ${w.message}\n`);
  if (warnings.length > MAX_LISTED_WARNINGS) {
    process.stderr.write(`… and ${warnings.length - MAX_LISTED_WARNINGS} more warnings\n`);
  }
  for (const r of read.refused) {
    process.stderr.write(`refused ${r.code}: ${r.message}\n`);
    if (r.hint) process.stderr.write(`  hint: ${r.hint}\n`);
  }
}

export const parseCommand: CommandModule = {
  register(program: Command) {
    program
      .command("parse")
      .description("read listing files or folders and print their distinct papers")
      .argument("<inputs...>", "files or directories (directories are read one level deep, hidden files skipped)")
      .addOption(new Option("--format <id>", "input format (default: detected per file)").choices([...FORMAT_IDS]))
      .option("--json", "print the distinct papers as JSON")
      .action(async (inputs: string[], options: { format?: string; json?: boolean }) => {
        // `paperatlas parse … | head` closes stdout early: that is not an error.
        process.stdout.on("error", (error: NodeJS.ErrnoException) => {
          if (error.code !== "EPIPE") throw error;
        });
        const read = await readInputs(inputs, options.format === undefined ? {} : { format: options.format });
        const papers = dedupEntries(read.files.flatMap((f) => f.entries));
        reportProblems(read);
        if (options.json) process.stdout.write(`${JSON.stringify(papers.map(paperJson), null, 2)}\n`);
        else process.stdout.write(summary(read, papers));
        if (read.files.length === 0) {
          const code = read.refused[0]?.code ?? "NOTHING_LOADED";
          process.stderr.write("parse: no input could be read\n");
          process.exitCode = ERROR_CODES[code].exitCode;
        }
      });
  },
};
