/**
 * loadInput's transaction policies against a fake Db that records each transaction's statements
 * (the real writes are covered by load.int.test.ts and sources.int.test.ts).
 */
import { describe, expect, it } from "vitest";
import type { Db, Tx } from "../../db/client.ts";
import type { Query } from "../../schema/cypher/query.ts";
import { FIND_SOURCE, MERGE_SOURCE, SET_SOURCE_COUNT } from "../../schema/cypher/papers.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { ParsedEntry } from "../../schema/model.ts";
import { conceptId } from "../extract/index.ts";
import { loadInput, loadInputs, type CommitPolicy, type LoadInput, type LoopOptions } from "./loop.ts";

interface Transaction {
  statements: string[];
  committed: boolean;
}

/** A Db whose transactions record "source", "done" and "write" statements and return no rows. */
function fakeDb(options: { done?: boolean; failTransaction?: number; events?: string[] } = {}) {
  const transactions: Transaction[] = [];
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
  const db = {
    uri: "fake://",
    driver: undefined as never,
    read: async <P extends object, R extends object>(q: Query<P, R>): Promise<R[]> =>
      q === (FIND_SOURCE as unknown) && options.done ? ([{ sha256: "h" }] as R[]) : [],
    write: async () => [],
    readTransaction: async () => {
      throw new Error("not used");
    },
    close: async () => {},
    async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const t: Transaction = { statements: [], committed: false };
      transactions.push(t);
      const n = transactions.length;
      options.events?.push(`tx ${n} start`);
      const tx: Tx = {
        async run<P extends object, R extends object>(q: Query<P, R>): Promise<R[]> {
          await tick();
          const name =
            q === (MERGE_SOURCE as unknown) ? "source" : q === (SET_SOURCE_COUNT as unknown) ? "done" : "write";
          if (name !== "write" || t.statements.at(-1) !== "write") t.statements.push(name);
          if (n === options.failTransaction) throw new Error("connection lost (simulated)");
          return [];
        },
      };
      const result = await work(tx);
      t.committed = true;
      options.events?.push(`tx ${n} end`);
      return result;
    },
  } satisfies Db;
  return { db, transactions };
}

function entry(i: number): ParsedEntry {
  return {
    title: `Paper ${i} on batches`,
    abstract: `We study batch loop number ${i}.`,
    authorCount: null,
    organization: null,
    published: null,
    upvotes: null,
    links: [],
    arxivId: `2401.${String(i).padStart(5, "0")}`,
    occurrence: { file: "f.jsonl", line: i },
  };
}

/** A file of `batches` batches of `size` entries; `failAt` makes the reader throw PARSE_FAILED at that batch. */
function input(commit: CommitPolicy, batches: number, size: number, failAt?: number): LoadInput {
  return {
    name: "f.jsonl",
    path: "/data/f.jsonl",
    sha256: "h",
    format: "openalex",
    commit,
    async *batches() {
      for (let b = 0; b < batches; b++) {
        if (b === failAt) {
          throw new PaperAtlasError("PARSE_FAILED", "parse: f.jsonl:7: broken", { where: "f.jsonl:7" });
        }
        yield { entries: Array.from({ length: size }, (_, i) => entry(b * size + i + 1)) };
      }
    },
  };
}

const OPTIONS: LoopOptions = { now: () => new Date("2026-01-01T00:00:00Z") };

describe("loadInput(db, input, options)", () => {
  it('commits every batch of a "file" input in one transaction that also marks the Source done', async () => {
    const { db, transactions } = fakeDb();
    const result = await loadInput(db, input("file", 3, 2), { ...OPTIONS, chunkSize: 1 });
    expect(result.outcome).toMatchObject({ status: "loaded", papers: 6, newPapers: 6 });
    expect(result.entries).toBe(6);
    expect(transactions).toEqual([
      {
        statements: ["source", "write", "source", "write", "source", "write", "done"],
        committed: true,
      },
    ]);
  });

  it('commits a "batch" input one transaction per batch, then marks the Source done in its own', async () => {
    const { db, transactions } = fakeDb();
    const started: number[] = [];
    const progress: number[][] = [];
    const result = await loadInput(db, input("batch", 3, 2), {
      ...OPTIONS,
      onFileStart: (_, papers) => started.push(papers),
      onProgress: (p) => progress.push([p.papersWritten, p.papersTotal]),
    });
    expect(result.outcome).toMatchObject({ status: "loaded", papers: 6, newPapers: 6 });
    expect(transactions.map((t) => t.statements)).toEqual([
      ["source", "write"],
      ["source", "write"],
      ["source", "write"],
      ["done"],
    ]);
    expect(started).toEqual([0, 6]);
    expect(progress).toEqual([
      [2, 6],
      [4, 6],
      [6, 6],
    ]);
  });

  it.each(["file", "batch"] as const)(
    'writes nothing of a "%s" input whose reader fails, and reports where',
    async (commit) => {
      const { db, transactions } = fakeDb();
      const result = await loadInput(db, input(commit, 4, 2, 3), OPTIONS);
      expect(transactions).toEqual([]);
      expect(result.outcome).toMatchObject({ status: "failed", papers: 0, newPapers: 0 });
      expect([result.outcome.error?.code, result.outcome.error?.where]).toEqual(["PARSE_FAILED", "f.jsonl:7"]);
      expect(result.entries).toBe(6);
    },
  );

  it('keeps the committed batches of a "batch" input whose write fails, and does not mark it done', async () => {
    const { db, transactions } = fakeDb({ failTransaction: 3 });
    const result = await loadInput(db, input("batch", 4, 2), OPTIONS);
    expect(transactions.map((t) => t.committed)).toEqual([true, true, false]);
    expect(result.outcome).toMatchObject({ status: "failed", papers: 4, newPapers: 4 });
    expect(result.outcome.error?.code).toBe("INTERNAL");
    expect(result.ids).toHaveLength(4);
  });

  it('reports nothing written when the one transaction of a "file" input fails', async () => {
    const { db, transactions } = fakeDb({ failTransaction: 1 });
    const result = await loadInput(db, input("file", 2, 2), OPTIONS);
    expect(transactions.map((t) => t.committed)).toEqual([false]);
    expect(result.outcome).toMatchObject({ status: "failed", papers: 0, newPapers: 0 });
  });

  it("leaves an input whose Source is done unchanged, counting a file's papers without reading a stream", async () => {
    const { db, transactions } = fakeDb({ done: true });
    const file = await loadInput(db, input("file", 2, 2), OPTIONS);
    const stream = await loadInput(db, input("batch", 2, 2, 0), OPTIONS);
    expect(transactions).toEqual([]);
    expect([file.outcome.status, file.outcome.papers, file.outcome.unchangedPapers, file.entries]).toEqual([
      "unchanged",
      4,
      4,
      4,
    ]);
    expect([stream.outcome.status, stream.outcome.papers, stream.entries]).toEqual(["unchanged", 0, 0]);
  });

  it("starts extracting batch N+1 before batch N's transaction ends", async () => {
    const events: string[] = [];
    const { db } = fakeDb({ events });
    let batch = 0;
    await loadInput(db, input("batch", 3, 2), {
      ...OPTIONS,
      extraction: async () => {
        events.push(`extract ${++batch}`);
        return {
          conceptId,
          extract: (ps) => ps.map((p) => ({ id: p.id, title: p.title, entities: [], acronyms: [], proposed: null })),
        };
      },
    });
    expect(events.slice(0, 5)).toEqual(["extract 1", "tx 1 start", "extract 2", "tx 1 end", "tx 2 start"]);
    expect(events.filter((e) => e.startsWith("extract"))).toHaveLength(3);
  });

  it("keeps `readAhead` batches extracting while one is written", async () => {
    const events: string[] = [];
    const { db } = fakeDb({ events });
    let batch = 0;
    await loadInput(db, input("batch", 4, 2), {
      ...OPTIONS,
      readAhead: 2,
      extraction: async () => {
        events.push(`extract ${++batch}`);
        return { conceptId, extract: () => [] };
      },
    });
    expect(events.slice(0, 4)).toEqual(["extract 1", "extract 2", "tx 1 start", "extract 3"]);
    expect(events.indexOf("extract 3")).toBeLessThan(events.indexOf("tx 1 end"));
  });
});

describe("loadInputs(db, jobs)", () => {
  it("reads the next streamed file (check pass and first batch) while the one before is written", async () => {
    const events: string[] = [];
    const { db, transactions } = fakeDb({ events });
    const named = (name: string, sha256: string): LoadInput => ({ ...input("batch", 2, 2), name, sha256 });
    const extraction = (name: string) => async () => {
      events.push(`extract ${name}`);
      return { conceptId, extract: () => [] };
    };
    const results = await loadInputs(db, [
      { input: named("a", "ha"), options: { ...OPTIONS, extraction: extraction("a") } },
      { input: named("b", "hb"), options: { ...OPTIONS, extraction: extraction("b") } },
    ]);
    expect(results.map((r) => [r.outcome.status, r.outcome.papers])).toEqual([
      ["loaded", 4],
      ["loaded", 4],
    ]);
    expect(transactions).toHaveLength(6);
    // b's first batch is extracting before a's first transaction ends; its writes come after a's.
    expect(events.indexOf("extract b")).toBeLessThan(events.indexOf("tx 1 end"));
    expect(events.filter((e) => e.startsWith("tx")).at(-1)).toBe("tx 6 end");
  });
});
