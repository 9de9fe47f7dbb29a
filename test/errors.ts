/**
 * The PaperAtlasError a call throws, for tests that assert its code and where (STYLE.md 7: tests
 * assert codes, not message text). Fails the test when the call returns, or throws anything else.
 */
import { PaperAtlasError } from "../schema/errors.ts";

export function failure(run: () => unknown): PaperAtlasError {
  try {
    run();
  } catch (error) {
    if (error instanceof PaperAtlasError) return error;
    throw error;
  }
  throw new Error("expected a PaperAtlasError");
}
