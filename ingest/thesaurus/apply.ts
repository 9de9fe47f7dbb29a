/**
 * Applying a thesaurus
 * ====================
 * `applyThesaurus(entities, thesaurus)`: each entity whose name (or, failing that, an alias)
 * matches a rule is ignored, renamed/merged into the rule's target, and retyped when the rule
 * says so; entities that end up with the same concept id are merged (counts summed, aliases
 * united). Matching uses `normName`, so "MoEs", "mixture-of-experts" and "MoE" variants all hit
 * the label written once. Pure.
 */
import type { ExtractedEntity } from "../../schema/model.ts";
import { conceptId, normName } from "../extract/concept-id.ts";
import type { Thesaurus, ThesaurusRule } from "./types.ts";

function ruleFor(entity: ExtractedEntity, thesaurus: Thesaurus): ThesaurusRule | undefined {
  const direct = thesaurus.rules.get(normName(entity.name));
  if (direct !== undefined) return direct;
  for (const alias of entity.aliases) {
    const rule = thesaurus.rules.get(normName(alias));
    if (rule !== undefined) return rule;
  }
  return undefined;
}

export function applyThesaurus(entities: readonly ExtractedEntity[], thesaurus: Thesaurus): ExtractedEntity[] {
  if (thesaurus.rules.size === 0) return [...entities];
  const out = new Map<string, ExtractedEntity>();
  for (const entity of entities) {
    const rule = ruleFor(entity, thesaurus);
    if (rule !== undefined && rule.to === null) continue;
    const name = rule?.to ?? entity.name;
    const type = rule?.type ?? entity.type;
    const forms = [entity.name, ...entity.aliases].filter((f) => normName(f) !== normName(name));
    const id = conceptId(type, name);
    const existing = out.get(id);
    if (existing === undefined) {
      out.set(id, { name, type, aliases: dedupe(forms), count: entity.count, inTitle: entity.inTitle });
    } else {
      existing.aliases = dedupe([...existing.aliases, ...forms].filter((f) => normName(f) !== normName(existing.name)));
      existing.count += entity.count;
      existing.inTitle ||= entity.inTitle;
    }
  }
  return [...out.values()];
}

function dedupe(forms: string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const k = normName(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
