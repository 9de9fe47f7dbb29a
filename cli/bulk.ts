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
  const names: [string, string][] = [
    ["identityMs", "identities"],
    ["csvMs", "CSV with extraction"],
    ["stopMs", "server stop"],
    ["importMs", "import"],
    ["startMs", "server start"],
    ["indexMs", "indexes"],
    ["listsMs", "empty lists"],
    ["inferredMs", "inferred citations"],
    ["textMs", "full-text refresh"],
  ];
  const parts = names
    .filter(([key]) => summary.phases[key] !== undefined)
    .map(([key, label]) => `${label} ${(summary.phases[key]! / 1000).toFixed(1)} s`);
  return `  bulk: ${parts.join(", ")}; CSV ${(summary.csvBytes / 1e6).toFixed(1)} MB\n`;
}
