/**
 * `paperatlas serve [--port N] [--host H]`: the map, the API and the Cypher console over the
 * configured Neo4j, until Ctrl-C. Its last line says where the map is. `start` reuses `serveMap`.
 */
import type { Config } from "../../config/config.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { CommandModule } from "../command.ts";

export interface ServeFlags {
  port?: string;
  host?: string;
  logLevel?: string;
}

function portOf(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new PaperAtlasError("CONFIG_INVALID", `serve: --port: expected a port number from 0 to 65535, got "${raw}"`, {
      hint: "pass --port 3000, or set PORT",
    });
  }
  return port;
}

/** Serves the map until SIGINT or SIGTERM, then closes the server and the driver. */
export async function serveMap(config: Config, flags: ServeFlags = {}): Promise<void> {
  const { startServer } = await import("../../server/main.ts");
  const server = await startServer(config, {
    port: portOf(flags.port, config.port),
    ...(flags.host ? { host: flags.host } : {}),
    logLevel: flags.logLevel ?? "warn",
    warm: true,
  });
  process.stdout.write(`PaperAtlas map: ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.stderr.write(`serve: ${signal}: closing\n`);
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      server.close().then(resolve, resolve);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export const serveCommand: CommandModule = {
  register(program, { config }) {
    program
      .command("serve")
      .description("serve the map, the API and the read-only Cypher console (PORT, default 3000)")
      .option("--port <port>", "port to listen on (0 picks a free one)")
      .option("--host <host>", "interface to listen on (default 127.0.0.1)")
      .option("--log-level <level>", "pino log level on stderr: info, or debug to log every request", "warn")
      .action((flags: ServeFlags) => serveMap(config, flags));
  },
};
