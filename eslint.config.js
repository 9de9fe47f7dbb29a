// Lint rules, each with the reason it exists (STYLE §13).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/**", ".neo4j/**", "test-output/**", "dist/**", "viz/dist/**", "viz/dist-offline/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      // No god files.
      "max-lines": ["error", { max: 400, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["warn", { max: 80, skipBlankLines: true, skipComments: true }],
      // Keep types honest from day one.
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  // Module boundaries: schema depends on nothing; the browser only sees schema/; ingest and atlas never
  // reach up.
  // (@typescript-eslint's rule, so it does not clash with the pure-core rule on no-restricted-imports.)
  ...[
    { target: "schema", from: ["ingest", "atlas", "server", "viz", "db", "cli", "config", "report", "export"] },
    { target: "viz", from: ["ingest", "atlas", "server", "db", "cli", "config", "report", "export"] },
    { target: "ingest", from: ["server", "viz", "cli"] },
    { target: "atlas", from: ["server", "viz", "cli", "report", "export"] },
  ].map(({ target, from }) => ({
    files: [`${target}/**/*.ts`],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `^\\.{1,2}/(.*/)?(${from.join("|")})/`,
              message: `${target}/ may not import from ${from.join(", ")}/ (STYLE §13)`,
            },
          ],
        },
      ],
    },
  })),
  {
    // Pure cores: no database, no file system, no server, no renderer (STYLE §1).
    files: [
      "ingest/extract/**/*.ts",
      "ingest/dedup/**/*.ts",
      "ingest/formats/**/*.ts",
      "ingest/text/**/*.ts",
      "atlas/**/*.ts",
      "ingest/load/rows.ts",
    ],
    ignores: ["**/*.test.ts", "**/run.ts", "**/*-stream.ts", "**/stream.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["neo4j-driver", "node:fs", "node:fs/promises", "fs", "express", "sigma", "node:child_process"].map(
            (name) => ({ name, message: "pure cores do no I/O: move this into the stage's run.ts" }),
          ),
        },
      ],
    },
  },
  {
    // Reports and graph exports: the builders and writers are pure; Neo4j reads go through read.ts
    // (a Db handle passed in), files are written only by run.ts.
    files: ["report/**/*.ts", "export/**/*.ts"],
    ignores: ["**/*.test.ts", "**/run.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["neo4j-driver", "node:fs", "node:fs/promises", "fs", "express", "sigma", "node:child_process"].map(
            (name) => ({ name, message: "report/export cores do no I/O: move this into run.ts" }),
          ),
        },
      ],
    },
  },
  {
    // Lexicons are data, exempt from size limits.
    files: ["**/lexicons/**/*.ts", "**/*.test.ts"],
    rules: { "max-lines": "off", "max-lines-per-function": "off" },
  },
);
