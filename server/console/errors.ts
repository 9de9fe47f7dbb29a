/** Maps what Neo4j said about a console query to an error the console shows as it is. */
import { toPaperAtlasError } from "../../db/client.ts";
import { PaperAtlasError } from "../../schema/errors.ts";

export function consoleError(error: unknown, uri: string): PaperAtlasError {
  if (error instanceof PaperAtlasError) return error;
  const code = String((error as { code?: unknown }).code ?? "");
  const message = error instanceof Error ? error.message.trim() : String(error);
  if (/TimedOut|Terminated|LockClient.*Stopped/i.test(code)) {
    return new PaperAtlasError("CYPHER_TIMEOUT", `cypher: the query ran past its time limit (${code})`, {
      hint: "add a LIMIT, match fewer nodes, or anchor the pattern on an indexed property",
      cause: error,
    });
  }
  if (code === "Neo.ClientError.Statement.AccessMode") {
    return new PaperAtlasError("CYPHER_WRITE_REFUSED", `cypher: refused by Neo4j: ${message}`, { cause: error });
  }
  if (code.startsWith("Neo.ClientError.") || code.startsWith("Neo.TransientError.General.MemoryPoolOutOfMemory")) {
    return new PaperAtlasError("BAD_REQUEST", `cypher: ${code}: ${message}`, { cause: error });
  }
  return toPaperAtlasError(error, uri);
}
