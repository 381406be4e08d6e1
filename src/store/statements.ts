// Prepared statements, once per connection: better-sqlite3 binds a statement to its database,
// and preparing is the costly part of a query on the hot write path.
import type Database from "better-sqlite3";
import type { Db } from "./db.ts";

export type Statement = Database.Statement<unknown[]>;
export type Statements = Record<string, Statement>;

const caches = new WeakMap<(db: Db) => Statements, WeakMap<Db, Statements>>();

/**
 * Returns `build(db)`, prepared the first time this connection asks for this set. Each module
 * passes its own `build`, so sets of different modules never mix.
 */
export function statementsFor(db: Db, build: (db: Db) => Statements): Statements {
  let perDb = caches.get(build);
  if (!perDb) {
    perDb = new WeakMap();
    caches.set(build, perDb);
  }
  let s = perDb.get(db);
  if (!s) {
    s = build(db);
    perDb.set(db, s);
  }
  return s;
}
