#!/usr/bin/python3
"""Modularity of igraph's multilevel (Louvain) and Leiden, and of leidenalg when installed, on a
weighted edge list written by scripts/bench-cluster.ts (lines: source<TAB>target<TAB>weight, node
ids 0..n-1; first line: n). Prints one JSON object. Run with Debian's python3 (python3-igraph,
python3-leidenalg)."""
import json
import sys
import time

import igraph

path = sys.argv[1]
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 42
with open(path) as f:
    n = int(f.readline())
    edges, weights = [], []
    for line in f:
        s, t, w = line.split("\t")
        edges.append((int(s), int(t)))
        weights.append(float(w))
g = igraph.Graph(n=n, edges=edges)
g.es["weight"] = weights
out = {"igraph": igraph.__version__, "nodes": g.vcount(), "edges": g.ecount()}

t = time.perf_counter()
multilevel = g.community_multilevel(weights="weight")
out["multilevel"] = {"modularity": g.modularity(multilevel.membership, weights="weight"), "clusters": len(multilevel), "seconds": time.perf_counter() - t}

import random

random.seed(seed)
t = time.perf_counter()
leiden = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
out["leiden"] = {"modularity": g.modularity(leiden.membership, weights="weight"), "clusters": len(leiden), "seconds": time.perf_counter() - t}

try:
    import leidenalg

    t = time.perf_counter()
    part = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights="weight", n_iterations=-1, seed=seed)
    out["leidenalg"] = {
        "version": leidenalg.version,
        "modularity": g.modularity(part.membership, weights="weight"),
        "clusters": len(part),
        "seconds": time.perf_counter() - t,
    }
except ImportError:
    out["leidenalg"] = None

print(json.dumps(out))
