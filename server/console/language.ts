/**
 * The console editor's checks: one job thread (language-worker.ts), one check at a time, each
 * bounded in time (CONSOLE_BOUNDS.checkTimeoutMs; past it the thread is replaced and the answer is
 * a warning, since the check is advice and running the query checks it again), at most
 * `maxWaiting` waiting (past it, 429: an editor sends one check per pause in typing).
 */
import type { CypherCheckT } from "../../schema/api.ts";
import { CONSOLE_BOUNDS } from "../../schema/cypher/console.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { JobThread } from "../threads/thread.ts";

export interface LanguageService {
  check(query: string, params: Record<string, unknown>): Promise<CypherCheckT>;
  ready: Promise<void>;
  close(): Promise<void>;
}

export function createLanguageService(maxWaiting = 8): LanguageService {
  const thread = new JobThread<{ query: string; params: Record<string, unknown> }, CypherCheckT>(
    new URL("./language-worker.mjs", import.meta.url),
    null,
  );
  let tail: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  return {
    ready: thread.ready,
    check(query, params) {
      if (waiting >= maxWaiting) {
        return Promise.reject(
          new PaperAtlasError("TOO_MANY_REQUESTS", "cypher: too many checks at once", { hint: "type a little slower" }),
        );
      }
      waiting += 1;
      const run = tail
        .then(() => thread.run({ query, params }, { timeoutMs: CONSOLE_BOUNDS.checkTimeoutMs }))
        // Advice, not a gate: a check that ran out of time says so; running the query checks it again.
        .catch((): CypherCheckT => ({
          diagnostics: [
            {
              severity: "warning",
              message: `the check took over ${CONSOLE_BOUNDS.checkTimeoutMs} ms and was stopped; the query is checked again when it runs`,
              start: 0,
              end: query.length,
            },
          ],
          refusal: null,
        }))
        .finally(() => {
          waiting -= 1;
        });
      tail = run.catch(() => undefined);
      return run;
    },
    close: () => thread.terminate(),
  };
}
