/** The `paperatlas` command line as a user runs it, against the test server. */
import { spawnSync } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { freshDb } from "../test/neo4j.ts";
import { paperatlas as runCli } from "../test/cli.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "hf-papers");

const paperatlas = (...args: string[]) => runCli(args);

let db: Db;
beforeEach(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

describe("paperatlas ingest / stats", () => {
  it("ingests the sample corpus to 246 papers, and a second run changes no count", async () => {
    const first = paperatlas("ingest", SAMPLE);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/distinct papers 246/);
    const stats = JSON.parse(paperatlas("stats", "--json").stdout) as { nodes: Record<string, number> };
    expect(stats.nodes["Paper"]).toBe(246);
    const second = paperatlas("ingest", SAMPLE);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 loaded, 5 unchanged/);
    expect(JSON.parse(paperatlas("stats", "--json").stdout)).toEqual(stats);
  });

  it("exits non-zero naming the file when nothing can be loaded", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "paperatlas-cli-"));
    const empty = path.join(dir, "empty.txt");
    await writeFile(empty, "");
    const result = paperatlas("ingest", empty);
    expect(result.code).toBe(4);
    expect(result.stdout + result.stderr).toContain("empty.txt");
    expect(result.stderr).toMatch(/nothing was loaded/);
  });

  it("applies a thesaurus file while ingesting: a rename and an ignore reach the graph", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "paperatlas-cli-"));
    const thesaurus = path.join(dir, "thesaurus.tsv");
    await writeFile(thesaurus, "label\treplace by\nMixture of Experts\tSparse Expert Models\nGPU\t\n");
    const result = paperatlas("ingest", SAMPLE, "--thesaurus", thesaurus);
    expect(result.code, result.stderr).toBe(0);
    const session = db.driver.session();
    try {
      const names = async (cypher: string) => (await session.run(cypher)).records.map((r) => r.get(0) as string);
      expect(await names("MATCH (c:Method) WHERE 'MoE' IN c.aliases RETURN c.name")).toEqual(["Sparse Expert Models"]);
      expect(await names("MATCH (c:Concept {name: 'GPU'}) RETURN c.name")).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it("applies a CiteSpace alias file (primary#secondary) like a thesaurus, and refuses a malformed one at its line", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "paperatlas-cli-"));
    const bad = path.join(dir, "bad.alias");
    await writeFile(bad, "Sparse Expert Models#Mixture of Experts\nno separator\n");
    const refused = paperatlas("ingest", SAMPLE, "--thesaurus", bad);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("bad.alias:2");
    expect(JSON.parse(paperatlas("stats", "--json").stdout).nodes["Paper"] ?? 0).toBe(0); // refused before loading
    const alias = path.join(dir, "citespace.txt"); // detected by content, not by the name
    await writeFile(alias, "Sparse Expert Models#Mixture of Experts\n");
    const result = paperatlas("ingest", SAMPLE, "--thesaurus", alias);
    expect(result.code, result.stderr).toBe(0);
    const session = db.driver.session();
    try {
      const names = async (cypher: string) => (await session.run(cypher)).records.map((r) => r.get(0) as string);
      expect(await names("MATCH (c:Method) WHERE 'MoE' IN c.aliases RETURN c.name")).toEqual(["Sparse Expert Models"]);
    } finally {
      await session.close();
    }
  });

  it("refuses a thesaurus file it cannot read, naming it", () => {
    const result = paperatlas("ingest", SAMPLE, "--thesaurus", "/nonexistent/thesaurus.tsv");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("/nonexistent/thesaurus.tsv");
  });

  it("explains a server that does not answer, with what to do", () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, "bin", "paperatlas.js"), "stats"], {
      encoding: "utf8",
      env: { ...process.env, NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "x" },
    });
    expect(result.status).toBe(5);
    expect(result.stderr).toMatch(/no server answers at bolt:\/\/127\.0\.0\.1:1/);
    expect(result.stderr).toMatch(/hint: .*paperatlas db start/);
  });
});
