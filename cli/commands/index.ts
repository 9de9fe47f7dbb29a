/** Every subcommand of `paperatlas`: a new command is one file plus one line here. */
import type { CommandModule } from "../command.ts";
import { buildCommand } from "./build.ts";
import { clusterCommand } from "./cluster.ts";
import { dbCommand } from "./db.ts";
import { exportCommand } from "./export.ts";
import { extractCommand } from "./extract.ts";
import { ingestCommand } from "./ingest.ts";
import { layoutCommand } from "./layout.ts";
import { parseCommand } from "./parse.ts";
import { reportCommand } from "./report.ts";
import { serveCommand } from "./serve.ts";
import { startCommand } from "./start.ts";
import { statsCommand } from "./stats.ts";
import { thesaurusCommand } from "./thesaurus.ts";
import { updateCommand } from "./update.ts";

export const COMMANDS: CommandModule[] = [
  dbCommand,
  ingestCommand,
  statsCommand,
  startCommand,
  parseCommand,
  serveCommand,
  reportCommand,
  exportCommand,
  clusterCommand,
  layoutCommand,
  buildCommand,
  updateCommand,
  extractCommand,
  thesaurusCommand,
];
