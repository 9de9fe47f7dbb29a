/**
 * Display reducers (STYLE §12): pure functions of the view state and the graph that say how each
 * node and edge looks — hidden by the filters, coloured by cluster or by time (the overlay),
 * dimmed around a focus (the hovered, else the selected node) or a console highlight. Defined once
 * here; map.ts merges their output over Sigma's copy of the attributes. No WebGL.
 */
import type { Attributes } from "graphology-types";
import { DIMMED_COLOR, EDGE_FOCUS_COLOR, edgeColor } from "./colors.ts";
import type { EdgeAttrs, MapGraph, NodeAttrs } from "./graph.ts";
import type { Filters, ViewState } from "./state.ts";
import { TIME_RAMP, TIME_UNKNOWN_COLOR } from "./time.ts";

/** The subset of Sigma's display data the reducers set (kept local so only map.ts imports sigma). */
export interface NodeDisplay extends Attributes {
  color?: string;
  borderColor?: string;
  hidden?: boolean;
  highlighted?: boolean;
  forceLabel?: boolean;
  label?: string | null;
  zIndex?: number;
  size?: number;
  /** Level of detail (lod.ts): the largest camera ratio at which the node is drawn. */
  lod?: number;
}
export interface EdgeDisplay extends Attributes {
  color?: string;
  hidden?: boolean;
  size?: number;
  zIndex?: number;
}

/** Labels are forced on at most this many focus neighbours or highlighted nodes. */
const FORCED_LABELS = 40;

/**
 * Whether the filters leave a node on the map. The "Unlinked" group answers to its own switch, not
 * to the cluster list; year and week ranges hide papers outside them (and papers without a date);
 * "new since" hides every node (paper or concept) added before that update.
 */
export function isVisible(attrs: NodeAttrs, f: Filters): boolean {
  if (f.hiddenTypes.includes(attrs.kind)) return false;
  if (attrs.unlinked) {
    if (!f.unlinked) return false;
  } else if (f.clusters.length > 0 && (attrs.cluster === null || !f.clusters.includes(attrs.cluster))) return false;
  if (attrs.kind === "paper") {
    if (!inRange(attrs.year, f.yearMin, f.yearMax)) return false;
    // On a map by week a paper's `time` is its week (time.ts); week ranges exist only there.
    if (!inRange(attrs.time, f.weekMin, f.weekMax)) return false;
  } else if (attrs.paperCount < f.minPapers) {
    return false;
  }
  // "New since": papers and concepts alike, by the update that added them (0: the build's).
  return f.since === null || attrs.added >= f.since.from;
}

function inRange(v: number | null, min: number | null, max: number | null): boolean {
  if (min === null && max === null) return true;
  return v !== null && (min === null || v >= min) && (max === null || v <= max);
}

export interface Derived {
  focus: string | null;
  neighbours: Set<string>;
  incident: Set<string>;
  highlight: Set<string>;
  edgeColor: string;
}

/** What the reducers need beyond the state, computed once per state change (not once per node). */
export function derive(state: ViewState, graph: MapGraph): Derived {
  const candidate = state.hovered ?? state.selection;
  const focus =
    candidate !== null && graph.hasNode(candidate) && isVisible(graph.getNodeAttributes(candidate), state.filters)
      ? candidate
      : null;
  const neighbours = new Set<string>(focus ? graph.neighbors(focus) : []);
  const incident = new Set<string>(focus ? graph.edges(focus) : []);
  const highlight = new Set(state.highlight.filter((id) => graph.hasNode(id)));
  return { focus, neighbours, incident, highlight, edgeColor: edgeColor(graph.size) };
}

// Reducers return only what differs from the node's or edge's attributes, mostly as shared
// constants: on a map of ~10^5 items, one object per item per refresh is real garbage.
const NODE_HIDDEN: NodeDisplay = Object.freeze({ hidden: true });
const NODE_PLAIN: NodeDisplay = Object.freeze({});
const NODE_DIMMED: NodeDisplay = Object.freeze({
  color: DIMMED_COLOR,
  borderColor: DIMMED_COLOR,
  label: null,
  zIndex: 0,
});
// What a reader points at is drawn at any zoom, whatever the level of detail says.
const NODE_FOCUS: NodeDisplay = Object.freeze({ highlighted: true, forceLabel: true, zIndex: 3, lod: Infinity });
const NODE_SELECTED: NodeDisplay = Object.freeze({ highlighted: true, zIndex: 2, lod: Infinity });
const NODE_RAISED: NodeDisplay = Object.freeze({ zIndex: 1, lod: Infinity });
const EDGE_HIDDEN: EdgeDisplay = Object.freeze({ hidden: true });
// A focus's edges go after all others in the draw buffer (map.ts then draws only them).
const EDGE_FOCUS: EdgeDisplay = Object.freeze({ color: EDGE_FOCUS_COLOR, size: 1.5, zIndex: 1 });

// The time overlay: one display object per ramp step and kind — a paper a plain disc in its time's
// colour, a concept keeps its type's ring — so 10^5 nodes share a few dozen objects.
const PAPER_TIME: readonly NodeDisplay[] = TIME_RAMP.map((c) => Object.freeze({ color: c, borderColor: c }));
const CONCEPT_TIME: readonly NodeDisplay[] = TIME_RAMP.map((c) => Object.freeze({ color: c }));
const PAPER_NO_TIME: NodeDisplay = Object.freeze({ color: TIME_UNKNOWN_COLOR, borderColor: TIME_UNKNOWN_COLOR });
const CONCEPT_NO_TIME: NodeDisplay = Object.freeze({ color: TIME_UNKNOWN_COLOR });

/** A node's colours in the time overlay (shared objects, see above). */
export function timeDisplay(attrs: NodeAttrs): NodeDisplay {
  const paper = attrs.kind === "paper";
  return (paper ? PAPER_TIME : CONCEPT_TIME)[attrs.timeBin] ?? (paper ? PAPER_NO_TIME : CONCEPT_NO_TIME);
}
const clusterDisplay = (): NodeDisplay => NODE_PLAIN;

/** `role` laid over a colour display: one frozen object per distinct base, made once per state change. */
function layered(role: NodeDisplay): (base: NodeDisplay) => NodeDisplay {
  const memo = new Map<NodeDisplay, NodeDisplay>();
  return (base) => {
    if (base === NODE_PLAIN) return role;
    let out = memo.get(base);
    if (out === undefined) memo.set(base, (out = Object.freeze({ ...base, ...role })));
    return out;
  };
}

/** How a node differs from its attributes in this state (merge the result over the attributes). */
export function nodeReducer(state: ViewState, d: Derived): (node: string, attrs: NodeAttrs) => NodeDisplay {
  const f = state.filters;
  const paint = state.colorMode === "time" ? timeDisplay : clusterDisplay;
  const focus = layered(NODE_FOCUS);
  const selected = layered(NODE_SELECTED);
  const raised = layered(NODE_RAISED);
  const neighbour = layered(
    Object.freeze({ forceLabel: d.neighbours.size <= FORCED_LABELS, zIndex: 2, lod: Infinity }),
  );
  const lit = layered(
    Object.freeze({ highlighted: true, forceLabel: d.highlight.size <= FORCED_LABELS, zIndex: 2, lod: Infinity }),
  );
  return (node, attrs) => {
    if (!isVisible(attrs, f)) return NODE_HIDDEN;
    const base = paint(attrs);
    if (d.focus !== null) {
      if (node === d.focus) return focus(base);
      if (d.neighbours.has(node)) return neighbour(base);
      return d.highlight.has(node) ? raised(base) : NODE_DIMMED;
    }
    if (d.highlight.size > 0) return d.highlight.has(node) ? lit(base) : NODE_DIMMED;
    return node === state.selection ? selected(base) : base;
  };
}

/** How an edge differs from its attributes in this state (merge the result over the attributes). */
export function edgeReducer(state: ViewState, d: Derived): (edge: string, attrs: EdgeAttrs) => EdgeDisplay {
  const plain: EdgeDisplay = Object.freeze({ color: d.edgeColor, size: 1 });
  return (edge) => {
    if (d.focus !== null) return d.incident.has(edge) ? EDGE_FOCUS : EDGE_HIDDEN;
    if (!state.showEdges || d.highlight.size > 0) return EDGE_HIDDEN;
    return plain;
  };
}

/** How many nodes the filters leave visible. */
export function countVisible(graph: MapGraph, f: Filters): number {
  let n = 0;
  graph.forEachNode((_, attrs) => {
    if (isVisible(attrs, f)) n++;
  });
  return n;
}

/**
 * Which node labels the view lets show (the zoom decides among these): visible nodes, and with a
 * focus only the focus and its neighbours (and highlighted nodes), with a highlight only those.
 */
export function labelShown(state: ViewState, d: Derived): (node: string, attrs: NodeAttrs) => boolean {
  const f = state.filters;
  return (node, attrs) => {
    if (!isVisible(attrs, f)) return false;
    if (d.focus !== null) return node === d.focus || d.neighbours.has(node) || d.highlight.has(node);
    if (d.highlight.size > 0) return d.highlight.has(node);
    return true;
  };
}

/** Clusters with at least one node the filters leave visible (their names show). */
export function clustersShown(graph: MapGraph, f: Filters): Set<string> {
  const shown = new Set<string>();
  graph.forEachNode((_, attrs) => {
    if (isVisible(attrs, f)) for (const c of attrs.clusters) shown.add(c);
  });
  return shown;
}
