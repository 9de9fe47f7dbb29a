/**
 * VOSviewer file detection
 * ========================
 * `vosviewerKind(head)`: whether a file's first bytes are a VOSviewer JSON file, a map file or a
 * network file, from the content alone (as the input formats are detected). Pure.
 * - JSON: an object whose `network` object holds `items` (`{"config": …, "network": {"items": [`).
 * - Map file: a tab-separated header with a `label` column and VOSviewer's `x`, `y`, `cluster`,
 *   `weight<…>` or `score<…>` columns, and no `title` column (a table of papers has one).
 * - Network file: no header; every line `id<tab>id[<tab>strength]`, ids positive integers (what
 *   VOSviewer requires of map and network files).
 */

export type VosKind = "vosviewer-json" | "vosviewer-map" | "vosviewer-network";

/** The `--format` ids that send every input to the VOSviewer import. */
export const VOS_FORMATS = ["vosviewer-json", "vosviewer-map"] as const;
export type VosFormat = (typeof VOS_FORMATS)[number];

export const isVosFormat = (format: string | undefined): format is VosFormat =>
  (VOS_FORMATS as readonly string[]).includes(format ?? "");

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function vosviewerKind(head: string): VosKind | null {
  const text = stripBom(head);
  if (/^\s*\{/.test(text)) {
    return /"network"\s*:\s*\{/.test(text) && /"items"\s*:\s*\[/.test(text) ? "vosviewer-json" : null;
  }
  const lines = text.split(/\r?\n/);
  // The head may end inside a line: judge the complete lines.
  const complete = lines.length > 1 ? lines.slice(0, -1) : lines;
  const header = (lines[0] ?? "").split("\t").map((h) => h.trim().replace(/^"|"$/g, "").toLowerCase());
  if (
    header.length > 1 &&
    header.includes("label") &&
    !header.includes("title") &&
    header.some((h) => h === "x" || h === "y" || h === "cluster" || /^(weight|score)(<.+>)?$/.test(h))
  ) {
    return "vosviewer-map";
  }
  const rows = complete.filter((l) => l.trim() !== "");
  if (rows.length > 0 && rows.every((l) => /^\d+\t\d+(\t[\d.]+(e[-+]?\d+)?)?$/i.test(l.trim())))
    return "vosviewer-network";
  return null;
}

/**
 * The network file beside a map file, by VOSviewer's naming: the last `map` in the base name
 * becomes `network` (`atlas-map.txt` → `atlas-network.txt`, `VOSviewer_map.txt` →
 * `VOSviewer_network.txt`); null when the name has no `map`.
 */
export function networkNameFor(mapName: string): string | null {
  const i = mapName.toLowerCase().lastIndexOf("map");
  if (i < 0) return null;
  return `${mapName.slice(0, i)}network${mapName.slice(i + 3)}`;
}
