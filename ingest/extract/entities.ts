/**
 * Mentions → entities
 * ===================
 * `buildEntities(mentions)` folds every rule's mentions into one `ExtractedEntity` per concept:
 * mentions with the same `conceptId` meet; a concept whose alias is another concept's name (same
 * type) merges into it ("NCNC" and "Neural Common Neighbor with Completion"); when rules give one
 * name two types, the rule with precedence wins (`RULES` order: thesaurus, lexicon, acronym, …).
 * `count` is the number of mentions in title and abstract, `inTitle` whether any is in the title,
 * aliases are the other surface forms and standard variants, one per normalised form. Pure.
 */
import { CONCEPT_TYPES, type ConceptType, type ExtractedEntity } from "../../schema/model.ts";
import { normName } from "./concept-id.ts";
import { unpossessed } from "./tokens.ts";
import { RULES, type Mention, type Rule } from "./types.ts";

interface Group {
  type: ConceptType;
  name: string;
  forms: string[];
  /** `normName` of each form, kept beside it (a form is compared with every earlier one). */
  norms: string[];
  count: number;
  inTitle: boolean;
  rank: number;
  first: number;
}

const rankOf = (rule: Rule): number => RULES.indexOf(rule);

function addForm(group: Group, raw: string): void {
  const form = unpossessed(raw);
  const norm = normName(form);
  if (norm === "" || group.norms.includes(norm)) return;
  group.forms.push(form);
  group.norms.push(norm);
}

function merge(into: Group, from: Group): void {
  for (const f of from.forms) addForm(into, f);
  into.count += from.count;
  into.inTitle ||= from.inTitle;
  into.rank = Math.min(into.rank, from.rank);
  into.first = Math.min(into.first, from.first);
}

export function buildEntities(mentions: readonly Mention[]): ExtractedEntity[] {
  // by type, then by normalised name: the conceptId, without building its string per mention
  const groups = new Map<ConceptType, Map<string, Group>>();
  const created: Group[] = [];
  mentions.forEach((m, order) => {
    const norm = normName(m.name);
    let ofType = groups.get(m.type);
    if (ofType === undefined) groups.set(m.type, (ofType = new Map()));
    let group = ofType.get(norm);
    if (group === undefined) {
      if (m.aliasOnly) return;
      group = {
        type: m.type,
        name: m.name,
        forms: [m.name],
        norms: [norm],
        count: 0,
        inTitle: false,
        rank: rankOf(m.rule),
        first: order,
      };
      ofType.set(norm, group);
      created.push(group);
    }
    addForm(group, m.surface);
    for (const a of m.aliases) addForm(group, a);
    if (m.aliasOnly) return;
    group.count++;
    group.inTitle ||= m.inTitle;
    group.rank = Math.min(group.rank, rankOf(m.rule));
  });
  let list = created.sort((a, b) => a.rank - b.rank || a.first - b.first);

  // Same type, a shared normalised form: one concept. Earlier (higher-precedence) groups absorb later ones.
  const owner = new Map<string, Group>();
  const kept: Group[] = [];
  for (const group of list) {
    const keys = group.norms.map((norm) => `${group.type}:${norm}`);
    const into = keys.map((k) => owner.get(k)).find((g) => g !== undefined);
    if (into !== undefined) {
      merge(into, group);
      for (const k of keys) owner.set(k, into);
      continue;
    }
    for (const k of keys) if (!owner.has(k)) owner.set(k, group);
    kept.push(group);
  }

  // One name, two types: the higher-precedence rule keeps it.
  const byName = new Map<string, Group>();
  list = [];
  for (const group of kept) {
    const norm = group.norms[0]!; // normName(group.name)
    const other = byName.get(norm);
    if (other !== undefined && other.type !== group.type) continue;
    byName.set(norm, group);
    list.push(group);
  }

  const typeOrder = (t: ConceptType): number => CONCEPT_TYPES.indexOf(t);
  return list
    .sort(
      (a, b) =>
        Number(b.inTitle) - Number(a.inTitle) ||
        b.count - a.count ||
        typeOrder(a.type) - typeOrder(b.type) ||
        a.first - b.first,
    )
    .map((g) => ({
      name: g.name,
      type: g.type,
      aliases: g.forms.filter((f, i) => f !== g.name && g.norms[i] !== g.norms[0]),
      count: Math.max(1, g.count),
      inTitle: g.inTitle,
    }));
}
