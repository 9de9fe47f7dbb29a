/** `GET /api/nodes/:id`: a paper's or a concept's details and neighbours. */
import { readRows } from "../read.ts";
import { CONCEPT_TYPES, type ConceptType } from "../../schema/model.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { ConceptDetailsT, ConceptRefT, PaperDetailsT, PaperRefT } from "../../schema/api.ts";
import {
  CONCEPT_DETAILS,
  PAPER_DETAILS,
  type ConceptDetailsRow,
  type ConceptRefRow,
  type PaperDetailsRow,
  type PaperRefRow,
} from "../../schema/cypher/details.ts";
import type { Deps, Handler } from "./types.ts";

const CONCEPT_ID = new RegExp(`^(${CONCEPT_TYPES.join("|")}):`);

/** Longest neighbour lists a details answer carries; totals are always exact. */
export const DETAILS_LIST_LIMIT = 50;

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const isConceptType = (t: unknown): t is ConceptType => (CONCEPT_TYPES as readonly unknown[]).includes(t);

export function conceptRef(row: ConceptRefRow): ConceptRefT | null {
  return isConceptType(row.type) ? { id: row.id, name: row.name, type: row.type, paperCount: row.paperCount } : null;
}

export function paperRef(row: PaperRefRow): PaperRefT {
  return { id: row.id, title: row.title, year: num(row.year), cluster: row.cluster };
}

function grouped(concepts: ConceptRefRow[]): Record<ConceptType, ConceptRefT[]> {
  const groups = Object.fromEntries(CONCEPT_TYPES.map((t) => [t, [] as ConceptRefT[]])) as Record<
    ConceptType,
    ConceptRefT[]
  >;
  for (const row of concepts) {
    const ref = conceptRef(row);
    if (ref) groups[ref.type].push(ref);
  }
  return groups;
}

export function paperDetails(row: PaperDetailsRow): PaperDetailsT {
  const p = row.paper;
  return {
    kind: "paper",
    id: String(p["id"]),
    title: str(p["title"]) ?? String(p["id"]),
    abstract: str(p["abstract"]) ?? "",
    published: str(p["published"]),
    year: num(p["year"]),
    authorCount: num(p["authorCount"]),
    organization: str(p["organization"]),
    upvotes: num(p["upvotes"]),
    arxivId: str(p["arxivId"]),
    links: strings(p["links"]).filter((l) => /^https?:\/\//i.test(l)),
    sources: strings(p["sources"]),
    stub: p["stub"] === true,
    cluster: row.cluster,
    concepts: grouped(row.concepts),
    proposes: row.proposes.map(conceptRef).filter((c): c is ConceptRefT => c !== null),
    cites: { total: row.citesTotal, papers: row.cites.map(paperRef) },
    citedBy: { total: row.citedByTotal, papers: row.citedBy.map(paperRef) },
  };
}

export function conceptDetails(row: ConceptDetailsRow): ConceptDetailsT | null {
  const c = row.concept;
  if (!isConceptType(c["type"])) return null;
  return {
    kind: "concept",
    id: String(c["id"]),
    name: str(c["name"]) ?? String(c["id"]),
    type: c["type"],
    aliases: strings(c["aliases"]),
    paperCount: num(c["paperCount"]) ?? row.paperTotal,
    cluster: row.cluster,
    papers: { total: row.paperTotal, papers: row.papers.map(paperRef) },
    proposedBy: row.proposedBy.map(paperRef),
    cooccurring: row.cooccurring.flatMap((o) => {
      const ref = conceptRef(o);
      return ref ? [{ ...ref, count: o.count }] : [];
    }),
  };
}

export function nodeHandler(deps: Deps): Handler<"GET /api/nodes/:id"> {
  return async ({ params }) => {
    const args = { id: params.id, limit: DETAILS_LIST_LIMIT };
    const asPaper = async () => {
      const [row] = await readRows(deps.db, PAPER_DETAILS, args);
      return row ? paperDetails(row) : null;
    };
    const asConcept = async () => {
      const [row] = await readRows(deps.db, CONCEPT_DETAILS, args);
      return row ? conceptDetails(row) : null;
    };
    // Concept ids are `type:name`; look where the id says first, then the other way.
    const conceptFirst = CONCEPT_ID.test(params.id);
    const details = conceptFirst
      ? ((await asConcept()) ?? (await asPaper()))
      : ((await asPaper()) ?? (await asConcept()));
    if (details) return details;
    throw new PaperAtlasError("NOT_FOUND", `nodes: no paper or concept has id "${params.id}"`, {
      hint: "ids come from GET /api/search or the map; encode '/' in old-style arXiv ids as %2F",
    });
  };
}
