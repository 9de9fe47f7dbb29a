import { readdirSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { PositionRow } from "./cypher/clusters.ts";
import type { ConceptRow, MentionRow, NewConceptRow } from "./cypher/concepts.ts";
import type { AuthorLinkRow, CitesRow, PaperRow } from "./cypher/papers.ts";
import { MAP_EDGE_TYPES } from "./map.ts";
import {
  CONCEPT_LABELS,
  CONCEPT_TYPES,
  LABELS,
  REL_TYPES,
  type ConceptLabel,
  type Label,
  type NodeProps,
  type PaperNode,
  type Placement,
  type RelProps,
  type RelType,
} from "./model.ts";

const IDENT = String.raw`!?[A-Za-z_]\w*`;
/** `[r:A|B` or `[:A`: the relationship types of a pattern. */
const REL_PATTERN = new RegExp(String.raw`\[\s*(?:[A-Za-z_]\w*)?\s*:\s*(${IDENT}(?:\s*[|&]\s*:?${IDENT})*)`, "g");
/** `(n:A:B` or `(:A|B`: the labels of a node pattern. */
const NODE_PATTERN = new RegExp(String.raw`\(\s*(?:[A-Za-z_]\w*)?\s*:\s*(${IDENT}(?:\s*[:|&]\s*${IDENT})*)`, "g");
/** `n:Method` in a WHERE: a variable, a colon and a capitalised label with no space between (map keys have one). */
const LABEL_PREDICATE = /(?<![\w$.])[A-Za-z_]\w*((?::[A-Z]\w*)+)/g;

/** The labels and relationship types a Cypher text names; string literals and comments are not read. */
function cypherNames(text: string): { labels: Set<string>; types: Set<string> } {
  let code = text
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, "''")
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  const names = (list: string) => list.split(/[\s|&:!]+/).filter((name) => name !== "");
  const labels = new Set<string>();
  const types = new Set<string>();
  code = code.replace(REL_PATTERN, (_, list: string) => {
    for (const name of names(list)) types.add(name);
    return "[";
  });
  code = code.replace(NODE_PATTERN, (_, list: string) => {
    for (const name of names(list)) labels.add(name);
    return "(";
  });
  for (const m of code.matchAll(LABEL_PREDICATE)) for (const name of names(m[1]!)) labels.add(name);
  return { labels, types };
}

/** Every string an exported value holds: statements, `query()` texts, and lists or tables of them. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(texts);
  return [];
}

const CYPHER_DIR = new URL("./cypher/", import.meta.url);
const CYPHER_FILES = readdirSync(CYPHER_DIR)
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
  .sort();

async function cypherOf(file: string): Promise<string[]> {
  const module = (await import(new URL(file, CYPHER_DIR).href)) as Record<string, unknown>;
  return texts(Object.values(module));
}

describe("cypherNames(text)", () => {
  it("reads node patterns, chained labels, label predicates and relationship alternatives", () => {
    const { labels, types } = cypherNames(`
      MATCH (p:Paper {id: $id})-[r:MENTIONS|PROPOSES]->(c:Concept:Method)
      MATCH (:Source)<-[:FROM]-(p)-[:WRITTEN_BY {position: 0}]->(a)
      WHERE n:Cluster OR (x:ClusterRun AND NOT x:Author)
      RETURN p`);
    expect([...labels].sort()).toEqual(["Author", "Cluster", "ClusterRun", "Concept", "Method", "Paper", "Source"]);
    expect([...types].sort()).toEqual(["FROM", "MENTIONS", "PROPOSES", "WRITTEN_BY"]);
  });

  it("does not take property maps, projections, lists, strings or comments for labels", () => {
    const { labels, types } = cypherNames(`
      MATCH (n {level: level, c: c}) // (x:Commented)-[:COMMENTED]->()
      WITH n, {source: 'x:Quoted', kind: "(y:Quoted)"} AS m, [x IN list | x.a] AS xs, xs[0..2] AS head
      CALL db.index.fulltext.queryNodes('paper_text', $q, {limit: toInteger($n)}) YIELD node
      RETURN n {.*, label: coalesce(n.label, n.id)}, \`a:Backtick\`, count(*) AS total`);
    expect([...labels]).toEqual([]);
    expect([...types]).toEqual([]);
  });
});

describe("schema/model.ts", () => {
  it("declares exactly the labels and relationship types the Cypher in schema/cypher/ uses", async () => {
    const used = { labels: new Set<string>(), types: new Set<string>() };
    for (const file of CYPHER_FILES) {
      const statements = await cypherOf(file);
      if (file !== "query.ts") expect(statements.length, `${file} exports no Cypher`).toBeGreaterThan(0);
      for (const text of statements) {
        const names = cypherNames(text);
        for (const label of names.labels) used.labels.add(label);
        for (const type of names.types) used.types.add(type);
      }
    }
    expect(CYPHER_FILES).toContain("papers.ts");
    expect([...used.labels].sort()).toEqual([...LABELS].sort());
    expect([...used.types].sort()).toEqual([...REL_TYPES].sort());
  });

  it("lists every concept type's label among the labels", () => {
    for (const type of CONCEPT_TYPES) expect(LABELS).toContain(CONCEPT_LABELS[type]);
    expect(new Set(LABELS).size).toBe(LABELS.length);
    expect(new Set(REL_TYPES).size).toBe(REL_TYPES.length);
    for (const type of MAP_EDGE_TYPES) expect(REL_TYPES).toContain(type);
  });

  it("maps every label and relationship type to a stored shape (types)", () => {
    expectTypeOf<keyof NodeProps>().toEqualTypeOf<Label>();
    expectTypeOf<keyof RelProps>().toEqualTypeOf<RelType>();
    expectTypeOf<ConceptLabel>().toExtend<Label>();
    expectTypeOf<NodeProps["Method"]>().toEqualTypeOf<NodeProps["Concept"]>();
  });

  it("derives the written rows from the stored shapes (types)", () => {
    expectTypeOf<keyof PaperRow>().toEqualTypeOf<Exclude<keyof PaperNode, keyof Placement>>();
    expectTypeOf<PaperRow["titleHash"]>().toEqualTypeOf<PaperNode["titleHash"]>();
    expectTypeOf<keyof NewConceptRow>().toEqualTypeOf<keyof ConceptRow | "aliasText">();
    expectTypeOf<Omit<MentionRow, "paperId" | "conceptId">>().toEqualTypeOf<RelProps["MENTIONS"]>();
    expectTypeOf<AuthorLinkRow["position"]>().toEqualTypeOf<RelProps["WRITTEN_BY"]["position"]>();
    expectTypeOf<CitesRow["source"]>().toEqualTypeOf<RelProps["CITES"]["source"]>();
    type Flat<T> = { [K in keyof T]: T[K] };
    expectTypeOf<Flat<PositionRow>>().toEqualTypeOf<{ id: string; x: number; y: number; size: number }>();
  });
});
