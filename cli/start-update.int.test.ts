/**
 * `paperatlas start` on an atlas of the sample folder: a file added to the folder afterwards comes
 * in through `update` (existing nodes keep their positions and clusters); nothing new, nothing changes.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../db/client.ts";
import { freshDb } from "../test/neo4j.ts";
import { paperatlas as runCli } from "../test/cli.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "hf-papers");
const FILES = readdirSync(SAMPLE)
  .filter((f) => f.endsWith(".txt"))
  .sort();

function start(folder: string) {
  return runCli(["start", "--no-serve"], { env: { PAPERATLAS_SAMPLE_CORPUS: folder }, timeout: 180_000 });
}

let db: Db;
let folder = "";
beforeEach(async () => {
  db = await freshDb();
  folder = mkdtempSync(path.join(os.tmpdir(), "paperatlas-start-update-"));
});
afterAll(async () => {
  await db?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function nodes(): Promise<Map<string, string>> {
  const session = db.driver.session();
  try {
    const rows = (
      await session.run(
        "MATCH (n) WHERE n:Paper OR n:Concept RETURN n.id AS id, [n.x, n.y, n.cluster] AS state ORDER BY id",
      )
    ).records;
    return new Map(rows.map((r) => [String(r.get("id")), JSON.stringify(r.get("state"))]));
  } finally {
    await session.close();
  }
}

describe("paperatlas start with a new file in the sample folder", () => {
  it("picks it up through update: new papers placed and clustered, existing ones untouched", async () => {
    for (const f of FILES.slice(0, 4)) copyFileSync(path.join(SAMPLE, f), path.join(folder, f));
    const first = start(folder);
    expect(first.code, first.stderr).toBe(0);
    const before = await nodes();
    copyFileSync(path.join(SAMPLE, FILES[4]!), path.join(folder, FILES[4]!));
    const second = start(folder);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/update: run u/);
    const after = await nodes();
    expect(after.size).toBeGreaterThan(before.size);
    for (const [id, state] of before) expect(after.get(id), id).toBe(state);
    for (const state of after.values()) expect(JSON.parse(state)).not.toContain(null);
    const third = start(folder);
    expect(third.code, third.stderr).toBe(0);
    expect(third.stderr).not.toMatch(/update: run/);
    expect(await nodes()).toEqual(after);
  });
});
