/**
 * Typed errors
 * ============
 * Every error that reaches a user is a PaperAtlasError: a code, a message naming the component,
 * where it happened (file:line) and a hint saying what to do (STYLE §7). The CLI and the server
 * each have one boundary that turns them into an exit code or an HTTP status.
 */
export const ERROR_CODES = {
  CONFIG_INVALID: { exitCode: 2, httpStatus: 500 },
  INPUT_NOT_FOUND: { exitCode: 3, httpStatus: 404 },
  INPUT_UNREADABLE: { exitCode: 3, httpStatus: 400 },
  OUTPUT_UNWRITABLE: { exitCode: 3, httpStatus: 500 },
  PARSE_FAILED: { exitCode: 3, httpStatus: 400 },
  NOTHING_LOADED: { exitCode: 4, httpStatus: 400 },
  NEO4J_UNAVAILABLE: { exitCode: 5, httpStatus: 503 },
  NEO4J_AUTH_FAILED: { exitCode: 5, httpStatus: 503 },
  NEO4J_QUERY_FAILED: { exitCode: 5, httpStatus: 500 },
  LOCAL_NEO4J_FAILED: { exitCode: 6, httpStatus: 500 },
  PREREQUISITE_MISSING: { exitCode: 6, httpStatus: 500 },
  BAD_REQUEST: { exitCode: 2, httpStatus: 400 },
  NOT_FOUND: { exitCode: 3, httpStatus: 404 },
  CYPHER_WRITE_REFUSED: { exitCode: 2, httpStatus: 403 },
  CYPHER_TIMEOUT: { exitCode: 2, httpStatus: 408 },
  TOO_MANY_REQUESTS: { exitCode: 2, httpStatus: 429 },
  HOST_NOT_ALLOWED: { exitCode: 2, httpStatus: 403 },
  INTERNAL: { exitCode: 1, httpStatus: 500 },
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface PaperAtlasErrorOptions {
  /** Where it failed: `file:line`, a URL, a port. */
  where?: string;
  /** What the user can do about it. */
  hint?: string;
  cause?: unknown;
}

export class PaperAtlasError extends Error {
  readonly code: ErrorCode;
  readonly where: string | undefined;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: PaperAtlasErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "PaperAtlasError";
    this.code = code;
    this.where = options.where;
    this.hint = options.hint;
  }
}

export function isPaperAtlasError(error: unknown): error is PaperAtlasError {
  return error instanceof PaperAtlasError;
}
