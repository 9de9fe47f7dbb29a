/**
 * "What's new" reader
 * ===================
 * Neo4j I/O only: in one read transaction, the clustering runs (their update chain, ../../atlas/
 * update/lineage.ts), the window `--since` names (window.ts, which throws when it names no update),
 * then what the window's updates added (schema/cypher/since.ts).
 */
import { updateChain } from "../../atlas/update/lineage.ts";
import type { Db } from "../../db/client.ts";
import {
  READ_RUNS,
  SINCE_ADDED_BY_CLUSTER,
  SINCE_ADDED_CONCEPTS,
  SINCE_CLUSTERS,
  SINCE_CONCEPTS,
  SINCE_PAPERS,
} from "../../schema/cypher/since.ts";
import { SINCE_DEFAULTS, type SinceRows } from "./data.ts";
import { parseSince, sinceWindow } from "./window.ts";

export async function readSinceRows(db: Db, since: string): Promise<SinceRows> {
  const spec = parseSince(since);
  return db.readTransaction(async (tx) => {
    const runs = await tx.run(READ_RUNS, {});
    const window = sinceWindow(updateChain(runs), runs, spec);
    const ids = window.updates.map((u) => u.id);
    const [concepts] = await tx.run(SINCE_ADDED_CONCEPTS, { runs: ids });
    return {
      query: spec.text,
      base: window.base,
      updates: window.updates,
      clusters: await tx.run(SINCE_CLUSTERS, {}),
      papers: await tx.run(SINCE_PAPERS, { runs: ids }),
      addedByCluster: await tx.run(SINCE_ADDED_BY_CLUSTER, { runs: ids }),
      addedConcepts: concepts?.concepts ?? 0,
      concepts: await tx.run(SINCE_CONCEPTS, { runs: ids, minAdded: SINCE_DEFAULTS.minAdded }),
    };
  });
}
