/**
 * Request plumbing: a request id on every request (kept from `X-Request-Id` when well-formed),
 * a structured log line per request at debug level, and the security headers with a CSP the map
 * page satisfies (no inline script or style, everything from this origin).
 */
import type { RequestHandler } from "express";
import helmet from "helmet";
import type { Logger } from "pino";

let counter = 0;
const started = Date.now().toString(36);

export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get("x-request-id");
    const requestId = given && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : `${started}-${(++counter).toString(36)}`;
    res.locals["requestId"] = requestId;
    res.setHeader("X-Request-Id", requestId);
    const t0 = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      logger.debug(
        { requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        "request",
      );
    });
    next();
  };
}

/** helmet's defaults plus a strict CSP: the bundle is same-origin files only. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", "blob:"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}
