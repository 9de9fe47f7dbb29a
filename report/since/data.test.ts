import { parse as parseCsv } from "csv-parse/sync";
import prettier from "prettier";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ClusterLineage } from "../../schema/model.ts";
import { SinceReportData } from "../../schema/report-since.ts";
import { REPORT_WRITERS } from "../writers/index.ts";
import { buildSinceReport, type SinceRows } from "./data.ts";

const lineage = (level: number, l: Partial<ClusterLineage>): ClusterLineage => ({
  level,
  merges: [],
  splits: [],
  created: [],
  redirects: [],
  ...l,
});

const cluster = (
  id: string,
  level: number,
  number: number,
  size: number,
  paperCount: number,
  parent: string | null,
) => ({
  id,
  level,
  number,
  label: id === "R1" ? "Vision <script>alert(1)</script>" : `Label ${id}`,
  size,
  paperCount,
  parent,
  from: id === "u2:1:0" ? ["c3"] : [id],
});

function rows(sizesBefore = true): SinceRows {
  const base = { current: false, addedPapers: 2, addedConcepts: 3, movedNodes: 0, lineage: null, sizesBefore: null };
  return {
    query: "2026-01-02",
    base: { ...base, id: "b", createdAt: "2026-01-01T00:00:00.000Z", basedOn: null },
    updates: [
      {
        ...base,
        id: "u1",
        createdAt: "2026-01-02T00:00:00.000Z",
        basedOn: "b",
        lineage: [
          lineage(0, {}),
          lineage(1, {
            merges: [{ into: "c1", from: ["c1", "x"] }],
            splits: [{ from: "y", into: ["c2", "c3"] }],
            redirects: [
              { from: "x", to: "c1" },
              { from: "y", to: "c2" },
            ],
          }),
        ],
        sizesBefore: sizesBefore
          ? new Map<string, [number, number]>([
              ["R1", [15, 5]],
              ["R2", [8, 3]],
              ["c1", [9, 3]],
              ["c2", [6, 2]],
              ["c3", [8, 3]],
              ["x", [2, 1]],
              ["y", [3, 1]],
            ])
          : null,
      },
      {
        ...base,
        id: "u2",
        createdAt: "2026-01-03T00:00:00.000Z",
        basedOn: "u1",
        current: true,
        lineage: [lineage(0, {}), lineage(1, { created: ["u2:1:0"] })],
        sizesBefore: null,
      },
    ],
    clusters: [
      cluster("R1", 0, 0, 20, 8, null),
      cluster("R2", 0, 1, 13, 4, null),
      cluster("c1", 1, 0, 12, 5, "R1"),
      cluster("c2", 1, 1, 8, 3, "R1"),
      cluster("c3", 1, 2, 10, 4, "R2"),
      cluster("u2:1:0", 1, 3, 3, 2, "R2"),
    ],
    papers: [
      { id: "p1", title: "A <b>bold</b> | title", published: "2026-01-02", addedIn: "u1", clusters: ["R1", "c1"] },
      { id: "p2", title: "=cmd()", published: null, addedIn: "u2", clusters: ["R1", "c1"] },
      { id: "p3", title: "Third", published: "--01-03", addedIn: "u2", clusters: ["R1", "c2"] },
      { id: "2401.00001", title: "An arXiv paper", published: null, addedIn: "u1", clusters: ["R2", "u2:1:0"] },
    ],
    addedByCluster: [
      { id: "R1", nodes: 5, papers: 3 },
      { id: "R2", nodes: 2, papers: 1 },
      { id: "c1", nodes: 3, papers: 2 },
      { id: "c2", nodes: 2, papers: 1 },
      { id: "u2:1:0", nodes: 2, papers: 1 },
    ],
    addedConcepts: 6,
    concepts: [
      { id: "dataset:imagenet", name: "ImageNet", type: "dataset", added: 2, before: 4, isNew: false },
      { id: "method:m<1>", name: "Method<1>", type: "method", added: 3, before: 0, isNew: true },
      { id: "task:qa", name: "QA", type: "task", added: 2, before: 1, isNew: false },
      { id: "hardware:a100", name: "A100", type: "hardware", added: 1, before: 0, isNew: true },
    ],
  };
}

const GENERATED = "2026-01-04T00:00:00.000Z";

describe("buildSinceReport(rows, {generatedAt})", () => {
  const data = buildSinceReport(rows(), { generatedAt: GENERATED });

  it("is valid against the schema and names the window", () => {
    expect(SinceReportData.parse(data)).toEqual(data);
    expect(data.since).toMatchObject({ query: "2026-01-02", base: { run: "b" }, current: "u2" });
    expect(data.since.updates.map((u) => u.run)).toEqual(["u1", "u2"]);
    expect(data.title).toBe("What's new: 2 updates since 2026-01-01");
  });

  it("counts the added papers per region and finest cluster, most first, and lists papers in that order", () => {
    expect(data.added.papers).toBe(4);
    expect(data.added.concepts).toBe(6);
    expect(data.added.regions.map((r) => [r.id, r.papers, r.clusters.map((k) => [k.id, k.papers])])).toEqual([
      [
        "R1",
        3,
        [
          ["c1", 2],
          ["c2", 1],
        ],
      ],
      ["R2", 1, [["u2:1:0", 1]]],
    ]);
    expect(data.added.regions[0]!.color).toBe("#4e79a7");
    expect(data.papers.map((p) => p.id)).toEqual(["p2", "p1", "p3", "2401.00001"]);
  });

  it("ranks grown clusters per level by papers gained against the recorded sizes, leaving out new clusters", () => {
    expect(data.grew.map((g) => [g.id, g.papersBefore, g.papersAfter, g.sizeBefore, g.sizeAfter, g.growth])).toEqual([
      ["R1", 5, 8, 15, 20, 0.6],
      ["R2", 3, 4, 8, 13, 0.3333],
      ["c1", 3, 5, 9, 12, 0.6667],
      ["c2", 2, 3, 6, 8, 0.5],
      ["c3", 3, 4, 8, 10, 0.3333],
    ]);
    expect(buildSinceReport(rows(), { generatedAt: GENERATED, grewPerLevel: 1 }).grew.map((g) => g.id)).toEqual([
      "R1",
      "c1",
    ]);
  });

  it("falls back to the sizes now minus what the window added when the run recorded none", () => {
    const fallback = buildSinceReport(rows(false), { generatedAt: GENERATED });
    expect(fallback.grew.map((g) => [g.id, g.papersBefore, g.sizeBefore])).toEqual([
      ["R1", 5, 15],
      ["R2", 3, 11],
      ["c1", 3, 9],
      ["c2", 2, 6],
    ]);
  });

  it("lists created, merged, split and gone clusters with labels for those that exist", () => {
    expect(data.lineage.created).toEqual([
      {
        run: "u2",
        cluster: { id: "u2:1:0", level: 1, label: "Label u2:1:0", color: "#f28e2b" },
        size: 3,
        paperCount: 2,
        from: ["c3"],
      },
    ]);
    expect(data.lineage.merges).toEqual([
      { run: "u1", into: { id: "c1", level: 1, label: "Label c1", color: "#4e79a7" }, from: ["c1", "x"] },
    ]);
    expect(data.lineage.splits[0]!.from).toEqual({ id: "y", level: 1, label: null, color: null });
    expect(data.lineage.splits[0]!.into.map((k) => k.id)).toEqual(["c2", "c3"]);
    expect(data.lineage.gone.map((g) => [g.id, g.level, g.to.id])).toEqual([
      ["x", 1, "c1"],
      ["y", 1, "c2"],
    ]);
  });

  it("ranks rising concepts by added / (before + 1), leaving out those named by one added paper", () => {
    expect(data.rising.map((c) => [c.id, c.before, c.added, c.growth, c.isNew])).toEqual([
      ["method:m<1>", 0, 3, null, true],
      ["task:qa", 1, 2, 2, false],
      ["dataset:imagenet", 4, 2, 0.5, false],
    ]);
  });

  it("gives the same bytes for the same rows", () => {
    expect(JSON.stringify(buildSinceReport(rows(), { generatedAt: GENERATED }))).toBe(JSON.stringify(data));
  });
});

describe("REPORT_WRITERS[format].writeSince(data)", () => {
  const data = buildSinceReport(rows(), { generatedAt: GENERATED });
  const one = (format: "md" | "html" | "json") => {
    const files = REPORT_WRITERS[format].writeSince(data);
    expect(files).toHaveLength(1);
    return files[0]!;
  };

  it("json: the data itself, as since.json", () => {
    const file = one("json");
    expect(file.name).toBe("since.json");
    expect(SinceReportData.parse(JSON.parse(file.content))).toEqual(data);
  });

  it("report/since-schema.json is the JSON Schema of SinceReportData (regenerate with vitest -u)", async () => {
    const schema = z.toJSONSchema(SinceReportData, { target: "draft-2020-12", io: "output" });
    const text = await prettier.format(JSON.stringify(schema), { parser: "json", printWidth: 120 });
    await expect(text).toMatchFileSnapshot("../since-schema.json");
  });

  it("md: every section, graph text escaped so it cannot break a table or open HTML", () => {
    const { name, content } = one("md");
    expect(name).toBe("since.md");
    for (const heading of [
      "## Papers added",
      "## Clusters that grew most",
      "### Merges",
      "### Splits",
      "## Rising concepts",
    ]) {
      expect(content).toContain(heading);
    }
    expect(content).toContain("A \\<b\\>bold\\</b\\> \\| title");
    expect(content).not.toContain("<script>");
    expect(content).toContain("[An arXiv paper](https://arxiv.org/abs/2401.00001)");
    expect(content).toMatch(
      /\| Vision \\<script\\>alert\(1\)\\<\/script\\> `R1` \| 3 \| Label c1 \(2\); Label c2 \(1\) \|/,
    );
  });

  it("html: self-contained, every string escaped", () => {
    const { name, content } = one("html");
    expect(name).toBe("since.html");
    expect(content).toContain("default-src 'none'");
    expect(content).not.toMatch(/<script|<b>bold/);
    expect(content).toContain("Vision &#60;script&#62;alert(1)&#60;/script&#62;");
    expect(content).toContain("A &#60;b&#62;bold&#60;/b&#62; | title");
    expect(content).toContain("Method&#60;1&#62; <i>(new)</i>");
    expect(content).toContain('<a href="https://arxiv.org/abs/2401.00001">An arXiv paper</a>');
  });

  it("csv: three tables, formula-looking text neutralised", () => {
    const files = REPORT_WRITERS.csv.writeSince(data);
    expect(files.map((f) => f.name)).toEqual(["since-papers.csv", "since-clusters.csv", "since-concepts.csv"]);
    const table = (i: number) => parseCsv(files[i]!.content, { bom: true, columns: true }) as Record<string, string>[];
    expect(table(0).map((r) => r["title"])).toEqual(["'=cmd()", "A <b>bold</b> | title", "Third", "An arXiv paper"]);
    expect(table(0)[3]).toMatchObject({ region_id: "R2", cluster_id: "u2:1:0", cluster: "Label u2:1:0" });
    expect(table(1).map((r) => `${r["change"]}:${r["cluster_id"]}`)).toEqual([
      "grew:R1",
      "grew:R2",
      "grew:c1",
      "grew:c2",
      "grew:c3",
      "created:u2:1:0",
      "merged:c1",
      "split:y",
      "gone:x",
      "gone:y",
    ]);
    expect(table(1)[8]).toMatchObject({ related_ids: "c1" });
    expect(table(2).map((r) => [r["id"], r["new"]])).toEqual([
      ["method:m<1>", "true"],
      ["task:qa", "false"],
      ["dataset:imagenet", "false"],
    ]);
  });
});
