import { describe, expect, it } from "vitest";
import { conceptKey, COMMON, topicCorpus, TOPICS } from "../cluster/__fixtures__/topics.ts";
import { buildProjection, type PaperRecord } from "../projection/projection.ts";
import { DEFAULT_LAYOUT_OPTIONS, layoutProjection } from "./layout.ts";
import { placeNewNodes } from "./place.ts";

const base = topicCorpus();
const topicOf = (key: string): string | null => {
  for (const [topic, list] of Object.entries(TOPICS)) {
    if (key.startsWith(`${topic}-`) || list.some((c) => conceptKey(c) === key)) return topic;
  }
  return key.startsWith("new-") ? key.split("-")[1]! : null;
};
const before = layoutProjection(buildProjection(base.papers, base.concepts), DEFAULT_LAYOUT_OPTIONS, topicOf);

/** Two new papers on each topic. */
const added: PaperRecord[] = Object.entries(TOPICS).flatMap(([topic, list]) =>
  [0, 1].map((i) => {
    const ids = [list[i]!, list[i + 1]!, list[i + 2]!, COMMON].map(conceptKey);
    return { id: `new-${topic}-${i}`, conceptIds: ids, weights: ids.map(() => 1), cites: [] };
  }),
);
const projection = buildProjection([...base.papers, ...added], base.concepts);
const keys = projection.graph.nodes();
const was = new Map(before.keys.map((k, i) => [k, [before.x[i]!, before.y[i]!] as const]));
const previous = {
  x: keys.map((k) => was.get(k)?.[0] ?? 0),
  y: keys.map((k) => was.get(k)?.[1] ?? 0),
  known: Uint8Array.from(keys, (k) => (was.has(k) ? 1 : 0)),
};
const region = (v: number) => topicOf(keys[v]!);
const placed = placeNewNodes(projection, keys, previous, region, region);

describe("placeNewNodes(projection, keys, previous, regionOf, clusterOf)", () => {
  it("leaves every known node exactly where it was", () => {
    keys.forEach((key, v) => {
      if (!was.has(key)) return;
      expect(placed.x[v]).toBe(was.get(key)![0]);
      expect(placed.y[v]).toBe(was.get(key)![1]);
    });
  });

  it("places each new paper among its own topic, nearer its centre than any other topic's", () => {
    const centre = (topic: string): [number, number] => {
      const members = base.papers.filter((p) => p.id.startsWith(topic)).map((p) => was.get(p.id)!);
      return [
        members.reduce((s, p) => s + p[0], 0) / members.length,
        members.reduce((s, p) => s + p[1], 0) / members.length,
      ];
    };
    expect(placed.fromNeighbours).toBe(added.length);
    for (const paper of added) {
      const v = keys.indexOf(paper.id);
      const own = topicOf(paper.id)!;
      const distance = (t: string) => Math.hypot(placed.x[v]! - centre(t)[0], placed.y[v]! - centre(t)[1]);
      for (const other of Object.keys(TOPICS)) if (other !== own) expect(distance(own)).toBeLessThan(distance(other));
    }
  });

  it("leaves no new disc overlapping another disc", () => {
    expect(placed.overlapsLeft).toBe(0);
  });

  it("is deterministic", () => {
    const again = placeNewNodes(projection, keys, previous, region, region);
    expect(Array.from(again.x)).toEqual(Array.from(placed.x));
    expect(Array.from(again.y)).toEqual(Array.from(placed.y));
  });
});
