/**
 * The single-file page
 * ====================
 * Pure core: the offline map's built page (viz/offline/: one inline script and one inline style;
 * `OFFLINE_MARKS` where the data goes: the map payload and the extras before the script, the
 * abstracts — three quarters of the bytes — after it, so the map starts while the parser is still
 * reading them) and the compressed data blocks → the HTML file. A Content-Security-Policy meta tag allows exactly that script and that style (by hash),
 * images and fonts from data: and blob: URLs, and nothing else: no request can leave the page. The
 * blocks are text from `encodeText7`, which never contains `<`, so no embedded title can close the
 * `<script>` it sits in.
 */
import { createHash } from "node:crypto";
import { OFFLINE_BLOCKS, OFFLINE_BYTES_ATTRIBUTE, decodeText7, encodeText7 } from "../../schema/offline.ts";
import { PaperAtlasError } from "../../schema/errors.ts";

/** The comments in the built page's body where the data blocks go: before the script, after it. */
export const OFFLINE_MARKS = { map: "<!--paperatlas:map-->", rest: "<!--paperatlas:data-->" } as const;

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

function inlineBodies(html: string, tag: "script" | "style"): string[] {
  const pattern = tag === "script" ? /<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g : /<style[^>]*>([\s\S]*?)<\/style>/g;
  return [...html.matchAll(pattern)].map((m) => m[1]!);
}

/** The page's policy: its own inline script and style by hash, data:/blob: images and fonts, nothing else. */
export function contentSecurityPolicy(template: string): string {
  const scripts = inlineBodies(template, "script").map(sha256).join(" ");
  const styles = inlineBodies(template, "style").map(sha256).join(" ");
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    `style-src ${styles}`,
    "img-src data: blob:",
    "font-src data:",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

const escapeAttribute = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function assemblePage(
  template: string,
  blocks: Record<keyof typeof OFFLINE_BLOCKS, Uint8Array>,
  options: { title: string },
): string {
  const marked = template.includes(OFFLINE_MARKS.map) && template.includes(OFFLINE_MARKS.rest);
  if (!marked || !/<meta charset="utf-8"\s*\/?>/i.test(template))
    throw new PaperAtlasError("INTERNAL", "export: the offline map's page has no data mark or charset", {
      hint: "rebuild the bundle: npm run build:viz",
    });
  const csp = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(template))}" />`;
  const block = (key: keyof typeof OFFLINE_BLOCKS) =>
    `<script type="application/octet-stream" id="${OFFLINE_BLOCKS[key]}" ${OFFLINE_BYTES_ATTRIBUTE}="${blocks[key].length}">` +
    `${encodeText7(blocks[key])}</script>`;
  const title = options.title.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  // Functions as replacements: a `$` in the data or the title is never a replacement pattern.
  return template
    .replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}\n    ${csp}`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
    .replace(OFFLINE_MARKS.map, () => `${block("map")}\n${block("extras")}`)
    .replace(OFFLINE_MARKS.rest, () => block("abstracts"));
}

/** The data blocks of a written page, still compressed (for tests and tools; the browser reads them itself). */
export function readPageBlocks(page: string): Record<keyof typeof OFFLINE_BLOCKS, Uint8Array> {
  const read = (key: keyof typeof OFFLINE_BLOCKS) => {
    const open = `<script type="application/octet-stream" id="${OFFLINE_BLOCKS[key]}" ${OFFLINE_BYTES_ATTRIBUTE}="`;
    const at = page.indexOf(open);
    if (at < 0) throw new PaperAtlasError("PARSE_FAILED", `export: the page has no ${OFFLINE_BLOCKS[key]} block`);
    const quote = page.indexOf('"', at + open.length);
    const start = page.indexOf(">", quote) + 1;
    return decodeText7(
      page.slice(start, page.indexOf("</script>", start)),
      Number(page.slice(at + open.length, quote)),
    );
  };
  return { map: read("map"), extras: read("extras"), abstracts: read("abstracts") };
}
