/**
 * The CSV files of a bulk load and the importer's command line
 * ============================================================
 * One file per node label group and per relationship type, each with the columns below. The
 * paper's columns are typed against `PaperRow` (what the transactional load stores with `SET p =
 * row`), so a property added to the model and forgotten here is a compile error. Pure.
 */
import path from "node:path";
import type { PaperRow } from "../../schema/cypher/papers.ts";
import { ARRAY_DELIMITER_OPTION, type CsvColumn, type CsvType } from "./csv.ts";

/** Every stored property of a paper with its type (see csv.ts for why numbers are doubles). */
const PAPER_PROPS: { [K in keyof Required<PaperRow>]: CsvType } = {
  id: "string",
  title: "string",
  abstract: "string",
  authorCount: "double",
  organization: "string",
  published: "string",
  year: "double",
  upvotes: "double",
  links: "string[]",
  arxivId: "string",
  sources: "string[]",
  occurrences: "string[]",
  doi: "string",
  openalexId: "string",
  s2Id: "string",
  stub: "boolean",
  titleHash: "string",
};

export const PAPER_KEYS = Object.keys(PAPER_PROPS) as (keyof PaperRow)[];

export interface BulkFileSpec {
  kind: "nodes" | "relationships";
  /** Node labels (`Paper`) or the relationship type; empty when a `:LABEL` column gives them. */
  label: string;
  columns: readonly CsvColumn[];
}

const col = (name: string, type: CsvType, role?: string): CsvColumn => (role ? { name, type, role } : { name, type });

export const BULK_FILES = {
  papers: {
    kind: "nodes",
    label: "Paper",
    columns: PAPER_KEYS.map((k) => (k === "id" ? col("id", "string", "ID(Paper)") : col(k, PAPER_PROPS[k]))),
  },
  concepts: {
    kind: "nodes",
    label: "",
    columns: [
      col("id", "string", "ID(Concept)"),
      col("name", "string"),
      col("type", "string"),
      col("aliases", "string[]"),
      col("aliasText", "string"),
      col("paperCount", "long"),
      col("", "string[]", ":LABEL"),
    ],
  },
  authors: {
    kind: "nodes",
    label: "Author",
    columns: [col("id", "string", "ID(Author)"), col("name", "string")],
  },
  sources: {
    kind: "nodes",
    label: "Source",
    columns: [
      col("sha256", "string", "ID(Source)"),
      col("path", "string"),
      col("name", "string"),
      col("format", "string"),
      col("ingestedAt", "string"),
      col("paperCount", "double"),
    ],
  },
  from: {
    kind: "relationships",
    label: "FROM",
    columns: [col("", "string", ":START_ID(Paper)"), col("", "string", ":END_ID(Source)")],
  },
  writtenBy: {
    kind: "relationships",
    label: "WRITTEN_BY",
    columns: [col("", "string", ":START_ID(Paper)"), col("", "string", ":END_ID(Author)"), col("position", "double")],
  },
  mentions: {
    kind: "relationships",
    label: "MENTIONS",
    columns: [
      col("", "string", ":START_ID(Paper)"),
      col("", "string", ":END_ID(Concept)"),
      col("count", "double"),
      col("inTitle", "boolean"),
      col("weight", "double"),
    ],
  },
  proposes: {
    kind: "relationships",
    label: "PROPOSES",
    columns: [col("", "string", ":START_ID(Paper)"), col("", "string", ":END_ID(Concept)")],
  },
  cites: {
    kind: "relationships",
    label: "CITES",
    columns: [col("", "string", ":START_ID(Paper)"), col("", "string", ":END_ID(Paper)"), col("source", "string")],
  },
} as const satisfies Record<string, BulkFileSpec>;

export type BulkFile = keyof typeof BULK_FILES;

export const BULK_FILE_NAMES = Object.keys(BULK_FILES) as BulkFile[];

export function csvPath(dir: string, file: BulkFile): string {
  return path.join(dir, `${file}.csv`);
}

/**
 * `neo4j-admin database import full` arguments for the files that have rows: the whole `neo4j`
 * database replaced (the caller checked it was empty), no bad entry tolerated (the files are ours:
 * a bad one is a bug, not data to skip), multiline parsing only for the files that need it.
 */
export function importArgs(
  dir: string,
  options: { files: readonly BulkFile[]; multiline: readonly BulkFile[]; database?: string; offHeap?: string },
): string[] {
  const args = [
    "database",
    "import",
    "full",
    options.database ?? "neo4j",
    "--overwrite-destination=true",
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    "--id-type=string",
    "--bad-tolerance=0",
    "--skip-bad-relationships=false",
    `--report-file=${path.join(dir, "import.report")}`,
    ...(options.offHeap ? [`--max-off-heap-memory=${options.offHeap}`] : []),
  ];
  for (const file of options.files) {
    const spec: BulkFileSpec = BULK_FILES[file];
    const target = spec.label === "" ? "" : `${spec.label}=`;
    args.push(`--${spec.kind}=${target}${csvPath(dir, file)}`);
  }
  if (options.multiline.length > 0) {
    args.push(
      "--multiline-fields-format=v2",
      `--multiline-fields=${options.multiline.map((f) => csvPath(dir, f)).join(",")}`,
    );
  }
  return args;
}
