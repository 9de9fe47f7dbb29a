/**
 * `GET /api/search`: the user's words become a Lucene query with every special character escaped
 * (so `C++`, `(` or `AND` are words, never syntax); the last word also matches as a prefix, which
 * makes the same route serve the search box's suggestions.
 */
import { readRows } from "../read.ts";
import { SEARCH_NODES, type SearchRow } from "../../schema/cypher/search.ts";
import { NODE_TYPES, type SearchHitT } from "../../schema/api.ts";
import type { Deps, Handler } from "./types.ts";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_TERMS = 12;

/**
 * Lucene query for the words of `q`, or null when no word has a letter or digit. With `prefixField`
 * the last word's prefix match is limited to that field (paper titles: a prefix over abstracts too
 * costs twice as much and rarely names what is being typed).
 */
export function toLucene(q: string, prefixField?: string): string | null {
  const terms = q
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, MAX_TERMS)
    .map((t) => t.replace(LUCENE_SPECIAL, (c) => `\\${c}`));
  if (terms.length === 0) return null;
  const last = terms.pop()!;
  const lastClause = last.length >= 2 ? `+(${last} ${prefixField ? `${prefixField}:` : ""}${last}*)` : `+${last}`;
  return [...terms.map((t) => `+${t}`), lastClause].join(" ");
}

/**
 * Papers (long titles and abstracts) and concepts (short names) score on different scales: each
 * kind's scores are divided by its best, then merged, concepts first on ties, so the best concept
 * sits beside the best paper. Scores in the answer are these relative ones, in (0, 1].
 */
export function mergeHits(rows: (SearchRow & { type: SearchHitT["type"] })[], limit: number): SearchHitT[] {
  const best = { paper: 0, concept: 0 };
  for (const r of rows) best[r.kind] = Math.max(best[r.kind], r.score);
  return rows
    .map((r) => ({ ...r, score: best[r.kind] > 0 ? Math.round((r.score / best[r.kind]) * 1000) / 1000 : 0 }))
    .sort(
      (a, b) => b.score - a.score || (a.kind === b.kind ? 0 : a.kind === "concept" ? -1 : 1) || (a.id < b.id ? -1 : 1),
    )
    .slice(0, limit);
}

export function searchHandler(deps: Deps): Handler<"GET /api/search"> {
  return async ({ query }) => {
    const conceptLucene = toLucene(query.q);
    if (conceptLucene === null) return { query: query.q, hits: [] };
    const paperLucene = toLucene(query.q, "title")!;
    const types = query.types ?? null;
    // Each index's top `limit` holds every hit of the merged top `limit`; a type filter needs more.
    const fetch = Math.min(200, query.limit * (types ? 5 : 1));
    const rows = await readRows(deps.db, SEARCH_NODES, { paperLucene, conceptLucene, fetch, types });
    const hits = mergeHits(
      rows.filter((r): r is SearchRow & { type: SearchHitT["type"] } =>
        (NODE_TYPES as readonly string[]).includes(r.type),
      ),
      query.limit,
    );
    return { query: query.q, hits };
  };
}
