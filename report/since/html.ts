/**
 * "What's new" report as HTML
 * ===========================
 * `SinceReportData` → one self-contained `since.html` with the cluster report's style sheet and
 * Content-Security-Policy (`default-src 'none'`, ../writers/html.ts): no script, nothing to fetch.
 * Every string from the graph is escaped with `escapeHtml`; colours come from the schema's `#rrggbb`
 * pattern.
 */
import type { SinceClusterRefT, SinceReportDataT } from "../../schema/report-since.ts";
import { arxivUrl, escapeHtml as esc, fmtInt, plural, TYPE_SINGULAR } from "../text.ts";
import { htmlPage, keep, tableHtml } from "../writers/style.ts";
import { growthText, windowText } from "./md.ts";

const note = (text: string): string => `<p class="note">${esc(text)}</p>`;
const code = (text: string): string => `<code>${esc(text)}</code>`;

function swatch(color: string | null): string {
  return color === null ? "" : `<span class="swatch" style="background:${esc(color)}"></span>`;
}

function ref(r: SinceClusterRefT): string {
  return r.label === null ? `<i>gone</i> ${code(r.id)}` : `${swatch(r.color)}${esc(r.label)} ${code(r.id)}`;
}

function card(value: number, label: string): string {
  return `<div class="card"><b>${esc(fmtInt(value))}</b><span>${esc(label)}</span></div>`;
}

function addedHtml(data: SinceReportDataT): string {
  const a = data.added;
  const l = data.lineage;
  const cards = [
    card(a.papers, "papers added"),
    card(a.concepts, "concepts added"),
    card(a.regions.length, "regions reached"),
    card(l.created.length, "new clusters"),
    card(l.merges.length + l.splits.length, "merges and splits"),
  ].join("");
  const rows = a.regions.map((r) => [
    `${swatch(r.color)}${esc(r.label)} ${code(r.id)}`,
    esc(fmtInt(r.papers)),
    r.clusters.map((k) => `${esc(k.label)} (${esc(fmtInt(k.papers))})`).join("; "),
  ]);
  return [
    '<section id="added"><h2>Papers added</h2>',
    `<div class="cards">${cards}</div>`,
    rows.length > 0 ? tableHtml(["region", "papers", "finest clusters (papers)"], rows, [false, true, false]) : "",
    "</section>",
  ].join("\n");
}

function grewHtml(data: SinceReportDataT): string {
  if (data.grew.length === 0)
    return `<section id="grew"><h2>Clusters that grew most</h2>${note("No cluster from before the window grew.")}</section>`;
  const parts = [...new Set(data.grew.map((g) => g.level))].map((level) => {
    const rows = data.grew
      .filter((g) => g.level === level)
      .map((g) => [
        `${swatch(g.color)}${esc(g.label)} ${code(g.id)}`,
        esc(`${fmtInt(g.papersBefore)} → ${fmtInt(g.papersAfter)}`),
        esc(growthText(g.growth)),
        esc(`${fmtInt(g.sizeBefore)} → ${fmtInt(g.sizeAfter)}`),
        esc(fmtInt(g.addedPapers)),
      ]);
    const head = ["cluster", "papers", "growth", "papers + concepts", "added papers"];
    return keep(
      `<h3>Level ${level}${level === 0 ? " (regions)" : ""}</h3>\n`,
      tableHtml(head, rows, [false, true, true, true, true]),
    );
  });
  return ['<section id="grew"><h2>Clusters that grew most</h2>', ...parts, "</section>"].join("\n");
}

const ids = (list: readonly string[]): string => list.map(code).join(", ");

function lineageHtml(data: SinceReportDataT): string {
  const l = data.lineage;
  const parts: string[] = ['<section id="lineage"><h2>New, merged, split and gone clusters</h2>'];
  if (l.created.length + l.merges.length + l.splits.length + l.gone.length === 0) {
    parts.push(note("None: every cluster from before the window kept its id."));
  }
  if (l.created.length > 0) {
    const rows = l.created.map((c) => [
      ref(c.cluster),
      esc(c.cluster.level),
      c.size === null ? "—" : esc(fmtInt(c.size)),
      c.from.length > 0 ? ids(c.from) : "new nodes only",
      code(c.run),
    ]);
    parts.push(
      keep(
        "<h3>New clusters</h3>",
        tableHtml(["cluster", "level", "size", "members from", "update"], rows, [false, true, true]),
      ),
    );
  }
  if (l.merges.length > 0) {
    const rows = l.merges.map((m) => [ref(m.into), esc(m.into.level), ids(m.from)]);
    parts.push(keep("<h3>Merges</h3>", tableHtml(["into", "level", "from"], rows)));
  }
  if (l.splits.length > 0) {
    const rows = l.splits.map((s) => [ref(s.from), esc(s.from.level), s.into.map(ref).join("; ")]);
    parts.push(keep("<h3>Splits</h3>", tableHtml(["cluster", "level", "now in"], rows)));
  }
  if (l.gone.length > 0) {
    const rows = l.gone.map((g) => [code(g.id), esc(g.level), ref(g.to)]);
    parts.push(
      keep(
        "<h3>Ids gone (a saved link to one opens the cluster it leads to)</h3>",
        tableHtml(["id", "level", "leads to"], rows),
      ),
    );
  }
  parts.push("</section>");
  return parts.join("\n");
}

function risingHtml(data: SinceReportDataT): string {
  if (data.rising.length === 0)
    return `<section id="rising"><h2>Rising concepts</h2>${note("No concept is named by two or more added papers.")}</section>`;
  const rows = data.rising.map((c) => [
    `${esc(c.name)}${c.isNew ? " <i>(new)</i>" : ""}`,
    esc(TYPE_SINGULAR[c.type]),
    esc(fmtInt(c.before)),
    esc(fmtInt(c.added)),
    esc(growthText(c.growth)),
  ]);
  return [
    '<section id="rising"><h2>Rising concepts</h2>',
    note("Papers that mention each concept, from before the window and added in it; growth = added ÷ before."),
    tableHtml(["concept", "type", "papers before", "added papers", "growth"], rows, [false, false, true, true, true]),
    "</section>",
  ].join("\n");
}

function papersHtml(data: SinceReportDataT): string {
  const label = new Map(data.added.regions.flatMap((r) => r.clusters.map((k) => [k.id, k.label] as const)));
  const row = (p: SinceReportDataT["papers"][number]) => {
    const url = arxivUrl(p.id);
    const title = url ? `<a href="${esc(url)}">${esc(p.title)}</a>` : esc(p.title);
    return [title, esc(p.published ?? "—"), esc(label.get(p.cluster ?? "") ?? "—")];
  };
  const groups = data.added.regions.map((r) =>
    keep(
      `<h3>${swatch(r.color)}${esc(r.label)} (${esc(fmtInt(r.papers))})</h3>\n`,
      tableHtml(["paper", "published", "cluster"], data.papers.filter((p) => p.region === r.id).map(row)),
    ),
  );
  const loose = data.papers.filter((p) => p.region === null);
  if (loose.length > 0)
    groups.push(keep(`<h3>In no cluster</h3>\n`, tableHtml(["paper", "published", "cluster"], loose.map(row))));
  return ['<section id="papers"><h2>Added papers</h2>', ...groups, "</section>"].join("\n");
}

export function writeSinceHtml(data: SinceReportDataT): string {
  return htmlPage(data.title, [
    `<header><h1>${esc(data.title)}</h1>`,
    `<p class="meta">Generated ${esc(data.generatedAt)} by PaperAtlas. ${esc(windowText(data))} ${esc(plural(data.added.papers, "paper"))} added.</p></header>`,
    addedHtml(data),
    grewHtml(data),
    lineageHtml(data),
    risingHtml(data),
    papersHtml(data),
  ]);
}
