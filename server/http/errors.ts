/**
 * The server's one error boundary (STYLE §7): a PaperAtlasError becomes the status its code names
 * (`ERROR_CODES[code].httpStatus`) and a JSON body `{code, message, hint?, requestId, issues?}`;
 * anything else becomes `500 {code: "INTERNAL"}`, logged with the request id, never with a stack
 * sent to the client. Client errors (4xx), Express's own included, are logged at warn without a stack.
 */
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { Logger } from "pino";
import {
  ERROR_CODES,
  PaperAtlasError,
  isPaperAtlasError,
  type ErrorCode,
  type PaperAtlasErrorOptions,
} from "../../schema/errors.ts";
import type { ApiErrorBodyT } from "../../schema/api.ts";

export interface Issue {
  path: string;
  message: string;
}

/** A request that failed validation: BAD_REQUEST with the zod issues, one per bad field. */
export class RequestInvalid extends PaperAtlasError {
  readonly issues: Issue[];

  constructor(message: string, issues: Issue[], options: PaperAtlasErrorOptions = {}) {
    super("BAD_REQUEST", message, options);
    this.issues = issues;
  }
}

/** Errors body-parser raises before a route runs (malformed JSON, body too large). */
function fromBodyParser(error: unknown): PaperAtlasError | null {
  const type = (error as { type?: unknown }).type;
  if (type === "entity.parse.failed") {
    return new PaperAtlasError("BAD_REQUEST", "request body: not valid JSON", {
      hint: "send Content-Type: application/json with a JSON object",
    });
  }
  if (type === "entity.too.large") {
    return new PaperAtlasError("BAD_REQUEST", "request body: too large", {
      hint: "keep Cypher queries and parameters under 64 kB",
    });
  }
  if (typeof type === "string" && type.startsWith("charset")) {
    return new PaperAtlasError("BAD_REQUEST", "request body: unsupported charset", { hint: "send UTF-8" });
  }
  if (type === "encoding.unsupported") {
    return new PaperAtlasError("BAD_REQUEST", "request body: unsupported Content-Encoding", {
      hint: "send the body uncompressed, or gzip, deflate or br",
    });
  }
  return fromHttpError(error);
}

/**
 * Client errors raised by Express's own parts (a static file that is not there, a path with bad
 * percent-encoding, a body it cannot read): they carry a 4xx `status` and are the client's mistake.
 */
function fromHttpError(error: unknown): PaperAtlasError | null {
  const status = Number(
    (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode,
  );
  if (!(status >= 400 && status < 500)) return null;
  if (status === 404) return new PaperAtlasError("NOT_FOUND", "no such file", { hint: "reload the map" });
  const what = error instanceof URIError ? "the path is not valid percent-encoding" : "the request cannot be read";
  return new PaperAtlasError("BAD_REQUEST", `request: ${what}`);
}

/** Messages of server-side failures are logged, not sent: they can name hosts and internals. */
const PUBLIC_MESSAGE: Partial<Record<ErrorCode, string>> = {
  NEO4J_UNAVAILABLE: "the graph database is not reachable",
  NEO4J_AUTH_FAILED: "the graph database refused the server's credentials",
  NEO4J_QUERY_FAILED: "a database query failed",
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const requestId = String(res.locals["requestId"] ?? "");
    const known = isPaperAtlasError(error) ? error : fromBodyParser(error);
    if (!known) {
      logger.error({ err: error, requestId }, "request failed");
      const body: ApiErrorBodyT = {
        code: "INTERNAL",
        message: "internal error; the server log has the details",
        requestId,
      };
      res.status(500).json(body);
      return;
    }
    const status = ERROR_CODES[known.code].httpStatus;
    if (status >= 500) logger.error({ err: known, requestId, code: known.code }, known.message);
    // A client's mistake: one line at warn, no stack.
    else logger.warn({ requestId, code: known.code, status }, known.message);
    const body: ApiErrorBodyT = {
      code: known.code,
      message: status >= 500 ? (PUBLIC_MESSAGE[known.code] ?? "internal error") : known.message,
      requestId,
    };
    if (known.hint !== undefined && status < 500) body.hint = known.hint;
    if (known instanceof RequestInvalid) body.issues = known.issues;
    if (!res.headersSent) res.status(status).json(body);
  };
}

/** Unknown paths under /api answer 404 in the same JSON shape. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(
    new PaperAtlasError("NOT_FOUND", `no route ${req.method} ${req.originalUrl.split("?")[0]}`, {
      hint: "GET /api/openapi.json lists the routes",
    }),
  );
};
