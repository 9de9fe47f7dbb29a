/**
 * Thesaurus suggestions
 * =====================
 * `suggestThesaurus(papers, extracted)` lists the merges the extractor made or is unsure of, for
 * a person to review as a thesaurus file (`formatSuggestions` writes the TSV that `--thesaurus`
 * reads back; delete a row to refuse it, edit `replace by` or `type` to correct it):
 *   acronym      a short form left as its own concept somewhere while another paper defines it
 *                ("MoE" → "Mixture of Experts"), or an ambiguous short form (two long forms);
 *   variant      names equal once spaces and hyphens are dropped ("Multilayer Perceptron" /
 *                "Multi-Layer Perceptron");
 *   near         a small edit distance ("Tranformer"), or the same words plus a generic one
 *                ("Graph Neural Network Model" → "Graph Neural Network");
 *   type         one name extracted with several types: retype to the majority.
 * Each row carries a confidence (0–1) and evidence (a defining sentence or paper ids). Pure.
 */
import type { ConceptType, ExtractedPaper } from "../../schema/model.ts";
import { conceptId, normName } from "../extract/concept-id.ts";
import { normaliseText } from "../extract/normalize.ts";

export interface SuggestionRow {
  label: string;
  replaceBy: string;
  /** Retype to this type, or null to keep the type. */
  type: ConceptType | null;
  confidence: number;
  reason: "acronym" | "variant" | "near" | "type";
  evidence: string;
}

interface PaperText {
  id: string;
  title: string;
  abstract: string;
}

interface ConceptStat {
  name: string;
  type: ConceptType;
  papers: Set<string>;
  mentions: number;
  /** Normalised name and aliases. */
  forms: Set<string>;
}

const GENERIC_TAIL = new Set([
  "model",
  "models",
  "network",
  "networks",
  "framework",
  "method",
  "approach",
  "architecture",
  "system",
  "algorithm",
  "technique",
  "mechanism",
  "scheme",
  "module",
]);

function collect(extracted: readonly ExtractedPaper[]): Map<string, ConceptStat> {
  const concepts = new Map<string, ConceptStat>();
  for (const paper of extracted) {
    for (const e of paper.entities) {
      const id = conceptId(e.type, e.name);
      const c = concepts.get(id) ?? {
        name: e.name,
        type: e.type,
        papers: new Set<string>(),
        mentions: 0,
        forms: new Set<string>(),
      };
      c.papers.add(paper.id);
      for (const f of [e.name, ...e.aliases]) c.forms.add(normName(f));
      c.mentions += e.count;
      concepts.set(id, c);
    }
  }
  return concepts;
}

const papersNote = (ids: Iterable<string>): string => {
  const list = [...ids].sort();
  return `papers ${list.slice(0, 3).join(", ")}${list.length > 3 ? ` (+${list.length - 3})` : ""}`;
};

/** The sentence of `text` that defines `short`, shortened. */
function definingSentence(text: string, short: string): string | null {
  const at = text.indexOf(`(${short})`);
  if (at < 0) return null;
  const start = Math.max(text.lastIndexOf(". ", at) + 2, at - 120);
  const end = Math.min(text.length, at + short.length + 40);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}…`;
}

function acronymRows(
  papers: readonly PaperText[],
  extracted: readonly ExtractedPaper[],
  concepts: Map<string, ConceptStat>,
): SuggestionRow[] {
  const byId = new Map(papers.map((p) => [p.id, p]));
  const defs = new Map<string, Map<string, string[]>>(); // short → normalised long → paper ids
  const longName = new Map<string, string>();
  for (const paper of extracted) {
    for (const { short, long } of paper.acronyms) {
      const forms = defs.get(short) ?? new Map<string, string[]>();
      const key = normName(long);
      forms.set(key, [...(forms.get(key) ?? []), paper.id]);
      defs.set(short, forms);
      if (!longName.has(key)) longName.set(key, long);
    }
  }
  const byNorm = new Map<string, ConceptStat[]>();
  const byForm = new Map<string, ConceptStat[]>();
  for (const c of concepts.values()) {
    byNorm.set(normName(c.name), [...(byNorm.get(normName(c.name)) ?? []), c]);
    for (const f of c.forms) byForm.set(f, [...(byForm.get(f) ?? []), c]);
  }
  const rows: SuggestionRow[] = [];
  for (const [short, forms] of defs) {
    const ranked = [...forms].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
    const total = ranked.reduce((n, [, ids]) => n + ids.length, 0);
    const [topKey, topIds] = ranked[0]!;
    // the concept the long form became (its canonical name and type), if any
    // the concept the long form became: by name, else by alias ("DARTS" with alias "differentiable architecture search")
    const target = byNorm.get(topKey)?.[0] ?? byForm.get(topKey)?.[0];
    // the short form as written (or its plural), not whatever folds to the same letters ("Ada" ≠ "ADAS")
    const standalone = (byNorm.get(normName(short)) ?? []).filter((c) => c.name === short || c.name === `${short}s`);
    const paper = byId.get(topIds[0]!);
    const sentence = paper ? definingSentence(normaliseText(`${paper.title}. ${paper.abstract}`), short) : null;
    const evidence = `${sentence ?? ""} [${papersNote(topIds)}]`.trim();
    if (ranked.length > 1) {
      rows.push({
        label: short,
        replaceBy: target?.name ?? longName.get(topKey)!,
        type: null,
        confidence: round((topIds.length / total) * 0.8),
        reason: "acronym",
        evidence: `ambiguous: ${ranked.map(([k, ids]) => `${longName.get(k)} (${ids.length})`).join(" / ")}; ${evidence}`,
      });
      continue;
    }
    for (const s of standalone) {
      if (
        target !== undefined &&
        s.type === target.type &&
        (s === target || normName(s.name) === normName(target.name))
      )
        continue;
      rows.push({
        label: s.name,
        replaceBy: target?.name ?? longName.get(topKey)!,
        type: target !== undefined && target.type !== s.type ? target.type : null,
        confidence: round(Math.min(0.95, 0.7 + 0.1 * topIds.length)),
        reason: "acronym",
        evidence: `${evidence}; "${s.name}" alone in ${papersNote(s.papers)}`,
      });
    }
  }
  return rows;
}

function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]!);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** A proper name: inner capitals or digits ("ImageNet-C", "decoupleQ", "GPT-4"). */
const isProper = (name: string): boolean => /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}|\d/u.test(name);

function variantRows(concepts: Map<string, ConceptStat>): SuggestionRow[] {
  const rows: SuggestionRow[] = [];
  const list = [...concepts.values()];
  const winner = (a: ConceptStat, b: ConceptStat): [ConceptStat, ConceptStat] =>
    b.papers.size > a.papers.size || (b.papers.size === a.papers.size && b.name < a.name) ? [b, a] : [a, b];
  // spelling variants: equal without spaces and hyphens
  const byCompact = new Map<string, ConceptStat[]>();
  for (const c of list) {
    const key = `${c.type}:${normName(c.name).replace(/\s+/g, "")}`;
    byCompact.set(key, [...(byCompact.get(key) ?? []), c]);
  }
  for (const group of byCompact.values()) {
    if (group.length < 2) continue;
    const best = group.reduce((a, b) => winner(a, b)[0]);
    for (const c of group)
      if (c !== best)
        rows.push({
          label: c.name,
          replaceBy: best.name,
          type: null,
          confidence: 0.9,
          reason: "variant",
          evidence: `same letters as "${best.name}"; ${papersNote(c.papers)}`,
        });
  }
  // near-duplicates, compared within blocks (same type and same first four letters) to stay near-linear
  const blocks = new Map<string, ConceptStat[]>();
  for (const c of list) {
    const norm = normName(c.name);
    if (norm.length < 6) continue;
    const key = `${c.type}:${norm.slice(0, 4)}`;
    blocks.set(key, [...(blocks.get(key) ?? []), c]);
  }
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > 400) continue;
    for (let i = 0; i < block.length; i++) {
      for (let j = i + 1; j < block.length; j++) {
        const [a, b] = [normName(block[i]!.name), normName(block[j]!.name)];
        if (a.replace(/\s/g, "") === b.replace(/\s/g, "")) continue; // a variant, listed above
        const [keep, drop] = winner(block[i]!, block[j]!);
        const wa = a.split(" ");
        const wb = b.split(" ");
        const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
        const extra = long.filter((w) => !short.includes(w));
        if (
          long.length === short.length + 1 &&
          extra.length === 1 &&
          GENERIC_TAIL.has(extra[0]!) &&
          short.every((w) => long.includes(w))
        ) {
          const [into, from] = wa.length <= wb.length ? [block[i]!, block[j]!] : [block[j]!, block[i]!];
          rows.push({
            label: from.name,
            replaceBy: into.name,
            type: null,
            confidence: 0.7,
            reason: "near",
            evidence: `"${from.name}" is "${into.name}" plus "${extra[0]}"; ${papersNote(from.papers)}`,
          });
          continue;
        }
        // proper names differ by design in one character ("ImageNet-C" / "ImageNet-R", "GPT-3" / "GPT-4")
        if (isProper(block[i]!.name) || isProper(block[j]!.name)) continue;
        const max = Math.min(a.length, b.length) >= 10 ? 2 : 1;
        const d = levenshtein(a, b, max);
        if (d <= max && !/\d/.test(a + b))
          rows.push({
            label: drop.name,
            replaceBy: keep.name,
            type: null,
            confidence: round(0.65 - 0.1 * d),
            reason: "near",
            evidence: `edit distance ${d} from "${keep.name}"; ${papersNote(drop.papers)}`,
          });
      }
    }
  }
  return rows;
}

function typeRows(concepts: Map<string, ConceptStat>): SuggestionRow[] {
  const byName = new Map<string, ConceptStat[]>();
  for (const c of concepts.values()) byName.set(normName(c.name), [...(byName.get(normName(c.name)) ?? []), c]);
  const rows: SuggestionRow[] = [];
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    const total = group.reduce((n, c) => n + c.papers.size, 0);
    const best = group.reduce((a, b) => (b.papers.size > a.papers.size ? b : a));
    const others = group
      .filter((c) => c !== best)
      .map((c) => `${c.type} in ${c.papers.size}`)
      .join(", ");
    rows.push({
      label: best.name,
      replaceBy: best.name,
      type: best.type,
      confidence: round(best.papers.size / total),
      reason: "type",
      evidence: `${best.type} in ${best.papers.size} papers, ${others}`,
    });
  }
  return rows;
}

export function suggestThesaurus(papers: readonly PaperText[], extracted: readonly ExtractedPaper[]): SuggestionRow[] {
  const concepts = collect(extracted);
  const rows = [...acronymRows(papers, extracted, concepts), ...variantRows(concepts), ...typeRows(concepts)];
  const seen = new Set<string>();
  return rows
    .sort((a, b) => b.confidence - a.confidence || a.reason.localeCompare(b.reason) || a.label.localeCompare(b.label))
    .filter((r) => {
      const key = normName(r.label);
      if (seen.has(key) || (key === normName(r.replaceBy) && r.type === null)) return false;
      seen.add(key);
      return true;
    });
}

const cell = (s: string): string => s.replace(/[\t\r\n]+/g, " ");

/** The TSV `--thesaurus` reads back: VOSviewer's `label` and `replace by`, then `type` and review columns. */
export function formatSuggestions(rows: readonly SuggestionRow[]): string {
  const lines = ["label\treplace by\ttype\tconfidence\treason\tevidence"];
  for (const r of rows)
    lines.push(
      [r.label, r.replaceBy, r.type ?? "", r.confidence.toFixed(2), r.reason, r.evidence].map(cell).join("\t"),
    );
  return `${lines.join("\n")}\n`;
}
