/**
 * The console's worker pool
 * =========================
 * `maxConcurrent` job threads (worker.ts), each running one console query at a time with its own
 * Neo4j connection; up to `maxQueued` more requests wait, and past that the console answers 429.
 * Every request has a deadline, its time limit plus one second from its arrival (waiting counts):
 * at the deadline it is answered CYPHER_TIMEOUT at once, and its thread is terminated and replaced,
 * which closes its connection instead of waiting on a wedged rollback (Neo4j ends the transaction
 * when its client goes). A request still queued at its deadline is answered 429.
 */
import type { DbTarget } from "../../db/client.ts";
import type { CypherResultT } from "../../schema/api.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { JobThread } from "../threads/thread.ts";
import type { ConsoleLimits, JobRequest } from "./protocol.ts";

export interface ConsoleRequest {
  query: string;
  params: Record<string, unknown>;
  limit?: number | undefined;
  timeoutMs?: number | undefined;
}

export interface ConsolePool {
  run(request: ConsoleRequest): Promise<CypherResultT>;
  /** Settles once every thread has loaded and warmed its parser (a few seconds after start). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** The slack past a query's own time limit before the pool gives up on it. */
const DEADLINE_SLACK_MS = 1000;

interface Waiting {
  request: JobRequest;
  /** When the request must be answered, from its arrival. */
  deadline: number;
  expiry: NodeJS.Timeout;
  resolve(result: CypherResultT): void;
  reject(error: PaperAtlasError): void;
}

const busyError = (message: string) =>
  new PaperAtlasError("TOO_MANY_REQUESTS", `cypher: ${message}`, { hint: "try again in a few seconds" });

/** How often the pool asks Neo4j whether stopped queries still run, while it holds queries back. */
const RECHECK_MS = 250;

/**
 * `running()` lists the tags of the console transactions Neo4j still runs (CONSOLE_TRANSACTIONS):
 * after a query was stopped at its deadline, a new query starts only while the queries running
 * now plus the stopped ones Neo4j still evaluates are fewer than `maxConcurrent`, so stopped
 * queries cannot pile up on the database.
 */
export function createConsolePool(
  target: DbTarget,
  limits: ConsoleLimits,
  running: () => Promise<string[]> = async () => [],
): ConsolePool {
  const url = new URL("./worker.mjs", import.meta.url);
  const threads = Array.from(
    { length: limits.maxConcurrent },
    () => new JobThread<JobRequest, CypherResultT>(url, target),
  );
  const queue: Waiting[] = [];
  let closed = false;
  // Queries stopped at their deadline that Neo4j may still be evaluating; known from `running()`.
  let stopped = 0;
  // Tags of the queries the threads run now (a transaction carries its query's tag).
  const active = new Set<string>();
  let nextTag = 1;
  const tagPrefix = `${process.pid}-${Date.now().toString(36)}`;
  let recheck: NodeJS.Timeout | null = null;

  function dispatch(thread: JobThread<JobRequest, CypherResultT>, job: Waiting): void {
    clearTimeout(job.expiry);
    // What is left of the request's time, after its wait, is the transaction's time limit.
    const left = job.deadline - Date.now();
    job.request.timeoutMs = Math.max(100, Math.min(job.request.timeoutMs, left - DEADLINE_SLACK_MS));
    const tag = `${tagPrefix}-${nextTag++}`;
    job.request.tag = tag;
    active.add(tag);
    thread
      .run(job.request, {
        timeoutMs: Math.max(0, left),
        onTimeout: () =>
          new PaperAtlasError("CYPHER_TIMEOUT", `cypher: the query ran past its time limit and was stopped`, {
            hint: "add a LIMIT, match fewer nodes, or anchor the pattern on an indexed property",
          }),
      })
      .then(job.resolve, (error: PaperAtlasError) => {
        job.reject(error);
        if (error.code === "CYPHER_TIMEOUT") stopped += 1;
      })
      .finally(() => {
        active.delete(tag);
        pump();
      });
  }

  function pump(): void {
    if (closed || queue.length === 0) return;
    if (stopped === 0) return startIdle(limits.maxConcurrent - active.size);
    // Ask Neo4j which console transactions still run; hold queries back while they fill the share.
    recheck ??= setTimeout(() => {
      running().then(
        (tags) => {
          recheck = null;
          stopped = tags.filter((tag) => !active.has(tag)).length;
          startIdle(limits.maxConcurrent - active.size - stopped);
          if (queue.length > 0 && stopped > 0) pump();
        },
        () => {
          recheck = null;
          stopped = 0; // cannot tell: do not hold the console back for ever
          pump();
        },
      );
    }, RECHECK_MS);
  }

  function startIdle(slots: number): void {
    for (const thread of threads) {
      if (queue.length === 0 || closed || slots <= 0) return;
      // A thread stopped at a deadline loads again only when a query may use it (loading costs CPU
      // the server needs while the database is still busy with the stopped query); its onReady
      // calls pump again.
      if (!thread.alive) {
        thread.respawn();
        slots -= 1;
        continue;
      }
      if (thread.idle) {
        slots -= 1;
        dispatch(thread, queue.shift()!);
      }
    }
  }
  for (const thread of threads) thread.onReady = pump;

  return {
    ready: Promise.all(threads.map((t) => t.ready)).then(() => undefined),
    run(req) {
      if (closed) return Promise.reject(new PaperAtlasError("NEO4J_UNAVAILABLE", "cypher: the server is stopping"));
      if (queue.length >= limits.maxQueued) return Promise.reject(busyError("the console is busy with other queries"));
      const limit = Math.min(req.limit ?? limits.maxRows, limits.maxRows);
      const timeoutMs = Math.min(req.timeoutMs ?? limits.timeoutMs, limits.timeoutMs);
      const request: JobRequest = { query: req.query, params: req.params, limit, timeoutMs, limits };
      const wait = timeoutMs + DEADLINE_SLACK_MS;
      return new Promise((resolve, reject) => {
        const job: Waiting = {
          request,
          deadline: Date.now() + wait,
          expiry: setTimeout(() => {
            const at = queue.indexOf(job);
            if (at < 0) return;
            queue.splice(at, 1);
            reject(busyError("the console was busy until the query's time ran out"));
          }, wait),
          resolve,
          reject,
        };
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      if (recheck) clearTimeout(recheck);
      const stopping = new PaperAtlasError("NEO4J_UNAVAILABLE", "cypher: the server is stopping");
      for (const job of queue.splice(0)) {
        clearTimeout(job.expiry);
        job.reject(stopping);
      }
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
