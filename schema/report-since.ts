/**
 * "What's new" report contract
 * ============================
 * The JSON form of `paperatlas report --since <run | date | last>`: what one update, or every update
 * since a date or a run, changed in the atlas — the papers added (by region and cluster), the
 * clusters that grew most, the clusters created, merged, split or gone (from `ClusterRun.lineage`
 * and `Cluster.from`, schema/model/cluster.ts), and the rising concepts. Declared once as zod
 * schemas, the types derived from them (STYLE §3); the Markdown, HTML and CSV forms are written from
 * this same data. Numbers with decimals are rounded to 4 places, so the same graph gives the same
 * bytes.
 */
import { z } from "zod";
import { CONCEPT_TYPES } from "./model.ts";

/** The `format` field of every "what's new" report: bump the number when a field changes meaning or goes. */
export const SINCE_FORMAT = "paperatlas-since/1";

const Count = z.number().int().min(0);
const Hex = z
  .string()
  .regex(/^#[0-9a-f]{6}$/)
  .describe("the map's colour of the cluster's top-level region (#rrggbb)");

/** One update of the window (a `ClusterRun` written by `paperatlas update`). */
export const SinceUpdate = z.object({
  run: z.string(),
  createdAt: z.string(),
  addedPapers: Count,
  addedConcepts: Count,
  movedNodes: Count.describe("previous papers and concepts whose finest cluster changed"),
});

/** A cluster named by the report: `label` and `color` are null when the id no longer exists. */
export const SinceClusterRef = z.object({
  id: z.string(),
  level: Count,
  label: z.string().nullable().describe("null: the cluster is gone (a later update merged or split it away)"),
  color: Hex.nullable(),
});

/** A top-level region and the papers the window added to it, by finest-level cluster. */
export const SinceRegion = z.object({
  id: z.string(),
  number: Count,
  label: z.string(),
  color: Hex,
  papers: Count.describe("papers added in the window that are in the region now"),
  clusters: z
    .array(z.object({ id: z.string(), level: Count, label: z.string(), papers: Count }))
    .describe("the region's finest-level clusters holding added papers, most first"),
});

/** A paper the window added. */
export const SincePaper = z.object({
  id: z.string(),
  title: z.string(),
  published: z.string().nullable(),
  run: z.string().describe("the update that added it"),
  region: z.string().nullable().describe("its top-level cluster now"),
  cluster: z.string().nullable().describe("its finest-level cluster now"),
});

/** A cluster that existed before the window and grew in it. */
export const SinceGrowth = z.object({
  id: z.string(),
  level: Count,
  number: Count,
  label: z.string(),
  color: Hex,
  sizeBefore: Count.describe("papers and concepts before the window"),
  sizeAfter: Count,
  papersBefore: Count,
  papersAfter: Count,
  addedPapers: Count.describe("papers added in the window that are in the cluster now"),
  growth: z.number().nullable().describe("(papersAfter − papersBefore) / papersBefore; null when it had none"),
});

/** A cluster with no previous id, made by an update of the window. */
export const SinceCreated = z.object({
  run: z.string(),
  cluster: SinceClusterRef,
  size: Count.nullable().describe("null when the cluster is gone since"),
  paperCount: Count.nullable(),
  from: z.array(z.string()).describe("the previous clusters that gave it members (Cluster.from), most first"),
});

export const SinceMerge = z.object({
  run: z.string(),
  into: SinceClusterRef,
  from: z.array(z.string()).describe("the previous clusters whose majority it took; it kept the first one's id"),
});

export const SinceSplit = z.object({
  run: z.string(),
  from: SinceClusterRef,
  into: z.array(SinceClusterRef),
});

/** A cluster id that is gone, and the cluster a saved link to it leads to now. */
export const SinceGone = z.object({ id: z.string(), level: Count, to: SinceClusterRef });

/** A concept the added papers mention far more than the papers before them did. */
export const SinceRising = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(CONCEPT_TYPES),
  before: Count.describe("papers from before the window that mention it"),
  added: Count.describe("papers added in the window that mention it"),
  growth: z.number().nullable().describe("added / before: its paper count's relative growth; null when new"),
  isNew: z.boolean().describe("the concept itself was added in the window"),
});

export const SinceReportData = z.object({
  format: z.literal(SINCE_FORMAT),
  title: z.string(),
  generatedAt: z.string().describe("ISO 8601 time the report was made (passed in, so reports are reproducible)"),
  since: z.object({
    query: z.string().describe("what --since was given: a run id, an ISO date or `last`"),
    base: z
      .object({ run: z.string(), createdAt: z.string() })
      .describe("the run the window's first update started from"),
    current: z.string().describe("the current run: the window's last update"),
    updates: z.array(SinceUpdate).describe("the updates of the window, oldest first"),
  }),
  added: z.object({
    papers: Count,
    concepts: Count,
    regions: z.array(SinceRegion).describe("regions holding added papers, most first"),
  }),
  papers: z.array(SincePaper).describe("every added paper, by region (as listed) then cluster then title"),
  grew: z.array(SinceGrowth).describe("per level, top first, the clusters that gained most papers"),
  lineage: z.object({
    created: z.array(SinceCreated),
    merges: z.array(SinceMerge),
    splits: z.array(SinceSplit),
    gone: z.array(SinceGone).describe("ids gone in the window and where each leads now (lineage followed run by run)"),
  }),
  rising: z.array(SinceRising).describe("most grown first: added / (before + 1), then added papers"),
});

export type SinceReportDataT = z.output<typeof SinceReportData>;
export type SinceRegionT = z.output<typeof SinceRegion>;
export type SincePaperT = z.output<typeof SincePaper>;
export type SinceGrowthT = z.output<typeof SinceGrowth>;
export type SinceClusterRefT = z.output<typeof SinceClusterRef>;
export type SinceRisingT = z.output<typeof SinceRising>;

/** The tables of the CSV form, one file each. */
export const SINCE_CSV_TABLES = ["since-papers", "since-clusters", "since-concepts"] as const;
export type SinceCsvTable = (typeof SINCE_CSV_TABLES)[number];
