/**
 * Reads graph exports back with graphology's own parsers, for tests (issue 7), and reduces a graph
 * to a comparable form: nodes and edges sorted, colours as `#rrggbb` (GEXF gives `rgba(r,g,b,1)`),
 * the GEXF edge `kind` checked against and folded into `type`, the GEXF edge colour checked against
 * the map's (`edgeColor`) and left out.
 */
import { DirectedGraph } from "graphology";
import type { AbstractGraph, Attributes } from "graphology-types";
import * as gexf from "graphology-gexf";
import * as graphml from "graphology-graphml";
import { edgeColor } from "../schema/palette.ts";
import type { ExportFormat } from "../schema/report.ts";

/** Exports are directed graphs; both parsers build one with the constructor they are given. */
export function readBack(format: ExportFormat, text: string): AbstractGraph {
  return format === "gexf" ? gexf.parse(DirectedGraph, text) : graphml.parse(DirectedGraph, text);
}

function hex(color: unknown): unknown {
  const m = typeof color === "string" ? /^rgba?\((\d+),(\d+),(\d+)(?:,1)?\)$/.exec(color) : null;
  return m
    ? `#${m
        .slice(1, 4)
        .map((c) => Number(c).toString(16).padStart(2, "0"))
        .join("")}`
    : color;
}

/** `rgba(r, g, b, a)` → [r, g, b, a] as numbers, so "0.5" and "0.500" compare equal. */
const channels = (color: unknown): number[] => (String(color).match(/[\d.]+/g) ?? []).map(Number);

export interface GraphSummary {
  nodes: [string, Attributes][];
  edges: [string, string, Attributes][];
}

/** The nodes and edges of a graph with their attributes, sorted, ready for `toEqual`. */
export function summarise(graph: AbstractGraph): GraphSummary {
  const nodes: GraphSummary["nodes"] = [];
  graph.forEachNode((key, attrs) => nodes.push([key, { ...attrs, color: hex(attrs["color"]) }]));
  const edges: GraphSummary["edges"] = [];
  graph.forEachEdge((_key, attrs, source, target) => {
    const { kind, color, ...rest } = attrs;
    if (kind !== undefined && kind !== rest["type"])
      throw new Error(`edge ${source}->${target}: kind ${String(kind)} ≠ type`);
    const mapColor = edgeColor(graph.size);
    if (color !== undefined && String(channels(color)) !== String(channels(mapColor)))
      throw new Error(`edge ${source}->${target}: color ${String(color)} ≠ the map's ${mapColor}`);
    edges.push([source, target, rest]);
  });
  nodes.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  edges.sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
  return { nodes, edges };
}
