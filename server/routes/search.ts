/**
 * `GET /api/search`: the user's words become a Lucene query with every special character escaped
 * (so `C++`, `(` or `AND` are words, never syntax); the last word also matches as a prefix, which
 * makes the same route serve the search box's suggestions.
 */
import { SEARCH_NODES } from "../../schema/cypher/search.ts";
import type { SearchHitT } from "../../schema/api.ts";
import type { Deps, Handler } from "./types.ts";

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_TERMS = 12;

/** Lucene query for the words of `q`, or null when no word has a letter or digit. */
export function toLucene(q: string): string | null {
  const terms = q
    .toLowerCase()
    .split(/\s+/)
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, MAX_TERMS)
    .map((t) => t.replace(LUCENE_SPECIAL, (c) => `\\${c}`));
  if (terms.length === 0) return null;
  const last = terms.pop()!;
  const lastClause = last.length >= 2 ? `+(${last} ${last}*)` : `+${last}`;
  return [...terms.map((t) => `+${t}`), lastClause].join(" ");
}

export function searchHandler(deps: Deps): Handler<"GET /api/search"> {
  return async ({ query }) => {
    const lucene = toLucene(query.q);
    if (lucene === null) return { query: query.q, hits: [] };
    const types = query.types ?? null;
    const fetch = Math.min(200, query.limit * (types ? 5 : 2));
    const rows = await deps.db.read(SEARCH_NODES, { lucene, fetch, limit: query.limit, types });
    const hits: SearchHitT[] = rows.map((r) => ({
      ...r,
      type: r.type as SearchHitT["type"],
      score: Math.round(r.score * 1000) / 1000,
    }));
    return { query: query.q, hits };
  };
}
