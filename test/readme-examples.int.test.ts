/**
 * Every Cypher example in the README runs against the sample corpus and returns rows, so the
 * README cannot rot (the driver's examples.test.js idea).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { runIngest } from "../ingest/run.ts";
import { freshDb } from "./neo4j.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Statements of the README's ```cypher blocks: one per non-comment line. */
export function readmeCypher(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```cypher\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  return blocks.flatMap((block) =>
    block.split("\n").filter((line) => line.trim() !== "" && !line.trim().startsWith("//")),
  );
}

const statements = readmeCypher(readFileSync(path.join(ROOT, "README.md"), "utf8"));

let db: Db;
beforeAll(async () => {
  db = await freshDb();
  await runIngest(db, [path.join(ROOT, "samples", "hf-papers")]);
});
afterAll(async () => {
  await db?.close();
});

describe("README Cypher examples", () => {
  it("the README has examples", () => {
    expect(statements.length).toBeGreaterThan(0);
  });

  it.each(statements)("%s", async (statement) => {
    const session = db.driver.session({ defaultAccessMode: "READ" });
    try {
      const result = await session.run(statement);
      expect(result.records.length).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});
