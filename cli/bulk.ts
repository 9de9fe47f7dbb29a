/** `--bulk` for `ingest` and `build`: the bulk first load (ingest/bulk) with a progress bar per phase. */
import type { Config } from "../config/config.ts";
import type { BulkPhase, BulkSummary } from "../ingest/bulk/run.ts";
import type { IngestOptions } from "../ingest/run.ts";
import { progressBar } from "./progress.ts";

const LABELS: Record<BulkPhase, string> = {
  identity: "bulk: identities",
  csv: "bulk: CSV (extraction)",
  import: "bulk: neo4j-admin import (%)",
  index: "bulk: indexes",
};

export async function runBulk(
  config: Config,
  inputs: string[],
  options: Pick<IngestOptions, "extract" | "format">,
): Promise<BulkSummary> {
  const { runBulkIngest } = await import("../ingest/bulk/run.ts");
  const bar = progressBar();
  const quiet = !process.stderr.isTTY || process.env["CI"];
  return runBulkIngest(config, inputs, {
    ...options,
    onPhase: (phase, total) => {
      if (total > 0) bar.start(LABELS[phase], total);
      else bar.stop();
      if (quiet || total === 0) process.stderr.write(`${LABELS[phase]}\n`);
    },
    onProgress: (done) => bar.update(done),
    onMessage: (message) => {
      bar.stop();
      process.stderr.write(`${message}\n`);
    },
  }).finally(() => bar.stop());
}

/** The phases' times under the ingest summary. */
export function formatBulkPhases(summary: BulkSummary): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const { identityMs, csvMs, importMs, finishMs } = summary.phases;
  return `  bulk: identities ${s(identityMs)}, CSV with extraction ${s(csvMs)} (${(summary.csvBytes / 1e6).toFixed(1)} MB), import with restart ${s(importMs)}, indexes and inferred citations ${s(finishMs)}\n`;
}
