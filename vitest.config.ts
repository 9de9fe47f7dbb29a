import { defineConfig } from "vitest/config";

// Three layers told apart by file name (STYLE §9). Integration tests share one real Neo4j whose
// data they wipe, so they run one file at a time.
export default defineConfig({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/*.browser.test.ts", "node_modules/**", ".neo4j/**"],
        },
      },
      {
        test: {
          name: "int",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".neo4j/**"],
          globalSetup: ["test/neo4j-global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // Chromium against a real server and Neo4j (issue 6). Same database as the int tests, so this
        // group runs after them (groupOrder), one file at a time.
        test: {
          name: "browser",
          include: ["**/*.browser.test.ts"],
          exclude: ["node_modules/**", ".neo4j/**"],
          globalSetup: ["test/neo4j-global-setup.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
