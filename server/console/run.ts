/**
 * Read-only Cypher console runner
 * ===============================
 * Runs one console query, read-only three ways over: (1) the session and its explicit transaction
 * use READ access mode, so Neo4j itself refuses writes; (2) the query is EXPLAINed first in that
 * transaction and refused unless its plan is read-only with no outside-reaching operator or
 * non-allowlisted procedure (policy.ts); (3) the transaction always rolls back. A server-side
 * transaction timeout bounds the time, streaming with a row cap bounds the size.
 */
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from "neo4j-driver";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { CypherResultT } from "../../schema/api.ts";
import { toPaperAtlasError } from "../../db/client.ts";
import { planRefusal, preflightRefusal, type PlanNode } from "./policy.ts";
import { toCypherParams, toJson, type Collected } from "./values.ts";

export interface ConsoleLimits {
  /** Largest row cap a request may ask for; also the default. */
  maxRows: number;
  /** Longest time limit a request may ask for, in ms; also the default. */
  timeoutMs: number;
}

export const DEFAULT_CONSOLE_LIMITS: ConsoleLimits = { maxRows: 1000, timeoutMs: 5000 };

export interface ConsoleRequest {
  query: string;
  params: Record<string, unknown>;
  limit?: number | undefined;
  timeoutMs?: number | undefined;
}

/** Maps what Neo4j said to an error the console shows as it is. */
export function consoleError(error: unknown, uri: string): PaperAtlasError {
  if (error instanceof PaperAtlasError) return error;
  const code = String((error as { code?: unknown }).code ?? "");
  const message = error instanceof Error ? error.message.trim() : String(error);
  if (/TimedOut|Terminated|LockClient.*Stopped/i.test(code)) {
    return new PaperAtlasError("CYPHER_TIMEOUT", `cypher: the query ran past its time limit (${code})`, {
      hint: "add a LIMIT, match fewer nodes, or anchor the pattern on an indexed property",
      cause: error,
    });
  }
  if (code === "Neo.ClientError.Statement.AccessMode") {
    return new PaperAtlasError("CYPHER_WRITE_REFUSED", `cypher: refused by Neo4j: ${message}`, { cause: error });
  }
  if (code.startsWith("Neo.ClientError.")) {
    return new PaperAtlasError("BAD_REQUEST", `cypher: ${code}: ${message}`, { cause: error });
  }
  return toPaperAtlasError(error, uri);
}

async function explain(tx: Transaction, query: string, params: Record<string, unknown>): Promise<void> {
  const result = await tx.run(`EXPLAIN ${query}`, params);
  const refusal = planRefusal(result.summary.queryType, result.summary.plan as PlanNode | false);
  if (refusal)
    throw new PaperAtlasError(refusal.code, refusal.message, {
      hint: "use Neo4j Browser or `paperatlas` commands to change the graph",
    });
}

async function collect(
  tx: Transaction | ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  limit: number,
) {
  const seen: Collected = { nodeIds: new Set() };
  const rows: unknown[][] = [];
  let columns: string[] = [];
  let truncated = false;
  const result = tx.run(query, params);
  for await (const record of result) {
    if (rows.length === limit) {
      truncated = true;
      break;
    }
    columns = record.keys as string[];
    rows.push(record.keys.map((key) => toJson(record.get(key), seen)));
  }
  if (rows.length === 0) columns = ((await result.keys()) as string[]) ?? [];
  return { columns, rows, truncated, nodeIds: [...seen.nodeIds] };
}

/** Runs one read-only query with the limits applied; throws PaperAtlasErrors only. */
export async function runConsoleQuery(
  driver: Driver,
  uri: string,
  req: ConsoleRequest,
  limits: ConsoleLimits,
): Promise<CypherResultT> {
  const refusal = preflightRefusal(req.query);
  if (refusal) throw new PaperAtlasError(refusal.code, refusal.message);
  const limit = Math.min(req.limit ?? limits.maxRows, limits.maxRows);
  const timeoutMs = Math.min(req.timeoutMs ?? limits.timeoutMs, limits.timeoutMs);
  const params = toCypherParams(req.params) as Record<string, unknown>;
  const t0 = performance.now();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(limit + 1, 1000) });
  let tx: Transaction | null = null;
  let timer: NodeJS.Timeout | undefined;
  try {
    tx = await session.beginTransaction({ timeout: timeoutMs, metadata: { app: "paperatlas-console" } });
    const open = tx;
    const work = (async () => {
      await explain(open, req.query, params);
      return collect(open, req.query, params, limit);
    })();
    work.catch(() => undefined); // a late failure after the guard fired is already reported
    // Neo4j enforces the timeout server-side; this guard covers a server that does not answer at all.
    const guard = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(Object.assign(new Error("client-side time limit"), { code: "Client.TimedOut" })),
        timeoutMs + 2000,
      );
    });
    const out = await Promise.race([work, guard]);
    return { ...out, rowCount: out.rows.length, limit, elapsedMs: Math.round(performance.now() - t0) };
  } catch (error) {
    throw consoleError(error, uri);
  } finally {
    clearTimeout(timer);
    if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
}
