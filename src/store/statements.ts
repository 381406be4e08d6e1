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

/**
 * `INSERT … VALUES (?,…), (?,…), …` for many rows at once: one statement step instead of one
 * per row. Rows keep their order and each row keeps its conflict clause (OR IGNORE applies per
 * row), so the result is the same as inserting them one by one. Statements are prepared per
 * row count on first use, so at most `per` of them exist.
 */
export class BulkInsert {
  private readonly bySize = new Map<number, Statement>();

  /** `head` is everything before VALUES, e.g. `INSERT OR IGNORE INTO t (a, b)`. */
  constructor(private readonly db: Db, private readonly head: string, private readonly width: number, private readonly per = 16) {}

  /** Inserts `values.length / width` rows given as one flat array. */
  run(values: unknown[]): void {
    const rows = values.length / this.width;
    for (let first = 0; first < rows; first += this.per) {
      const n = Math.min(this.per, rows - first);
      this.statement(n).run(values.slice(first * this.width, (first + n) * this.width));
    }
  }

  private statement(n: number): Statement {
    let s = this.bySize.get(n);
    if (!s) {
      const row = `(${new Array(this.width).fill("?").join(", ")})`;
      s = this.db.prepare(`${this.head} VALUES ${new Array(n).fill(row).join(", ")}`);
      this.bySize.set(n, s);
    }
    return s;
  }
}
