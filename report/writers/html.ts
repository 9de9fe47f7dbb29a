/**
 * HTML report writer
 * ==================
 * `ReportData` → one self-contained `.html` file: inline CSS, inline SVG charts (svg.ts) and a
 * picture of the map, no script, no font, no image or stylesheet to fetch. A Content-Security-Policy
 * of `default-src 'none'` makes the browser refuse any request the page might still try. Prints with
 * one cluster per page. Every string from the graph is escaped with `escapeHtml`.
 */
import { CONCEPT_TYPES } from "../../schema/model.ts";
import type { ReportClusterT, ReportDataT, ReportPaperT } from "../../schema/report.ts";
import { barsSvg, histogramSvg, mapSvg } from "../svg.ts";
import {
  arxivUrl,
  clusterTitle,
  escapeHtml as esc,
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
  TYPE_SINGULAR,
  TYPE_TITLES,
  yearSpan,
} from "../text.ts";
import { writeSinceHtml } from "../since/html.ts";
import { htmlPage, keep, tableHtml } from "./style.ts";
import type { ReportWriter } from "./types.ts";

function anchor(c: ReportClusterT): string {
  return `cluster-${c.level}-${c.number}`;
}

const note = (text: string): string => `<p class="note">${esc(text)}</p>`;

function card(value: string, label: string): string {
  return `<div class="card"><b>${esc(value)}</b><span>${esc(label)}</span></div>`;
}

function overviewHtml(data: ReportDataT): string {
  const o = data.overview;
  const types = CONCEPT_TYPES.map((t) => `${fmtInt(o.conceptsByType[t])} ${TYPE_TITLES[t].toLowerCase()}`).join(", ");
  const sources =
    o.sources.length === 0
      ? note("No source files recorded.")
      : tableHtml(
          ["File", "Format", "Papers", "Ingested"],
          o.sources.map((s) => [esc(s.name), esc(s.format), fmtInt(s.paperCount), esc(s.ingestedAt ?? "")]),
          [false, false, true],
        );
  const clusters = tableHtml(
    ["#", "Cluster", "Papers", "Concepts", "Share", "Years", "Top concepts"],
    data.clusters.map((c) => [
      String(c.number),
      `<span class="swatch" style="background:${c.color}"></span><a href="#${anchor(c)}">${esc(c.label)}</a>`,
      fmtInt(c.paperCount),
      fmtInt(c.conceptCount),
      fmtShare(c.paperShare),
      esc(yearSpan(c.timeline.first, c.timeline.last)),
      esc(c.topConcepts.slice(0, 5).join(", ")),
    ]),
    [true, false, true, true, true],
  );
  return [
    `<section id="overview"><h2>Corpus overview</h2>`,
    data.map
      ? mapSvg(data.map, { title: "The map: every node in its cluster's colour", focus: false })
      : note("No layout yet: run `paperatlas layout` for a picture of the map."),
    data.map
      ? `<p class="meta">The map: ${fmtInt(data.map.shown)} of ${fmtInt(data.map.total)} positioned papers and concepts (the largest), each in its cluster's colour; nodes in no cluster in grey.</p>`
      : "",
    `<div class="cards">${card(fmtInt(o.papers), "papers")}${card(fmtInt(o.concepts), "concepts")}${card(fmtInt(data.clusters.length), "clusters")}${card(o.run ? o.run.modularity.toFixed(3) : "–", "modularity")}</div>`,
    tableHtml(
      ["Measure", "Value"],
      [
        [
          "Papers",
          `${fmtInt(o.papers)}${o.stubs > 0 ? ` (and ${fmtInt(o.stubs)} known only from references)` : ""}; ${fmtInt(o.clusteredPapers)} clustered`,
        ],
        ["Concepts", esc(`${fmtInt(o.concepts)}: ${types}`)],
        ["Mentions / citations", `${fmtInt(o.mentions)} / ${fmtInt(o.cites)}`],
        ["Clustering", esc(runLine(data))],
        [
          "Run",
          o.run
            ? `<code>${esc(o.run.id)}</code>, ${esc(o.run.createdAt)}${o.run.layoutAt ? `; layout ${esc(o.run.layoutAt)}` : "; no layout yet"}`
            : "none",
        ],
      ],
    ),
    keep(`<h3>Sources</h3>`, sources),
    keep(
      `<h3>Papers per year</h3>`,
      histogramSvg(o.timeline, { title: "Papers per year", color: "#0067a5" }) || note("No paper has a known year."),
      o.timeline.undated > 0 ? `<p class="meta">Undated: ${plural(o.timeline.undated, "paper")}.</p>` : "",
    ),
    `${keep(`<h3>Clusters</h3>`, clusters)}</section>`,
  ].join("\n");
}

function paperLink(p: ReportPaperT): string {
  const url = arxivUrl(p.id);
  const title = esc(p.title);
  return `${url ? `<a href="${esc(url)}">${title}</a>` : title} <code>${esc(p.id)}</code>`;
}

function conceptsHtml(c: ReportClusterT): string {
  const all = CONCEPT_TYPES.flatMap((t) => c.concepts[t]).sort(
    (a, b) => b.papers - a.papers || b.llr - a.llr || (a.id < b.id ? -1 : 1),
  );
  const bars = barsSvg(
    all.slice(0, 12).map((k) => ({
      label: `${k.name} (${TYPE_SINGULAR[k.type].toLowerCase()})`,
      value: k.share,
      text: `${fmtShare(k.share)} · lift ${fmtFixed(k.lift, 1)}×`,
    })),
    { title: "Most mentioned concepts: share of the cluster's papers", color: c.color },
  );
  const tables = CONCEPT_TYPES.map((t) => {
    const list = c.concepts[t];
    const body =
      list.length === 0
        ? note(`No ${TYPE_TITLES[t].toLowerCase()} mentioned.`)
        : tableHtml(
            [TYPE_SINGULAR[t], "Papers", "Share", "Lift", "G²"],
            list.map((k) => [
              `${esc(k.name)}${k.member ? "" : ' <span class="meta">(elsewhere)</span>'}`,
              fmtInt(k.papers),
              fmtShare(k.share),
              `${fmtFixed(k.lift)}×`,
              fmtFixed(k.llr, 1),
            ]),
            [false, true, true, true, true],
          );
    return keep(`<h3>${TYPE_TITLES[t]}</h3>`, body);
  });
  return `${bars}<div class="types">${tables.join("\n")}</div>`;
}

function labelConceptsHtml(c: ReportClusterT): string {
  const { head, numeric, rows } = labelTable(c);
  const body =
    rows.length === 0
      ? note(NO_LABEL_CONCEPTS)
      : tableHtml(
          head.map((h) => esc(h)),
          rows.map((r) => r.map((cell) => esc(cell))),
          numeric,
        );
  return keep(`<h3>Why this name</h3>`, body);
}

function papersHtml(c: ReportClusterT): string {
  const rep =
    c.representative.length === 0
      ? note("No papers.")
      : tableHtml(
          ["Paper", "Year", "Links inside", "Links outside"],
          c.representative.map((p) => [
            paperLink(p),
            esc(p.year ?? ""),
            fmtInt(p.internalLinks),
            fmtInt(p.externalLinks),
          ]),
          [false, true, true, true],
        );
  const bridge =
    c.bridging.length === 0
      ? note("No paper links to another cluster.")
      : tableHtml(
          ["Paper", "Year", "Links outside", "Clusters reached"],
          c.bridging.map((p) => [paperLink(p), esc(p.year ?? ""), fmtInt(p.externalLinks), fmtInt(p.linkedClusters)]),
          [false, true, true, true],
        );
  return [
    keep(
      `<h3>Representative papers</h3><p class="meta">Most links (mentions and citations) to the cluster's own papers and concepts.</p>`,
      rep,
    ),
    keep(`<h3>Bridging papers</h3><p class="meta">Most links to other clusters.</p>`, bridge),
  ].join("\n");
}

function neighbourTable(c: ReportClusterT): string {
  return tableHtml(
    ["Cluster", "Links", "Mentions", "Citations", "Weight", "Share of outside links"],
    c.neighbours.map((n) => [
      `<span class="swatch" style="background:${n.color}"></span>${n.number} · ${esc(n.label)}`,
      fmtInt(n.links),
      fmtInt(n.mentions),
      fmtInt(n.cites),
      fmtFixed(n.weight, 1),
      fmtShare(n.share),
    ]),
    [false, true, true, true, true, true],
  );
}

function relationsHtml(c: ReportClusterT): string {
  const rising =
    c.rising.length === 0
      ? note("Not enough dated papers to tell.")
      : tableHtml(
          ["Concept", "Type", "Earlier half", "Later half", "Change"],
          c.rising.map((r) => [
            esc(r.name),
            TYPE_SINGULAR[r.type],
            fmtShare(r.earlyShare),
            fmtShare(r.lateShare),
            esc(fmtChange(r.change)),
          ]),
          [false, false, true, true, true],
        );
  const neighbours =
    c.neighbours.length === 0
      ? note("No links to other clusters.")
      : neighbourTable(c) +
        barsSvg(
          c.neighbours.map((n) => ({
            label: `${n.number} · ${n.label}`,
            value: n.links,
            color: n.color,
            text: `${fmtInt(n.links)} links · ${fmtShare(n.share)}`,
          })),
          { title: "Links to neighbouring clusters", color: c.color, width: 760, labelWidth: 240 },
        );
  const children =
    c.children.length === 0
      ? note("No finer level.")
      : tableHtml(
          ["Cluster", "Papers", "Concepts", "Top concepts"],
          c.children.map((k) => [
            `${k.number} · ${esc(k.label)} <code>${esc(k.id)}</code>`,
            fmtInt(k.paperCount),
            fmtInt(k.conceptCount),
            esc(k.topConcepts.slice(0, 5).join(", ")),
          ]),
          [false, true, true],
        );
  return [
    keep(`<h3>Rising concepts</h3>`, rising),
    keep(`<h3>Neighbouring clusters</h3>`, neighbours),
    keep(`<h3>Sub-clusters</h3>`, children),
  ].join("\n");
}

function sectionHtml(c: ReportClusterT, data: ReportDataT): string {
  const focusMap =
    data.scope.cluster !== null && data.map
      ? `${mapSvg(data.map, { title: `The map, with ${clusterTitle(c).toLowerCase()} in colour`, focus: true })}<p class="meta">The cluster on the map (grey: the rest).</p>`
      : "";
  const parent = c.parent ? ` · part of ${esc(c.parent.label)}` : "";
  return [
    `<section class="cluster" id="${anchor(c)}">`,
    `<h2><span class="swatch" style="background:${c.color}"></span>${clusterTitle(c)} · ${esc(c.label)}</h2>`,
    `<p class="meta">Level ${c.level}${parent} · id <code>${esc(c.id)}</code></p>`,
    focusMap,
    `<div class="cards">${card(fmtInt(c.paperCount), "papers")}${card(fmtInt(c.conceptCount), "concepts")}${card(fmtShare(c.paperShare), "of all papers")}${card(yearSpan(c.timeline.first, c.timeline.last), "years")}</div>`,
    c.topConcepts.length > 0 ? `<p>Distinctive concepts: ${esc(c.topConcepts.join(", "))}.</p>` : "",
    labelConceptsHtml(c),
    conceptsHtml(c),
    papersHtml(c),
    keep(
      `<h3>Years</h3>`,
      histogramSvg(c.timeline, { title: `Papers per year in ${clusterTitle(c).toLowerCase()}`, color: c.color }) ||
        note("No paper of this cluster has a known year."),
      c.timeline.undated > 0 ? `<p class="meta">Undated: ${plural(c.timeline.undated, "paper")}.</p>` : "",
    ),
    relationsHtml(c),
    `</section>`,
  ].join("\n");
}

export function writeHtml(data: ReportDataT): string {
  const o = data.overview;
  const toc =
    data.clusters.length > 1
      ? `<nav><ol>${data.scope.cluster === null ? '<li><a href="#overview">Corpus overview</a></li>' : ""}${data.clusters.map((c) => `<li><a href="#${anchor(c)}">${c.number} · ${esc(c.label)}</a></li>`).join("")}</ol></nav>`
      : "";
  const body = [
    `<header><h1>${esc(data.title)}</h1>`,
    `<p class="meta">Generated ${esc(data.generatedAt)} by PaperAtlas from ${fmtInt(o.papers)} papers and ${fmtInt(o.concepts)} concepts${o.run ? ` (clustering run <code>${esc(o.run.id)}</code>)` : ""}.`,
    `Share = the cluster's papers that mention a concept; lift = that share ÷ the share among all papers; G² = Dunning's log-likelihood of the difference (negative: rarer than elsewhere). ${esc(namingRule())}</p></header>`,
    toc,
    data.scope.cluster === null ? overviewHtml(data) : "",
    ...data.clusters.map((c) => sectionHtml(c, data)),
    data.clusters.length === 0 ? note("No clusters: run `paperatlas cluster` first.") : "",
  ].filter((s) => s !== "");
  return htmlPage(data.title, body);
}

export const htmlWriter: ReportWriter = {
  id: "html",
  description: "HTML: one self-contained file with inline CSS and SVG charts, printable",
  write: (data) => [
    { name: `${reportBaseName(data)}.html`, content: writeHtml(data), contentType: "text/html; charset=utf-8" },
  ],
  writeSince: (data) => [
    { name: "since.html", content: writeSinceHtml(data), contentType: "text/html; charset=utf-8" },
  ],
};
