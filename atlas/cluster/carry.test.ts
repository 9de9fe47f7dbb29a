import { describe, expect, it } from "vitest";
import { carryIds } from "./carry.ts";

const fresh = (k: number) => `new-${k}`;

describe("carryIds(previous, membership, count, fresh)", () => {
  it("keeps every id when nothing changed, whatever the numbering", () => {
    const previous = ["a", "a", "a", "b", "b", "c"];
    const out = carryIds(previous, [2, 2, 2, 0, 0, 1], 3, fresh);
    expect(out.ids).toEqual(["b", "c", "a"]);
    expect(out.kept).toEqual([true, true, true]);
    expect(out.merges).toEqual([]);
    expect(out.splits).toEqual([]);
    expect(out.redirects).toEqual([]);
  });

  it("gives a cluster of new nodes a fresh id and lets a grown cluster keep its id", () => {
    const out = carryIds(["a", "a", "b", "b", null, null, null], [0, 0, 1, 1, 1, 2, 2], 3, fresh);
    expect(out.ids).toEqual(["a", "b", "new-0"]);
    expect(out.from).toEqual([["a"], ["b"], []]);
  });

  it("records a merge: the id of the larger share is kept, the other redirects to it", () => {
    const previous = ["a", "a", "a", "b", "b", "c", "c"];
    const out = carryIds(previous, [0, 0, 0, 0, 0, 1, 1], 2, fresh);
    expect(out.ids).toEqual(["a", "c"]);
    expect(out.merges).toEqual([{ into: "a", from: ["a", "b"] }]);
    expect(out.redirects).toEqual([{ from: "b", to: "a" }]);
    expect(out.from[0]).toEqual(["a", "b"]);
  });

  it("breaks a tie between merged clusters by the smaller id, not by input order", () => {
    const one = carryIds(["b", "b", "a", "a"], [0, 0, 0, 0], 1, fresh);
    const two = carryIds(["a", "a", "b", "b"], [0, 0, 0, 0], 1, fresh);
    expect(one.ids).toEqual(["a"]);
    expect(two.ids).toEqual(["a"]);
    expect(one.redirects).toEqual([{ from: "b", to: "a" }]);
  });

  it("records a split: the majority part keeps the id, the other part gets a fresh one", () => {
    const previous = ["a", "a", "a", "a", "a", "b", "b"];
    const out = carryIds(previous, [0, 0, 0, 1, 1, 2, 2], 3, fresh);
    expect(out.ids).toEqual(["a", "new-0", "b"]);
    expect(out.splits).toEqual([{ from: "a", into: ["a", "new-0"] }]);
  });

  it("takes the id away from a cluster that kept only half of its members", () => {
    const out = carryIds(["a", "a", "a", "a"], [0, 0, 1, 1], 2, fresh);
    expect(out.ids).toEqual(["new-0", "new-1"]);
    expect(out.redirects).toEqual([{ from: "a", to: "new-0" }]);
  });
});
