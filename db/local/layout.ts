/**
 * Where the local Neo4j keeps its files, and the neo4j.conf we write for it. Pure: paths and text
 * only, so the configuration can be unit-tested without a server.
 */
import path from "node:path";
import type { LocalNeo4jConfig } from "../../config/config.ts";

export interface LocalLayout {
  home: string;
  lib: string;
  conf: string;
  confFile: string;
  data: string;
  logs: string;
  run: string;
  plugins: string;
  import: string;
  pidFile: string;
  consoleLog: string;
  /** Written after a complete jar download, so an interrupted one is redone. */
  installedMarker: string;
}

export function localLayout(config: LocalNeo4jConfig): LocalLayout {
  const home = config.home;
  return {
    home,
    lib: path.join(home, "lib"),
    conf: path.join(home, "conf"),
    confFile: path.join(home, "conf", "neo4j.conf"),
    data: path.join(home, "data"),
    logs: path.join(home, "logs"),
    run: path.join(home, "run"),
    plugins: path.join(home, "plugins"),
    import: path.join(home, "import"),
    pidFile: path.join(home, "run", "neo4j.pid"),
    consoleLog: path.join(home, "logs", "console.log"),
    installedMarker: path.join(home, "lib", `.installed-${config.version}`),
  };
}

/** The server's configuration: loopback only, our ports, a small page cache, no phoning home. */
export function neo4jConf(config: LocalNeo4jConfig, layout: LocalLayout): string {
  return [
    "# Written by `paperatlas db start`; edits are overwritten at the next start.",
    `server.directories.data=${layout.data}`,
    `server.directories.logs=${layout.logs}`,
    `server.directories.run=${layout.run}`,
    `server.directories.plugins=${layout.plugins}`,
    `server.directories.import=${layout.import}`,
    `server.directories.lib=${layout.lib}`,
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    `server.bolt.listen_address=:${config.boltPort}`,
    `server.http.listen_address=:${config.httpPort}`,
    "server.https.enabled=false",
    `server.memory.pagecache.size=${config.pageCache}`,
    "dbms.usage_report.enabled=false",
    "dbms.security.auth_enabled=true",
    // LOAD CSV may not read the machine's files (the console refuses LOAD CSV too, by its grammar).
    "dbms.security.allow_csv_import_from_file_urls=false",
    "db.tx_log.preallocate=false",
    // Keep transaction logs small: this store is rebuilt from the input files, not backed up.
    "db.tx_log.rotation.retention_policy=2 files",
    "",
  ].join("\n");
}

/** JVM flags the server needs on Java 17 (the pom's launcher would add the same). */
export function javaArgs(config: LocalNeo4jConfig, layout: LocalLayout): string[] {
  const opens = ["java.base/java.nio", "java.base/java.io", "java.base/sun.nio.ch", "java.base/java.util.concurrent"];
  return [
    `-Xms${config.heap}`,
    `-Xmx${config.heap}`,
    "-XX:+UseG1GC",
    ...opens.map((module) => `--add-opens=${module}=ALL-UNNAMED`),
    "--enable-native-access=ALL-UNNAMED",
    "-cp",
    `${layout.plugins}/*:${layout.lib}/*`,
    "org.neo4j.server.CommunityEntryPoint",
    `--home-dir=${layout.home}`,
    `--config-dir=${layout.conf}`,
    "--console-mode",
  ];
}
