/**
 * The worker side of a job thread (thread.ts): takes jobs by message, one at a time, and answers
 * each with its result or with the PaperAtlasError it failed with (anything else becomes INTERNAL).
 * `warm` runs before the thread says it is ready, so the first job does not pay for loading.
 */
import { parentPort, type TransferListItem } from "node:worker_threads";
import { isPaperAtlasError, type ErrorCode } from "../../schema/errors.ts";

export interface JobMessage<Req> {
  id: number;
  request: Req;
}

export type ReplyMessage<Res> =
  | { ready: true }
  | { id: number; result: Res }
  | { id: number; error: { code: ErrorCode; message: string; hint?: string } };

export interface JobOutcome<Res> {
  result: Res;
  /** Buffers handed over instead of copied. */
  transfer?: TransferListItem[];
}

export function serveJobs<Req, Res>(handle: (request: Req) => Promise<JobOutcome<Res>>, warm?: () => void): void {
  const port = parentPort!;
  port.on("message", (job: JobMessage<Req>) => {
    handle(job.request).then(
      ({ result, transfer }) => port.postMessage({ id: job.id, result } satisfies ReplyMessage<Res>, transfer ?? []),
      (error: unknown) => {
        const known = isPaperAtlasError(error)
          ? { code: error.code, message: error.message, ...(error.hint === undefined ? {} : { hint: error.hint }) }
          : { code: "INTERNAL" as const, message: `worker: ${error instanceof Error ? error.message : String(error)}` };
        port.postMessage({ id: job.id, error: known } satisfies ReplyMessage<Res>);
      },
    );
  });
  warm?.();
  port.postMessage({ ready: true } satisfies ReplyMessage<Res>);
}
