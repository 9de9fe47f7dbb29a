import { describe, expect, it } from "vitest";
import { MAP_FLAGS } from "../../schema/api.ts";
import type { MapNodeRow } from "../../schema/cypher/map.ts";
import { decodeMap } from "../../viz/map-data.ts";
import { encodeMap, type MapInput } from "./encode.ts";

const node = (id: string, addedIn: string | null, extra: Partial<MapNodeRow> = {}): MapNodeRow => ({
  id,
  label: id,
  type: "paper",
  cluster: "k:0:0",
  x: id.length,
  y: 1,
  size: null,
  year: null,
  paperCount: null,
  stub: false,
  addedIn,
  ...extra,
});

function input(extra: Partial<MapInput> = {}): MapInput {
  return {
    nodes: [
      node("built", null),
      node("first", "u1"),
      node("latest", "u2"),
      node("latest-stub", "u2", { stub: true, x: null, y: null }),
      node("before-a-rebuild", "u0"),
      node("method:latest", "u2", { type: "method", label: "latest", paperCount: 1 }),
    ],
    edges: { MENTIONS: [{ source: "latest", targets: ["method:latest"] }], CITES: [] },
    clusters: [{ id: "k:0:0", label: "K", level: 0, size: 6 }],
    ...extra,
  };
}

const UPDATES = [
  { run: "u1", at: "2026-01-02T00:00:00.000Z", papers: 1, concepts: 0 },
  { run: "u2", at: "2026-01-03T00:00:00.000Z", papers: 2, concepts: 1 },
];
const REDIRECTS = [
  { from: "b:1:4", to: "k:1:0" },
  { from: "u1:0:2", to: "k:0:0" },
];

function decode(i: MapInput) {
  const { bytes, header } = encodeMap(i);
  const cols = decodeMap(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const of = <T>(column: ArrayLike<T>) => Object.fromEntries(cols.ids.map((id, k) => [id, column[k]!]));
  return { header, cols, of };
}

describe("encodeMap(input) with updates and redirects", () => {
  it("round-trips the updates, the redirects, each node's update and the latest update's flag", () => {
    const { header, cols, of } = decode(input({ updates: UPDATES, redirects: REDIRECTS }));
    expect(cols.header.updates).toEqual(UPDATES);
    expect(cols.header.redirects).toEqual(REDIRECTS);
    expect(header.sections.find((s) => s.name === "added")).toMatchObject({ encoding: "u16" });
    expect(of(cols.added)).toEqual({
      built: 0,
      first: 1,
      latest: 2,
      "latest-stub": 2,
      "before-a-rebuild": 0,
      "method:latest": 2,
    });
    const latest = Object.entries(of(cols.flags))
      .filter(([, f]) => f & MAP_FLAGS.addedLatest)
      .map(([id]) => id)
      .sort();
    expect(latest).toEqual(["latest", "latest-stub", "method:latest"]);
    // The other bits are untouched.
    expect(of(cols.flags)["latest-stub"]! & MAP_FLAGS.stub).toBeTruthy();
    expect(of(cols.flags)["latest-stub"]! & MAP_FLAGS.hasPosition).toBe(0);
    expect(of(cols.flags)["latest"]! & MAP_FLAGS.hasPosition).toBeTruthy();
  });

  it("sends neither the header fields nor the column without updates; the decoder gives zeros", () => {
    for (const i of [input(), input({ updates: [], redirects: [] })]) {
      const { header, cols } = decode(i);
      expect(header.updates).toBeUndefined();
      expect(header.redirects).toBeUndefined();
      expect(header.sections.some((s) => s.name === "added")).toBe(false);
      expect([...cols.added]).toEqual([0, 0, 0, 0, 0, 0]);
      expect(cols.flags.every((f) => (f & MAP_FLAGS.addedLatest) === 0)).toBe(true);
    }
  });

  it("marks nothing as added when the updates are known but no node carries one of their runs", () => {
    const { cols } = decode(
      input({ updates: [{ run: "u9", at: "2026-02-01T00:00:00.000Z", papers: 0, concepts: 0 }] }),
    );
    expect([...cols.added].every((a) => a === 0)).toBe(true);
    expect(cols.flags.every((f) => (f & MAP_FLAGS.addedLatest) === 0)).toBe(true);
  });

  it("keeps the payload byte-identical for identical input", () => {
    const a = encodeMap(input({ updates: UPDATES, redirects: REDIRECTS })).bytes;
    const b = encodeMap(input({ updates: UPDATES, redirects: REDIRECTS })).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
