/** Human and JSON forms of an ingest summary: counts, warnings by code, refused and failed files. */
import type { IngestSummary } from "../ingest/run.ts";
import type { VosImportSummary } from "../ingest/vosviewer/index.ts";

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function printIngestSummary(
  summary: IngestSummary,
  json: boolean,
  out: NodeJS.WritableStream = process.stdout,
  /** More keys for the JSON form (`vosviewer`: the maps the same command imported). */
  extra: Record<string, unknown> = {},
): void {
  if (json) {
    const { files, ...rest } = summary;
    const plainFiles = files.map(({ error, ...file }) => ({
      ...file,
      ...(error ? { error: { code: error.code, message: error.message } } : {}),
    }));
    out.write(`${JSON.stringify({ ...rest, files: plainFiles, ...extra }, null, 2)}\n`);
    return;
  }
  const byStatus = countBy(summary.files, (f) => f.status);
  const lines = [
    `ingest: ${summary.files.length + summary.refused.length} files (${byStatus.get("loaded") ?? 0} loaded, ${byStatus.get("unchanged") ?? 0} unchanged, ${byStatus.get("failed") ?? 0} failed, ${summary.refused.length} refused)`,
    `  entries ${summary.entries}, distinct papers ${summary.distinctPapers}`,
    `  papers: ${summary.newPapers} new, ${summary.updatedPapers} updated, ${summary.unchangedPapers} unchanged`,
    `  concepts ${summary.concepts}, mentions ${summary.mentions}, inferred citations ${summary.inferredCitations}`,
    `  citations ${summary.citations}, stub papers ${summary.stubs}, authorships ${summary.authorships}`,
    `  time ${(summary.elapsedMs / 1000).toFixed(1)} s`,
  ];
  for (const [code, count] of countBy(summary.warnings, (w) => w.code)) lines.push(`  warning ${code}: ${count}`);
  for (const refused of summary.refused) lines.push(`  refused ${refused.path}: ${refused.message}`);
  for (const failed of summary.files.filter((f) => f.error))
    lines.push(`  failed ${failed.path}: ${failed.error?.message}`);
  out.write(`${lines.join("\n")}\n`);
}

/** A VOSviewer import's summary: what became of the items and links, and the warnings with file:line. */
export function printVosSummary(
  summaries: readonly VosImportSummary[],
  json: boolean,
  out: NodeJS.WritableStream = process.stdout,
): void {
  if (json) {
    out.write(`${JSON.stringify({ vosviewer: summaries }, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const s of summaries) {
    lines.push(
      `ingest: ${s.file}${s.network !== undefined ? ` + ${s.network}` : ""} (${s.format}): ${s.items} items → ${s.papers} papers, ${s.concepts} concepts (${s.positioned} with a position)`,
      `  links: mentions ${s.mentions}, citations ${s.cites}, related ${s.related}; clusters ${s.clusters} (run ${s.runId}, now current)`,
    );
    for (const [code, count] of countBy(s.warnings, (w) => w.code)) lines.push(`  warning ${code}: ${count}`);
    for (const w of s.warnings.slice(0, 20)) lines.push(`    ${w.message}`);
    if (s.warnings.length > 20) lines.push(`    … and ${s.warnings.length - 20} more`);
  }
  out.write(`${lines.join("\n")}\n`);
}
