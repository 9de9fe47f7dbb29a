/**
 * Vitest global setup for `*.int.test.ts`: finds or starts a real Neo4j once per run and stops it
 * afterwards only if this run started it. Never a fake database.
 */
import { spawnSync } from "node:child_process";
import { loadConfig } from "../config/config.ts";
import { startLocal, stopLocal } from "../db/local/manager.ts";

function dockerEngineAnswers(): boolean {
  const probe = spawnSync("docker", ["info", "--format", "{{.ServerVersion}}"], { encoding: "utf8", timeout: 5000 });
  return probe.status === 0 && probe.stdout.trim() !== "";
}

function publish(uri: string, user: string, password: string): void {
  process.env["PAPERATLAS_TEST_NEO4J_URI"] = uri;
  process.env["PAPERATLAS_TEST_NEO4J_USER"] = user;
  process.env["PAPERATLAS_TEST_NEO4J_PASSWORD"] = password;
}

export default async function setup(): Promise<() => Promise<void>> {
  const config = loadConfig(process.env);
  if (config.external) {
    publish(config.neo4jUri, config.neo4jUser, config.neo4jPassword);
    return async () => {};
  }
  if (dockerEngineAnswers()) {
    const { Neo4jContainer } = await import("@testcontainers/neo4j");
    const container = await new Neo4jContainer("neo4j:5.26-community").withPassword("paperatlas-test").start();
    publish(container.getBoltUri(), container.getUsername(), container.getPassword());
    return async () => {
      await container.stop();
    };
  }
  const started = await startLocal(config.local, config.neo4jPassword, (message) =>
    process.stderr.write(`${message}\n`),
  );
  publish(started.boltUrl, config.neo4jUser, config.neo4jPassword);
  return async () => {
    if (!started.alreadyRunning) await stopLocal(config.local);
  };
}
