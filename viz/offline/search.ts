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

/** Each node's words as one string, ` w1 w2 … `, so a word or a word prefix is one `includes`. */
export function searchText(src: OfflineSource): string[] {
  return src.cols.ids.map((_, i) => {
    const aliases = src.isPaper[i] ? [] : (src.extras.concepts.aliases[src.row[i]!] ?? []);
    return ` ${words([nodeName(src, i), ...aliases].join(" ")).join(" ")} `;
  });
}

const MAX_TERMS = 12;

export function search(
  src: OfflineSource,
  text: string[],
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
  for (let i = 0; i < text.length; i++) {
    const hay = text[i]!;
    if (!hay.includes(lastPrefix) || !whole.every((w) => hay.includes(w))) continue;
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
