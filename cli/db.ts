/** Opens the configured database for one command, applies the schema, and always closes it. */
import type { Config } from "../config/config.ts";
import { applySchema, connectDb, type Db } from "../db/client.ts";

export async function withDb<T>(config: Config, work: (db: Db) => Promise<T>): Promise<T> {
  const db = await connectDb(config);
  try {
    await applySchema(db);
    return await work(db);
  } finally {
    await db.close();
  }
}
