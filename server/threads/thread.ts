/**
 * A job thread
 * ============
 * One worker thread that takes one job at a time, by message, the way the console, the downloads
 * and the language service run their heavy work off the server's event loop. `run` posts a job and
 * resolves with its result, or rejects with the worker's PaperAtlasError, or — past `timeoutMs` —
 * with the `onTimeout` error after terminating the thread (which closes whatever connections it
 * held). A terminated or crashed thread is replaced by `respawn` or on the next job; the time
 * limit starts once the thread has loaded. The worker side is `serveJobs` (serve.ts).
 */
import { Worker } from "node:worker_threads";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { JobMessage, ReplyMessage } from "./serve.ts";

export interface RunOptions {
  /** Past this, the thread is terminated and the job rejected with `onTimeout()`. */
  timeoutMs?: number;
  onTimeout?: () => PaperAtlasError;
}

export class JobThread<Req, Res> {
  private worker: Worker | null = null;
  private readyPromise: Promise<void> = Promise.resolve();
  private loaded = false;
  private nextId = 1;
  private current: { id: number; resolve(r: Res): void; reject(e: PaperAtlasError): void } | null = null;

  /** Called each time a (new) thread has loaded. */
  onReady: (() => void) | undefined;

  constructor(
    private readonly url: URL,
    private readonly workerData: unknown,
  ) {
    this.spawn();
  }

  /** Replaces a terminated or crashed thread now, so it loads before the next job. */
  respawn(): void {
    if (!this.worker) this.spawn();
  }

  /** Settles once the thread has loaded (the worker says so after its own warm-up). */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  get busy(): boolean {
    return this.current !== null;
  }

  /** Has a thread (loading or loaded); false after a timeout or a crash until `respawn`. */
  get alive(): boolean {
    return this.worker !== null;
  }

  /** Loaded and free: a job posted now starts at once. */
  get idle(): boolean {
    return this.loaded && this.worker !== null && this.current === null;
  }

  private spawn(): void {
    const worker = new Worker(this.url, { workerData: this.workerData });
    worker.unref();
    this.worker = worker;
    this.loaded = false;
    this.readyPromise = new Promise((resolve) => {
      worker.on("message", (message: ReplyMessage<Res>) => {
        if ("ready" in message) {
          this.loaded = true;
          this.onReady?.();
          return resolve();
        }
        if (this.current?.id !== message.id) return;
        const job = this.current;
        this.current = null;
        if ("result" in message) job.resolve(message.result);
        else job.reject(new PaperAtlasError(message.error.code, message.error.message, hintOf(message.error)));
      });
      const gone = () => {
        resolve();
        if (this.worker === worker) this.worker = null;
        const job = this.current;
        this.current = null;
        job?.reject(new PaperAtlasError("INTERNAL", "the worker thread stopped"));
      };
      worker.on("error", gone);
      worker.on("exit", gone);
    });
  }

  /** Runs one job; the caller waits for the previous one first (`busy`). */
  async run(request: Req, options: RunOptions = {}): Promise<Res> {
    if (this.current) throw new PaperAtlasError("INTERNAL", "the worker thread is busy");
    if (!this.worker) this.spawn();
    await this.readyPromise;
    if (!this.worker) throw new PaperAtlasError("INTERNAL", "the worker thread did not start");
    const id = this.nextId++;
    const result = new Promise<Res>((resolve, reject) => {
      this.current = { id, resolve, reject };
    });
    this.worker.postMessage({ id, request } satisfies JobMessage<Req>);
    if (options.timeoutMs === undefined) return result;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const job = this.current;
        this.current = null;
        void this.terminate();
        const error = options.onTimeout?.() ?? new PaperAtlasError("INTERNAL", "the worker thread ran out of time");
        job?.reject(error);
        reject(error);
      }, options.timeoutMs);
    });
    try {
      return await Promise.race([result, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

function hintOf(error: { hint?: string }): { hint?: string } {
  return error.hint === undefined ? {} : { hint: error.hint };
}
