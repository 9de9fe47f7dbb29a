/**
 * A map node's attributes for unit tests: a plain placed paper in cluster "k1", with `extra` over
 * it. One place to give a new attribute its default, instead of one per test file.
 */
import type { NodeAttrs } from "../graph.ts";

export function nodeAttrs(extra: Partial<NodeAttrs> = {}): NodeAttrs {
  return {
    x: 0,
    y: 0,
    size: 3,
    label: "n",
    color: "#123456",
    borderColor: "#000",
    kind: "paper",
    cluster: "k1",
    clusterIndex: 0,
    clusters: ["k1"],
    year: 2022,
    paperCount: 0,
    stub: false,
    lod: 4,
    time: null,
    timeBin: -1,
    unlinked: false,
    added: 0,
    ...extra,
  };
}
