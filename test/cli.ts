/**
 * The `paperatlas` command line as a user runs it, in a child process, against the test server
 * (test/neo4j.ts), with CI set so it prints no progress bars. `env` adds variables; the exit code
 * and both streams come back for the test to assert.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { testTarget } from "./neo4j.ts";

const BIN = path.resolve(import.meta.dirname, "..", "bin", "paperatlas.js");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function paperatlas(
  args: readonly string[],
  options: { env?: Record<string, string>; timeout?: number } = {},
): CliRun {
  const target = testTarget();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      NEO4J_URI: target.neo4jUri,
      NEO4J_USER: target.neo4jUser,
      NEO4J_PASSWORD: target.neo4jPassword,
      CI: "true",
      ...options.env,
    },
    timeout: options.timeout ?? 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
