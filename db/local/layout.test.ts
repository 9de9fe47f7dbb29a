import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config/config.ts";
import { javaArgs, localLayout, neo4jConf } from "./layout.ts";

describe("local Neo4j layout", () => {
  const config = loadConfig({ PAPERATLAS_NEO4J_HOME: "/tmp/pa-neo4j", PAPERATLAS_NEO4J_BOLT_PORT: "7999" }).local;
  const layout = localLayout(config);

  it("neo4jConf(config) listens on loopback only, on the configured ports, without usage reports", () => {
    const conf = neo4jConf(config, layout);
    expect(conf).toContain("server.default_listen_address=127.0.0.1");
    expect(conf).toContain("server.bolt.listen_address=:7999");
    expect(conf).toContain("server.directories.data=/tmp/pa-neo4j/data");
    expect(conf).toContain("dbms.usage_report.enabled=false");
    expect(conf).toContain("dbms.security.allow_csv_import_from_file_urls=false");
  });

  it("javaArgs(config) runs the community entry point with the heap and the classpath of lib/ and plugins/", () => {
    const args = javaArgs(config, layout);
    expect(args).toContain("-Xmx1g");
    expect(args).toContain("/tmp/pa-neo4j/plugins/*:/tmp/pa-neo4j/lib/*");
    expect(args).toContain("org.neo4j.server.CommunityEntryPoint");
    expect(args.at(-1)).toBe("--console-mode");
  });
});
