/**
 * GraphML exporter
 * ================
 * Export graph → GraphML text. graphology-graphml only parses, so this module writes: one `<key>`
 * per attribute with its type, nodes with `label`, `type`, cluster attributes (the top level's and
 * `clusterL`/`clusterLabelL` for each finer level L the graph has), `r`/`g`/`b` (the
 * colour as Gephi's GraphML importer reads it), `size`, `x` and `y`; edges with `type` and `weight`.
 * Attributes a node does not have are left out. Keys and values are XML-escaped.
 */
import { levelAttributes, type ExportGraph, type ExportNodeAttributes } from "./graph.ts";

type KeyType = "string" | "int" | "double" | "boolean";

interface KeySpec {
  id: string;
  for: "graph" | "node" | "edge";
  name: string;
  type: KeyType;
}

const GRAPH_KEYS: KeySpec[] = ["title", "creator", "description"].map((name) => ({
  id: `g_${name}`,
  for: "graph",
  name,
  type: "string",
}));

const NODE_KEYS: KeySpec[] = (
  [
    ["label", "string"],
    ["type", "string"],
    ["cluster", "string"],
    ["clusterNumber", "int"],
    ["clusterLabel", "string"],
    ["r", "int"],
    ["g", "int"],
    ["b", "int"],
    ["size", "double"],
    ["x", "double"],
    ["y", "double"],
    ["year", "int"],
    ["paperCount", "int"],
    ["stub", "boolean"],
  ] as const
).map(([name, type]) => ({ id: `v_${name}`, for: "node", name, type }));

const EDGE_KEYS: KeySpec[] = [
  { id: "e_type", for: "edge", name: "type", type: "string" },
  { id: "e_weight", for: "edge", name: "weight", type: "double" },
];

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/** `clusterL` and `clusterLabelL` keys for every finer level some node has, coarsest first. */
function levelKeys(graph: ExportGraph): KeySpec[] {
  const levels = new Set<number>();
  graph.forEachNode((_node, attrs) => {
    for (const name of Object.keys(attrs)) {
      const m = /^cluster(\d+)$/.exec(name);
      if (m) levels.add(Number(m[1]));
    }
  });
  return [...levels]
    .sort((a, b) => a - b)
    .flatMap((level) =>
      levelAttributes(level).map((name) => ({ id: `v_${name}`, for: "node" as const, name, type: "string" as const })),
    );
}

function data(key: string, value: string | number | boolean | undefined): string {
  return value === undefined ? "" : `<data key="${key}">${escapeXml(String(value))}</data>`;
}

function nodeValues(attrs: ExportNodeAttributes): Record<string, string | number | boolean | undefined> {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(attrs.color.slice(i, i + 2), 16));
  return { ...attrs, color: undefined, r, g, b };
}

export function writeGraphml(graph: ExportGraph): string {
  const nodeKeys = [...NODE_KEYS, ...levelKeys(graph)];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...GRAPH_KEYS, ...nodeKeys, ...EDGE_KEYS].map(
      (k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`,
    ),
    '  <graph id="G" edgedefault="directed">',
  ];
  const graphAttrs = graph.getAttributes() as unknown as Record<string, string>;
  for (const k of GRAPH_KEYS) lines.push(`    ${data(k.id, graphAttrs[k.name])}`);
  graph.forEachNode((node, attrs) => {
    const values = nodeValues(attrs);
    const cells = nodeKeys.map((k) => data(k.id, values[k.name])).join("");
    lines.push(`    <node id="${escapeXml(node)}">${cells}</node>`);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const cells = data("e_type", attrs.type) + data("e_weight", attrs.weight);
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${cells}</edge>`,
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
