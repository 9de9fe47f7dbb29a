/**
 * Markdown report writer
 * ======================
 * `ReportData` → one `.md` file that reads as plain text and renders as GitHub-flavoured Markdown:
 * headings, pipe tables and text histograms in fenced blocks. Every string from the graph goes
 * through `escapeMd`, so a title cannot break a table or open HTML.
 */
import { CONCEPT_TYPES } from "../../schema/model.ts";
import type { ReportClusterT, ReportDataT, ReportPaperT, ReportTimelineT } from "../../schema/report.ts";
import {
  clusterTitle,
  escapeMd as md,
  fmtChange,
  fmtFixed,
  fmtInt,
  fmtShare,
  labelTable,
  NO_LABEL_CONCEPTS,
  namingRule,
  plural,
  reportBaseName,
  runLine,
  table,
  textBar,
  TYPE_SINGULAR,
  TYPE_TITLES,
  yearSpan,
} from "../text.ts";
import { writeSinceMarkdown } from "../since/md.ts";
import type { ReportWriter } from "./types.ts";

function histogram(t: ReportTimelineT): string[] {
  if (t.bins.length === 0) return [`No paper has a known year (${fmtInt(t.undated)} undated).`, ""];
  const max = Math.max(...t.bins.map((b) => b.papers));
  const width = Math.max(...t.bins.map((b) => String(b.papers).length));
  const lines = t.bins.map((b) =>
    `${b.period}  ${String(b.papers).padStart(width)}  ${textBar(b.papers, max)}`.trimEnd(),
  );
  return ["```text", ...lines, "```", "", ...(t.undated > 0 ? [`Undated: ${plural(t.undated, "paper")}.`, ""] : [])];
}

function overview(data: ReportDataT): string[] {
  const o = data.overview;
  const types = CONCEPT_TYPES.map((t) => `${fmtInt(o.conceptsByType[t])} ${TYPE_TITLES[t].toLowerCase()}`).join(", ");
  const layout = o.run?.layoutAt ? `positions from ${o.run.layoutAt}` : "no layout yet";
  return [
    "## Corpus overview",
    "",
    ...table(
      ["Measure", "Value"],
      [
        ["Papers", `${fmtInt(o.papers)}${o.stubs > 0 ? ` (and ${fmtInt(o.stubs)} known only from references)` : ""}`],
        ["Clustered papers", `${fmtInt(o.clusteredPapers)}`],
        ["Concepts", `${fmtInt(o.concepts)}: ${types}`],
        ["Mentions / citations", `${fmtInt(o.mentions)} / ${fmtInt(o.cites)}`],
        ["Clustering", md(runLine(data))],
        ["Run", o.run ? `\`${o.run.id}\`, ${o.run.createdAt}; ${layout}` : "none"],
      ],
    ),
    "### Sources",
    "",
    ...(o.sources.length === 0
      ? ["No source files recorded.", ""]
      : table(
          ["File", "Format", "Papers", "Ingested"],
          o.sources.map((s) => [md(s.name), md(s.format), fmtInt(s.paperCount), md(s.ingestedAt ?? "")]),
          [false, false, true],
        )),
    "### Papers per year",
    "",
    ...histogram(o.timeline),
    "### Clusters",
    "",
    ...table(
      ["#", "Cluster", "Papers", "Concepts", "Share", "Years", "Top concepts"],
      data.clusters.map((c) => [
        c.number,
        md(c.label),
        fmtInt(c.paperCount),
        fmtInt(c.conceptCount),
        fmtShare(c.paperShare),
        yearSpan(c.timeline.first, c.timeline.last),
        md(c.topConcepts.slice(0, 5).join(", ")),
      ]),
      [true, false, true, true, true],
    ),
  ];
}

function paperCell(p: ReportPaperT): string {
  return `${md(p.title)} (\`${md(p.id)}\`)`;
}

function conceptTables(c: ReportClusterT): string[] {
  const out: string[] = [];
  for (const type of CONCEPT_TYPES) {
    const list = c.concepts[type];
    out.push(`### ${TYPE_TITLES[type]}`, "");
    if (list.length === 0) {
      out.push(`No ${TYPE_TITLES[type].toLowerCase()} mentioned.`, "");
      continue;
    }
    out.push(
      ...table(
        [TYPE_SINGULAR[type], "Papers", "Share", "Lift", "G²"],
        list.map((k) => [md(k.name), fmtInt(k.papers), fmtShare(k.share), `${fmtFixed(k.lift)}×`, fmtFixed(k.llr, 1)]),
        [false, true, true, true, true],
      ),
    );
  }
  return out;
}

function labelConcepts(c: ReportClusterT): string[] {
  const { head, numeric, rows } = labelTable(c);
  return [
    "### Why this name",
    "",
    ...(rows.length === 0
      ? [md(NO_LABEL_CONCEPTS), ""]
      : table(
          head,
          rows.map((r) => r.map((cell) => md(cell))),
          numeric,
        )),
  ];
}

function paperTables(c: ReportClusterT): string[] {
  return [
    "### Representative papers",
    "",
    "Most links (mentions and citations) to the cluster's own papers and concepts.",
    "",
    ...(c.representative.length === 0
      ? ["No papers.", ""]
      : table(
          ["Paper", "Year", "Links inside", "Links outside"],
          c.representative.map((p) => [paperCell(p), p.year ?? "", p.internalLinks, p.externalLinks]),
          [false, true, true, true],
        )),
    "### Bridging papers",
    "",
    "Most links to other clusters.",
    "",
    ...(c.bridging.length === 0
      ? ["No paper links to another cluster.", ""]
      : table(
          ["Paper", "Year", "Links outside", "Clusters reached"],
          c.bridging.map((p) => [paperCell(p), p.year ?? "", p.externalLinks, p.linkedClusters]),
          [false, true, true, true],
        )),
  ];
}

function relations(c: ReportClusterT): string[] {
  return [
    "### Rising concepts",
    "",
    ...(c.rising.length === 0
      ? ["Not enough dated papers to tell.", ""]
      : table(
          ["Concept", "Type", "Earlier half", "Later half", "Change"],
          c.rising.map((r) => [
            md(r.name),
            TYPE_SINGULAR[r.type],
            fmtShare(r.earlyShare),
            fmtShare(r.lateShare),
            fmtChange(r.change),
          ]),
          [false, false, true, true, true],
        )),
    "### Neighbouring clusters",
    "",
    ...(c.neighbours.length === 0
      ? ["No links to other clusters.", ""]
      : table(
          ["Cluster", "Links", "Mentions", "Citations", "Weight", "Share of outside links"],
          c.neighbours.map((n) => [
            `${n.number} · ${md(n.label)}`,
            fmtInt(n.links),
            fmtInt(n.mentions),
            fmtInt(n.cites),
            fmtFixed(n.weight, 1),
            fmtShare(n.share),
          ]),
          [false, true, true, true, true, true],
        )),
    "### Sub-clusters",
    "",
    ...(c.children.length === 0
      ? ["No finer level.", ""]
      : table(
          ["Cluster", "Papers", "Concepts", "Top concepts"],
          c.children.map((k) => [
            `${k.number} · ${md(k.label)}`,
            fmtInt(k.paperCount),
            fmtInt(k.conceptCount),
            md(k.topConcepts.slice(0, 5).join(", ")),
          ]),
          [false, true, true],
        )),
  ];
}

function section(c: ReportClusterT): string[] {
  const parent = c.parent ? ` · part of ${md(c.parent.label)}` : "";
  return [
    `## ${clusterTitle(c)} · ${md(c.label)}`,
    "",
    `Level ${c.level}${parent} · id \`${md(c.id)}\` · colour ${c.color}`,
    "",
    `**${fmtInt(c.paperCount)} papers** (${fmtShare(c.paperShare)} of all) and **${fmtInt(c.conceptCount)} concepts**; years ${yearSpan(c.timeline.first, c.timeline.last)}.`,
    "",
    ...(c.topConcepts.length > 0 ? [`Distinctive concepts: ${md(c.topConcepts.join(", "))}.`, ""] : []),
    ...labelConcepts(c),
    ...conceptTables(c),
    ...paperTables(c),
    "### Years",
    "",
    ...histogram(c.timeline),
    ...relations(c),
  ];
}

export function writeMarkdown(data: ReportDataT): string {
  const o = data.overview;
  const lines = [
    `# ${md(data.title)}`,
    "",
    `Generated ${data.generatedAt} by PaperAtlas from ${fmtInt(o.papers)} papers and ${fmtInt(o.concepts)} concepts` +
      `${o.run ? ` (clustering run \`${o.run.id}\`)` : ""}.`,
    "",
    "Share = the cluster's papers that mention a concept; lift = that share ÷ the share among all papers; " +
      "G² = Dunning's log-likelihood of the difference (negative: less frequent than elsewhere). " +
      md(namingRule()),
    "",
    ...(data.scope.cluster === null ? overview(data) : []),
    ...data.clusters.flatMap(section),
  ];
  if (data.clusters.length === 0) lines.push("No clusters: run `paperatlas cluster` first.", "");
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}

export const markdownWriter: ReportWriter = {
  id: "md",
  description: "Markdown: one file, readable as plain text and rendered",
  write: (data) => [
    { name: `${reportBaseName(data)}.md`, content: writeMarkdown(data), contentType: "text/markdown; charset=utf-8" },
  ],
  writeSince: (data) => [
    { name: "since.md", content: writeSinceMarkdown(data), contentType: "text/markdown; charset=utf-8" },
  ],
};
