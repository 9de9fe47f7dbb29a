/**
 * The HTML reports' page furniture
 * ================================
 * The style sheet, the Content-Security-Policy (`default-src 'none'`: nothing to fetch, no script)
 * and the page and table markup shared by the cluster report (html.ts) and the "what's new" report
 * (../since/html.ts). Cells are already escaped.
 *
 * Layout that holds at any width (checked by ../layout.browser.test.ts at 360–1600 px): the
 * per-type tables sit in a grid of `minmax(min(100%, 400px), 1fr)` columns, so a column is never
 * narrower than its table and the grid stacks to one column on narrow screens; text cells wrap
 * anywhere (a long name breaks inside its cell instead of widening the table) while numbers and
 * headings keep whole; tables of six or more columns (`wide`) turn into label–value rows below
 * 600 px; figures shrink to the width they have. Print (and `report --format pdf`): A4, one cluster
 * per page, no row or table cut when it fits a page, headings kept with what follows, the table
 * head repeated on each page, and every outside link written out after its text.
 */
import { escapeHtml } from "../text.ts";

export const CSS = `
:root{--ink:#1d2330;--muted:#5f6878;--line:#dde1e8;--soft:#f5f6f9;--accent:#0067a5}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:1040px;padding:24px 28px 48px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
h1,h2,h3,p,li{overflow-wrap:anywhere}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:36px 0 6px;padding-top:12px;border-top:2px solid var(--line)}
h3{font-size:15px;margin:20px 0 6px}p{margin:6px 0}.meta{color:var(--muted);font-size:13px}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
table{border-collapse:collapse;width:100%;margin:4px 0 12px;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}td .meta{font-size:inherit}
th{background:var(--soft);font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.n{white-space:nowrap}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:8px;vertical-align:-1px;border:1px solid rgba(0,0,0,.15)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,150px),1fr));gap:8px;margin:10px 0}
.card{background:var(--soft);border-radius:6px;padding:8px 12px;min-width:0}.card b{display:block;font-size:20px}.card span{color:var(--muted);font-size:12px}
.types{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,400px),1fr));gap:0 24px}
.types>.keep{min-width:0}
.note{color:var(--muted);font-style:italic}
nav ol{columns:2 18em;padding-left:20px;margin:8px 0}
svg{max-width:100%;height:auto;display:block;margin:6px 0 10px}
svg text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;fill:#1d2330}
svg .l,svg .v{text-anchor:middle;fill:#5f6878;font-size:10px}svg .bl{text-anchor:end}svg .bv{fill:#5f6878}
svg .axis{stroke:#b9bfca}svg.map{border:1px solid var(--line);border-radius:6px}svg .bg{fill:#fcfcfd}
svg .ml{text-anchor:middle;font-weight:600;font-size:12px;paint-order:stroke;stroke:#fff;stroke-width:3px}
@media (max-width:600px){body{padding:16px 12px 32px}h1{font-size:22px}h2{font-size:18px}table{font-size:12px}th,td{padding:4px 5px}code{font-size:11px}
table.wide,table.wide tbody,table.wide tr,table.wide td{display:block;width:100%}table.wide thead{display:none}
table.wide tr{border-bottom:1px solid var(--line);padding:4px 0}table.wide td{border:0;padding:1px 5px 1px 42%;position:relative;text-align:left;white-space:normal}
table.wide td::before{content:attr(data-label);position:absolute;left:5px;width:calc(42% - 12px);color:var(--muted);font-weight:600;overflow-wrap:anywhere}}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{body{max-width:none;padding:0;font-size:12px;-webkit-print-color-adjust:exact;print-color-adjust:exact}nav{display:none}
table{font-size:11px}th,td{padding:3px 6px}.types{grid-template-columns:repeat(auto-fill,minmax(min(100%,320px),1fr))}
section.cluster{break-before:page}header+section.cluster{break-before:auto}
table,svg,.cards,.keep{break-inside:avoid}tr{break-inside:avoid}thead{display:table-header-group}h2,h3{break-after:avoid}
a{color:inherit}a[href^="http"]::after{content:" (" attr(href) ")";color:var(--muted);font-size:11px;overflow-wrap:anywhere}}
`;

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** A whole HTML report page: head with the CSP and the style sheet, then `body` (already escaped). */
export function htmlPage(title: string, body: readonly string[]): string {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style></head><body>`,
    ...body,
    "</body></html>",
    "",
  ].join("\n");
}

/**
 * A heading with what it heads (a table, a chart), kept on one printed page: Chromium does not
 * reliably honour `break-after: avoid` on a heading followed by an unbreakable table.
 */
export function keep(...parts: string[]): string {
  return `<div class="keep">${parts.filter((p) => p !== "").join("")}</div>`;
}

/** From this many columns a table is `wide`: on a phone its rows are stacked as label–value lists. */
export const WIDE_TABLE_COLUMNS = 6;

/**
 * A table of already-escaped cells. Every cell carries its column's heading as `data-label` (tags
 * stripped; the heading is escaped already, so it is safe in the attribute), which the stacked phone
 * layout of wide tables prints before the value.
 */
export function tableHtml(
  head: readonly string[],
  rows: readonly string[][],
  numeric: readonly boolean[] = [],
): string {
  const labels = head.map((h) => h.replace(/<[^>]*>/g, ""));
  const th = head.map((h, i) => `<th${numeric[i] ? ' class="n"' : ""}>${h}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((cell, i) => `<td${numeric[i] ? ' class="n"' : ""} data-label="${labels[i] ?? ""}">${cell}</td>`).join("")}</tr>`,
    )
    .join("\n");
  const wide = head.length >= WIDE_TABLE_COLUMNS ? ' class="wide"' : "";
  return `<table${wide}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
