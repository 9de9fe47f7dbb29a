/** Every subcommand of `paperatlas`: a new command is one file plus one line here. */
import type { CommandModule } from "../command.ts";

export const COMMANDS: CommandModule[] = [];
