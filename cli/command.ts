import type { Command } from "commander";
import type { Config } from "../config/config.ts";

/** What every subcommand gets: the validated configuration (loaded once, by main.ts). */
export interface CommandContext {
  config: Config;
}

/** A subcommand registers itself on the program; `commands/index.ts` lists them all. */
export interface CommandModule {
  register(program: Command, context: CommandContext): void;
}
