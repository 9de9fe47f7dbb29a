/**
 * Prints one plain closing line, `tests: N passed, N failed[, N skipped]`, after vitest's own
 * report, so any CI reading the last lines sees the totals in a runner-neutral form. A file that
 * failed without a failing test (its beforeAll threw, it did not import, its browser did not launch)
 * counts as one failure even though vitest then reports its tests as skipped: a red run never closes
 * on "0 failed".
 */
import type { Reporter, TestModule } from "vitest/node";

/** What the closing line needs of one test file. */
export interface FileResult {
  /** The file's own state: "failed" also when a hook or the import failed. */
  state: string;
  /** The state of each of its tests. */
  tests: string[];
}

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

export function countResults(files: readonly FileResult[]): Totals {
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  for (const file of files) {
    for (const state of file.tests) {
      if (state === "passed") totals.passed += 1;
      else if (state === "failed") totals.failed += 1;
      else totals.skipped += 1;
    }
    if (file.state === "failed" && !file.tests.includes("failed")) totals.failed += 1;
  }
  return totals;
}

export function closingLine({ passed, failed, skipped }: Totals): string {
  return `tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const files = testModules.map((module) => ({
      state: module.state(),
      tests: [...module.children.allTests()].map((test) => test.result().state),
    }));
    process.stdout.write(`\n${closingLine(countResults(files))}\n`);
  }
}
