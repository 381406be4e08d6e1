// The embedded store: one SQLite file, opened with WAL so readers (the web UI) never block
// the writer, and migrated to the newest schema on open.
import Database from "better-sqlite3";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { migrations } from "./migrations.ts";

export type Db = Database.Database;

/** Where the store lives: `--db PATH`, else `$ATTACHE_DB`, else `./attache.db`. */
export function resolveDbPath(flag?: string): string {
  return resolve(flag ?? process.env.ATTACHE_DB ?? "attache.db");
}

export interface OpenOptions {
  readonly?: boolean;
}

export function openDb(path: string, opts: OpenOptions = {}): Db {
  if (opts.readonly && path !== ":memory:" && !existsSync(path)) {
    throw new Error(`no store at ${path} (ingest something first, or pass --db)`);
  }
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: opts.readonly ?? false });
  if (!opts.readonly) {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrate(db);
  } else {
    db.pragma("query_only = ON");
    const v = schemaVersion(db);
    if (v < latestVersion()) throw new Error(`store at ${path} has schema ${v}; open it once for writing to migrate`);
  }
  db.pragma("busy_timeout = 5000");
  return db;
}

export function latestVersion(): number {
  return migrations[migrations.length - 1].version;
}

export function schemaVersion(db: Db): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'").get();
  if (!has) return 0;
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies every migration newer than the store, each in its own transaction. */
export function migrate(db: Db): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const current = schemaVersion(db);
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, new Date().toISOString());
    })();
  }
}
