/**
 * Test harness for the server: a fresh database (test/neo4j.ts) seeded with the fixture graph and a
 * real server on a free port. Integration tests serve the API only; browser tests the map too.
 */
import pino from "pino";
import { loadConfig } from "../../config/config.ts";
import type { Db } from "../../db/client.ts";
import { freshDb, testTarget } from "../../test/neo4j.ts";
import { startServer, type RunningServer, type ServerOptions } from "../main.ts";
import { seedFixtureGraph } from "./graph.ts";

export interface TestServer {
  url: string;
  db: Db;
  server: RunningServer;
  close(): Promise<void>;
}

/** `seed` fills the fresh database (default: the fixture graph). */
export async function startTestServer(
  options: Partial<ServerOptions> = {},
  seed: (db: Db) => Promise<unknown> = seedFixtureGraph,
): Promise<TestServer> {
  const db = await freshDb();
  await seed(db);
  const config = { ...loadConfig({}), ...testTarget(), external: true };
  const server = await startServer(config, {
    port: 0,
    db,
    viz: false,
    logger: pino({ level: process.env["PAPERATLAS_TEST_LOG"] ?? "silent" }),
    say: () => undefined,
    ...options,
  });
  return {
    url: server.url,
    db,
    server,
    async close() {
      await server.close();
      await db.close();
    },
  };
}

/** Node and relationship counts, to show a refused query changed nothing. */
export async function graphCounts(db: Db): Promise<{ nodes: number; relationships: number }> {
  const session = db.driver.session();
  try {
    const nodes = await session.run("MATCH (n) RETURN count(n) AS n");
    const rels = await session.run("MATCH ()-[r]->() RETURN count(r) AS n");
    return { nodes: Number(nodes.records[0]!.get("n")), relationships: Number(rels.records[0]!.get("n")) };
  } finally {
    await session.close();
  }
}
