import { describe, expect, it } from "vitest";
import { aliasText, authorRows, newPaperRows, paperRow, planConcepts, uniqueMentions } from "./rows.ts";
import { testPaper } from "../../test/fixtures/paper.ts";

const paper = (id: string) => testPaper({ id, title: `Paper ${id}`, sources: ["a.tsv"], occurrences: ["a.tsv:1"] });

const mention = (paperId: string, conceptId: string, count = 1) => ({
  paperId,
  conceptId,
  count,
  inTitle: false,
  weight: count,
});

describe("newPaperRows", () => {
  it("nests each paper's authors (with position and first spelling), mentions and proposals under it", () => {
    const authors = authorRows([
      { id: "p1", authors: ["Ada Lovelace", "Alan Turing"] },
      { id: "p2", authors: ["alan turing"] },
    ]);
    const rows = newPaperRows(
      [paperRow(paper("p1")), paperRow(paper("p2"))],
      authors,
      [mention("p1", "method:moe", 2), mention("p2", "task:qa")],
      [{ paperId: "p2", conceptId: "method:x" }],
    );
    expect(rows.map((r) => r.props.id)).toEqual(["p1", "p2"]);
    expect(rows[0]!.authors).toEqual([
      { id: "ada lovelace", name: "Ada Lovelace", position: 0 },
      { id: "alan turing", name: "Alan Turing", position: 1 },
    ]);
    expect(rows[1]!.authors).toEqual([{ id: "alan turing", name: "Alan Turing", position: 0 }]);
    expect(rows[0]!.mentions).toEqual([{ conceptId: "method:moe", count: 2, inTitle: false, weight: 2 }]);
    expect(rows[0]!.proposes).toEqual([]);
    expect(rows[1]!.proposes).toEqual(["method:x"]);
  });

  it("leaves out links of papers that are not new", () => {
    const rows = newPaperRows(
      [paperRow(paper("p1"))],
      authorRows([{ id: "old", authors: ["B"] }]),
      [mention("old", "c")],
      [],
    );
    expect(rows).toEqual([expect.objectContaining({ authors: [], mentions: [], proposes: [] })]);
  });
});

describe("uniqueMentions", () => {
  it("keeps one row per paper and concept, the last one", () => {
    expect(uniqueMentions([mention("p", "c", 1), mention("p", "d"), mention("p", "c", 3)])).toEqual([
      mention("p", "c", 3),
      mention("p", "d"),
    ]);
  });
});

describe("planConcepts", () => {
  const row = (id: string, aliases: string[]) => ({ id, name: id, aliases });

  it("creates unknown concepts with their alias text", () => {
    const plan = planConcepts([row("method:moe", ["MoE", "Mixture of Experts"])], new Map());
    expect(plan.created).toEqual([
      {
        id: "method:moe",
        name: "method:moe",
        aliases: ["MoE", "Mixture of Experts"],
        aliasText: " MoE Mixture of Experts",
      },
    ]);
    expect(plan.grown).toEqual([]);
  });

  it("adds new aliases after the stored ones and skips concepts that gained nothing", () => {
    const stored = new Map([
      ["method:moe", ["MoE"]],
      ["task:qa", ["QA"]],
    ]);
    const plan = planConcepts([row("method:moe", ["Mixture of Experts", "MoE"]), row("task:qa", ["QA"])], stored);
    expect(plan.created).toEqual([]);
    expect(plan.grown).toEqual([
      {
        id: "method:moe",
        name: "method:moe",
        aliases: ["MoE", "Mixture of Experts"],
        aliasText: " MoE Mixture of Experts",
      },
    ]);
  });

  it("aliasText of no aliases is empty", () => {
    expect(aliasText([])).toBe("");
  });
});
