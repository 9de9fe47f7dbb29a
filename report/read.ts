/**
 * Report reader
 * =============
 * Neo4j I/O only: runs the named queries of schema/cypher/report.ts in one read transaction and
 * returns the `ReportRows` that `buildReport` (data.ts) turns into a report. A cluster id that does
 * not exist is a NOT_FOUND error with a hint.
 */
import type { Db } from "../db/client.ts";
import { READ_CURRENT_RUN } from "../schema/cypher/clusters.ts";
import {
  REPORT_CLUSTER_LEVEL,
  REPORT_CLUSTERS,
  REPORT_CONCEPT_TYPES,
  REPORT_CONCEPTS,
  REPORT_CORPUS,
  REPORT_LABEL_CONCEPTS,
  REPORT_LINKS,
  REPORT_MAP,
  REPORT_MAP_TOTAL,
  REPORT_PAPERS,
  REPORT_SOURCES,
  REPORT_YEARS,
} from "../schema/cypher/report.ts";
import { PaperAtlasError } from "../schema/errors.ts";
import type { ReportRows } from "./data.ts";

export interface ReadReportOptions {
  /** A Cluster id, or null / absent for every top-level cluster. */
  cluster?: string | null | undefined;
  /** Concepts per type and cluster read (the report keeps the most-mentioned ones). */
  conceptsPerType?: number | undefined;
  /** Most nodes drawn in the map picture. */
  mapPoints?: number | undefined;
}

export const READ_DEFAULTS = { conceptsPerType: 10, mapPoints: 3000 } as const;

export async function readReportRows(db: Db, options: ReadReportOptions = {}): Promise<ReportRows> {
  const cluster = options.cluster ?? null;
  const perType = options.conceptsPerType ?? READ_DEFAULTS.conceptsPerType;
  const limit = options.mapPoints ?? READ_DEFAULTS.mapPoints;
  return db.readTransaction(async (tx) => {
    let level = 0;
    if (cluster !== null) {
      const [found] = await tx.run(REPORT_CLUSTER_LEVEL, { id: cluster });
      if (!found) {
        throw new PaperAtlasError("NOT_FOUND", `report: no cluster has id "${cluster}"`, {
          hint: "`paperatlas report` without --cluster lists every cluster and its id; GET /api/clusters too",
        });
      }
      level = found.level;
    }
    const [corpus] = await tx.run(REPORT_CORPUS, {});
    const [run] = await tx.run(READ_CURRENT_RUN, {});
    const [total] = await tx.run(REPORT_MAP_TOTAL, {});
    return {
      scope: { cluster, level },
      corpus: corpus ?? { papers: 0, stubs: 0, mentions: 0, cites: 0 },
      conceptTypes: await tx.run(REPORT_CONCEPT_TYPES, {}),
      years: await tx.run(REPORT_YEARS, {}),
      sources: await tx.run(REPORT_SOURCES, {}),
      run: run?.run ?? null,
      clusters: await tx.run(REPORT_CLUSTERS, {}),
      papers: await tx.run(REPORT_PAPERS, { level, cluster }),
      concepts: await tx.run(REPORT_CONCEPTS, { level, cluster, perType }),
      labelConcepts: await tx.run(REPORT_LABEL_CONCEPTS, { level, cluster }),
      links: await tx.run(REPORT_LINKS, { level, cluster }),
      map: { total: total?.total ?? 0, points: await tx.run(REPORT_MAP, { cluster, limit }) },
    };
  });
}
