/**
 * The `Host` check: a server listening on loopback answers only to the names of loopback
 * (localhost, 127.0.0.1, [::1]) with its own port, plus the names a deployment lists
 * (PAPERATLAS_ALLOWED_HOSTS, any port: they sit behind a proxy). A web page that rebinds its own
 * DNS name to 127.0.0.1 sends its own name as `Host`, so it cannot reach the API or the console.
 * A server on another interface checks the list only when one is given.
 */
import type { RequestHandler } from "express";
import { PaperAtlasError } from "../../schema/errors.ts";

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);
const LOOPBACK_INTERFACES = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export interface Listening {
  /** The interface the server listens on, as given to `listen`. */
  host: string;
  port: number;
}

/** `name[:port]` → its parts (a bracketed IPv6 literal keeps its brackets); null when malformed. */
export function parseHostHeader(header: string): { name: string; port: number | null } | null {
  const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(header.trim());
  if (!match) return null;
  return { name: match[1]!.toLowerCase(), port: match[2] === undefined ? null : Number(match[2]) };
}

export function hostAllowed(header: string | undefined, listening: Listening, extra: readonly string[]): boolean {
  const loopback = LOOPBACK_INTERFACES.has(listening.host);
  if (!loopback && extra.length === 0) return true;
  const parsed = header === undefined ? null : parseHostHeader(header);
  if (!parsed) return false;
  if (extra.includes(parsed.name)) return true;
  return LOOPBACK_NAMES.has(parsed.name) && (parsed.port ?? 80) === listening.port;
}

export function hostGuard(listening: () => Listening, extra: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    if (hostAllowed(req.headers.host, listening(), extra)) return next();
    next(
      new PaperAtlasError(
        "HOST_NOT_ALLOWED",
        `serve: this server does not answer to the host "${req.headers.host ?? ""}"`,
        {
          hint: "open it as http://localhost:PORT, or list the name in PAPERATLAS_ALLOWED_HOSTS",
        },
      ),
    );
  };
}
