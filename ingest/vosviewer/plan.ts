/**
 * VOSviewer map → graph rows
 * ==========================
 * `planVosImport(network, source)`: the items, links and clusters a VOSviewer file holds
 * (schema/vosviewer.ts, read by export/vosviewer/parse.ts) → the papers, concepts, relationships
 * and ClusterRun the import writes (schema/cypher/vosviewer.ts), plus warnings. Pure.
 *
 * - Items of our own exports say what they are in their description, `paper · 2024 · 2401.00005`
 *   or `method · method:moe` (export/vosviewer/network.ts): that type and id are kept.
 * - Any other item is a Paper when it has a url or a description (what VOSviewer's document maps
 *   give), its id the arXiv id of the url, else `t:` + the hash of its label (the GUIDE's rule);
 *   otherwise a Concept (a term or keyword map), typed by the curated lexicons, else by its head
 *   noun ("… dataset"), else `technique`, its id `type:normalised-name`. Items that fold to one id
 *   become one node (a warning; their links are added together).
 * - Links: paper–concept → MENTIONS {weight: strength}; paper–paper between two items of our own
 *   export with strength 1 or 2 → CITES (2: both ways; 1: the way the file lists the pair);
 *   anything else → RELATED {strength}. So our own export of the imported graph writes the same
 *   links with the same strengths.
 * - Clusters: VOSviewer's cluster n → Cluster `{run}:0:{n, 4 digits}` of level 0, `number` n − 1,
 *   its label from the file (else "Cluster n"), its top concepts by paper count; the run id is
 *   `v` + 12 hex of a hash of the file's sha256, so the same file gives the same ids.
 * - Positions and strengths beyond ±VOS_MAX_MAGNITUDE are dropped with a warning (a count beyond it
 *   is not used).
 */
import { VOS_MAX_CLUSTER, type VosId, type VosItem, type VosNetwork } from "../../schema/vosviewer.ts";
import {
  CONCEPT_TYPES,
  type Cluster,
  type ClusterNode,
  type ClusterRun,
  type ConceptType,
} from "../../schema/model.ts";
import type {
  VosCiteRow,
  VosConceptRow,
  VosMemberRow,
  VosMentionRow,
  VosPaperRow,
  VosRelatedRow,
} from "../../schema/cypher/vosviewer.ts";
import type { Warning } from "../../schema/warnings.ts";
import { shortHash, titleId, titleKey } from "../dedup/index.ts";
import { conceptId, defaultLexicon } from "../extract/index.ts";
import { typeByHead } from "../extract/heads.ts";
import { lookup } from "../extract/lexicon.ts";

export interface VosSource {
  /** Base name, for warnings and `ClusterRun.importedFrom`. */
  file: string;
  /** sha256 of the file's bytes (of the map file's and the network file's, for a pair). */
  sha256: string;
  /** ISO time of the import (the run's `createdAt` on first import). */
  at: string;
}

export interface VosImportPlan {
  papers: VosPaperRow[];
  concepts: Record<ConceptType, VosConceptRow[]>;
  mentions: VosMentionRow[];
  /** CITES one way (`source` → `target`), and both ways. */
  cites: VosCiteRow[];
  mutualCites: VosCiteRow[];
  related: VosRelatedRow[];
  run: ClusterRun;
  clusters: ClusterNode[];
  members: VosMemberRow[];
  warnings: Warning[];
}

type Kind = "paper" | ConceptType;

interface Node {
  id: string;
  kind: Kind;
  /** Read from our own export's description. */
  ours: boolean;
  item: VosItem;
}

const OURS = new RegExp(`^(paper|${CONCEPT_TYPES.join("|")})(?: · (\\d{4}))? · (\\S.*)$`);

function arxivIdOf(url: string | undefined): string | null {
  const m = url && /^https?:\/\/arxiv\.org\/abs\/(.+?)\/?$/.exec(url);
  return m ? m[1]! : null;
}

function doiOf(url: string | undefined): string | null {
  const m = url && /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/** A foreign term's type: the lexicon's when it knows the name as one type, else by head noun, else technique. */
export function termType(label: string): ConceptType {
  const types = new Set(lookup(defaultLexicon(), label).flatMap((e) => (e.type === "stop" ? [] : [e.type])));
  if (types.size === 1) return [...types][0]!;
  return typeByHead(label) ?? "technique";
}

function classify(item: VosItem): Omit<Node, "item"> {
  const ours = item.description !== undefined ? OURS.exec(item.description) : null;
  if (ours) return { id: ours[3]!, kind: ours[1] as Kind, ours: true };
  if (item.url !== undefined || item.description !== undefined) {
    return { id: arxivIdOf(item.url) ?? titleId(item.label), kind: "paper", ours: false };
  }
  const type = termType(item.label);
  return { id: conceptId(type, item.label), kind: type, ours: false };
}

/** Year of a paper: our description's, else a whole `Pub. year` / `Avg. pub. year` score. */
function yearOf(item: VosItem): number | null {
  const ours = item.description !== undefined ? OURS.exec(item.description) : null;
  if (ours?.[2] !== undefined) return Number(ours[2]);
  const score = item.scores["Pub. year"] ?? item.scores["Avg. pub. year"];
  return score !== undefined && Number.isInteger(score) && score > 0 && score < 10000 ? score : null;
}

/**
 * Positions, strengths and counts beyond this are refused: VOSviewer's coordinates are near ±1 and
 * ours within thousands, and the exports round to 3–4 decimals (1e308 × 1000 is Infinity).
 */
export const VOS_MAX_MAGNITUDE = 1e9;

const placed = (item: VosItem): boolean =>
  item.x !== undefined &&
  item.y !== undefined &&
  Math.abs(item.x) <= VOS_MAX_MAGNITUDE &&
  Math.abs(item.y) <= VOS_MAX_MAGNITUDE;

const position = (item: VosItem) => (placed(item) ? { x: item.x!, y: item.y! } : { x: null, y: null });

function paperRow(node: Node): VosPaperRow {
  const { item } = node;
  const year = node.kind === "paper" ? yearOf(item) : null;
  return {
    id: node.id,
    title: item.label,
    titleHash: item.label === "" ? null : shortHash(titleKey(item.label)),
    year,
    published: year === null ? null : String(year),
    arxivId: arxivIdOf(item.url) ?? (/^\d{4}\.\d{4,5}(v\d+)?$/.test(node.id) ? node.id : null),
    doi: doiOf(item.url),
    ...position(item),
  };
}

function conceptRow(node: Node): VosConceptRow {
  const { item } = node;
  const count = item.weights["Documents"] ?? item.weights["Occurrences"];
  return {
    id: node.id,
    name: item.label,
    paperCount:
      count !== undefined && Number.isInteger(count) && count >= 0 && count <= VOS_MAX_MAGNITUDE ? count : null,
    ...position(item),
  };
}

function fingerprint(sha256: string): string {
  return `v${shortHash(`vosviewer:${sha256}`).slice(0, 12)}`;
}

const TOP_BY_TYPE = {
  method: "topMethods",
  dataset: "topDatasets",
  hardware: "topHardware",
  task: "topTasks",
  technique: "topTechniques",
  metric: "topMetrics",
} as const satisfies Record<ConceptType, keyof Cluster>;

function clusterRecords(
  network: VosNetwork,
  nodes: readonly Node[],
  runId: string,
): { clusters: ClusterNode[]; members: VosMemberRow[] } {
  const labels = new Map(network.clusters.map((c) => [c.cluster, c.label]));
  const byNumber = new Map<number, Node[]>();
  for (const node of nodes) {
    const n = node.item.cluster;
    if (n === undefined || n < 1 || n > VOS_MAX_CLUSTER) continue;
    byNumber.set(n, [...(byNumber.get(n) ?? []), node]);
  }
  const idOf = (n: number) => `${runId}:0:${String(n).padStart(4, "0")}`;
  const clusters = [...byNumber.keys()]
    .sort((a, b) => a - b)
    .map((n): ClusterNode => {
      const members = byNumber.get(n)!;
      const concepts = members
        .filter((m) => m.kind !== "paper")
        .map((m) => ({ node: m, count: conceptRow(m).paperCount ?? 0 }))
        .sort((a, b) => b.count - a.count || (a.node.id < b.node.id ? -1 : 1));
      const top = (list: typeof concepts, k: number) => list.slice(0, k).map((c) => c.node.item.label);
      // The centre the map puts the label at: the mean of the members' positions (in file order, so
      // the same file gives the same bits).
      const at = members.filter((m) => placed(m.item));
      const centre =
        at.length > 0
          ? {
              x: at.reduce((sum, m) => sum + m.item.x!, 0) / at.length,
              y: at.reduce((sum, m) => sum + m.item.y!, 0) / at.length,
            }
          : {};
      const cluster: ClusterNode = {
        id: idOf(n),
        run: runId,
        level: 0,
        number: n - 1,
        label: labels.get(n) ?? `Cluster ${n}`,
        size: members.length,
        paperCount: members.length - concepts.length,
        conceptCount: concepts.length,
        topConcepts: top(concepts, 10),
        topConceptIds: concepts.slice(0, 10).map((c) => c.node.id),
        labelConceptIds: [],
        labelScores: [],
        topMethods: [],
        topDatasets: [],
        topHardware: [],
        topTasks: [],
        topTechniques: [],
        topMetrics: [],
        modularity: 0,
        ...centre,
      };
      for (const type of CONCEPT_TYPES)
        cluster[TOP_BY_TYPE[type]] = top(
          concepts.filter((c) => c.node.kind === type),
          5,
        );
      return cluster;
    });
  const members = nodes.flatMap((node) =>
    node.item.cluster !== undefined && byNumber.has(node.item.cluster)
      ? [{ id: node.id, cluster: idOf(node.item.cluster) }]
      : [],
  );
  return { clusters, members };
}

function runRecord(
  runId: string,
  source: VosSource,
  clusters: readonly ClusterNode[],
  nodes: readonly Node[],
  links: number,
): ClusterRun {
  const papers = nodes.filter((n) => n.kind === "paper").length;
  const everyPlaced = nodes.length > 0 && nodes.every((n) => placed(n.item));
  return {
    id: runId,
    current: true,
    createdAt: source.at,
    algorithm: "imported",
    importedFrom: source.file,
    resolution: 0,
    seed: 0,
    runs: 0,
    minPapers: 0,
    maxPapers: null,
    citesWeight: 0,
    weighting: "vosviewer",
    modularity: 0,
    quality: 0,
    levels: 1,
    clusterCounts: [clusters.length],
    papers,
    concepts: nodes.length - papers,
    searchNodes: nodes.length,
    searchEdges: links,
    unassigned: nodes.filter((n) => n.item.cluster === undefined).length,
    elapsedMs: 0,
    // Positions came with the file: the map needs no layout run.
    ...(everyPlaced ? { layoutAt: source.at, layoutIterations: 0, layoutSeed: 0 } : {}),
  };
}

export function planVosImport(network: VosNetwork, source: VosSource): VosImportPlan {
  const warnings: Warning[] = [];
  const warn = (code: Warning["code"], message: string) =>
    warnings.push({ code, file: source.file, message: `${source.file}: ${message}` });

  // Items → nodes; items that fold to one id are one node (the first item's label and place).
  const nodes: Node[] = [];
  const byVosId = new Map<string, Node>();
  const byId = new Map<string, Node>();
  for (const item of network.items) {
    if (item.x !== undefined && !placed(item))
      warn("UNPARSED_METADATA", `item ${item.id}: x or y beyond ±${VOS_MAX_MAGNITUDE}; no position`);
    const { id, kind, ours } = classify(item);
    const same = byId.get(id);
    if (same !== undefined) {
      warn("DUPLICATE_ENTRY", `items ${same.item.id} and ${item.id} ("${item.label}") are both ${id}; one node`);
      byVosId.set(String(item.id), same);
      continue;
    }
    const node = { id, kind, ours, item };
    nodes.push(node);
    byId.set(id, node);
    byVosId.set(String(item.id), node);
  }

  // Links between nodes, strengths of folded pairs added; the file's order is the pair's direction.
  const pairs = new Map<string, { a: Node; b: Node; strength: number }>();
  for (const link of network.links) {
    const [a, b] = [link.source_id, link.target_id].map((id: VosId) => byVosId.get(String(id)));
    if (a === undefined || b === undefined || a === b) continue;
    if (link.strength > VOS_MAX_MAGNITUDE) {
      warn(
        "UNPARSED_METADATA",
        `link ${link.source_id}–${link.target_id}: strength beyond ${VOS_MAX_MAGNITUDE}; skipped`,
      );
      continue;
    }
    const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
    const pair = pairs.get(key);
    if (pair) pair.strength += link.strength;
    else pairs.set(key, { a, b, strength: link.strength });
  }
  const mentions: VosMentionRow[] = [];
  const cites: VosCiteRow[] = [];
  const mutualCites: VosCiteRow[] = [];
  const related: VosRelatedRow[] = [];
  for (const { a, b, strength } of pairs.values()) {
    if ((a.kind === "paper") !== (b.kind === "paper")) {
      const [paper, concept] = a.kind === "paper" ? [a, b] : [b, a];
      mentions.push({ paperId: paper.id, conceptId: concept.id, weight: strength });
    } else if (a.kind === "paper" && a.ours && b.ours && (strength === 1 || strength === 2)) {
      (strength === 2 ? mutualCites : cites).push({ source: a.id, target: b.id });
    } else {
      related.push({ source: a.id, target: b.id, strength });
    }
  }

  const runId = fingerprint(source.sha256);
  const { clusters, members } = clusterRecords(network, nodes, runId);
  const concepts = Object.fromEntries(CONCEPT_TYPES.map((t) => [t, [] as VosConceptRow[]])) as Record<
    ConceptType,
    VosConceptRow[]
  >;
  for (const node of nodes) if (node.kind !== "paper") concepts[node.kind].push(conceptRow(node));
  return {
    papers: nodes.filter((n) => n.kind === "paper").map(paperRow),
    concepts,
    mentions,
    cites,
    mutualCites,
    related,
    run: runRecord(runId, source, clusters, nodes, pairs.size),
    clusters,
    members,
    warnings,
  };
}
