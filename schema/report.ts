/**
 * Cluster report contract
 * =======================
 * The JSON form of a cluster report (`paperatlas report --format json`, `GET /api/report?format=json`),
 * declared once as zod schemas; the TypeScript types are derived from them (STYLE §3) and
 * `report/schema.json` is generated from them (`z.toJSONSchema`). Every other report format (Markdown,
 * HTML, CSV) is written from this same data. Shares are fractions in [0, 1]; numbers with decimals are
 * rounded to 4 places (positions to 2) so a report is byte-identical for an unchanged graph.
 */
import { z } from "zod";
import { CONCEPT_TYPES } from "./model.ts";

/** The `format` field of every report: bump the number when a field changes meaning or goes. */
export const REPORT_FORMAT = "paperatlas-report/1";

const Count = z.number().int().min(0);
const Share = z.number().min(0).max(1);
const Year = z.number().int().nullable();
const Hex = z
  .string()
  .regex(/^#[0-9a-f]{6}$/)
  .describe("a colour as #rrggbb: the map's colour of the cluster (of its top-level cluster for finer levels)");
const ConceptTypeSchema = z.enum(CONCEPT_TYPES);

/** One concept of a cluster's profile, with how distinctive it is of the cluster. */
export const ReportConcept = z.object({
  id: z.string(),
  name: z.string(),
  type: ConceptTypeSchema,
  papers: Count.describe("papers of the cluster that mention the concept"),
  share: Share.describe("papers / the cluster's paper count"),
  corpusPapers: Count.describe("papers of the whole graph that mention the concept"),
  lift: z.number().min(0).describe("share in the cluster ÷ share in the whole graph; > 1 = over-represented"),
  llr: z
    .number()
    .describe(
      "Dunning's log-likelihood G² of cluster × mention, negative when under-represented (as cluster labels use)",
    ),
  member: z.boolean().describe("the concept itself belongs to this cluster"),
});

/**
 * One concept the cluster's label is made of, with why it names the cluster: its naming score (G² ×
 * the weight of its type, among concepts that are neither generic nor corpus-wide; see
 * atlas/cluster/README.md, Labels), how many of the cluster's papers mention it and how many of all.
 */
export const ReportLabelConcept = z.object({
  id: z.string(),
  name: z.string(),
  type: ConceptTypeSchema,
  score: z.number().min(0).describe("the naming score the clustering gave it: G² × its type's weight"),
  papers: Count.describe("papers of the cluster that mention the concept"),
  share: Share.describe("papers / the cluster's paper count"),
  corpusPapers: Count.describe("papers of the whole graph that mention the concept"),
  corpusShare: Share.describe(
    "corpusPapers / all papers: above 5 % a concept names only the region holding most of it",
  ),
  lift: z.number().min(0).describe("share ÷ corpusShare"),
  llr: z.number().describe("Dunning's log-likelihood G² of cluster × mention"),
});

/** One paper of a cluster with how it links inside and outside the cluster. */
export const ReportPaper = z.object({
  id: z.string(),
  title: z.string(),
  year: Year,
  published: z.string().nullable().describe("YYYY-MM-DD, or --MM-DD when the listing gave no year"),
  upvotes: z.number().int().nullable(),
  internalLinks: Count.describe("MENTIONS and CITES links to nodes of the same cluster (its centrality)"),
  externalLinks: Count.describe("MENTIONS and CITES links to nodes of other clusters of the same level"),
  linkedClusters: Count.describe("distinct other clusters those external links reach"),
});

/** Papers per period; `bins` run without gaps from the first dated period to the last. */
export const ReportTimeline = z.object({
  unit: z.literal("year"),
  first: Year,
  last: Year,
  bins: z.array(z.object({ period: z.string(), papers: Count })),
  undated: Count.describe("papers whose year is unknown"),
});

/** A concept whose share of the cluster's dated papers grows from the earlier half to the later half. */
export const ReportRising = z.object({
  id: z.string(),
  name: z.string(),
  type: ConceptTypeSchema,
  earlyShare: Share,
  lateShare: Share,
  change: z.number().describe("lateShare − earlyShare"),
  datedPapers: Count.describe("dated papers of the cluster that mention it"),
});

/** Another cluster of the same level and how strongly it links to this one. */
export const ReportNeighbour = z.object({
  id: z.string(),
  label: z.string(),
  number: Count,
  color: Hex,
  links: Count.describe("MENTIONS + CITES relationships between the two clusters, either direction"),
  mentions: Count,
  cites: Count,
  weight: z.number().describe("sum of the links' weights (MENTIONS weight; 1 per CITES)"),
  share: Share.describe("links / all of this cluster's links to other clusters"),
});

/** A cluster of the next level that is PART_OF this one. */
export const ReportChild = z.object({
  id: z.string(),
  label: z.string(),
  number: Count,
  size: Count,
  paperCount: Count,
  conceptCount: Count,
  topConcepts: z.array(z.string()),
});

const ConceptsByType = z.object(
  Object.fromEntries(CONCEPT_TYPES.map((t) => [t, z.array(ReportConcept)])) as Record<
    (typeof CONCEPT_TYPES)[number],
    z.ZodArray<typeof ReportConcept>
  >,
);

/** One cluster's section of the report. */
export const ReportCluster = z.object({
  id: z.string(),
  level: Count,
  number: Count,
  label: z.string(),
  color: Hex,
  size: Count.describe("papers + concepts"),
  paperCount: Count,
  conceptCount: Count,
  paperShare: Share.describe("the cluster's papers / all papers"),
  parent: z.object({ id: z.string(), label: z.string() }).nullable(),
  topConcepts: z.array(z.string()).describe("the clustering's most distinctive concepts by G², most distinctive first"),
  labelConcepts: z
    .array(ReportLabelConcept)
    .describe("the concepts the label is made of, in label order; empty when no concept may name the cluster"),
  concepts: ConceptsByType.describe("per concept type, the concepts most of the cluster's papers mention"),
  representative: z.array(ReportPaper).describe("the most central papers: most links inside the cluster"),
  bridging: z.array(ReportPaper).describe("the papers with most links to other clusters"),
  timeline: ReportTimeline,
  rising: z.array(ReportRising),
  neighbours: z.array(ReportNeighbour),
  children: z.array(ReportChild),
  papers: z.array(ReportPaper).describe("every paper of the cluster, most central first"),
});

/** The clustering run the report describes (see `ClusterRun` in model.ts). */
export const ReportRun = z.object({
  id: z.string(),
  createdAt: z.string(),
  algorithm: z.string(),
  resolution: z.number(),
  seed: z.number(),
  runs: z.number(),
  minPapers: z.number(),
  maxPapers: z.number().nullable(),
  citesWeight: z.number(),
  weighting: z.string(),
  modularity: z.number(),
  quality: z.number(),
  levels: Count,
  clusterCounts: z.array(Count),
  unassigned: Count,
  layoutAt: z.string().nullable(),
});

/** The corpus as a whole: where it came from and how big it is. */
export const ReportOverview = z.object({
  papers: Count.describe("papers known from the listings (stubs left out)"),
  stubs: Count.describe("papers known only from other papers' references"),
  clusteredPapers: Count,
  concepts: Count,
  conceptsByType: z.object(
    Object.fromEntries(CONCEPT_TYPES.map((t) => [t, Count])) as Record<(typeof CONCEPT_TYPES)[number], typeof Count>,
  ),
  mentions: Count,
  cites: Count,
  sources: z.array(
    z.object({ name: z.string(), format: z.string(), paperCount: Count, ingestedAt: z.string().nullable() }),
  ),
  run: ReportRun.nullable().describe("null when the graph has not been clustered"),
  timeline: ReportTimeline,
});

/** A point of the map picture: a paper or concept with a layout position. */
export const ReportMapPoint = z.object({
  x: z.number(),
  y: z.number(),
  size: z.number(),
  kind: z.enum(["paper", "concept"]),
  cluster: Count.nullable().describe("index in `map.clusters` of the node's top-level cluster, null when none"),
  focus: z.boolean().describe("member of the reported cluster (always false in an all-clusters report)"),
});

/** The picture of the map: the largest nodes with positions, at most `shown`. */
export const ReportMap = z.object({
  total: Count.describe("nodes with a layout position"),
  shown: Count,
  points: z.array(ReportMapPoint),
  clusters: z
    .array(
      z.object({
        id: z.string(),
        number: Count,
        label: z.string(),
        color: Hex,
        x: z.number().nullable().describe("where the label goes (the cluster's centre); null: not labelled"),
        y: z.number().nullable(),
      }),
    )
    .describe("the top-level clusters of the points, largest first"),
});

export const ReportData = z.object({
  format: z.literal(REPORT_FORMAT),
  title: z.string(),
  generatedAt: z.string().describe("ISO 8601 time the report was made (passed in, so reports are reproducible)"),
  scope: z.object({
    cluster: z.string().nullable().describe("the reported cluster's id, or null for every top-level cluster"),
    level: Count,
  }),
  overview: ReportOverview,
  clusters: z.array(ReportCluster).describe("the reported clusters, largest first"),
  map: ReportMap.nullable().describe("null when no node has a layout position"),
});

export type ReportDataT = z.output<typeof ReportData>;
export type ReportClusterT = z.output<typeof ReportCluster>;
export type ReportConceptT = z.output<typeof ReportConcept>;
export type ReportLabelConceptT = z.output<typeof ReportLabelConcept>;
export type ReportPaperT = z.output<typeof ReportPaper>;
export type ReportTimelineT = z.output<typeof ReportTimeline>;
export type ReportRisingT = z.output<typeof ReportRising>;
export type ReportNeighbourT = z.output<typeof ReportNeighbour>;
export type ReportChildT = z.output<typeof ReportChild>;
export type ReportOverviewT = z.output<typeof ReportOverview>;
export type ReportRunT = z.output<typeof ReportRun>;
export type ReportMapT = z.output<typeof ReportMap>;
export type ReportMapPointT = z.output<typeof ReportMapPoint>;

/** The report formats (`REPORT_WRITERS` in report/ implements one writer per id). */
export const REPORT_FORMATS = ["md", "html", "json", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The report formats printed from another format by Chromium (`REPORT_PRINTERS` in report/): binary
 * files, written by the command line only (`paperatlas report --format pdf --out DIR`); the API
 * serves the text formats.
 */
export const REPORT_PRINT_FORMATS = ["pdf"] as const;
export type ReportPrintFormat = (typeof REPORT_PRINT_FORMATS)[number];

/** The tables of the CSV format, one file each. */
export const REPORT_CSV_TABLES = ["clusters", "cluster-concepts", "cluster-papers"] as const;
export type ReportCsvTable = (typeof REPORT_CSV_TABLES)[number];

/** The graph export formats (`EXPORTERS` in export/ implements one exporter per id). */
export const EXPORT_FORMATS = ["gexf", "graphml", "vosviewer-json", "vosviewer-map", "wos", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The files of a two-file export (vosviewer-map: the map file and the network file). */
export const EXPORT_FILES = ["map", "network"] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];
