/**
 * Projection reader
 * =================
 * Neo4j I/O for the projection both clustering and layout start from: papers (with MENTIONS and
 * CITES) and concepts read in keyset pages, then `buildProjection`; and the projection options a
 * stored clustering run used, so layout projects the graph the same way.
 */
import type { Db } from "../../db/client.ts";
import { COUNT_PROJECTION, READ_CONCEPT_PAGE, READ_PAPER_PAGE } from "../../schema/cypher/clusters.ts";
import type { ClusterRun } from "../../schema/model.ts";
import {
  buildProjection,
  DEFAULT_PROJECTION,
  type ConceptRecord,
  type PaperRecord,
  type Projection,
  type ProjectionOptions,
} from "./projection.ts";

/** Reads papers (with MENTIONS and CITES) and concepts in keyset pages, then builds the projection. */
export async function readProjection(
  db: Db,
  options: ProjectionOptions = DEFAULT_PROJECTION,
  pageSize = 5000,
  onPage?: (done: number, total: number) => void,
): Promise<Projection> {
  const [counts] = await db.read(COUNT_PROJECTION, {});
  const total = (counts?.papers ?? 0) + (counts?.concepts ?? 0);
  const papers: PaperRecord[] = [];
  const concepts: ConceptRecord[] = [];
  // The driver decodes every occurrence of a concept or author id as a string of its own: at a
  // million papers that is ~9M strings for ~0.4M distinct ids. One copy of each saves ~0.5 GB.
  const seen = new Map<string, string>();
  const intern = (s: string): string => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
  for (let after = ""; ;) {
    const page = await db.read(READ_PAPER_PAGE, { after, limit: pageSize });
    for (const row of page) {
      row.conceptIds = row.conceptIds.map(intern);
      row.authors = row.authors.map(intern);
      row.sources = row.sources.map(intern);
      papers.push(row);
    }
    onPage?.(papers.length, total);
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.id;
  }
  for (let after = ""; ;) {
    const page = await db.read(READ_CONCEPT_PAGE, { after, limit: pageSize });
    concepts.push(...page);
    onPage?.(papers.length + concepts.length, total);
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.id;
  }
  return buildProjection(papers, concepts, options);
}

/** The projection options a stored run used (so layout projects the graph the same way). */
export function projectionOptionsOf(run: ClusterRun | null): ProjectionOptions {
  if (run === null) return { ...DEFAULT_PROJECTION };
  return { minPapers: run.minPapers, maxPapers: run.maxPapers ?? Infinity, citesWeight: run.citesWeight };
}
