import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../config/config.ts";
import { runIngest } from "../ingest/run.ts";
import { freshDb } from "../test/neo4j.ts";
import { applySchema, type Db } from "./client.ts";

let db: Db;

async function fulltextConsistency(): Promise<Record<string, unknown>> {
  const session = db.driver.session();
  try {
    const result = await session.run(
      "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.eventually_consistent'] AS ec",
    );
    return Object.fromEntries(result.records.map((r) => [r.get("name"), r.get("ec")]));
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  db = await freshDb();
});

afterAll(async () => {
  await db.close();
});

describe("applySchema", () => {
  it("makes the full-text indexes eventually consistent, replacing ones a store made before", async () => {
    const session = db.driver.session();
    try {
      await session.run("DROP INDEX paper_text IF EXISTS");
      await session.run("CREATE FULLTEXT INDEX paper_text FOR (n:Paper) ON EACH [n.title, n.abstract]");
    } finally {
      await session.close();
    }
    expect(await fulltextConsistency()).toMatchObject({ paper_text: false });
    await applySchema(db);
    expect(await fulltextConsistency()).toEqual({ paper_text: true, concept_text: true });
  });

  it("search finds every ingested paper as soon as the ingest returns", async () => {
    await applySchema(db);
    const summary = await runIngest(db, [path.join(PROJECT_ROOT, "samples/hf-papers")], { extract: false });
    const session = db.driver.session();
    try {
      const found = await session.run(
        "CALL db.index.fulltext.queryNodes('paper_text', 'title:*') YIELD node WHERE NOT node.stub RETURN count(node) AS n",
      );
      const all = await session.run("MATCH (p:Paper) WHERE NOT p.stub RETURN count(p) AS n");
      expect(summary.newPapers).toBe(246);
      expect(found.records[0]?.get("n")).toBe(all.records[0]?.get("n"));
    } finally {
      await session.close();
    }
  });
});
