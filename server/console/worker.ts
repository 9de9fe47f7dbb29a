/**
 * A console worker thread
 * =======================
 * Runs console queries one at a time, off the server's event loop, with a Neo4j driver of its own:
 * the query is parsed and judged here (analyse.ts: Neo4j's Cypher front end and grammar, then the
 * structural gate), EXPLAINed and its plan judged (policy.ts), then run in a READ transaction that
 * always rolls back, its values turned to JSON within the byte budget (values.ts). Parsing,
 * decoding and serialising cost this thread only; a query that overruns its deadline is ended by
 * the pool terminating this thread, which closes its connections (pool.ts, threads/).
 */
import { workerData } from "node:worker_threads";
import neo4j, { type Driver, type Transaction } from "neo4j-driver";
import { getDebugTree, lintCypherQuery } from "@neo4j-cypher/language-support";
import type { CypherResultT } from "../../schema/api.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { DbTarget } from "../../db/client.ts";
import { CONSOLE_TX_APP } from "../../schema/cypher/console.ts";
import { analyseQuery } from "./analyse.ts";
import { consoleError } from "./errors.ts";
import { planRefusal, type PlanNode } from "./policy.ts";
import { serveJobs } from "../threads/serve.ts";
import type { JobRequest } from "./protocol.ts";
import { toCypherParams, toJson, type Collected } from "./values.ts";

const target = workerData as DbTarget;
const driver: Driver = neo4j.driver(target.neo4jUri, neo4j.auth.basic(target.neo4jUser, target.neo4jPassword), {
  maxConnectionPoolSize: 2,
  connectionAcquisitionTimeout: 10_000,
});

async function explain(tx: Transaction, query: string, params: Record<string, unknown>): Promise<void> {
  const result = await tx.run(`EXPLAIN ${query}`, params);
  const refusal = planRefusal(result.summary.queryType, result.summary.plan as PlanNode | false);
  if (refusal) {
    throw new PaperAtlasError(refusal.code, refusal.message, {
      hint: "use Neo4j Browser or `paperatlas` commands to change the graph",
    });
  }
}

async function collect(tx: Transaction, job: JobRequest, params: Record<string, unknown>) {
  const { limits } = job;
  const seen: Collected = {
    nodeIds: new Set(),
    budget: { left: limits.maxResultBytes, maxString: limits.maxValueChars, truncated: false },
  };
  const rows: unknown[][] = [];
  let columns: string[] = [];
  let truncated = false;
  const result = tx.run(job.query, params);
  for await (const record of result) {
    if (rows.length === job.limit || seen.budget!.left === 0) {
      truncated = true;
      break;
    }
    columns = record.keys as string[];
    rows.push(record.keys.map((key) => toJson(record.get(key), seen)));
  }
  if (rows.length === 0) columns = ((await result.keys()) as string[]) ?? [];
  return { columns, rows, truncated: truncated || seen.budget!.truncated, nodeIds: [...seen.nodeIds] };
}

async function run(job: JobRequest): Promise<CypherResultT> {
  const t0 = performance.now();
  const checked = analyseQuery(job.query, job.params, { getDebugTree, lintCypherQuery });
  if (checked.refusal) throw new PaperAtlasError(checked.refusal.code, checked.refusal.message);
  const params = toCypherParams(job.params) as Record<string, unknown>;
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(job.limit + 1, 1000) });
  let tx: Transaction | null = null;
  try {
    tx = await session.beginTransaction({
      timeout: job.timeoutMs,
      metadata: { app: CONSOLE_TX_APP, job: job.tag ?? "" },
    });
    await explain(tx, job.query, params);
    const out = await collect(tx, job, params);
    return { ...out, rowCount: out.rows.length, limit: job.limit, elapsedMs: Math.round(performance.now() - t0) };
  } finally {
    if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
}

serveJobs<JobRequest, CypherResultT>(
  async (job) => {
    try {
      return { result: await run(job) };
    } catch (error) {
      throw consoleError(error, target.neo4jUri);
    }
  },
  // Load and compile the parser and Neo4j's front end before the first query.
  () => lintCypherQuery("MATCH (n) RETURN n LIMIT 1", {}),
);
