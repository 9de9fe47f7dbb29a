/**
 * Inline SVG charts
 * =================
 * Pure string builders for the HTML report: a year histogram, horizontal bars, and a picture of the
 * map (each positioned node a circle in its cluster's colour, y up as on the map, cluster labels at
 * their centres). No script, no fonts, no external references: the SVG renders offline and prints.
 * Every text goes through `escapeHtml`; coordinates are rounded to one decimal.
 */
import { UNCLUSTERED_COLOR } from "../schema/palette.ts";
import type { ReportMapT, ReportTimelineT } from "../schema/report.ts";
import { escapeHtml as esc } from "./text.ts";

const f1 = (n: number): string => (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, "");

function svgOpen(width: number, height: number, title: string, className: string): string {
  return (
    `<svg class="${className}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" role="img" aria-label="${esc(title)}"><title>${esc(title)}</title>`
  );
}

/** Vertical bars, one per period, labelled below (every n-th label when they would collide). */
export function histogramSvg(
  t: ReportTimelineT,
  options: { title: string; color: string; width?: number; height?: number },
): string {
  const width = options.width ?? 560;
  const height = options.height ?? 140;
  if (t.bins.length === 0) return "";
  const top = 14;
  const bottom = 18;
  const plot = height - top - bottom;
  const max = Math.max(1, ...t.bins.map((b) => b.papers));
  const step = width / t.bins.length;
  const every = Math.max(1, Math.ceil(t.bins.length / Math.floor(width / 36)));
  const parts = [svgOpen(width, height, options.title, "chart histogram")];
  t.bins.forEach((b, i) => {
    const h = (b.papers / max) * plot;
    const x = i * step + step * 0.12;
    const w = step * 0.76;
    parts.push(
      `<rect x="${f1(x)}" y="${f1(top + plot - h)}" width="${f1(w)}" height="${f1(h)}" fill="${options.color}"><title>${esc(`${b.period}: ${b.papers}`)}</title></rect>`,
    );
    if (b.papers > 0 && step >= 18)
      parts.push(`<text x="${f1(x + w / 2)}" y="${f1(top + plot - h - 3)}" class="v">${b.papers}</text>`);
    if (i % every === 0) parts.push(`<text x="${f1(x + w / 2)}" y="${height - 4}" class="l">${esc(b.period)}</text>`);
  });
  parts.push(`<line x1="0" x2="${width}" y1="${top + plot}" y2="${top + plot}" class="axis"/></svg>`);
  return parts.join("");
}

export interface Bar {
  label: string;
  value: number;
  /** Text at the end of the bar; defaults to the value. */
  text?: string;
  color?: string;
}

/** Horizontal bars with their labels on the left; empty string when there is nothing to draw. */
export function barsSvg(
  bars: readonly Bar[],
  options: { title: string; color: string; width?: number; labelWidth?: number },
): string {
  if (bars.length === 0) return "";
  const width = options.width ?? 680;
  const labelWidth = options.labelWidth ?? 220;
  const row = 18;
  const height = bars.length * row + 4;
  const max = Math.max(...bars.map((b) => b.value), 1e-9);
  const room = width - labelWidth - 190;
  const parts = [svgOpen(width, height, options.title, "chart bars")];
  bars.forEach((b, i) => {
    const y = i * row + 2;
    const w = Math.max(1, (b.value / max) * room);
    const label = b.label.length > 34 ? `${b.label.slice(0, 33)}…` : b.label;
    parts.push(
      `<text x="${labelWidth - 6}" y="${y + 12}" class="bl">${esc(label)}<title>${esc(b.label)}</title></text>`,
    );
    parts.push(
      `<rect x="${labelWidth}" y="${y + 2}" width="${f1(w)}" height="${row - 6}" fill="${b.color ?? options.color}"/>`,
    );
    parts.push(`<text x="${f1(labelWidth + w + 4)}" y="${y + 12}" class="bv">${esc(b.text ?? String(b.value))}</text>`);
  });
  parts.push("</svg>");
  return parts.join("");
}

interface Frame {
  scale: number;
  dx: number;
  dy: number;
  minX: number;
  maxY: number;
}

/**
 * Fits the clustered points into the picture: nodes in no cluster (the layout's outer ring) would
 * otherwise shrink the map to a dot in the middle; they are drawn only where they fall inside.
 */
function frame(map: ReportMapT, width: number, height: number, pad: number): Frame {
  const clustered = map.points.filter((p) => p.cluster !== null);
  const core = clustered.length >= 2 ? clustered : map.points;
  const xs = core.map((p) => p.x);
  const ys = core.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (width - 2 * pad) / Math.max(maxX - minX, 1e-9),
    (height - 2 * pad) / Math.max(maxY - minY, 1e-9),
  );
  return {
    scale,
    minX,
    maxY,
    dx: pad + (width - 2 * pad - (maxX - minX) * scale) / 2,
    dy: pad + (height - 2 * pad - (maxY - minY) * scale) / 2,
  };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Cluster labels, largest cluster first, each left out when it would overlap one already placed. */
function mapLabels(map: ReportMapT, at: (x: number, y: number) => [number, number]): string[] {
  const placed: Box[] = [];
  const out: string[] = [];
  for (const l of map.clusters) {
    if (l.x === null || l.y === null) continue;
    const text = l.label.length > 28 ? `${l.label.slice(0, 27)}…` : l.label;
    const [x, y] = at(l.x, l.y);
    const half = text.length * 3.4 + 4;
    const box = { x0: x - half, x1: x + half, y0: y - 12, y1: y + 4 };
    if (placed.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1)) continue;
    placed.push(box);
    out.push(`<text x="${f1(x)}" y="${f1(y)}" class="ml">${esc(text)}</text>`);
  }
  return out;
}

/**
 * The map picture. In a one-cluster report (`focus` set), the cluster's nodes are drawn in colour
 * on top of the rest in grey; otherwise every node has its cluster's colour.
 */
export function mapSvg(
  map: ReportMapT,
  options: { title: string; focus: boolean; width?: number; height?: number },
): string {
  const width = options.width ?? 960;
  const height = options.height ?? 560;
  const fr = frame(map, width, height, 20);
  const at = (x: number, y: number): [number, number] => [
    fr.dx + (x - fr.minX) * fr.scale,
    fr.dy + (fr.maxY - y) * fr.scale,
  ];
  const sizeMax = Math.max(...map.points.map((p) => p.size), 1e-9);
  const order = [...map.points].sort((a, b) => Number(a.focus) - Number(b.focus) || b.size - a.size);
  const parts = [
    svgOpen(width, height, options.title, "map"),
    `<rect width="${width}" height="${height}" class="bg"/>`,
  ];
  for (const p of order) {
    const [x, y] = at(p.x, p.y);
    if (x < 0 || y < 0 || x > width || y > height) continue;
    const dim = options.focus && !p.focus;
    const fill = dim || p.cluster === null ? UNCLUSTERED_COLOR : (map.clusters[p.cluster]?.color ?? UNCLUSTERED_COLOR);
    const r = 1 + Math.sqrt(p.size / sizeMax) * 6;
    parts.push(`<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(r)}" fill="${fill}"${dim ? ' opacity="0.5"' : ""}/>`);
  }
  if (!options.focus) parts.push(...mapLabels(map, at));
  parts.push("</svg>");
  return parts.join("");
}
