/**
 * Neo4j client
 * ============
 * The one wrapper around neo4j-driver: typed `read`/`write` for named queries, explicit write
 * transactions for all-or-nothing loads, integers as plain numbers at the boundary, and driver
 * errors turned into PaperAtlasErrors that say what to do.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import type { Query } from "../schema/cypher/query.ts";
import { FIND_STALE_FULLTEXT_INDEXES, FULLTEXT_INDEXES, SCHEMA_STATEMENTS } from "../schema/cypher/constraints.ts";
import { PaperAtlasError } from "../schema/errors.ts";

export interface DbTarget {
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
}

/** A transaction handle: run typed queries inside `db.transaction(...)`. */
export interface Tx {
  run<P extends object, R extends object>(q: Query<P, R>, params: P): Promise<R[]>;
}

export interface Db {
  readonly uri: string;
  readonly driver: Driver;
  read<P extends object, R extends object>(q: Query<P, R>, params: P): Promise<R[]>;
  write<P extends object, R extends object>(q: Query<P, R>, params: P): Promise<R[]>;
  /** Runs `work` in one write transaction: everything it writes commits together or not at all. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs `work` in one read transaction. */
  readTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function txHandle(tx: ManagedTransaction): Tx {
  return {
    async run<P extends object, R extends object>(q: Query<P, R>, params: P): Promise<R[]> {
      const result = await tx.run(q.text, params as Record<string, unknown>);
      return result.records.map((record) => record.toObject() as R);
    },
  };
}

/** Maps a driver error to the error a user can act on. */
export function toPaperAtlasError(error: unknown, uri: string): PaperAtlasError {
  if (error instanceof PaperAtlasError) return error;
  const code = (error as { code?: string }).code ?? "";
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|connect/i.test(message)) {
    return new PaperAtlasError("NEO4J_UNAVAILABLE", `neo4j: no server answers at ${uri}: ${message}`, {
      where: uri,
      hint: "start the local server with `paperatlas db start`, or set NEO4J_URI to a running server",
      cause: error,
    });
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new PaperAtlasError("NEO4J_AUTH_FAILED", `neo4j: ${uri} refused the credentials: ${message}`, {
      where: uri,
      hint: "check NEO4J_USER and NEO4J_PASSWORD",
      cause: error,
    });
  }
  return new PaperAtlasError("NEO4J_QUERY_FAILED", `neo4j: ${message}`, { where: uri, cause: error });
}

export function createDb(target: DbTarget): Db {
  const driver = neo4j.driver(target.neo4jUri, neo4j.auth.basic(target.neo4jUser, target.neo4jPassword), {
    // Counts and sizes in this model stay far below 2^53; plain numbers keep every caller simple.
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 15_000,
  });
  const uri = target.neo4jUri;

  async function withSession<T>(mode: "READ" | "WRITE", work: (session: Session) => Promise<T>): Promise<T> {
    const session = driver.session({ defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      return await work(session);
    } catch (error) {
      throw toPaperAtlasError(error, uri);
    } finally {
      await session.close();
    }
  }

  return {
    uri,
    driver,
    read: (q, params) => withSession("READ", (s) => s.executeRead((tx) => txHandle(tx).run(q, params))),
    write: (q, params) => withSession("WRITE", (s) => s.executeWrite((tx) => txHandle(tx).run(q, params))),
    transaction: (work) => withSession("WRITE", (s) => s.executeWrite((tx) => work(txHandle(tx)))),
    readTransaction: (work) => withSession("READ", (s) => s.executeRead((tx) => work(txHandle(tx)))),
    close: () => driver.close(),
  };
}

/** Connects and checks the server answers, with a clear error when it does not. */
export async function connectDb(target: DbTarget): Promise<Db> {
  const db = createDb(target);
  try {
    await db.driver.getServerInfo();
  } catch (error) {
    await db.close();
    throw toPaperAtlasError(error, target.neo4jUri);
  }
  return db;
}

/** Applies every constraint and index; safe to call on every start. */
export async function applySchema(db: Db): Promise<void> {
  const session = db.driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    const names = FULLTEXT_INDEXES.map((index) => index.name);
    const stale = await session.run(FIND_STALE_FULLTEXT_INDEXES, { names });
    // Names come from FULLTEXT_INDEXES, never from input.
    for (const record of stale.records) await session.run(`DROP INDEX ${String(record.get("name"))} IF EXISTS`);
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run("CALL db.awaitIndexes(60)");
  } catch (error) {
    throw toPaperAtlasError(error, db.uri);
  } finally {
    await session.close();
  }
}
