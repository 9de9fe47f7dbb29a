import prettier from "prettier";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { REPORT_FORMATS, ReportData } from "../../schema/report.ts";
import { mdOutline, readCsv } from "../../test/report-checks.ts";
import allRows from "../__fixtures__/rows.all.json" with { type: "json" };
import clusterRows from "../__fixtures__/rows.cluster.json" with { type: "json" };
import { buildReport, type ReportRows } from "../data.ts";
import { csvField } from "./csv.ts";
import { REPORT_WRITERS } from "./index.ts";

const AT = "2025-02-03T04:05:06.000Z";
const ALL = buildReport(allRows as unknown as ReportRows, { generatedAt: AT });
const ONE = buildReport(clusterRows as unknown as ReportRows, { generatedAt: AT });

describe("REPORT_WRITERS", () => {
  it("has one writer per format of schema/report.ts", () => {
    expect(Object.keys(REPORT_WRITERS).sort()).toEqual([...REPORT_FORMATS].sort());
    for (const [id, writer] of Object.entries(REPORT_WRITERS)) expect(writer.id).toBe(id);
  });

  it.each(Object.keys(REPORT_WRITERS) as (keyof typeof REPORT_WRITERS)[])(
    "%s writes byte-identical golden files",
    async (format) => {
      for (const data of [ALL, ONE]) {
        for (const file of REPORT_WRITERS[format].write(data)) {
          await expect(file.content).toMatchFileSnapshot(`../__fixtures__/expected/${file.name}`);
        }
      }
    },
  );
});

describe("markdownWriter", () => {
  const [file] = REPORT_WRITERS.md.write(ALL);

  it("writes report.md with the overview and one section per cluster, every table well formed", () => {
    expect(file!.name).toBe("report.md");
    const outline = mdOutline(file!.content);
    expect(outline.headings[0]).toEqual({ level: 1, text: "Cluster report" });
    expect(outline.headings.filter((h) => h.level === 2)).toHaveLength(3);
    expect(outline.tables.find((t) => t.under === "Clusters")!.head).toEqual([
      "#",
      "Cluster",
      "Papers",
      "Concepts",
      "Share",
      "Years",
      "Top concepts",
    ]);
  });

  it("escapes what would open HTML or break a table", () => {
    expect(file!.content).not.toContain("<script>");
    expect(file!.content).toContain("\\<script\\>alert(1)\\</script\\>");
    expect(file!.content).toContain('"fast" & \\<b\\>exact\\</b\\> \\| a study');
  });

  it("shows why each cluster is named so: its label concepts with score, papers here and share of all papers", () => {
    const table = mdOutline(file!.content).tables.find((t) => t.under === "Why this name")!;
    expect(table.head).toEqual(["Concept", "Type", "Score", "Papers", "Share", "All papers", "Of all papers", "G²"]);
    expect(file!.content).toContain("| LLM inference | Task | 9.5 | 5 | 83.3% | 5 | 45.5% |");
    expect(file!.content).toContain("| Mixture-of-Experts | Method | 7.3 | 3 |");
    expect(file!.content).toContain("| GNN | Method | 8.8 | 4 | 80.0% | 6 | 54.5% |");
    const [one] = REPORT_WRITERS.md.write(ONE);
    expect(one!.content).toContain("No label concepts recorded");
  });

  it("names a one-cluster report after the cluster and leaves the overview out", () => {
    const [one] = REPORT_WRITERS.md.write(ONE);
    expect(one!.name).toBe("cluster-1-1.md");
    const h2 = mdOutline(one!.content)
      .headings.filter((h) => h.level === 2)
      .map((h) => h.text);
    expect(h2).toEqual(["Level-1 cluster 1 · throughput · quantization"]);
  });
});

describe("htmlWriter", () => {
  const [file] = REPORT_WRITERS.html.write(ALL);

  it("writes one document with inline CSS and SVG, no script and nothing to fetch", () => {
    expect(file!.name).toBe("report.html");
    expect(file!.content).toMatch(/^<!doctype html>/);
    expect(file!.content).toContain("Content-Security-Policy");
    expect(file!.content).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
    expect(file!.content.match(/<svg /g)!.length).toBeGreaterThanOrEqual(8);
  });

  it("escapes every string from the graph", () => {
    expect(file!.content).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(file!.content).toContain("&#34;fast&#34; &#38; &#60;b&#62;exact&#60;/b&#62;");
  });

  it("shows each cluster's label concepts with their scores", () => {
    expect(file!.content).toContain("<h3>Why this name</h3>");
    expect(file!.content).toContain(
      '<tr><td data-label="Concept">LLM inference</td><td data-label="Type">Task</td><td class="n" data-label="Score">9.5</td><td class="n" data-label="Papers">5</td><td class="n" data-label="Share">83.3%</td>',
    );
  });

  it("links papers with an arXiv id and not those known by a title hash", () => {
    expect(file!.content).toContain('<a href="https://arxiv.org/abs/2401.00001">');
    expect(file!.content).not.toContain("arxiv.org/abs/t:");
  });
});

describe("csvWriter", () => {
  const files = REPORT_WRITERS.csv.write(ALL);
  const byName = Object.fromEntries(files.map((f) => [f.name, f.content]));

  it("writes one table per file, UTF-8 with a byte-order mark and CRLF line ends", () => {
    expect(Object.keys(byName)).toEqual([
      "report-clusters.csv",
      "report-cluster-concepts.csv",
      "report-cluster-papers.csv",
    ]);
    for (const content of Object.values(byName)) {
      expect(content.startsWith("\uFEFF")).toBe(true);
      expect(content.endsWith("\r\n")).toBe(true);
      expect(content.replace(/\r\n/g, "")).not.toContain("\n");
    }
  });

  it("reads back with a CSV parser: the right rows, and quoted text intact", () => {
    expect(readCsv(byName["report-clusters.csv"]!)).toHaveLength(2);
    const papers = readCsv(byName["report-cluster-papers.csv"]!);
    expect(papers).toHaveLength(11);
    expect(papers.find((r) => r["paper_id"] === "2305.00003")!["title"]).toBe(
      'Speculative decoding, "fast" & <b>exact</b> | a study',
    );
    expect(papers.find((r) => r["paper_id"] === "2204.00011")!["title"]).toBe(
      "Node classification benchmarks revisited (Müller, Ødegaard)",
    );
    const clusters = readCsv(byName["report-clusters.csv"]!);
    expect(clusters.map((r) => [r["label_concepts"], r["label_scores"], r["label_concept_corpus_shares"]])).toEqual([
      ["LLM inference; Mixture-of-Experts", "9.5; 7.25", "0.4545; 0.2727"],
      ["GNN; message passing", "8.75; 6.5", "0.5455; 0.2727"],
    ]);
    const concepts = readCsv(byName["report-cluster-concepts.csv"]!);
    expect(concepts).toHaveLength(ALL.clusters.reduce((n, c) => n + Object.values(c.concepts).flat().length, 0));
  });

  it("csvField() quotes when needed and keeps a spreadsheet from running a cell as a formula", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("--03-11")).toBe("'--03-11");
    expect(csvField(-2.5)).toBe("-2.5");
    expect(csvField(null)).toBe("");
  });
});

describe("jsonWriter", () => {
  it("writes the report data, which the schema accepts", () => {
    const [file] = REPORT_WRITERS.json.write(ALL);
    expect(ReportData.parse(JSON.parse(file!.content))).toEqual(ALL);
  });

  it("report/schema.json is the JSON Schema of ReportData (regenerate with vitest -u)", async () => {
    const schema = z.toJSONSchema(ReportData, { target: "draft-2020-12", io: "output" });
    const text = await prettier.format(JSON.stringify(schema), { parser: "json", printWidth: 120 });
    await expect(text).toMatchFileSnapshot("../schema.json");
  });
});
