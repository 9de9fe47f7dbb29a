/**
 * The one Neo4j harness for integration tests (STYLE §10). `NEO4J_URI` wins; else a Docker
 * engine runs testcontainers' neo4j:5.26-community; else the local server `paperatlas db start`
 * manages. The global setup publishes the chosen target through the environment to the test files.
 */
import { createDb, applySchema, type Db, type DbTarget } from "../db/client.ts";

export function testTarget(): DbTarget {
  const uri = process.env["PAPERATLAS_TEST_NEO4J_URI"] ?? process.env["NEO4J_URI"];
  if (!uri) throw new Error("test/neo4j: no server: run the int tests through vitest's global setup");
  return {
    neo4jUri: uri,
    neo4jUser: process.env["PAPERATLAS_TEST_NEO4J_USER"] ?? process.env["NEO4J_USER"] ?? "neo4j",
    neo4jPassword: process.env["PAPERATLAS_TEST_NEO4J_PASSWORD"] ?? process.env["NEO4J_PASSWORD"] ?? "",
  };
}

/** A client on the test server with an empty graph and the schema applied. */
export async function freshDb(): Promise<Db> {
  const db = createDb(testTarget());
  await wipe(db);
  return db;
}

export async function wipe(db: Db): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
  await applySchema(db);
}

/** The rows of one Cypher statement in its own session, as plain objects (Neo4j values as the driver gives them). */
export async function rows(
  db: Db,
  text: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const session = db.driver.session();
  try {
    return (await session.run(text, params)).records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}
