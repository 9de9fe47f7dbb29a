/**
 * Named, typed Cypher (STYLE §11): `query<Params, Row>(text)` ties a statement to the shape of its
 * parameters and rows, so callers of `db.read` / `db.write` get typed rows back.
 */
export interface Query<P extends object, R extends object> {
  readonly text: string;
  /** Phantom fields: never set, only carry the types. */
  readonly __params?: P;
  readonly __row?: R;
}

export function query<P extends object, R extends object = Record<string, never>>(text: string): Query<P, R> {
  return { text: text.trim() };
}
