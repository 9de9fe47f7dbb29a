/**
 * VOSviewer import runner
 * =======================
 * I/O around the pure core: `splitVosviewerInputs(paths, format)` picks out of `ingest`'s inputs
 * the VOSviewer files (by content, detect.ts) and pairs each map file with its network file;
 * `runVosImport(db, input)` reads one, parses it (export/vosviewer/parse.ts), plans the rows
 * (plan.ts) and writes them in ONE transaction: a file that fails leaves nothing.
 */
import { createHash } from "node:crypto";
import { open, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Db, Tx } from "../../db/client.ts";
import { parseVosviewerJson, parseVosviewerMap, type VosParseResult } from "../../export/vosviewer/parse.ts";
import { LINK_PAPERS_TO_SOURCE, MERGE_SOURCE, SET_SOURCE_COUNT } from "../../schema/cypher/papers.ts";
import type { Query } from "../../schema/cypher/query.ts";
import {
  ASSIGN_VOS_MEMBERS,
  COUNT_VOS_CONCEPT_PAPERS,
  MERGE_VOS_CITES,
  MERGE_VOS_CLUSTERS,
  MERGE_VOS_CONCEPTS,
  MERGE_VOS_MENTIONS,
  MERGE_VOS_PAPERS,
  MERGE_VOS_RELATED,
  REPLACE_WITH_VOS_RUN,
} from "../../schema/cypher/vosviewer.ts";
import { PaperAtlasError } from "../../schema/errors.ts";
import { CONCEPT_TYPES } from "../../schema/model.ts";
import type { Warning } from "../../schema/warnings.ts";
import { isVosFormat, networkNameFor, vosviewerKind, type VosFormat } from "./detect.ts";
import { planVosImport } from "./plan.ts";

/** One VOSviewer input: a JSON file, or a map file with its network file (none: items only). */
export interface VosInput {
  format: VosFormat;
  path: string;
  network?: string;
}

export interface VosImportSummary {
  file: string;
  network?: string;
  format: VosFormat;
  runId: string;
  items: number;
  papers: number;
  concepts: number;
  mentions: number;
  cites: number;
  related: number;
  clusters: number;
  positioned: number;
  warnings: Warning[];
}

/** Enough of a file to tell a VOSviewer file (the JSON's `network` may follow a long colour list). */
const HEAD_BYTES = 256 * 1024;

async function head(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

const isFile = async (file: string): Promise<boolean> => (await stat(file).catch(() => null))?.isFile() === true;

/**
 * The VOSviewer inputs among `paths`, and the rest (for the paper pipeline). With `--format
 * vosviewer-json|vosviewer-map` every input is one; else a file is by its content (directories
 * and compressed files never are). A network file pairs with the map file given beside it
 * (`X-map.txt` ↔ `X-network.txt`, or the only map of the command); a map file given alone takes
 * the network file next to it on disk, if there is one.
 */
export async function splitVosviewerInputs(
  paths: readonly string[],
  format?: string,
): Promise<{ inputs: VosInput[]; rest: string[] }> {
  const forced = isVosFormat(format) ? format : undefined;
  const rest: string[] = [];
  const jsons: string[] = [];
  const maps: string[] = [];
  const networks: string[] = [];
  for (const p of paths) {
    if ((format !== undefined && forced === undefined) || /\.(gz|xz)$/i.test(p) || !(await isFile(p))) {
      rest.push(p);
      continue;
    }
    const kind = vosviewerKind(await head(p));
    if (kind === "vosviewer-network") networks.push(p);
    else if (forced === "vosviewer-json" || (forced === undefined && kind === "vosviewer-json")) jsons.push(p);
    else if (forced === "vosviewer-map" || (forced === undefined && kind === "vosviewer-map")) maps.push(p);
    else rest.push(p);
  }
  const inputs: VosInput[] = jsons.map((p) => ({ format: "vosviewer-json" as const, path: p }));
  const unpaired = new Set(networks);
  for (const map of maps) {
    const sibling = networkNameFor(path.basename(map));
    const given =
      networks.find((n) => sibling !== null && path.basename(n) === sibling) ??
      (maps.length === 1 && networks.length === 1 ? networks[0] : undefined);
    const beside = sibling !== null ? path.join(path.dirname(map), sibling) : undefined;
    const network = given ?? (beside !== undefined && (await isFile(beside)) ? beside : undefined);
    if (network !== undefined) unpaired.delete(network);
    inputs.push({ format: "vosviewer-map", path: map, ...(network !== undefined ? { network } : {}) });
  }
  const lone = [...unpaired][0];
  if (lone !== undefined) {
    throw new PaperAtlasError("INPUT_NOT_FOUND", `vosviewer: ${lone}: a network file without its map file`, {
      where: lone,
      hint: "give the map file too (it names the items the network's ids refer to), e.g. atlas-map.txt with atlas-network.txt",
    });
  }
  return { inputs, rest };
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (cause) {
    throw new PaperAtlasError("INPUT_NOT_FOUND", `vosviewer: cannot read "${file}": ${(cause as Error).message}`, {
      where: file,
      hint: "check the path",
      cause,
    });
  }
}

const UNWIND_CHUNK = 2000;

/** A list written in chunks inside the one transaction (a huge UNWIND list is one huge statement). */
async function inChunks<R extends object, K extends string, T>(
  tx: Tx,
  q: Query<Record<K, T[]> & Record<string, unknown>, R>,
  key: K,
  rows: readonly T[],
  extra: Record<string, unknown> = {},
): Promise<void> {
  for (let i = 0; i < rows.length; i += UNWIND_CHUNK) {
    await tx.run(q, { ...extra, [key]: rows.slice(i, i + UNWIND_CHUNK) } as Record<K, T[]> & Record<string, unknown>);
  }
}

export async function runVosImport(
  db: Db,
  input: VosInput,
  options: { now?: () => Date } = {},
): Promise<VosImportSummary> {
  const name = path.basename(input.path);
  const text = await readText(input.path);
  const networkText = input.network !== undefined ? await readText(input.network) : undefined;
  const parsed: VosParseResult =
    input.format === "vosviewer-json"
      ? parseVosviewerJson(text, name)
      : parseVosviewerMap(
          { text, file: name },
          networkText !== undefined && input.network !== undefined
            ? { text: networkText, file: path.basename(input.network) }
            : undefined,
        );
  const sha256 = createHash("sha256")
    .update(text)
    .update(networkText !== undefined ? `\u0000${networkText}` : "")
    .digest("hex");
  const at = (options.now ?? (() => new Date()))().toISOString();
  const plan = planVosImport(parsed.network, { file: name, sha256, at });
  const concepts = CONCEPT_TYPES.flatMap((t) => plan.concepts[t]);

  await db.transaction(async (tx) => {
    await inChunks(tx, MERGE_VOS_PAPERS, "papers", plan.papers, { file: name });
    for (const type of CONCEPT_TYPES) await inChunks(tx, MERGE_VOS_CONCEPTS[type], "concepts", plan.concepts[type]);
    await inChunks(tx, MERGE_VOS_MENTIONS, "mentions", plan.mentions);
    await inChunks(tx, MERGE_VOS_CITES, "cites", plan.cites, { both: false });
    await inChunks(tx, MERGE_VOS_CITES, "cites", plan.mutualCites, { both: true });
    await inChunks(tx, MERGE_VOS_RELATED, "links", plan.related);
    await inChunks(
      tx,
      COUNT_VOS_CONCEPT_PAPERS,
      "ids",
      concepts.map((c) => c.id),
    );
    await tx.run(REPLACE_WITH_VOS_RUN, { run: plan.run, at });
    await inChunks(tx, MERGE_VOS_CLUSTERS, "clusters", plan.clusters);
    await tx.run(ASSIGN_VOS_MEMBERS, { members: plan.members });
    const format = input.format;
    await tx.run(MERGE_SOURCE, { source: { sha256, path: path.resolve(input.path), name, format, ingestedAt: at } });
    await tx.run(SET_SOURCE_COUNT, { sha256, paperCount: plan.papers.length });
    await inChunks(
      tx,
      LINK_PAPERS_TO_SOURCE,
      "ids",
      plan.papers.map((p) => p.id),
      { sha256 },
    );
  });

  return {
    file: name,
    ...(input.network !== undefined ? { network: path.basename(input.network) } : {}),
    format: input.format,
    runId: plan.run.id,
    items: parsed.network.items.length,
    papers: plan.papers.length,
    concepts: concepts.length,
    mentions: plan.mentions.length,
    cites: plan.cites.length + 2 * plan.mutualCites.length,
    related: plan.related.length,
    clusters: plan.clusters.length,
    positioned: [...plan.papers, ...concepts].filter((n) => n.x !== null).length,
    warnings: [...parsed.warnings, ...plan.warnings],
  };
}
