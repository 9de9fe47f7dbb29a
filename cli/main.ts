/**
 * `paperatlas` command line
 * =========================
 * Loads the configuration once, registers every subcommand, and is the single boundary where
 * errors become a message, a hint and an exit code (STYLE §7).
 */
import { Command, CommanderError } from "commander";
import { loadConfig } from "../config/config.ts";
import { ERROR_CODES, isPaperAtlasError } from "../schema/errors.ts";
import { COMMANDS } from "./commands/index.ts";

function reportError(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode;
  if (isPaperAtlasError(error)) {
    process.stderr.write(`paperatlas: ${error.message}${error.where ? ` (at ${error.where})` : ""}\n`);
    if (error.hint) process.stderr.write(`  hint: ${error.hint}\n`);
    return ERROR_CODES[error.code].exitCode;
  }
  process.stderr.write(
    `paperatlas: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return 1;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command("paperatlas")
    .description("Turn research-paper listings into an explorable citation/topic knowledge graph in Neo4j.")
    .exitOverride()
    .showHelpAfterError();
  const config = loadConfig(process.env);
  for (const command of COMMANDS) command.register(program, { config });
  await program.parseAsync(argv);
  return process.exitCode === undefined ? 0 : Number(process.exitCode);
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = reportError(error);
  },
);
