/** `paperatlas stats [--json]`: node counts by label and relationship counts by type. */
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";
import { readStats } from "../../db/stats.ts";

export const statsCommand: CommandModule = {
  register(program, { config }) {
    program
      .command("stats")
      .description("count nodes by label and relationships by type")
      .option("--json", "print JSON")
      .action(async (options: { json?: boolean }) => {
        const stats = await withDb(config, readStats);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
          return;
        }
        process.stdout.write("nodes:\n");
        for (const [label, count] of Object.entries(stats.nodes))
          process.stdout.write(`  ${label.padEnd(14)} ${count}\n`);
        process.stdout.write("relationships:\n");
        for (const [type, count] of Object.entries(stats.relationships)) {
          process.stdout.write(`  ${type.padEnd(14)} ${count}\n`);
        }
      });
  },
};
