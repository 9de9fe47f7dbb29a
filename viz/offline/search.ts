/**
 * Offline search (pure): `GET /api/search` over the atlas's paper titles and concept names and
 * aliases (abstracts stay out: the served search reads them through Neo4j's index, the page has no
 * index to spare). The served rules hold: every word is required and the last also matches as a
 * word's prefix; papers and concepts score on their own scales, each divided by its best, merged
 * with concepts first on ties.
 */
import type { SearchHitT } from "../../schema/api.ts";
import { clusterOf, nodeName, nodeType, yearOf, type OfflineSource } from "./source.ts";

/** Words as search sees them: lower case, letters and digits. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every node's words, ` w1 w2 … ` per node, one node after the other; `starts[i]`: where node i's begin. */
export interface SearchText {
  all: string;
  starts: Uint32Array;
}

export function searchText(src: OfflineSource): SearchText {
  const parts = src.cols.ids.map((_, i) => {
    const aliases = src.isPaper[i] ? [] : (src.extras.concepts.aliases[src.row[i]!] ?? []);
    return ` ${words([nodeName(src, i), ...aliases].join(" ")).join(" ")} `;
  });
  const starts = new Uint32Array(parts.length + 1);
  for (let i = 0; i < parts.length; i++) starts[i + 1] = starts[i]! + parts[i]!.length;
  return { all: parts.join(""), starts };
}

/**
 * The nodes whose text holds `needle`: one `indexOf` scan over all the text (a native search, far
 * faster than one test per node), each hit mapped to its node by bisection.
 */
function nodesHolding(text: SearchText, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.all.indexOf(needle); at >= 0;) {
    let lo = 0;
    let hi = text.starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (text.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    out.push(lo);
    at = text.all.indexOf(needle, text.starts[lo + 1]!);
  }
  return out;
}

const MAX_TERMS = 12;

export function search(
  src: OfflineSource,
  text: SearchText,
  query: { q: string; limit?: number | undefined; types?: string[] | string | undefined },
): { query: string; hits: SearchHitT[] } {
  const terms = words(query.q).slice(0, MAX_TERMS);
  if (terms.length === 0) return { query: query.q, hits: [] };
  const last = terms.pop()!;
  const whole = terms.map((t) => ` ${t} `);
  const lastWhole = ` ${last} `;
  const lastPrefix = ` ${last}`;
  const types = typeof query.types === "string" ? query.types.split(",") : query.types;
  const keep = types ? new Set(types) : null;
  const found: { i: number; score: number; kind: "paper" | "concept" }[] = [];
  for (const i of nodesHolding(text, lastPrefix)) {
    const hay = text.all.slice(text.starts[i], text.starts[i + 1]);
    if (!whole.every((w) => hay.includes(w))) continue;
    if (keep && !keep.has(nodeType(src, i))) continue;
    // Shorter texts that name the words fully score higher, as a full-text index's length norm does.
    const length = hay.length / 8;
    const exact = hay.includes(lastWhole) ? 1 : 0.6;
    const kind = src.isPaper[i] ? "paper" : "concept";
    const weight = kind === "concept" ? Math.log2(2 + (src.cols.paperCount[i] ?? 0)) : 1;
    found.push({ i, kind, score: ((terms.length + exact) * weight) / Math.sqrt(1 + length) });
  }
  const best = { paper: 0, concept: 0 };
  for (const f of found) best[f.kind] = Math.max(best[f.kind], f.score);
  const hits = found
    .map((f) => ({ ...f, score: Math.round((f.score / best[f.kind]) * 1000) / 1000 }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.kind === b.kind ? 0 : a.kind === "concept" ? -1 : 1) ||
        (src.cols.ids[a.i]! < src.cols.ids[b.i]! ? -1 : 1),
    )
    .slice(0, query.limit ?? 10)
    .map(({ i, kind, score }): SearchHitT => ({
      id: src.cols.ids[i]!,
      kind,
      type: nodeType(src, i),
      label: nodeName(src, i),
      score,
      cluster: clusterOf(src, i)?.ref.id ?? null,
      year: yearOf(src, i),
      paperCount: kind === "concept" ? (src.cols.paperCount[i] ?? 0) : null,
    }));
  return { query: query.q, hits };
}
