/**
 * Reads for request handlers: one auto-commit query in a READ session. A managed read transaction
 * (db.read) costs BEGIN and COMMIT round trips on top of the query — about twice the time of a
 * single-query read here, where every request is one or two small queries.
 */
import neo4j from "neo4j-driver";
import { toPaperAtlasError, type Db } from "../db/client.ts";
import type { Query } from "../schema/cypher/query.ts";

export async function readRows<P extends object, R extends object>(db: Db, q: Query<P, R>, params: P): Promise<R[]> {
  const session = db.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(q.text, params as Record<string, unknown>);
    return result.records.map((record) => record.toObject() as R);
  } catch (error) {
    throw toPaperAtlasError(error, db.uri);
  } finally {
    await session.close();
  }
}
