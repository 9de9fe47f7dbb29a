/**
 * `paperatlas start` (what `npm start` runs): the local Neo4j unless NEO4J_URI is set, the sample
 * corpus ingested when the graph is empty (then clustered and laid out), a file added to the sample
 * folder since brought in by `paperatlas update`, then the map served until Ctrl-C; its last line
 * says where.
 */
import path from "node:path";
import type { CommandModule } from "../command.ts";
import { withDb } from "../db.ts";
import { printIngestSummary } from "../summary.ts";
import { startLocal } from "../../db/local/manager.ts";
import type { Db } from "../../db/client.ts";
import { readStats } from "../../db/stats.ts";
import { READ_SOURCE_PATHS } from "../../schema/cypher/update.ts";
import { formatClusterSummary } from "./cluster.ts";
import { formatLayoutSummary } from "./layout.ts";
import { serveMap } from "./serve.ts";
import { formatUpdateSummary } from "./update.ts";

/** Whether the graph holds a file ingested from `folder` (then it is that folder's atlas). */
async function fromFolder(db: Db, folder: string): Promise<boolean> {
  const rows = await db.read(READ_SOURCE_PATHS, {});
  return rows.some((row) => path.dirname(path.resolve(row.path)) === path.resolve(folder));
}

export const startCommand: CommandModule = {
  register(program, { config }) {
    program
      .command("start")
      .description("start Neo4j if local, load the sample corpus into an empty graph, and serve the map")
      .option("--port <port>", "port of the map (default PORT, else 3000)")
      .option("--no-serve", "stop once the graph is ready, without serving the map")
      .action(async (options: { serve: boolean; port?: string }) => {
        const say = (message: string) => process.stderr.write(`${message}\n`);
        const { runIngest } = await import("../../ingest/run.ts");
        if (!config.external) {
          const started = await startLocal(config.local, config.neo4jPassword, say);
          say(
            started.alreadyRunning
              ? `db: Neo4j already running on ${started.boltUrl}`
              : `db: Neo4j started in ${(started.startMs / 1000).toFixed(1)} s on ${started.boltUrl}`,
          );
        }
        const stats = await withDb(config, async (db) => {
          const before = await readStats(db);
          if ((before.nodes["Paper"] ?? 0) === 0) {
            say(`start: the graph is empty; ingesting the sample corpus ${config.sampleCorpus}`);
            printIngestSummary(await runIngest(db, [config.sampleCorpus]), false, process.stderr);
          }
          const { currentClusterRun, runCluster } = await import("../../atlas/cluster/run.ts");
          if (((await readStats(db)).nodes["Paper"] ?? 0) > 0 && (await currentClusterRun(db)) === null) {
            say("start: the graph has no clustering yet; clustering and laying it out");
            const { runLayout } = await import("../../atlas/layout/run.ts");
            process.stderr.write(formatClusterSummary(await runCluster(db)));
            process.stderr.write(formatLayoutSummary(await runLayout(db)));
          } else if (await fromFolder(db, config.sampleCorpus)) {
            // An atlas of the sample folder: a file added to it since comes in through `update`.
            const { runUpdate } = await import("../../atlas/update/run.ts");
            const updated = await runUpdate(db, [config.sampleCorpus]);
            if (updated.changed) {
              printIngestSummary(updated.ingest!, false, process.stderr);
              process.stderr.write(formatUpdateSummary(updated));
            }
          }
          return readStats(db);
        });
        process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
        const browser = config.external
          ? `the Neo4j Browser of ${config.neo4jUri}`
          : `http://127.0.0.1:${config.local.httpPort}/browser/ (user ${config.neo4jUser}, password ${config.neo4jPassword === "paperatlas-local" ? "paperatlas-local" : "from NEO4J_PASSWORD"})`;
        process.stdout.write(
          `PaperAtlas: the graph is ready; open ${browser} and try MATCH (p:Paper) RETURN p LIMIT 25\n`,
        );
        if (options.serve) await serveMap(config, options.port === undefined ? {} : { port: options.port });
      });
  },
};
