/**
 * Local Neo4j Community server
 * ============================
 * Fetches Neo4j's jars from Maven Central with `mvn` (the server tarball is not published there,
 * its lib/ is), writes a loopback-only neo4j.conf, sets the initial password, starts the JVM,
 * waits for Bolt and stops it by its own pid. Every operation is idempotent.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PROJECT_ROOT, type LocalNeo4jConfig } from "../../config/config.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { javaArgs, localLayout, neo4jConf, type LocalLayout } from "./layout.ts";

export type Progress = (message: string) => void;

export interface LocalStatus {
  installed: boolean;
  running: boolean;
  pid: number | null;
  boltUrl: string;
  httpUrl: string;
  home: string;
  storeBytes: number;
}

const POM = path.join(PROJECT_ROOT, "scripts", "neo4j", "pom.xml");
const ALTERNATIVES =
  "or point PaperAtlas at a running server with NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, or use `docker compose up neo4j`";

function requireTool(command: string, args: string[], name: string): void {
  const probe = spawnSync(command, args, { stdio: "ignore" });
  if (probe.error || probe.status !== 0) {
    throw new PaperAtlasError("PREREQUISITE_MISSING", `db: ${name} is needed to run Neo4j locally and was not found`, {
      hint: `install ${name} (e.g. \`apt-get install ${command === "java" ? "openjdk-17-jre-headless" : "maven"}\`), ${ALTERNATIVES}`,
    });
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Guards against a stale pid file whose number the system has since given to another program. */
function isNeo4jProcess(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync("/proc/self/cmdline")) return true;
  try {
    return readFileSync(cmdline, "utf8").includes("CommunityEntryPoint");
  } catch {
    return false;
  }
}

async function readPid(layout: LocalLayout): Promise<number | null> {
  try {
    const pid = Number((await readFile(layout.pidFile, "utf8")).trim());
    return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) && isNeo4jProcess(pid) ? pid : null;
  } catch {
    return null;
  }
}

function directoryBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directoryBytes(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function tail(file: string, lines = 25): Promise<string> {
  try {
    return (await readFile(file, "utf8")).split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Downloads the server's jars once; a marker file records a complete download. */
export async function installLocal(config: LocalNeo4jConfig, progress: Progress = () => {}): Promise<void> {
  const layout = localLayout(config);
  if (existsSync(layout.installedMarker)) return;
  requireTool("java", ["-version"], "Java 17");
  requireTool("mvn", ["-v"], "Maven");
  progress(`db: fetching Neo4j ${config.version} from Maven Central into ${layout.lib} (about 120 MB, once)`);
  await rm(layout.lib, { recursive: true, force: true });
  await mkdir(layout.lib, { recursive: true });
  const result = spawnSync(
    "mvn",
    [
      "-B",
      "-q",
      "-f",
      POM,
      `-Dneo4j.version=${config.version}`,
      "dependency:copy-dependencies",
      "-DincludeScope=runtime",
      "-DexcludeTypes=pom",
      `-DoutputDirectory=${layout.lib}`,
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    throw new PaperAtlasError("LOCAL_NEO4J_FAILED", `db: mvn could not fetch Neo4j ${config.version}`, {
      where: POM,
      hint: `${(result.stdout + result.stderr).trim().split("\n").slice(-5).join(" ")}; ${ALTERNATIVES}`,
    });
  }
  const jars = readdirSync(layout.lib).filter((name) => name.endsWith(".jar")).length;
  await writeFile(layout.installedMarker, `${jars} jars\n`);
  progress(`db: ${jars} jars installed`);
}

/** Sets the password of a store that has never started (Neo4j only allows it then). */
function setInitialPassword(layout: LocalLayout, password: string): void {
  const result = spawnSync(
    "java",
    ["-cp", `${layout.lib}/*`, "org.neo4j.server.startup.Neo4jAdminBoot", "dbms", "set-initial-password", password],
    { env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf }, encoding: "utf8" },
  );
  if (result.status !== 0) {
    throw new PaperAtlasError("LOCAL_NEO4J_FAILED", "db: could not set the initial password", {
      hint: (result.stdout + result.stderr).trim().split("\n").slice(-3).join(" "),
    });
  }
}

export interface StartResult {
  alreadyRunning: boolean;
  pid: number;
  boltUrl: string;
  startMs: number;
}

export async function startLocal(
  config: LocalNeo4jConfig,
  password: string,
  progress: Progress = () => {},
): Promise<StartResult> {
  const layout = localLayout(config);
  const boltUrl = `bolt://127.0.0.1:${config.boltPort}`;
  const running = await readPid(layout);
  if (running !== null) return { alreadyRunning: true, pid: running, boltUrl, startMs: 0 };
  await installLocal(config, progress);
  for (const port of [config.boltPort, config.httpPort]) {
    if (await portAnswers(port)) {
      throw new PaperAtlasError("LOCAL_NEO4J_FAILED", `db: port ${port} on 127.0.0.1 is taken by another program`, {
        where: `127.0.0.1:${port}`,
        hint: "stop that program, choose other ports with PAPERATLAS_NEO4J_BOLT_PORT / PAPERATLAS_NEO4J_HTTP_PORT, or set NEO4J_URI if it is a Neo4j you want to use",
      });
    }
  }
  for (const dir of [layout.conf, layout.data, layout.logs, layout.run, layout.plugins, layout.import]) {
    await mkdir(dir, { recursive: true });
  }
  await writeFile(layout.confFile, neo4jConf(config, layout));
  if (!existsSync(path.join(layout.data, "dbms"))) {
    progress("db: new store, setting the initial password");
    setInitialPassword(layout, password);
  }
  const started = Date.now();
  const log = openSync(layout.consoleLog, "a");
  const child = spawn("java", javaArgs(config, layout), { detached: true, stdio: ["ignore", log, log] });
  closeSync(log);
  if (child.pid === undefined) throw new PaperAtlasError("LOCAL_NEO4J_FAILED", "db: java did not start");
  await writeFile(layout.pidFile, `${child.pid}\n`);
  child.unref();
  progress(`db: starting Neo4j ${config.version} (pid ${child.pid}), waiting for Bolt on ${boltUrl}`);
  await waitForBolt(config, layout, child.pid, started);
  return { alreadyRunning: false, pid: child.pid, boltUrl, startMs: Date.now() - started };
}

async function waitForBolt(config: LocalNeo4jConfig, layout: LocalLayout, pid: number, started: number): Promise<void> {
  while (Date.now() - started < config.startTimeoutMs) {
    if (!isProcessAlive(pid)) {
      await rm(layout.pidFile, { force: true });
      throw new PaperAtlasError("LOCAL_NEO4J_FAILED", "db: Neo4j exited during start", {
        where: layout.consoleLog,
        hint: `last lines of the log:\n${await tail(layout.consoleLog)}`,
      });
    }
    const log = await tail(layout.consoleLog, 50);
    if ((await portAnswers(config.boltPort)) && /Started\./.test(log)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new PaperAtlasError("LOCAL_NEO4J_FAILED", `db: Bolt did not answer within ${config.startTimeoutMs} ms`, {
    where: layout.consoleLog,
    hint: "see the log; raise PAPERATLAS_NEO4J_START_TIMEOUT_MS on a slow machine",
  });
}

export interface StopResult {
  wasRunning: boolean;
  stopMs: number;
}

export async function stopLocal(config: LocalNeo4jConfig, timeoutMs = 60_000): Promise<StopResult> {
  const layout = localLayout(config);
  const pid = await readPid(layout);
  if (pid === null) {
    await rm(layout.pidFile, { force: true });
    return { wasRunning: false, stopMs: 0 };
  }
  const started = Date.now();
  process.kill(pid, "SIGTERM");
  while (isProcessAlive(pid) && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (isProcessAlive(pid)) process.kill(pid, "SIGKILL");
  await rm(layout.pidFile, { force: true });
  return { wasRunning: true, stopMs: Date.now() - started };
}

export async function statusLocal(config: LocalNeo4jConfig): Promise<LocalStatus> {
  const layout = localLayout(config);
  const pid = await readPid(layout);
  return {
    installed: existsSync(layout.installedMarker),
    running: pid !== null,
    pid,
    boltUrl: `bolt://127.0.0.1:${config.boltPort}`,
    httpUrl: `http://127.0.0.1:${config.httpPort}`,
    home: layout.home,
    storeBytes: directoryBytes(layout.data),
  };
}
