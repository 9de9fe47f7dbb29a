/**
 * The console's worker pool
 * =========================
 * `maxConcurrent` worker threads (worker.ts), each running one console query at a time with its
 * own Neo4j connection; up to `maxQueued` more requests wait, and past that the console answers
 * 429. Every query has a deadline, its time limit plus one second: at the deadline the request is
 * answered CYPHER_TIMEOUT at once, and the worker is terminated and replaced, which closes its
 * connection instead of waiting on a wedged rollback (Neo4j ends the transaction when its client
 * goes). The pool never awaits a query past its deadline.
 */
import { Worker } from "node:worker_threads";
import type { DbTarget } from "../../db/client.ts";
import type { CypherResultT } from "../../schema/api.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { ConsoleLimits, JobReply, JobRequest } from "./protocol.ts";

export interface ConsoleRequest {
  query: string;
  params: Record<string, unknown>;
  limit?: number | undefined;
  timeoutMs?: number | undefined;
}

export interface ConsolePool {
  run(request: ConsoleRequest): Promise<CypherResultT>;
  /** Settles once every worker has loaded and warmed its parser (a few seconds after start). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** The slack past a query's own time limit before the pool gives up on it. */
const DEADLINE_SLACK_MS = 1000;

interface Job {
  request: JobRequest;
  /** When the request must be answered, from its arrival: waiting in the queue counts. */
  deadline: number;
  /** Ends the wait of a request still queued at its deadline. */
  expiry: NodeJS.Timeout;
  resolve(result: CypherResultT): void;
  reject(error: PaperAtlasError): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export function createConsolePool(target: DbTarget, limits: ConsoleLimits): ConsolePool {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (slot: Slot, reply: JobReply | null, timedOut = false) => {
    const job = slot.job;
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    if (timedOut) {
      job.reject(
        new PaperAtlasError(
          "CYPHER_TIMEOUT",
          `cypher: the query ran past its time limit (${job.request.timeoutMs} ms) and was stopped`,
          { hint: "add a LIMIT, match fewer nodes, or anchor the pattern on an indexed property" },
        ),
      );
    } else if (reply?.result) job.resolve(reply.result);
    else {
      const e = reply?.error ?? { code: "INTERNAL" as const, message: "cypher: the console worker stopped" };
      job.reject(new PaperAtlasError(e.code, e.message, e.hint === undefined ? {} : { hint: e.hint }));
    }
  };

  const replace = (slot: Slot) => {
    const index = slots.indexOf(slot);
    void slot.worker.terminate();
    if (index >= 0 && !closed) slots[index] = spawn();
  };

  function spawn(): Slot {
    const worker = new Worker(new URL("./worker.mjs", import.meta.url), { workerData: target });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    worker.on("message", (reply: JobReply) => {
      if (reply.ready) {
        slot.ready = true;
        pump();
      } else if (slot.job && reply.id === slot.job.request.id) {
        settle(slot, reply);
        pump();
      }
    });
    worker.on("error", () => {
      settle(slot, null);
      replace(slot);
    });
    worker.on("exit", () => {
      if (slots.includes(slot) && !closed) {
        settle(slot, null);
        replace(slot);
      }
    });
    return slot;
  }

  function pump(): void {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = queue.shift()!;
      clearTimeout(job.expiry);
      // What is left of the request's time, after its wait, is the transaction's time limit.
      const left = job.deadline - Date.now();
      job.request.timeoutMs = Math.max(100, Math.min(job.request.timeoutMs, left - DEADLINE_SLACK_MS));
      slot.job = job;
      slot.timer = setTimeout(
        () => {
          settle(slot, null, true);
          slots[slots.indexOf(slot)] = spawn();
          void slot.worker.terminate();
          pump();
        },
        Math.max(0, left),
      );
      slot.worker.postMessage(job.request);
    }
  }

  for (let i = 0; i < limits.maxConcurrent; i++) slots.push(spawn());
  const ready = new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (closed || slots.every((slot) => slot.ready)) {
        clearInterval(check);
        resolve();
      }
    }, 50);
  });

  return {
    ready,
    run(req) {
      if (closed) return Promise.reject(new PaperAtlasError("NEO4J_UNAVAILABLE", "cypher: the server is stopping"));
      if (queue.length >= limits.maxQueued) {
        return Promise.reject(
          new PaperAtlasError("TOO_MANY_REQUESTS", "cypher: the console is busy with other queries", {
            hint: "try again in a few seconds",
          }),
        );
      }
      const limit = Math.min(req.limit ?? limits.maxRows, limits.maxRows);
      const timeoutMs = Math.min(req.timeoutMs ?? limits.timeoutMs, limits.timeoutMs);
      return new Promise((resolve, reject) => {
        const request: JobRequest = { id: nextId++, query: req.query, params: req.params, limit, timeoutMs, limits };
        const wait = timeoutMs + DEADLINE_SLACK_MS;
        const job: Job = {
          request,
          deadline: Date.now() + wait,
          expiry: setTimeout(() => {
            const at = queue.indexOf(job);
            if (at < 0) return;
            queue.splice(at, 1);
            reject(
              new PaperAtlasError("TOO_MANY_REQUESTS", "cypher: the console was busy until the query's time ran out", {
                hint: "try again in a few seconds",
              }),
            );
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
      const stopping = new PaperAtlasError("NEO4J_UNAVAILABLE", "cypher: the server is stopping");
      for (const job of queue.splice(0)) {
        clearTimeout(job.expiry);
        job.reject(stopping);
      }
      for (const slot of slots) settle(slot, { error: { code: stopping.code, message: stopping.message } });
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
