import { describe, expect, it } from "vitest";
import { PaperAtlasError } from "../../../schema/errors.ts";
import { TsvTokenizer, type TsvRow } from "./tsv.ts";

function tokenize(chunks: string[]): TsvRow[] {
  const rows: TsvRow[] = [];
  const tokenizer = new TsvTokenizer("t.tsv");
  for (const chunk of chunks) tokenizer.push(chunk, rows);
  tokenizer.end(rows);
  return rows;
}

function failure(chunks: string[]): PaperAtlasError {
  try {
    tokenize(chunks);
  } catch (error) {
    if (error instanceof PaperAtlasError) return error;
  }
  throw new Error("expected a PaperAtlasError");
}

const TEXT = 'h1\th2\th3\nplain\t"quoted\ttab"\t"say ""hi"""\n"multi\nline\nfield"\t\tlast\r\nx\t"a""b"\ty';

describe("TsvTokenizer", () => {
  it("splits tabs, unquotes fields, undoubles quotes and keeps newlines inside quotes", () => {
    expect(tokenize([TEXT])).toEqual([
      { line: 1, fields: ["h1", "h2", "h3"] },
      { line: 2, fields: ["plain", "quoted\ttab", 'say "hi"'] },
      { line: 3, fields: ["multi\nline\nfield", "", "last"] },
      { line: 6, fields: ["x", 'a"b', "y"] },
    ]);
  });

  it("gives the same rows however the text is cut into chunks", () => {
    const whole = tokenize([TEXT]);
    for (let cut = 0; cut <= TEXT.length; cut++) {
      expect(tokenize([TEXT.slice(0, cut), TEXT.slice(cut)]), `cut at ${cut}`).toEqual(whole);
    }
    expect(tokenize([...TEXT])).toEqual(whole);
  });

  it("keeps a quote inside an unquoted field literally and skips blank lines", () => {
    expect(tokenize(['a 5" disk\tb\n\n\nc\td\n'])).toEqual([
      { line: 1, fields: ['a 5" disk', "b"] },
      { line: 4, fields: ["c", "d"] },
    ]);
  });

  it("keeps empty trailing fields", () => {
    expect(tokenize(["a\t\t\nb\t\t"])).toEqual([
      { line: 1, fields: ["a", "", ""] },
      { line: 2, fields: ["b", "", ""] },
    ]);
  });

  it("names file:line of a quoted field that is never closed", () => {
    const error = failure(['a\tb\nc\t"open\nstill open\n']);
    expect(error.code).toBe("PARSE_FAILED");
    expect(error.where).toBe("t.tsv:2");
  });

  it("names file:line of text glued after a closing quote", () => {
    expect(failure(['a\tb\n"x"y\tz\n']).where).toBe("t.tsv:2");
  });

  it("is linear on hostile input: 1M empty quoted fields on one line, a 5 MB field", () => {
    const started = performance.now();
    const quoted = tokenize([`${'""\t'.repeat(1_000_000)}x\n`]);
    expect(quoted[0]!.fields).toHaveLength(1_000_001);
    const big = tokenize([`"${"a\n".repeat(2_500_000)}"\tb\nc\td\n`]);
    expect(big.map((r) => r.line)).toEqual([1, 2_500_002]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
