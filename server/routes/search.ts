/**
 * `GET /api/search`: the user's words become a Lucene query with every special character escaped
 * (so `C++`, `(` or `AND` are words, never syntax); the last word also matches as a prefix, which
 * makes the same route serve the search box's suggestions.
 */
import { readRows } from "../read.ts";
import { SEARCH_NODES } from "../../schema/cypher/search.ts";
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

export function searchHandler(deps: Deps): Handler<"GET /api/search"> {
  return async ({ query }) => {
    const conceptLucene = toLucene(query.q);
    if (conceptLucene === null) return { query: query.q, hits: [] };
    const paperLucene = toLucene(query.q, "title")!;
    const types = query.types ?? null;
    // Each index's top `limit` holds every hit of the merged top `limit`; a type filter needs more.
    const fetch = Math.min(200, query.limit * (types ? 5 : 1));
    const rows = await readRows(deps.db, SEARCH_NODES, { paperLucene, conceptLucene, fetch, limit: query.limit, types });
    const hits: SearchHitT[] = rows.flatMap((r) =>
      (NODE_TYPES as readonly string[]).includes(r.type)
        ? [{ ...r, type: r.type as SearchHitT["type"], score: Math.round(r.score * 1000) / 1000 }]
        : [],
    );
    return { query: query.q, hits };
  };
}
