/** The console's limits, and the job its pool (pool.ts) hands a worker thread (worker.ts). */
import os from "node:os";

/** The bounds one console query runs under. */
export interface ConsoleLimits {
  /** Largest row cap a request may ask for; also the default. */
  maxRows: number;
  /** Longest time limit a request may ask for, in ms; also the default. */
  timeoutMs: number;
  /** Most queries running at once (one worker thread each). */
  maxConcurrent: number;
  /** Most queries waiting for a worker; past it a request is answered 429. */
  maxQueued: number;
  /** Most JSON characters (about bytes) a result may hold; past it, rows and values are left out. */
  maxResultBytes: number;
  /** Longest string value kept whole; longer ones are cut with an ellipsis. */
  maxValueChars: number;
}

export const DEFAULT_CONSOLE_LIMITS: ConsoleLimits = {
  maxRows: 1000,
  timeoutMs: 5000,
  // One core stays free for the server and the database's other work (one query on two cores).
  maxConcurrent: Math.max(1, os.availableParallelism() - 1),
  maxQueued: 8,
  maxResultBytes: 4 * 1024 * 1024,
  maxValueChars: 64 * 1024,
};

export interface JobRequest {
  /** Set by the pool when the job starts; its transaction carries it, so Neo4j's list can be read. */
  tag?: string;
  query: string;
  params: Record<string, unknown>;
  limit: number;
  timeoutMs: number;
  limits: ConsoleLimits;
}
