import { describe, expect, it } from "vitest";
import { buildProjection, type ConceptRecord, type PaperRecord } from "../projection/projection.ts";
import { conceptKey, COMMON, topicCorpus, TOPICS } from "./__fixtures__/topics.ts";
import { clusterProjection } from "./cluster.ts";
import { clusterId } from "./records.ts";
import { previousOf, updateClustering, type ClusterUpdate } from "./update.ts";

const base = topicCorpus();
const before = clusterProjection(buildProjection(base.papers, base.concepts));
const beforeIds = before.levels.map((l) => Array.from({ length: l.count }, (_, c) => clusterId("r0", l.level, c)));
const previous = previousOf(before, beforeIds);

/** Three more diffusion papers and a fourth topic (quantum computing) of six papers on new concepts. */
function grown(): { papers: PaperRecord[]; concepts: ConceptRecord[] } {
  const quantum: [string, string][] = [
    ["method", "Variational Quantum Eigensolver"],
    ["hardware", "Superconducting Qubit"],
    ["task", "Error Correction"],
    ["technique", "Quantum Annealing"],
  ];
  const papers = [...base.papers];
  const diffusion = TOPICS["diffusion"]!;
  for (let i = 0; i < 3; i++) {
    const ids = [diffusion[i]!, diffusion[i + 1]!, diffusion[i + 2]!].map(conceptKey);
    papers.push({ id: `diffusion-new-${i}`, conceptIds: ids, weights: ids.map(() => 1), cites: [] });
  }
  for (let i = 0; i < 6; i++) {
    const ids = [quantum[i % 4]!, quantum[(i + 1) % 4]!, quantum[(i + 2) % 4]!, COMMON].map(conceptKey);
    papers.push({ id: `quantum-${i}`, conceptIds: ids, weights: ids.map(() => 1), cites: [] });
  }
  const concepts = [...base.concepts, ...quantum.map((c) => ({ id: conceptKey(c), name: c[1], type: c[0] }))];
  return { papers, concepts };
}

const idOf = (u: ClusterUpdate, level: number, key: string): string =>
  u.ids[level]![u.clustering.levels[level]!.membership[u.clustering.keys.indexOf(key)]!]!;
const fresh = (level: number, k: number) => clusterId("r1", level, k);

describe("updateClustering(projection, previous, freshId)", () => {
  const g = grown();
  const update = updateClustering(buildProjection(g.papers, g.concepts), previous, fresh);

  it("changes nothing when nothing is new: same ids, same numbers, no merge or split", () => {
    const same = updateClustering(buildProjection(base.papers, base.concepts), previous, fresh);
    expect(same.newNodes).toEqual([]);
    expect(same.moved).toBe(0);
    expect(same.ids).toEqual(beforeIds);
    same.clustering.levels.forEach((level, l) =>
      expect(Array.from(level.membership)).toEqual(Array.from(before.levels[l]!.membership)),
    );
    expect(same.carried.flatMap((c) => [...c.merges, ...c.splits, ...c.redirects])).toEqual([]);
  });

  it("keeps every previous node in its previous cluster on every level", () => {
    expect(update.moved).toBe(0);
    for (const [key, finest] of previous.finest) {
      for (let level = 0; level < previous.levels; level++) {
        const was = beforeIds[level]![before.levels[level]!.membership[before.keys.indexOf(key)]!]!;
        expect(idOf(update, level, key)).toBe(was);
      }
      expect(idOf(update, previous.levels - 1, key)).toBe(finest);
    }
  });

  it("puts new papers on a known topic into that topic's clusters", () => {
    const L = previous.levels;
    const diffusion = new Set(
      base.papers.filter((p) => p.id.startsWith("diffusion")).map((p) => idOf(update, L - 1, p.id)),
    );
    for (let i = 0; i < 3; i++) {
      expect(idOf(update, 0, `diffusion-new-${i}`)).toBe(idOf(update, 0, "diffusion-00"));
      expect(diffusion.has(idOf(update, L - 1, `diffusion-new-${i}`))).toBe(true);
    }
  });

  it("gives a new topic a cluster of its own with a fresh id, recorded as new", () => {
    const quantum = idOf(update, 0, "quantum-0");
    expect(quantum.startsWith("r1:0:")).toBe(true);
    for (let i = 1; i < 6; i++) expect(idOf(update, 0, `quantum-${i}`)).toBe(quantum);
    expect(idOf(update, 0, conceptKey(["hardware", "Superconducting Qubit"]))).toBe(quantum);
    const top = update.clustering.levels[0]!;
    expect(update.carried[0]!.from[update.ids[0]!.indexOf(quantum)]).toEqual([]);
    expect(top.count).toBe(before.levels[0]!.count + 1);
  });

  it("keeps every level nested in the one above", () => {
    for (const level of update.clustering.levels.slice(1)) {
      const above = update.clustering.levels[level.level - 1]!;
      level.membership.forEach((c, i) => expect(above.membership[i]).toBe(level.parent![c]));
    }
  });

  it("is deterministic", () => {
    const again = updateClustering(buildProjection([...g.papers].reverse(), g.concepts), previous, fresh);
    expect(again.ids).toEqual(update.ids);
    expect(again.clustering.levels.map((l) => Array.from(l.membership))).toEqual(
      update.clustering.levels.map((l) => Array.from(l.membership)),
    );
  });

  it("gathers a new node linked to nothing in an Unlinked cluster on every level, flagged and with a fresh id", () => {
    const alone = { id: "alone", conceptIds: [], weights: [], cites: [] };
    const u = updateClustering(buildProjection([...base.papers, alone], base.concepts), previous, fresh);
    const v = u.clustering.keys.indexOf("alone");
    for (const level of u.clustering.levels) {
      expect(level.unlinked).toBeGreaterThanOrEqual(0);
      expect(level.membership[v]).toBe(level.unlinked);
      expect(level.sizes[level.unlinked]).toBe(1);
      expect(u.ids[level.level]![level.unlinked]!.startsWith("r1:")).toBe(true);
    }
    expect(u.clustering.unassigned).toBe(1);
    expect(u.moved).toBe(0);
  });
});
