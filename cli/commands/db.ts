/** `paperatlas db start|stop|status`: the local Neo4j server (db/local/). */
import type { Command } from "commander";
import type { CommandContext, CommandModule } from "../command.ts";
import { installLocal, startLocal, statusLocal, stopLocal } from "../../db/local/manager.ts";
import type { Config } from "../../config/config.ts";

function refuseWhenExternal(config: Config, action: string): boolean {
  if (!config.external) return false;
  process.stdout.write(`db: NEO4J_URI is set (${config.neo4jUri}): nothing local to ${action}\n`);
  return true;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const dbCommand: CommandModule = {
  register(program: Command, { config }: CommandContext) {
    const db = program.command("db").description("manage the local Neo4j Community server (fetched with Maven)");
    const say = (message: string) => process.stderr.write(`${message}\n`);

    db.command("start")
      .description("fetch Neo4j if needed, start it on 127.0.0.1 and wait for Bolt")
      .action(async () => {
        if (refuseWhenExternal(config, "start")) return;
        const result = await startLocal(config.local, config.neo4jPassword, say);
        if (result.alreadyRunning) {
          process.stdout.write(`db: already running (pid ${result.pid}) on ${result.boltUrl}\n`);
        } else {
          process.stdout.write(
            `db: started in ${(result.startMs / 1000).toFixed(1)} s (pid ${result.pid}) on ${result.boltUrl}\n`,
          );
        }
      });

    db.command("stop")
      .description("stop the local server")
      .action(async () => {
        if (refuseWhenExternal(config, "stop")) return;
        const result = await stopLocal(config.local);
        process.stdout.write(
          result.wasRunning ? `db: stopped in ${(result.stopMs / 1000).toFixed(1)} s\n` : "db: not running\n",
        );
      });

    db.command("status")
      .description("say whether the local server runs, where it listens and how big its store is")
      .option("--json", "print the status as JSON")
      .action(async (options: { json?: boolean }) => {
        if (refuseWhenExternal(config, "report on")) return;
        const status = await statusLocal(config.local);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
        } else if (status.running) {
          process.stdout.write(
            `db: running (pid ${status.pid}); Bolt ${status.boltUrl}, Browser ${status.httpUrl}; store ${megabytes(status.storeBytes)} in ${status.home}\n`,
          );
        } else {
          process.stdout.write(
            `db: not running${status.installed ? "" : " (not installed yet)"}; store ${megabytes(status.storeBytes)} in ${status.home}\n`,
          );
        }
        if (!status.running) process.exitCode = 1;
      });

    db.command("install")
      .description("only fetch the server's jars (CI does this before the tests)")
      .action(async () => {
        await installLocal(config.local, say);
        process.stdout.write("db: installed\n");
      });
  },
};
