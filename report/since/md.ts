/**
 * "What's new" report as Markdown
 * ===============================
 * `SinceReportData` → one `since.md`: the window, the papers added by region, the clusters that grew
 * most, created / merged / split / gone clusters, the rising concepts, and every added paper by
 * region. Every string from the graph goes through `escapeMd`.
 */
import type { SinceClusterRefT, SinceReportDataT } from "../../schema/report-since.ts";
import { arxivUrl, escapeMd as md, fmtInt, fmtShare, plural, table, TYPE_SINGULAR } from "../text.ts";

/** A cluster named in a cell: its label (or "gone") and its id. */
export function refText(ref: SinceClusterRefT): string {
  return ref.label === null ? `(gone) \`${md(ref.id)}\`` : `${md(ref.label)} \`${md(ref.id)}\``;
}

/** "+12.5%" for a relative growth, "new" when there was nothing before. */
export function growthText(growth: number | null): string {
  return growth === null ? "new" : `+${fmtShare(growth)}`;
}

/** The sentence that says what the window is (plain text: escape it for the output). */
export function windowText(data: SinceReportDataT): string {
  const s = data.since;
  const updates = s.updates
    .map((u) => `${u.run} (${u.createdAt}: +${plural(u.addedPapers, "paper")}, +${plural(u.addedConcepts, "concept")})`)
    .join(", ");
  return `--since ${s.query}: ${plural(s.updates.length, "update")} after run ${s.base.run} (${s.base.createdAt}): ${updates}.`;
}

function added(data: SinceReportDataT): string[] {
  const a = data.added;
  const rows = a.regions.map((r) => [
    `${md(r.label)} \`${md(r.id)}\``,
    fmtInt(r.papers),
    r.clusters.map((k) => `${md(k.label)} (${fmtInt(k.papers)})`).join("; "),
  ]);
  return [
    "## Papers added",
    "",
    `${plural(a.papers, "paper")} and ${plural(a.concepts, "concept")} added, in ${plural(a.regions.length, "region")}.`,
    "",
    ...(rows.length > 0 ? table(["region", "papers", "finest clusters (papers)"], rows, [false, true, false]) : []),
  ];
}

function grew(data: SinceReportDataT): string[] {
  const out = ["## Clusters that grew most", ""];
  if (data.grew.length === 0) return [...out, "No cluster from before the window grew.", ""];
  for (const level of [...new Set(data.grew.map((g) => g.level))]) {
    const rows = data.grew
      .filter((g) => g.level === level)
      .map((g) => [
        `${md(g.label)} \`${md(g.id)}\``,
        `${fmtInt(g.papersBefore)} → ${fmtInt(g.papersAfter)}`,
        growthText(g.growth),
        `${fmtInt(g.sizeBefore)} → ${fmtInt(g.sizeAfter)}`,
        fmtInt(g.addedPapers),
      ]);
    out.push(`### Level ${level}${level === 0 ? " (regions)" : ""}`, "");
    out.push(
      ...table(["cluster", "papers", "growth", "papers + concepts", "added papers"], rows, [
        false,
        true,
        true,
        true,
        true,
      ]),
    );
  }
  return out;
}

function lineage(data: SinceReportDataT): string[] {
  const l = data.lineage;
  const out = ["## New, merged, split and gone clusters", ""];
  if (l.created.length + l.merges.length + l.splits.length + l.gone.length === 0) {
    return [...out, "None: every cluster from before the window kept its id.", ""];
  }
  if (l.created.length > 0) {
    out.push("### New clusters", "");
    const rows = l.created.map((c) => [
      refText(c.cluster),
      String(c.cluster.level),
      c.size === null ? "—" : fmtInt(c.size),
      c.from.map((k) => `\`${md(k)}\``).join(", ") || "new nodes only",
      `\`${md(c.run)}\``,
    ]);
    out.push(...table(["cluster", "level", "size", "members from", "update"], rows, [false, true, true, false, false]));
  }
  if (l.merges.length > 0) {
    out.push("### Merges", "");
    const rows = l.merges.map((m) => [
      refText(m.into),
      String(m.into.level),
      m.from.map((k) => `\`${md(k)}\``).join(", "),
    ]);
    out.push(...table(["into", "level", "from"], rows));
  }
  if (l.splits.length > 0) {
    out.push("### Splits", "");
    const rows = l.splits.map((s) => [refText(s.from), String(s.from.level), s.into.map(refText).join("; ")]);
    out.push(...table(["cluster", "level", "now in"], rows));
  }
  if (l.gone.length > 0) {
    out.push("### Ids gone (a saved link to one opens the cluster it leads to)", "");
    out.push(
      ...table(
        ["id", "level", "leads to"],
        l.gone.map((g) => [`\`${md(g.id)}\``, String(g.level), refText(g.to)]),
      ),
    );
  }
  return out;
}

function rising(data: SinceReportDataT): string[] {
  const out = ["## Rising concepts", ""];
  if (data.rising.length === 0) return [...out, "No concept is named by two or more added papers.", ""];
  const rows = data.rising.map((c) => [
    `${md(c.name)}${c.isNew ? " (new)" : ""}`,
    TYPE_SINGULAR[c.type],
    fmtInt(c.before),
    fmtInt(c.added),
    growthText(c.growth),
  ]);
  return [
    ...out,
    "Papers that mention each concept, from before the window and added in it; growth = added ÷ before.",
    "",
    ...table(["concept", "type", "papers before", "added papers", "growth"], rows, [false, false, true, true, true]),
  ];
}

function papers(data: SinceReportDataT): string[] {
  const out = ["## Added papers", ""];
  const label = new Map(data.added.regions.flatMap((r) => r.clusters.map((k) => [k.id, k.label] as const)));
  for (const region of data.added.regions) {
    const rows = data.papers
      .filter((p) => p.region === region.id)
      .map((p) => {
        const url = arxivUrl(p.id);
        return [
          url ? `[${md(p.title)}](${url})` : md(p.title),
          md(p.published ?? "—"),
          md(label.get(p.cluster ?? "") ?? "—"),
        ];
      });
    out.push(
      `### ${md(region.label)} (${fmtInt(region.papers)})`,
      "",
      ...table(["paper", "published", "cluster"], rows),
    );
  }
  const loose = data.papers.filter((p) => p.region === null);
  if (loose.length > 0) {
    out.push(
      "### In no cluster",
      "",
      ...table(
        ["paper", "published"],
        loose.map((p) => [md(p.title), md(p.published ?? "—")]),
      ),
    );
  }
  return out;
}

export function writeSinceMarkdown(data: SinceReportDataT): string {
  const lines = [
    `# ${md(data.title)}`,
    "",
    `Generated ${data.generatedAt} by PaperAtlas. ${md(windowText(data))}`,
    "",
    ...added(data),
    ...grew(data),
    ...lineage(data),
    ...rising(data),
    ...papers(data),
  ];
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}
