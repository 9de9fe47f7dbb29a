/** Every subcommand of `paperatlas`: a new command is one file plus one line here. */
import type { CommandModule } from "../command.ts";
import { dbCommand } from "./db.ts";
import { ingestCommand } from "./ingest.ts";
import { parseCommand } from "./parse.ts";
import { startCommand } from "./start.ts";
import { statsCommand } from "./stats.ts";

export const COMMANDS: CommandModule[] = [dbCommand, ingestCommand, statsCommand, startCommand, parseCommand];
