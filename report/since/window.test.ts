import { describe, expect, it } from "vitest";
import { updateChain, type RunRecord } from "../../atlas/update/lineage.ts";
import { isPaperAtlasError } from "../../schema/errors.ts";
import { parseSince, sinceWindow, type SinceSpec } from "./window.ts";

const run = (id: string, createdAt: string, basedOn: string | null, current = false): RunRecord => ({
  id,
  createdAt,
  current,
  basedOn,
  addedPapers: basedOn === null ? null : 3,
  addedConcepts: basedOn === null ? null : 5,
  movedNodes: basedOn === null ? null : 0,
  lineage: basedOn === null ? null : "[]",
  sizesBefore: null,
});

const RUNS = [
  run("old", "2025-12-20T00:00:00.000Z", null),
  run("b", "2026-01-01T00:00:00.000Z", null),
  run("u1", "2026-01-02T09:00:00.000Z", "b"),
  run("u2", "2026-01-03T09:00:00.000Z", "u1"),
  run("u3", "2026-01-04T09:00:00.000Z", "u2", true),
];

function window(text: string, runs = RUNS) {
  const w = sinceWindow(updateChain(runs), runs, parseSince(text));
  return { base: w.base.id, updates: w.updates.map((u) => u.id) };
}

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return isPaperAtlasError(error) && error.hint ? error.code : `untyped: ${String(error)}`;
  }
  return "no error";
}

describe("parseSince(text)", () => {
  it("tells last, dates (UTC unless a zone is given) and run ids apart", () => {
    expect(parseSince(" LAST ")).toEqual({ kind: "last", text: "LAST" });
    expect(parseSince("2026-01-03")).toEqual({ kind: "date", text: "2026-01-03", at: Date.UTC(2026, 0, 3) });
    expect(parseSince("2026-01-03T08:30")).toMatchObject({ at: Date.UTC(2026, 0, 3, 8, 30) });
    expect(parseSince("2026-01-03T08:30:00+0100")).toMatchObject({ at: Date.UTC(2026, 0, 3, 7, 30) });
    expect(parseSince("u1a2b3c4d5e6f")).toEqual({ kind: "run", text: "u1a2b3c4d5e6f" });
  });

  it("refuses a malformed or impossible date and an empty value (BAD_REQUEST with a hint)", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "2026-01-03T25:00", "2026-1-3", ""]) {
      expect(
        codeOf(() => parseSince(bad)),
        bad,
      ).toBe("BAD_REQUEST");
    }
  });
});

describe("sinceWindow(chain, runs, spec)", () => {
  it("last is the latest update alone, based on the one before", () => {
    expect(window("last")).toEqual({ base: "u2", updates: ["u3"] });
  });

  it("a run id is that update and every later one; the build's id is every update since the build", () => {
    expect(window("u2")).toEqual({ base: "u1", updates: ["u2", "u3"] });
    expect(window("b")).toEqual({ base: "b", updates: ["u1", "u2", "u3"] });
  });

  it("a date is every update made at or after it", () => {
    expect(window("2026-01-03")).toEqual({ base: "u1", updates: ["u2", "u3"] });
    expect(window("2026-01-03T09:00:00Z")).toEqual({ base: "u1", updates: ["u2", "u3"] });
    expect(window("2026-01-03T09:00:01Z")).toEqual({ base: "u2", updates: ["u3"] });
    expect(window("2020-01-01")).toEqual({ base: "b", updates: ["u1", "u2", "u3"] });
  });

  it("names no update: NOT_FOUND with a hint (unknown run, a run a rebuild replaced, a date after the last update, no update yet)", () => {
    const spec = (text: string): SinceSpec => parseSince(text);
    const at = (text: string, runs = RUNS) => codeOf(() => sinceWindow(updateChain(runs), runs, spec(text)));
    expect(at("nope")).toBe("NOT_FOUND");
    expect(at("old")).toBe("NOT_FOUND");
    expect(at("2026-01-05")).toBe("NOT_FOUND");
    const built = [run("b", "2026-01-01T00:00:00.000Z", null, true)];
    expect(at("last", built)).toBe("NOT_FOUND");
    expect(at("b", built)).toBe("NOT_FOUND");
    expect(at("last", [])).toBe("PREREQUISITE_MISSING");
  });
});
