/**
 * Golden files (STYLE.md 9): `actual` against `NAME.expected.json` with vitest's file snapshot; on a
 * mismatch `NAME.actual.json` is written beside it to diff (Plot's `-changed`), and removed once
 * they agree again.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

export async function expectGolden(actual: string, expectedPath: string): Promise<void> {
  const actualPath = expectedPath.replace(/\.expected\.json$/, ".actual.json");
  if (existsSync(expectedPath) && readFileSync(expectedPath, "utf8") !== actual) writeFileSync(actualPath, actual);
  else rmSync(actualPath, { force: true });
  await expect(actual).toMatchFileSnapshot(expectedPath);
}
