import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config/config.ts";
import { startLocal, statusLocal } from "./manager.ts";

// The global setup has started (or found) the server; these assert what `db start|status` report.
const config = loadConfig(process.env);
// Only when the tests run on the local server (not NEO4J_URI, not a testcontainer).
const local = process.env["PAPERATLAS_TEST_NEO4J_URI"] === `bolt://127.0.0.1:${config.local.boltPort}`;

describe.runIf(local)("local Neo4j manager", () => {
  it("statusLocal reports the running server, its Bolt URL and a non-empty store", async () => {
    const status = await statusLocal(config.local);
    expect(status.running).toBe(true);
    expect(status.pid).toBeGreaterThan(0);
    expect(status.boltUrl).toBe(`bolt://127.0.0.1:${config.local.boltPort}`);
    expect(status.storeBytes).toBeGreaterThan(0);
  });

  it("startLocal on a running server says so and starts nothing", async () => {
    const before = await statusLocal(config.local);
    const result = await startLocal(config.local, config.neo4jPassword);
    expect(result).toMatchObject({ alreadyRunning: true, pid: before.pid });
  });
});
