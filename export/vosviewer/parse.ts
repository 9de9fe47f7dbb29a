/**
 * VOSviewer readers
 * =================
 * `parseVosviewerJson(text, file)` and `parseVosviewerMap(map, network?)`: a VOSviewer JSON file,
 * or a map file with its network file, → the items, links and clusters they hold
 * (schema/vosviewer.ts) plus warnings. Pure. What the writers here emit reads back unchanged
 * (vosviewer.test.ts); files from VOSviewer itself read too (columns by name, in any order, string
 * or number ids, quoted cells, a UTF-8 BOM).
 *
 * A file that is not the format at all (not JSON, no `network.items`, a map file without an `id` or
 * `label` column) is PARSE_FAILED at `file:line`. Inside a readable file a bad record is skipped
 * with a warning naming `file:line` (the JSON's item or link index) and the problem, and nothing
 * else is lost: an item without an id, a duplicate id, a row with the wrong number of cells, a
 * number that is not one (Infinity included: a position must be finite), a cluster outside 1–1000
 * (the item is kept, in no cluster), a link to an item that is not there or whose strength is not a
 * positive number, a pair listed twice.
 */
import { parseJson } from "../../ingest/formats/common/json.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import type { Warning } from "../../schema/warnings.ts";
import {
  VOS_MAX_CLUSTER,
  type VosCluster,
  type VosId,
  type VosItem,
  type VosLink,
  type VosNetwork,
} from "../../schema/vosviewer.ts";

export interface VosParseResult {
  network: VosNetwork;
  warnings: Warning[];
}

export interface TextFile {
  text: string;
  /** The base name used in warnings and errors. */
  file: string;
}

const COMPONENT = "vosviewer";

function failed(file: string, line: number, what: string, hint: string): PaperAtlasError {
  const where = `${file}:${line}`;
  return new PaperAtlasError("PARSE_FAILED", `${COMPONENT}: ${where}: ${what}`, { where, hint });
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is VosId =>
  (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && v.trim() !== "");
const idKey = (id: VosId): string => String(id);

/** Numbers of a `weights` or `scores` object; other values dropped. */
function numbers(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (isObj(value))
    for (const [k, v] of Object.entries(value)) if (typeof v === "number" && Number.isFinite(v)) out[k] = v;
  return out;
}

/** A cluster number VOSviewer accepts, or undefined with a reason. */
function clusterNumber(value: unknown): { cluster?: number; problem?: string } {
  if (value === undefined || value === null || value === "" || value === 0) return {};
  const n = typeof value === "string" ? Number(value) : value;
  if (n === 0) return {};
  if (typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= VOS_MAX_CLUSTER) return { cluster: n };
  return { problem: `cluster ${JSON.stringify(value)} is not a whole number from 1 to ${VOS_MAX_CLUSTER}` };
}

/** Links: known ends, no self-loops, each undirected pair once (later repeats warned and skipped). */
class LinkSet {
  readonly links: VosLink[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly ids: Set<string>) {}
  add(link: VosLink, warn: (code: Warning["code"], message: string) => void): void {
    const [a, b] = [idKey(link.source_id), idKey(link.target_id)];
    const missing = [a, b].filter((id) => !this.ids.has(id));
    if (missing.length > 0)
      return warn("UNPARSED_METADATA", `link ${a}–${b}: no item with id ${missing.join(", ")}; link skipped`);
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (this.seen.has(key)) return warn("DUPLICATE_ENTRY", `link ${a}–${b} listed twice; the first kept`);
    this.seen.add(key);
    this.links.push(link);
  }
}

/** The 1-based line of each `{` that opens an element of the array after `"key": [`, in order. */
function elementLines(text: string, key: string): number[] {
  const lines: number[] = [];
  const start = text.search(new RegExp(`"${key}"\\s*:\\s*\\[`));
  if (start < 0) return lines;
  let line = 1 + (text.slice(0, start).match(/\n/g)?.length ?? 0);
  let depth = 0;
  let inString = false;
  for (let i = text.indexOf("[", start) + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") line++;
    else if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") {
      if (depth === 0) lines.push(line);
      depth++;
    } else if (ch === "}" || ch === "]") {
      if (depth === 0) break;
      depth--;
    }
  }
  return lines;
}

/** One JSON item, or null (warned) when it has no id. */
function jsonItem(
  value: unknown,
  where: string,
  warn: (code: Warning["code"], message: string) => void,
): VosItem | null {
  if (!isObj(value) || !isId(value["id"])) {
    warn("UNPARSED_METADATA", `${where}: no id; item skipped`);
    return null;
  }
  const id = value["id"];
  const item: VosItem = {
    id,
    label: typeof value["label"] === "string" ? value["label"] : String(id),
    weights: numbers(value["weights"]),
    scores: numbers(value["scores"]),
  };
  if (typeof value["description"] === "string") item.description = value["description"];
  if (typeof value["url"] === "string") item.url = value["url"];
  const [x, y] = [value["x"], value["y"]];
  // JSON.parse reads 1e400 as Infinity: a position must be a finite number.
  if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y))
    Object.assign(item, { x, y });
  else if (x !== undefined || y !== undefined)
    warn("UNPARSED_METADATA", `${where} (id ${id}): x and y are not both finite numbers; no position`);
  const { cluster, problem } = clusterNumber(value["cluster"]);
  if (cluster !== undefined) item.cluster = cluster;
  if (problem) warn("UNPARSED_METADATA", `${where} (id ${id}): ${problem}; in no cluster`);
  return item;
}

/** `[{cluster, <key>}]` (network.clusters, cluster_colors) → cluster number → string. */
function byCluster(list: unknown, key: "label" | "color"): Map<number, string> {
  const out = new Map<number, string>();
  if (Array.isArray(list)) {
    for (const c of list) {
      if (isObj(c) && typeof c["cluster"] === "number" && typeof c[key] === "string") out.set(c["cluster"], c[key]);
    }
  }
  return out;
}

export function parseVosviewerJson(raw: string, file: string): VosParseResult {
  const text = stripBom(raw);
  // The ingest readers' JSON parse: a syntax error fails at its own file:line.
  const doc: unknown = parseJson(text, file, COMPONENT);
  const network = isObj(doc) ? doc["network"] : undefined;
  if (!isObj(network) || !Array.isArray(network["items"])) {
    throw failed(
      file,
      1,
      "no network.items array: not a VOSviewer JSON file",
      "VOSviewer JSON has {network: {items: [...]}}",
    );
  }
  const warnings: Warning[] = [];
  const itemLines = elementLines(text, "items");
  const linkLines = elementLines(text, "links");
  const warnAt =
    (line: number | undefined) =>
    (code: Warning["code"], message: string): void => {
      warnings.push({
        code,
        file,
        ...(line !== undefined ? { line } : {}),
        message: `${file}:${line ?? "?"}: ${message}`,
      });
    };

  const items: VosItem[] = [];
  const ids = new Set<string>();
  network["items"].forEach((value: unknown, i: number) => {
    const warn = warnAt(itemLines[i]);
    const item = jsonItem(value, `items[${i}]`, warn);
    if (item === null) return;
    if (ids.has(idKey(item.id))) return warn("DUPLICATE_ENTRY", `items[${i}]: id ${item.id} again; the first kept`);
    ids.add(idKey(item.id));
    items.push(item);
  });

  const links = new LinkSet(ids);
  const rawLinks = Array.isArray(network["links"]) ? network["links"] : [];
  rawLinks.forEach((value: unknown, i: number) => {
    const warn = warnAt(linkLines[i]);
    if (!isObj(value) || !isId(value["source_id"]) || !isId(value["target_id"])) {
      return warn("UNPARSED_METADATA", `links[${i}]: no source_id or target_id; link skipped`);
    }
    const given = value["strength"];
    if (given !== undefined && (typeof given !== "number" || !Number.isFinite(given) || given <= 0)) {
      return warn(
        "UNPARSED_METADATA",
        `links[${i}]: strength ${JSON.stringify(given)} is not a positive number; link skipped`,
      );
    }
    const strength = given ?? 1;
    links.add({ source_id: value["source_id"], target_id: value["target_id"], strength }, warn);
  });

  const config = isObj(doc) ? doc["config"] : undefined;
  const schemes = isObj(config) ? config["color_schemes"] : undefined;
  const colors = byCluster(isObj(schemes) ? schemes["cluster_colors"] : undefined, "color");
  const labels = byCluster(network["clusters"], "label");
  const info = isObj(doc) ? doc["info"] : undefined;
  const title = isObj(info) && typeof info["title"] === "string" ? info["title"] : undefined;
  return {
    network: {
      ...(title !== undefined ? { title } : {}),
      items,
      links: links.links,
      clusters: clustersOf(items, labels, colors),
    },
    warnings,
  };
}

/** Every cluster an item is in, numbered order, with its label (or "Cluster n") and colour when known. */
function clustersOf(items: readonly VosItem[], labels: Map<number, string>, colors: Map<number, string>): VosCluster[] {
  const numbers = [...new Set(items.flatMap((i) => (i.cluster !== undefined ? [i.cluster] : [])))].sort(
    (a, b) => a - b,
  );
  return numbers.map((n) => {
    const cluster: VosCluster = { cluster: n, label: labels.get(n) ?? `Cluster ${n}` };
    const color = colors.get(n);
    if (color !== undefined) cluster.color = color;
    return cluster;
  });
}

/** A cell without the double quotes VOSviewer may put around it (`""` inside is one quote). */
function unquote(value: string): string {
  const v = value.trim();
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1).replace(/""/g, '"') : v;
}

const asId = (cell: string): VosId => (/^\d+$/.test(cell) ? Number(cell) : cell);

function lines(text: string): string[] {
  return stripBom(text).split(/\r?\n/);
}

type Warn = (code: Warning["code"], message: string) => void;

/** The network file's `id1 id2 strength` lines into `links` (strength 1 when absent). */
function readNetworkFile(network: TextFile, links: LinkSet, warnAt: (line: number) => Warn): void {
  lines(network.text).forEach((rowText, i) => {
    if (rowText.trim() === "") return;
    const warn = warnAt(i + 1);
    const cells = rowText.split("\t").map(unquote);
    const strength = cells[2] === undefined || cells[2] === "" ? 1 : Number(cells[2]);
    if (
      cells.length < 2 ||
      cells.length > 3 ||
      cells[0] === "" ||
      cells[1] === "" ||
      !(Number.isFinite(strength) && strength > 0)
    ) {
      return warn(
        "UNPARSED_METADATA",
        `expected "id1<tab>id2<tab>strength" (a positive strength), got "${rowText.slice(0, 80)}"; link skipped`,
      );
    }
    links.add({ source_id: asId(cells[0]!), target_id: asId(cells[1]!), strength }, warn);
  });
}

export function parseVosviewerMap(map: TextFile, network?: TextFile): VosParseResult {
  const rows = lines(map.text);
  const names = (rows[0] ?? "").split("\t").map(unquote);
  const header = names.map((h) => h.toLowerCase());
  const col = (name: string): number => header.indexOf(name);
  if (col("id") < 0 && col("label") < 0) {
    throw failed(
      map.file,
      1,
      "no id or label column in the header: not a VOSviewer map file",
      "a map file starts with a tab-separated header such as: id\tlabel\tx\ty\tcluster",
    );
  }
  const measures = (kind: "weight" | "score") =>
    names.flatMap((h, i) => {
      const m = new RegExp(`^${kind}(?:<(.+)>)?$`, "i").exec(h);
      return m ? [{ index: i, name: m[1] ?? kind }] : [];
    });
  const weights = measures("weight");
  const scores = measures("score");

  const warnings: Warning[] = [];
  const warnAt =
    (file: string, line: number) =>
    (code: Warning["code"], message: string): void => {
      warnings.push({ code, file, line, message: `${file}:${line}: ${message}` });
    };

  const items: VosItem[] = [];
  const ids = new Set<string>();
  rows.slice(1).forEach((rowText, i) => {
    const line = i + 2;
    if (rowText.trim() === "") return;
    const warn = warnAt(map.file, line);
    const cells = rowText.split("\t").map(unquote);
    if (cells.length !== header.length) {
      return warn("UNPARSED_METADATA", `${cells.length} cells where the header has ${header.length}; row skipped`);
    }
    const get = (name: string): string => (col(name) >= 0 ? cells[col(name)]! : "");
    const label = get("label");
    const id = col("id") >= 0 ? asId(get("id")) : label;
    if (!isId(id)) return warn("UNPARSED_METADATA", "no id; row skipped");
    if (ids.has(idKey(id))) return warn("DUPLICATE_ENTRY", `id ${id} again; the first kept`);
    const num = (text: string): number | undefined | null => {
      if (text === "") return undefined;
      const n = Number(text);
      return Number.isFinite(n) ? n : null;
    };
    const item: VosItem = { id, label: label || String(id), weights: {}, scores: {} };
    for (const [target, list] of [
      [item.weights, weights],
      [item.scores, scores],
    ] as const) {
      for (const { index, name } of list) {
        const n = num(cells[index]!);
        if (n === null)
          return warn("UNPARSED_METADATA", `${header[index]} "${cells[index]}" is not a number; row skipped`);
        if (n !== undefined) target[name] = n;
      }
    }
    const [x, y] = [num(get("x")), num(get("y"))];
    if (x === null || y === null) return warn("UNPARSED_METADATA", `x or y is not a number; row skipped`);
    if (x !== undefined && y !== undefined) Object.assign(item, { x, y });
    const { cluster, problem } = clusterNumber(get("cluster"));
    if (problem) warn("UNPARSED_METADATA", `id ${id}: ${problem}; in no cluster`);
    if (cluster !== undefined) item.cluster = cluster;
    if (get("description") !== "") item.description = get("description");
    if (get("url") !== "") item.url = get("url");
    ids.add(idKey(id));
    items.push(item);
  });

  const links = new LinkSet(ids);
  if (network) readNetworkFile(network, links, (line) => warnAt(network.file, line));
  return { network: { items, links: links.links, clusters: clustersOf(items, new Map(), new Map()) }, warnings };
}
