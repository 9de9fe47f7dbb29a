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
    ],
  },
});
