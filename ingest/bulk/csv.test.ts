import { describe, expect, it } from "vitest";
import { ARRAY_DELIMITER, csvField, csvHeader, csvLine, isMultiline, type CsvColumn } from "./csv.ts";
import { BULK_FILES, importArgs } from "./files.ts";

/** An RFC 4180 reader with the importer's conventions (quoted "" = empty string, bare empty = null), to read lines back. */
function parse(line: string): (string | null)[] {
  const out: (string | null)[] = [];
  let i = 0;
  const body = line.endsWith("\n") ? line.slice(0, -1) : line;
  while (i <= body.length) {
    if (body[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const q = body.indexOf('"', i);
        value += body.slice(i, q);
        if (body[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(value);
    } else {
      const comma = body.indexOf(",", i);
      const end = comma < 0 ? body.length : comma;
      out.push(body.slice(i, end) === "" ? null : body.slice(i, end));
      i = end;
    }
    i++; // the comma
  }
  return out;
}

describe("csvField", () => {
  it("quotes every string and doubles the quotes inside", () => {
    expect(csvField('Say "hi", then leave', "string")).toBe('"Say ""hi"", then leave"');
    expect(csvField("", "string")).toBe('""');
    expect(csvField('"', "string")).toBe('""""');
  });

  it("leaves null and undefined empty: no property", () => {
    for (const type of ["string", "double", "long", "boolean", "string[]"] as const) {
      expect(csvField(null, type)).toBe("");
      expect(csvField(undefined, type)).toBe("");
    }
  });

  it("keeps delimiters, line breaks and tabs inside a quoted string", () => {
    const abstract = "first line,\nsecond\r\nthird\twith tab; and semicolon";
    expect(parse(csvLine([abstract], [{ name: "abstract", type: "string" }]))).toEqual([abstract]);
  });

  it("writes numbers and booleans bare, and refuses what Neo4j would misread", () => {
    expect(csvField(2024, "double")).toBe("2024");
    expect(csvField(0.5, "double")).toBe("0.5");
    expect(csvField(7, "long")).toBe("7");
    expect(() => csvField(1.5, "long")).toThrow(/not a long/);
    expect(() => csvField(Number.NaN, "double")).toThrow(/not a double/);
    expect(csvField(true, "boolean")).toBe("true");
    expect(csvField(false, "boolean")).toBe("false");
  });

  it("joins array elements with U+001F inside one quoted field; an empty array is no property", () => {
    const links = ["https://a.org/x?a=1,b=2", 'say "x"', "semi;colon"];
    const field = csvField(links, "string[]");
    expect(field).toBe(`"https://a.org/x?a=1,b=2${ARRAY_DELIMITER}say ""x""${ARRAY_DELIMITER}semi;colon"`);
    expect(parse(field)[0]!.split(ARRAY_DELIMITER)).toEqual(links);
    expect(csvField([], "string[]")).toBe("");
    expect(() => csvField([`a${ARRAY_DELIMITER}b`], "string[]")).toThrow(/U\+001F/);
  });
});

describe("csvLine and csvHeader", () => {
  const columns: CsvColumn[] = [
    { name: "id", type: "string", role: "ID(Paper)" },
    { name: "title", type: "string" },
    { name: "year", type: "double" },
    { name: "links", type: "string[]" },
    { name: "stub", type: "boolean" },
  ];

  it("types the header as the importer reads it", () => {
    expect(csvHeader(columns)).toBe("id:ID(Paper),title,year:double,links:string[],stub:boolean\n");
    expect(csvHeader(BULK_FILES.mentions.columns)).toBe(
      ":START_ID(Paper),:END_ID(Concept),count:double,inTitle:boolean,weight:double\n",
    );
  });

  it("round-trips a row with quotes, commas and line breaks in the title", () => {
    const line = csvLine(["2401.00001", 'A "quoted",\nmultiline title', 2024, ["u1", "u2"], false], columns);
    expect(parse(line)).toEqual([
      "2401.00001",
      'A "quoted",\nmultiline title',
      "2024",
      `u1${ARRAY_DELIMITER}u2`,
      "false",
    ]);
    expect(isMultiline(line)).toBe(true);
    expect(isMultiline(csvLine(["x", "one line", null, [], true], columns))).toBe(false);
  });
});

describe("importArgs", () => {
  it("names each file with its label or type and flags only the multiline ones", () => {
    const args = importArgs("/tmp/b", { files: ["papers", "concepts", "mentions"], multiline: ["papers"] });
    expect(args.slice(0, 4)).toEqual(["database", "import", "full", "neo4j"]);
    expect(args).toContain("--nodes=Paper=/tmp/b/papers.csv");
    expect(args).toContain("--nodes=/tmp/b/concepts.csv");
    expect(args).toContain("--relationships=MENTIONS=/tmp/b/mentions.csv");
    expect(args).toContain("--multiline-fields=/tmp/b/papers.csv");
    expect(args).toContain("--bad-tolerance=0");
  });
});
