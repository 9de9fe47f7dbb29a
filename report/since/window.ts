/**
 * The window of `report --since`
 * ===============================
 * Pure: which updates a `--since` value covers. `last` is the latest update alone; a run id is that
 * update and every later one (the build's id: every update since the build); an ISO date (`2026-03-01`
 * or `2026-03-01T08:00Z`, UTC when no zone is given) is every update made at or after it. The
 * window always ends at the current run. Anything that names no update is a `PaperAtlasError` with a
 * hint.
 */
import type { RunRecord, UpdateChain, UpdateRecord } from "../../atlas/update/lineage.ts";
import { PaperAtlasError } from "../../schema/errors.ts";

export type SinceSpec =
  { kind: "last"; text: string } | { kind: "run"; text: string } | { kind: "date"; text: string; at: number };

export interface SinceWindow {
  /** The run the window's first update was based on (the atlas as it was before the window). */
  base: RunRecord;
  /** The updates of the window, oldest first; never empty. */
  updates: UpdateRecord[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a `--since` value: `last`, an ISO 8601 date or date-time, else a run id. */
export function parseSince(raw: string): SinceSpec {
  const text = raw.trim();
  if (text.toLowerCase() === "last") return { kind: "last", text };
  if (!/^\d{4}-\d/.test(text)) {
    if (text === "") throw badSince(raw);
    return { kind: "run", text };
  }
  const m = DATE.exec(text);
  if (!m) throw badSince(raw);
  const [, y, mo, d, h, mi, s, zone] = m;
  const offset = zone === undefined ? "Z" : zone === "Z" ? zone : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const at = Date.parse(`${y}-${mo}-${d}T${h ?? "00"}:${mi ?? "00"}:${s ?? "00"}${offset}`);
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (!Number.isFinite(at) || day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) {
    throw badSince(raw);
  }
  return { kind: "date", text, at };
}

function badSince(raw: string): PaperAtlasError {
  return new PaperAtlasError("BAD_REQUEST", `report --since: expected a run id, an ISO date or "last", got "${raw}"`, {
    hint: 'pass a date such as 2026-03-01 (UTC) or 2026-03-01T08:00+01:00, "last", or a run id that `paperatlas update` printed',
  });
}

const list = (runs: readonly { id: string }[]) =>
  runs.length === 0
    ? "none"
    : runs
        .slice(-5)
        .map((r) => r.id)
        .join(", ");

/** The updates `spec` covers, given every run and the chain that led to the current one. */
export function sinceWindow(chain: UpdateChain, runs: readonly RunRecord[], spec: SinceSpec): SinceWindow {
  const { current, base, updates } = chain;
  if (current === null || base === null) {
    throw new PaperAtlasError("PREREQUISITE_MISSING", "report --since: the graph has no clustering run", {
      hint: "run `paperatlas build <inputs…>` once, then `paperatlas update <files…>` to add listings",
    });
  }
  const none = (message: string) =>
    new PaperAtlasError("NOT_FOUND", `report --since ${spec.text}: ${message}`, {
      hint:
        updates.length === 0
          ? "`paperatlas update <files…>` adds listings to the atlas; report on it afterwards"
          : `the updates of the current atlas, latest last: ${list(updates)}; or pass a date or "last"`,
    });
  if (updates.length === 0) {
    throw none(`the current clustering (run ${current.id}, built ${current.createdAt}) has had no update`);
  }
  if (spec.kind === "last") return { base: byId(runs, updates.at(-1)!.basedOn) ?? base, updates: updates.slice(-1) };
  if (spec.kind === "run") {
    if (spec.text === base.id) return { base, updates };
    const i = updates.findIndex((u) => u.id === spec.text);
    if (i >= 0) return { base: byId(runs, updates[i]!.basedOn) ?? base, updates: updates.slice(i) };
    throw none(
      runs.some((r) => r.id === spec.text)
        ? "that run is not in the current atlas's history (a later build or cluster replaced it)"
        : "no clustering run has that id",
    );
  }
  const i = updates.findIndex((u) => Date.parse(u.createdAt) >= spec.at);
  if (i < 0) throw none(`no update since then; the last one was made ${updates.at(-1)!.createdAt}`);
  return { base: byId(runs, updates[i]!.basedOn) ?? base, updates: updates.slice(i) };
}

function byId(runs: readonly RunRecord[], id: string): RunRecord | undefined {
  return runs.find((r) => r.id === id);
}
