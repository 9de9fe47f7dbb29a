/**
 * A character trie in flat arrays
 * ===============================
 * `compileTrie(valuesByKey, sortedKeys)` builds the trie the lexicon matcher walks (lexicon.ts);
 * `step(trie, node, c)` follows one character, `valuesAt(trie, node)` gives what ends there. Node 0
 * is the root; -1 is "none".
 *
 * Nodes are numbered depth first, so a chain of single children (most of the trie) sits in
 * consecutive slots. Node `n`'s record is `nodes[4n … 4n+3]`: its first edge, its number of edges
 * (sorted by character), the offset of its dense table or -1, and 1 if values end there. Nodes with
 * many children (the root and the first letters: half of all steps) get a 128-slot table by ASCII
 * code, so their step is one load instead of a scan. One record and one run of edges per step keep
 * a walk to a cache line or two: between papers the other rules push the trie out of the cache,
 * and with a separate array per field the whole extraction took about 9 % more CPU (in-process
 * A/B). The lexicon is rebuilt for every batch (it carries the batch's acronyms), so the build makes
 * no node objects either. Pure.
 */

export interface Trie<T> {
  /** Per node, four numbers: first edge, number of edges, dense table offset (-1: none), 1 if values end there. */
  nodes: Int32Array;
  /** Per edge, two numbers: character, child node. */
  edges: Int32Array;
  /** 128 slots (child by ASCII code, -1: none) per node with a dense table. */
  dense: Int32Array;
  /** The values ending at each node, or null. */
  values: Array<T[] | null>;
}

/** Children from which a node gets a dense table. */
const DENSE_DEGREE = 8;

/** The child of `node` along character `c`, or -1. */
export function step<T>(trie: Trie<T>, node: number, c: number): number {
  const { nodes, edges } = trie;
  const at = 4 * node;
  const dense = nodes[at + 2]!;
  if (dense >= 0 && c < 128) return trie.dense[dense + c]!;
  const first = 2 * nodes[at]!;
  const end = first + 2 * nodes[at + 1]!;
  for (let e = first; e < end; e += 2) {
    const ch = edges[e]!;
    if (ch === c) return edges[e + 1]!;
    if (ch > c) break; // sorted
  }
  return -1;
}

/** The values ending at `node` (-1 allowed), or null; the flag in the node's record saves a look into `values`. */
export function valuesAt<T>(trie: Trie<T>, node: number): T[] | null {
  return node < 0 || trie.nodes[4 * node + 3] === 0 ? null : trie.values[node]!;
}

/** Length of the common prefix of two strings. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/**
 * The trie of `keys` (sorted in UTF-16 code unit order, as `Array.prototype.sort` leaves strings;
 * each in `valuesByKey`). In that order each key adds one node per character past its common
 * prefix with the previous key, which numbers the nodes depth first with children in character
 * order.
 */
export function compileTrie<T>(valuesByKey: ReadonlyMap<string, T[]>, keys: readonly string[]): Trie<T> {
  let count = 1;
  for (let i = 0; i < keys.length; i++) count += keys[i]!.length - (i === 0 ? 0 : commonPrefix(keys[i - 1]!, keys[i]!));
  const parent = new Int32Array(count);
  const char = new Uint16Array(count);
  const values: Array<T[] | null> = new Array<T[] | null>(count).fill(null);
  const path = [0]; // the node at each depth of the current key
  let next = 1;
  keys.forEach((key, i) => {
    for (let d = i === 0 ? 0 : commonPrefix(keys[i - 1]!, key); d < key.length; d++) {
      parent[next] = path[d]!;
      char[next] = key.charCodeAt(d);
      path[d + 1] = next++;
    }
    values[path[key.length]!] = valuesByKey.get(key)!;
  });
  // children grouped by parent (counting sort); within a parent they are already in character order
  const edgeStart = new Int32Array(count + 1);
  for (let n = 1; n < count; n++) edgeStart[parent[n]! + 1]!++;
  for (let n = 0; n < count; n++) edgeStart[n + 1]! += edgeStart[n]!;
  const fill = edgeStart.slice(0, count);
  const edges = new Int32Array(2 * (count - 1));
  for (let n = 1; n < count; n++) {
    const e = fill[parent[n]!]!++;
    edges[2 * e] = char[n]!;
    edges[2 * e + 1] = n;
  }
  const nodes = new Int32Array(4 * count);
  let wide = 0;
  for (let n = 0; n < count; n++) {
    const degree = edgeStart[n + 1]! - edgeStart[n]!;
    nodes[4 * n] = edgeStart[n]!;
    nodes[4 * n + 1] = degree;
    nodes[4 * n + 2] = degree >= DENSE_DEGREE ? 128 * wide++ : -1;
    nodes[4 * n + 3] = values[n] === null ? 0 : 1;
  }
  const dense = new Int32Array(128 * wide).fill(-1);
  for (let n = 1; n < count; n++) {
    const base = nodes[4 * parent[n]! + 2]!;
    if (base >= 0 && char[n]! < 128) dense[base + char[n]!] = n;
  }
  return { nodes, edges, dense, values };
}
