/**
 * Thesaurus files
 * ===============
 * `parseThesaurus(text, file)` reads a user's thesaurus in either of two forms:
 *   TSV, VOSviewer's format: a header naming `label` and `replace by` (any order, other columns
 *     such as `confidence` or `evidence` ignored), one term a row; an empty `replace by` means
 *     ignore the term; an optional `type` column retypes it (method, dataset, hardware, task,
 *     technique, metric). Lines starting with `#` are comments.
 *   JSON: `{"merge": [{"from": "MoE", "to": "Mixture of Experts", "type": "method"}], "ignore": ["model"]}`.
 *   CiteSpace alias file: `primary#secondary` a line, the secondary term merged into the primary.
 * Every error is a PaperAtlasError PARSE_FAILED naming `file:line` and what to do. Pure.
 */
import { CONCEPT_TYPES, type ConceptType } from "../../schema/model.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { normName } from "../extract/concept-id.ts";
import type { Thesaurus, ThesaurusRule } from "./types.ts";

function fail(file: string, line: number, what: string, hint: string): never {
  const where = `${file}:${line}`;
  throw new PaperAtlasError("PARSE_FAILED", `thesaurus: ${where}: ${what}`, { where, hint });
}

function parseType(raw: string, file: string, line: number): ConceptType | null {
  const t = raw.trim().toLowerCase();
  if (t === "") return null;
  if (!(CONCEPT_TYPES as readonly string[]).includes(t)) {
    fail(file, line, `unknown type "${raw.trim()}"`, `use one of ${CONCEPT_TYPES.join(", ")}, or leave the type empty`);
  }
  return t as ConceptType;
}

function addRule(rules: Map<string, ThesaurusRule>, rule: ThesaurusRule, file: string, line: number): void {
  const key = normName(rule.from);
  if (key === "")
    fail(file, line, `label "${rule.from}" has no letters or digits`, "write the term as it appears in the extraction");
  const before = rules.get(key);
  if (before !== undefined && (before.to !== rule.to || before.type !== rule.type)) {
    fail(file, line, `"${rule.from}" already has a rule at ${before.where}`, "keep one row per term");
  }
  rules.set(key, rule);
}

function parseTsv(text: string, file: string): Thesaurus {
  const rules = new Map<string, ThesaurusRule>();
  const lines = text.split(/\r?\n/);
  let header: { label: number; replace: number; type: number; width: number } | null = null;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "" || raw.startsWith("#")) return;
    const fields = raw.split("\t");
    if (header === null) {
      const names = fields.map((f) => f.trim().toLowerCase());
      const label = names.indexOf("label");
      const replace = names.indexOf("replace by");
      if (label < 0 || replace < 0) {
        fail(
          file,
          line,
          `header must name the columns "label" and "replace by" (tab-separated), got "${raw.slice(0, 60)}"`,
          'start the file with the line "label<TAB>replace by" (VOSviewer\'s thesaurus format), optionally "<TAB>type"; ' +
            'or write a CiteSpace alias file, "primary#secondary" a line',
        );
      }
      header = { label, replace, type: names.indexOf("type"), width: fields.length };
      return;
    }
    const from = fields[header.label]?.trim() ?? "";
    if (fields.length <= header.label)
      fail(
        file,
        line,
        `expected ${header.width} tab-separated fields, got ${fields.length}`,
        "separate the columns with tabs, not spaces",
      );
    if (from === "") fail(file, line, "empty label", "write the term to replace or ignore in the first column");
    const to = (fields[header.replace] ?? "").trim();
    const type = header.type >= 0 ? parseType(fields[header.type] ?? "", file, line) : null;
    addRule(rules, { from, to: to === "" ? null : to, type, where: `${file}:${line}` }, file, line);
  });
  if (header === null) fail(file, 1, "the file is empty", 'start with the header line "label<TAB>replace by"');
  return { rules };
}

/** The 1-based line of character offset `at`. */
function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Best-effort line of a JSON value: where its string first appears after `from`. */
function locate(text: string, value: string, from = 0): number {
  const at = text.indexOf(JSON.stringify(value), from);
  return at < 0 ? 1 : lineOf(text, at);
}

/**
 * The line of a JSON.parse error: from "at position N" when V8 gives it, else from the context it
 * quotes ('Unexpected token, ..."ten chars" + token + "ten chars"...'), else the last line.
 */
function jsonErrorLine(text: string, message: string): number {
  const position = /position (\d+)/.exec(message);
  if (position) return lineOf(text, Number(position[1]));
  const context = /\.\.\."([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (context) {
    const at = text.indexOf(context[1]!);
    if (at >= 0) return lineOf(text, at + 10);
  }
  if (/end of JSON input/.test(message)) return lineOf(text, text.length);
  return 1;
}

function parseJson(text: string, file: string): Thesaurus {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    fail(
      file,
      jsonErrorLine(text, message),
      `invalid JSON (${message.split("\n")[0]})`,
      'expected {"merge": [{"from": …, "to": …, "type"?: …}], "ignore": […]}',
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    fail(file, 1, "expected a JSON object", 'write {"merge": […], "ignore": […]}');
  }
  const { merge = [], ignore = [] } = data as { merge?: unknown; ignore?: unknown };
  if (!Array.isArray(merge))
    fail(
      file,
      locate(text, "merge"),
      '"merge" must be an array',
      'write "merge": [{"from": "MoE", "to": "Mixture of Experts"}]',
    );
  if (!Array.isArray(ignore))
    fail(
      file,
      locate(text, "ignore"),
      '"ignore" must be an array of strings',
      'write "ignore": ["model", "framework"]',
    );
  const rules = new Map<string, ThesaurusRule>();
  for (const item of merge as unknown[]) {
    const m = item as { from?: unknown; to?: unknown; type?: unknown };
    const line = typeof m?.from === "string" ? locate(text, m.from) : 1;
    if (
      typeof m !== "object" ||
      m === null ||
      typeof m.from !== "string" ||
      typeof m.to !== "string" ||
      m.to.trim() === ""
    ) {
      fail(
        file,
        line,
        `merge entry ${JSON.stringify(item)} needs string "from" and "to"`,
        'write {"from": "MoE", "to": "Mixture of Experts"}',
      );
    }
    const type =
      m.type === undefined
        ? null
        : typeof m.type === "string"
          ? parseType(m.type, file, line)
          : fail(file, line, '"type" must be a string', `use one of ${CONCEPT_TYPES.join(", ")}`);
    addRule(rules, { from: m.from, to: m.to.trim(), type, where: `${file}:${line}` }, file, line);
  }
  for (const item of ignore as unknown[]) {
    if (typeof item !== "string")
      fail(
        file,
        locate(text, "ignore"),
        `ignore entry ${JSON.stringify(item)} is not a string`,
        "list the terms to drop as strings",
      );
    const line = locate(text, item, text.indexOf('"ignore"'));
    addRule(rules, { from: item, to: null, type: null, where: `${file}:${line}` }, file, line);
  }
  return { rules };
}

/**
 * A CiteSpace alias file: `.alias` (CiteSpace's `citespace.alias`), or content whose first line that
 * is neither blank nor a `#` comment has a `#` and no tab (a TSV thesaurus header has a tab).
 */
export function isAliasFile(text: string, file: string): boolean {
  if (/\.alias$/i.test(file)) return true;
  const first = text.split(/\r?\n/).find((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  return first !== undefined && first.includes("#") && !first.includes("\t") && !first.trimStart().startsWith("{");
}

const lineIn = (where: string): number => Number(where.slice(where.lastIndexOf(":") + 1));

const ALIAS_HINT = 'write the term to keep, "#", then the term to merge into it, e.g. "Mixture of Experts#MoE"';

/**
 * CiteSpace's alias list: `primary#secondary` a line, the secondary term merged into the primary.
 * Blank lines are skipped; CiteSpace has no comments, so a line starting with `#` is an empty primary
 * term (an error). A chain (`A#B`, `B#C`) merges C into A, as
 * one rule per term is applied.
 */
function parseAlias(text: string, file: string): Thesaurus {
  const rules = new Map<string, ThesaurusRule>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    const parts = raw.split("#").map((p) => p.trim());
    if (parts.length === 1) fail(file, line, `expected "primary#secondary", got "${raw.slice(0, 60)}"`, ALIAS_HINT);
    if (parts.length > 2)
      fail(
        file,
        line,
        `more than one "#" in "${raw.slice(0, 60)}"`,
        'one pair a line; for a term that contains "#" use a TSV thesaurus (label<TAB>replace by)',
      );
    const [to, from] = parts as [string, string];
    if (to === "" || from === "") fail(file, line, `empty ${to === "" ? "primary" : "secondary"} term`, ALIAS_HINT);
    addRule(rules, { from, to, type: null, where: `${file}:${line}` }, file, line);
  });
  const resolved = [...rules.values()].map((rule) => {
    const seen = new Set([normName(rule.from)]);
    let to = rule.to!;
    if (seen.has(normName(to))) return { rule, to }; // "A#a": a rename, not a loop
    for (let key = normName(to); ; key = normName(to)) {
      if (seen.has(key))
        fail(file, lineIn(rule.where), `"${rule.from}" is merged in a loop`, "remove one pair of the loop");
      const next = rules.get(key);
      if (next === undefined || normName(next.to!) === key) break;
      seen.add(key);
      to = next.to!;
    }
    return { rule, to };
  });
  for (const { rule, to } of resolved) rule.to = to;
  return { rules };
}

/** Parse a thesaurus file's text: JSON when it starts with "{", a CiteSpace alias file (isAliasFile), else TSV. */
export function parseThesaurus(text: string, file: string): Thesaurus {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trimStart().startsWith("{")) return parseJson(body, file);
  return isAliasFile(body, file) ? parseAlias(body, file) : parseTsv(body, file);
}
